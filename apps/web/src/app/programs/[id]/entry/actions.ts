'use server';

import { refresh } from 'next/cache';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { ApiError, request } from '@/lib/api/client';
import type { KpiValueUpsertMutation, ViewerQuery } from '@/lib/api/generated';
import { KPI_VALUE_UPSERT, VIEWER } from '@/lib/api/operations/entry';
import { editorToken, forgetToken, rememberToken } from '@/lib/editor-session';
import { sameSitePath } from '@/lib/same-site';
import { SignInThrottle } from '@/lib/sign-in-throttle';

const throttle = new SignInThrottle();

/** Who is signing in, as near as the server can tell: the address the request came from. */
async function clientOf(): Promise<string> {
  const forwarded = (await headers()).get('x-forwarded-for');
  // The last address is the one the nearest proxy (or Next.js itself) saw; earlier ones the client wrote.
  return forwarded?.split(',').at(-1)?.trim() || 'unknown';
}

export interface EntryState {
  /** Messages by field, as the API words them; '' for the form as a whole. */
  errors: { field: string; message: string }[];
  saved: string | null;
}

/** Signs an editor in with an API token, refusing a token the API does not know or that may not edit. */
export async function signIn(_state: EntryState, form: FormData): Promise<EntryState> {
  const token = String(form.get('token') ?? '').trim();
  const client = await clientOf();
  const wait = throttle.waitFor(client);
  if (wait > 0) {
    const minutes = Math.ceil(wait / 60_000);
    return {
      errors: [
        {
          field: 'token',
          message: `誤ったトークンが続いたため、${minutes} 分後にもう一度お試しください / Too many wrong tokens: try again in ${minutes} minute${minutes > 1 ? 's' : ''}`,
        },
      ],
      saved: null,
    };
  }
  if (!token)
    return {
      errors: [{ field: 'token', message: 'トークンを入力してください / Enter a token' }],
      saved: null,
    };
  const viewer = await request<ViewerQuery>(VIEWER, {}, token).catch((error: unknown) => error);
  if (viewer instanceof ApiError || !(viewer as ViewerQuery).viewer) {
    throttle.failed(client);
    return {
      errors: [{ field: 'token', message: 'このトークンは使えません / This token is not valid' }],
      saved: null,
    };
  }
  if ((viewer as ViewerQuery).viewer!.role === 'VIEWER') {
    return {
      errors: [
        {
          field: 'token',
          message: '閲覧用トークンでは入力できません / A viewer token cannot edit',
        },
      ],
      saved: null,
    };
  }
  throttle.succeeded(client);
  await rememberToken(token);
  redirect(sameSitePath(form.get('back')));
}

export async function signOut(form: FormData): Promise<void> {
  await forgetToken();
  redirect(sameSitePath(form.get('back')));
}

function measure(
  form: FormData,
  name: string,
): { value: number | null; absence: string | null } | undefined {
  const text = String(form.get(name) ?? '').trim();
  const absence = String(form.get(`${name}Absence`) ?? '');
  if (text === '' && absence === '') return undefined;
  if (text === '') return { value: null, absence };
  return { value: Number(text.replace(/,/g, '')), absence: null };
}

/** Saves one fiscal year of a KPI through the API, which validates it and records the change. */
export async function saveKpiValue(_state: EntryState, form: FormData): Promise<EntryState> {
  const refused = (errors: EntryState['errors']): EntryState => ({ errors, saved: null });
  const token = await editorToken();
  if (!token) return refused([{ field: '', message: 'サインインしてください / Please sign in' }]);
  const notNumbers = ['target', 'actual', 'runningTotal'].filter((name) => {
    const text = String(form.get(name) ?? '')
      .trim()
      .replace(/,/g, '');
    return text !== '' && !Number.isFinite(Number(text));
  });
  if (notNumbers.length > 0) {
    return refused(
      notNumbers.map((field) => ({ field, message: '数値を入力してください / must be a number' })),
    );
  }
  const version = String(form.get('expectedVersion') ?? '');
  const input = {
    kpiId: String(form.get('kpiId') ?? ''),
    fiscalYear: Number(form.get('fiscalYear')),
    ...(version ? { expectedVersion: Number(version) } : {}),
    target: measure(form, 'target'),
    actual: measure(form, 'actual'),
    runningTotal: measure(form, 'runningTotal'),
    status: String(form.get('status') ?? '').trim() || undefined,
    note: String(form.get('note') ?? '').trim() || undefined,
    source: { origin: 'ENTRY', note: String(form.get('sourceNote') ?? '').trim() || undefined },
  };
  try {
    const { kpiValueUpsert } = await request<KpiValueUpsertMutation>(
      KPI_VALUE_UPSERT,
      { input },
      token,
    );
    if (kpiValueUpsert.userErrors.length > 0) {
      return refused(
        kpiValueUpsert.userErrors.map((error) => ({
          // The input's own field (`['input', 'actual', 'value']` is the actual's), as the form names it.
          field: error.field[1] ?? '',
          message: error.message,
        })),
      );
    }
    // The page is read again, so the form holds the version just written and a further correction
    // of the same year is checked against it rather than refused as stale.
    refresh();
    return { errors: [], saved: kpiValueUpsert.kpiValue?.fiscalYear.label ?? '' };
  } catch (error) {
    return refused([
      { field: '', message: error instanceof Error ? error.message : String(error) },
    ]);
  }
}

import 'server-only';
import { cookies } from 'next/headers';
import { COOKIE_SECURE } from '@/env';

const COOKIE = 'muni_editor_token';

/** The signed-in editor's API token: kept in an HTTP-only cookie, so page scripts never see it. */
export async function editorToken(): Promise<string | null> {
  return (await cookies()).get(COOKIE)?.value ?? null;
}

export async function rememberToken(token: string): Promise<void> {
  (await cookies()).set(COOKIE, token, {
    httpOnly: true,
    sameSite: 'strict',
    secure: COOKIE_SECURE,
    path: '/',
    maxAge: 8 * 60 * 60,
  });
}

export async function forgetToken(): Promise<void> {
  (await cookies()).delete(COOKIE);
}

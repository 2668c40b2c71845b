import { notFound } from 'next/navigation';
import { PageHeader } from '@/components/page-header';
import { ApiError, request } from '@/lib/api/client';
import type { EntryPageQuery } from '@/lib/api/generated';
import { ENTRY_PAGE } from '@/lib/api/operations/entry';
import { editorToken } from '@/lib/editor-session';
import { href, langOf, t } from '@/lib/i18n';
import { signOut } from './actions';
import { KpiValueForm, SignInForm } from './entry-forms';

export const dynamic = 'force-dynamic';

/** The editors' page: add or correct a fiscal year's KPI results, checked by the API as any edit is. */
export default async function EntryPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const lang = langOf(query.lang);
  const data = await request<EntryPageQuery>(ENTRY_PAGE, { id }).catch((error: unknown) => {
    if (
      error instanceof ApiError &&
      error.codes.every((c) => c === 'NOT_FOUND' || c === 'BAD_USER_INPUT')
    )
      return null;
    throw error;
  });
  if (!data?.program) notFound();
  const program = data.program;
  const token = await editorToken();
  const self = href(`/programs/${program.id}/entry`, lang);
  const lastYear = Math.max(
    ...program.kpis.flatMap((k) => k.values.map((v) => v.fiscalYear.year)),
    2000,
  );

  return (
    <article lang={lang}>
      <PageHeader
        lang={lang}
        title={t(lang, { ja: '実績の入力', en: 'Enter results' })}
        subtitle={`${program.municipality.name} ${program.name}`}
        path={`/programs/${program.id}/entry`}
        params={{}}
      />
      <p>
        <a href={href(`/programs/${program.id}`, lang)}>
          {t(lang, { ja: '事業のページに戻る', en: 'Back to the program' })}
        </a>
        {program.lastChangedAt
          ? ` ・ ${t(lang, { ja: '最終変更', en: 'Last changed' })}: ${new Date(program.lastChangedAt).toLocaleString('ja-JP', { timeZone: 'Asia/Tokyo' })}`
          : ''}
      </p>
      {token ? (
        <>
          <form action={signOut} className="screen-only">
            <input type="hidden" name="back" value={self} />
            <button type="submit">{t(lang, { ja: 'サインアウト', en: 'Sign out' })}</button>
          </form>
          <KpiValueForm
            defaultYear={lastYear + 1}
            kpis={program.kpis.map((kpi) => ({
              id: kpi.id,
              label: `${kpi.position}. ${kpi.name}（${kpi.unit}）`,
              versions: Object.fromEntries(kpi.values.map((v) => [v.fiscalYear.year, v.version])),
            }))}
          />
        </>
      ) : (
        <SignInForm back={self} />
      )}
    </article>
  );
}

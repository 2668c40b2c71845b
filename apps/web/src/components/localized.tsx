import type { Lang } from '@/lib/i18n';

/**
 * A text in the page's language. Where an English page has only the source's Japanese, the Japanese is
 * shown marked as such, so screen readers and the reader know it is a quote, not a translation.
 */
export function Localized({
  lang,
  ja,
  en,
}: {
  lang: Lang;
  ja: string;
  en: string | null | undefined;
}) {
  if (lang === 'ja') return <>{ja}</>;
  return en ? <>{en}</> : <span lang="ja">{ja}</span>;
}

/**
 * The source's Japanese with the dataset's English beside it on an English page: quotes stay as the
 * source wrote them.
 */
export function Glossed({
  lang,
  ja,
  en,
}: {
  lang: Lang;
  ja: string;
  en: string | null | undefined;
}) {
  if (lang === 'ja' || !en) return <span lang="ja">{ja}</span>;
  return (
    <>
      <span className="gloss">{en}</span>
      <span className="quote" lang="ja">
        {ja}
      </span>
    </>
  );
}

import { href, type Lang } from '@/lib/i18n';
import { PrintButton } from './print-button';

const PRINTED = new Intl.DateTimeFormat('ja-JP', { dateStyle: 'long', timeZone: 'Asia/Tokyo' });
const PRINTED_EN = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'Asia/Tokyo' });

/**
 * A page's title block: the language switch (which keeps the selection), a print button, and, in
 * print, the date and the selection the sheet shows.
 */
export function PageHeader({
  lang,
  title,
  subtitle,
  path,
  params,
  selection,
}: {
  lang: Lang;
  title: string;
  subtitle?: string | undefined;
  path: string;
  params: Record<string, string | string[] | undefined>;
  selection?: string | undefined;
}) {
  const other: Lang = lang === 'ja' ? 'en' : 'ja';
  const date = (lang === 'ja' ? PRINTED : PRINTED_EN).format(new Date());
  return (
    <header className="page-header">
      <div className="page-tools screen-only">
        <a href={href(path, other, params)} hrefLang={other} lang={other}>
          {other === 'en' ? 'English' : '日本語'}
        </a>
        <PrintButton label={lang === 'ja' ? '印刷（A4）' : 'Print (A4)'} />
      </div>
      <h1>{title}</h1>
      {subtitle ? <p className="lead">{subtitle}</p> : null}
      <p className="print-only print-meta">
        {lang === 'ja' ? `作成日：${date}` : `Printed ${date}`}
        {selection ? `${lang === 'ja' ? ' ／ ' : ' / '}${selection}` : ''}
      </p>
    </header>
  );
}

import type { Lang } from '@/lib/i18n';
import { isEditor } from '@/lib/viewer';

export interface SourceFields {
  origin: string;
  section: string | null;
  rawText: string | null;
  /** Asked for by editors only. */
  note?: string | null;
  document: { title: string; titleEn?: string | null } | null;
}

const ORIGIN: Record<string, { ja: string; en: string }> = {
  DOCUMENT: { ja: '出典', en: 'Source' },
  EXTERNAL: { ja: '資料外', en: 'External' },
  EDITORIAL: { ja: '編集', en: 'Editorial' },
};
const ENTERED = { ja: '入力', en: 'Entered' };

/** Where a value was read, as a reader cites it: the document, its section and the raw text. */
export async function SourceBody({ source, lang }: { source: SourceFields; lang: Lang }) {
  const origin = (ORIGIN[source.origin] ?? ENTERED)[lang];
  const title =
    source.document && (lang === 'en' && source.document.titleEn ? source.document.titleEn : null);
  return (
    <>
      <p>
        <strong>{origin}</strong>
        {source.document ? ': ' : ''}
        {source.document ? title ? title : <span lang="ja">{source.document.title}</span> : null}
        {source.section ? (
          <>
            {' / '}
            <span lang="ja">{source.section}</span>
          </>
        ) : null}
      </p>
      {source.rawText ? <pre lang="ja">{source.rawText}</pre> : null}
      {/* The dataset's notes are an editor's reading, in English: for editors, not for the public. */}
      {source.note && (await isEditor()) ? (
        <p className="note" lang="en">
          {source.note}
        </p>
      ) : null}
    </>
  );
}

/** The source of a value, a click away. */
export function SourceNote({
  source,
  lang,
}: {
  source: SourceFields | null | undefined;
  lang: Lang;
}) {
  if (!source) return null;
  return (
    <details className="source">
      <summary>{(ORIGIN[source.origin] ?? ENTERED)[lang]}</summary>
      <div className="source-body" role="note">
        <SourceBody source={source} lang={lang} />
      </div>
    </details>
  );
}

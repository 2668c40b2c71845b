import type { Lang } from '@/lib/i18n';

export interface SourceFields {
  origin: string;
  section: string | null;
  rawText: string | null;
  note: string | null;
  document: { title: string; filePath: string } | null;
}

const ORIGIN: Record<string, { ja: string; en: string }> = {
  DOCUMENT: { ja: '出典', en: 'Source' },
  EXTERNAL: { ja: '資料外', en: 'External' },
  EDITORIAL: { ja: '編集', en: 'Editorial' },
};
const ENTERED = { ja: '入力', en: 'Entered' };

/** The source of a value, a click away: the document, its section and the raw text as printed. */
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
        <p>
          <strong>{(ORIGIN[source.origin] ?? ENTERED)[lang]}</strong>
          {source.document ? `: ${source.document.title}` : ''}
          {source.section ? ` / ${source.section}` : ''}
        </p>
        {source.rawText ? <pre lang="ja">{source.rawText}</pre> : null}
        {source.note ? <p className="note">{source.note}</p> : null}
      </div>
    </details>
  );
}

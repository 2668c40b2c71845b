import type { Lang } from '@/lib/i18n';

export interface SourceFields {
  origin: 'DOCUMENT' | 'EXTERNAL' | 'EDITORIAL';
  section: string | null;
  rawText: string | null;
  note: string | null;
  document: { title: string; filePath: string } | null;
}

const ORIGIN = {
  DOCUMENT: { ja: '出典', en: 'Source' },
  EXTERNAL: { ja: '資料外', en: 'External' },
  EDITORIAL: { ja: '編集', en: 'Editorial' },
} as const;

/** The source of a value, a click away: the document, its section and the raw text as printed. */
export function SourceNote({ source, lang }: { source: SourceFields | null | undefined; lang: Lang }) {
  if (!source) return null;
  return (
    <details className="source">
      <summary>{ORIGIN[source.origin][lang]}</summary>
      <div className="source-body" role="note">
        <p>
          <strong>{ORIGIN[source.origin][lang]}</strong>
          {source.document ? `: ${source.document.title}` : ''}
          {source.section ? ` / ${source.section}` : ''}
        </p>
        {source.rawText ? <pre lang="ja">{source.rawText}</pre> : null}
        {source.note ? <p className="note">{source.note}</p> : null}
      </div>
    </details>
  );
}

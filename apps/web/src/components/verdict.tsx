import type { ReactNode } from 'react';
import type { VerdictFieldsFragment as VerdictFromApi } from '@/lib/api/generated';
import type { WithSources } from '@/lib/api/sources';
import { parens, type Lang } from '@/lib/i18n';
import { expressionIn, ruleIn } from '@/lib/view/formula';
import { SourceBody } from './source-note';

type VerdictFieldsFragment = WithSources<VerdictFromApi>;
type Part = NonNullable<VerdictFieldsFragment['parts']>[number];
type Figure = NonNullable<Part['figure']>;

/** A sentence's parts in the page's language (the page asks for that language's only). */
const partsOf = (sentence: VerdictFieldsFragment, lang: Lang): Part[] =>
  (lang === 'ja' ? sentence.parts : sentence.partsEn) ?? [];

/** The figures a verdict cites, one entry per distinct source or formula, in order of first mention. */
function citations(sentences: readonly VerdictFieldsFragment[], lang: Lang) {
  const keys: string[] = [];
  const figures: Figure[] = [];
  const keyOf = (figure: Figure) =>
    figure.source
      ? `s:${figure.source.section}:${figure.source.rawText}`
      : `f:${figure.formula ? expressionIn(lang, figure.formula) : ''}`;
  for (const sentence of sentences)
    for (const part of partsOf(sentence, lang))
      if (part.figure && !keys.includes(keyOf(part.figure))) {
        keys.push(keyOf(part.figure));
        figures.push(part.figure);
      }
  return { figures, indexOf: (figure: Figure) => keys.indexOf(keyOf(figure)) };
}

/**
 * A program's verdict: what it achieved, what is missing, what it cost and who paid, and the
 * municipality's own words, each figure a link to where it was read (or to how it was computed).
 */
export function Verdict({
  sentences,
  lang,
  id,
}: {
  sentences: readonly VerdictFieldsFragment[];
  lang: Lang;
  /** Unique on the page: the anchors of this verdict's sources start with it. */
  id: string;
}) {
  const { figures, indexOf } = citations(sentences, lang);
  const anchor = (index: number) => `${id}-source-${index + 1}`;
  const render = (sentence: VerdictFieldsFragment): ReactNode[] =>
    partsOf(sentence, lang).map((part, index) => {
      if (part.figure) {
        const at = indexOf(part.figure);
        return (
          <a key={index} className="cited" href={`#${anchor(at)}`}>
            {part.text}
          </a>
        );
      }
      // A Japanese page's parts are all Japanese: it does not ask for their language.
      return (part.lang ?? lang) !== lang ? (
        <span key={index} lang={part.lang} className="quote">
          {part.text}
        </span>
      ) : (
        part.text
      );
    });

  // A paragraph per topic, in the order asked; a KPI's sentences become a list, one KPI a line.
  const blocks: { topic: string; sentences: VerdictFieldsFragment[] }[] = [];
  for (const sentence of sentences) {
    const last = blocks.at(-1);
    if (last && last.topic === sentence.topic) last.sentences.push(sentence);
    else blocks.push({ topic: sentence.topic, sentences: [sentence] });
  }
  return (
    <div className="verdict">
      {blocks.map((block, index) =>
        block.topic === 'KPI' ? (
          <ul key={index} className="verdict-kpis">
            {block.sentences.map((sentence, i) => (
              <li key={i}>{render(sentence)}</li>
            ))}
          </ul>
        ) : (
          <p key={index} className={`verdict-${block.topic.toLowerCase()}`}>
            {block.sentences.map((sentence, i) => (
              <span key={i}>
                {i > 0 ? (lang === 'ja' ? '' : ' ') : ''}
                {render(sentence)}
              </span>
            ))}
          </p>
        ),
      )}
      {figures.length > 0 ? (
        <details className="verdict-sources screen-only">
          <summary>
            {lang === 'ja'
              ? `数値の出典と計算（${figures.length}件）`
              : `Where each figure comes from (${figures.length})`}
          </summary>
          <ol>
            {figures.map((figure, index) => (
              <li key={index} id={anchor(index)}>
                {figure.source ? (
                  <SourceBody source={figure.source} lang={lang} />
                ) : (
                  <p>
                    <strong>{lang === 'ja' ? '計算' : 'Computed'}</strong>:{' '}
                    {figure.formula ? ruleIn(lang, figure.formula) : null}
                    {figure.formula && expressionIn(lang, figure.formula)
                      ? parens(lang, expressionIn(lang, figure.formula)!)
                      : null}
                  </p>
                )}
              </li>
            ))}
          </ol>
        </details>
      ) : null}
    </div>
  );
}

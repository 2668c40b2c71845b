import { t, type Lang } from '@/lib/i18n';
import type { SimilarLine } from '@/lib/view/similar';

function Lines({
  lines,
  lang,
  withMunicipality,
}: {
  lines: SimilarLine[];
  lang: Lang;
  withMunicipality: boolean;
}) {
  if (lines.length === 0)
    return (
      <p className="lead">
        {t(lang, {
          ja: '何をするかを表す珍しい語を共有する事業は見つかりませんでした。',
          en: 'No program shares enough of the rarer words of what this one does.',
        })}
      </p>
    );
  return (
    <ol className="similar-list">
      {lines.map((line) => (
        <li key={line.href}>
          <a href={line.href} lang={line.nameLang}>
            {line.name}
          </a>
          <span className="program-meta">
            {' '}
            {withMunicipality ? `${line.municipality}${t(lang, { ja: '・', en: ' · ' })}` : ''}
            {t(lang, { ja: '共通する語：', en: 'shared words: ' })}
            <span lang="ja">{line.sharedWords}</span>
          </span>{' '}
          <a href={line.compareHref} className="compare-link">
            {t(lang, { ja: '並べて比べる', en: 'Compare side by side' })}
          </a>
        </li>
      ))}
    </ol>
  );
}

/**
 * Programs that do similar work, in this municipality and elsewhere, each with the words that made the
 * match: a reader sees why it was found, and that a match of words is not a match of results.
 */
export function SimilarPrograms({
  sameMunicipality,
  otherMunicipalities,
  municipality,
  lang,
}: {
  sameMunicipality: SimilarLine[];
  otherMunicipalities: SimilarLine[];
  municipality: string;
  lang: Lang;
}) {
  return (
    <section id="similar" aria-labelledby="similar-title" className="screen-only">
      <h2 id="similar-title">{t(lang, { ja: '似た事業', en: 'Similar programs' })}</h2>
      <p className="lead">
        {t(lang, {
          ja: '名称・指標と、目的・手段・対象・意図の記述で、珍しい語を多く共有する順です。何をするかが似ていても、指標の定義や費用の範囲が同じとは限りません。比べるときは各事業の注記を確かめてください。',
          en: 'Ordered by how many rarer words they share in their names, indicators, and texts of purpose, means, targets and intent. Doing similar work does not make their indicators or cost bases the same: check each program’s notes before comparing figures.',
        })}
      </p>
      <h3>{t(lang, { ja: `${municipality}の事業`, en: `In ${municipality}` })}</h3>
      <Lines lines={sameMunicipality} lang={lang} withMunicipality={false} />
      <h3>{t(lang, { ja: '他の自治体の事業', en: 'In other municipalities' })}</h3>
      <Lines lines={otherMunicipalities} lang={lang} withMunicipality />
    </section>
  );
}

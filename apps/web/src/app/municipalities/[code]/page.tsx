import { notFound } from 'next/navigation';
import { PageHeader } from '@/components/page-header';
import { request } from '@/lib/api/client';
import type { MunicipalityPageQuery } from '@/lib/api/generated';
import { MUNICIPALITY_PAGE } from '@/lib/api/operations/municipality';
import { formatCount } from '@/lib/format';
import { href, langOf, t, type Lang } from '@/lib/i18n';
import {
  fundingTable,
  nodeSummary,
  type FundingYears,
  type PolicyNode,
} from '@/lib/view/municipality';

export const dynamic = 'force-dynamic';

type Node = Omit<PolicyNode, 'children'> & {
  children?: readonly Node[];
  programs?: readonly { id: string; number: string; name: string; nameEn?: string | null }[];
};

function FundingTable({ lang, funding }: { lang: Lang; funding: FundingYears }) {
  const table = fundingTable(lang, funding);
  return (
    <div className="table-scroll">
      <table className="funding-table">
        <caption>
          {t(lang, {
            ja: '全事業の費用と財源（年度別の合計。上段は資料どおり千円、下段は円）',
            en: 'Cost and funding of all programs, summed by fiscal year (in thousands of yen as the source prints, then in yen)',
          })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t(lang, { ja: '区分', en: 'Category' })}</th>
            {table.years.map((year) => (
              <th scope="col" key={year} className="numeric">
                {year}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row) => (
            <tr key={row.category}>
              <th scope="row">{row.label}</th>
              {row.cells.map((cell, index) => (
                <td key={table.years[index]} className="numeric">
                  <span className={cell.readable ? undefined : 'missing'}>{cell.thousand}</span>
                  {cell.readable ? <span className="readable">{cell.readable}</span> : null}
                  {cell.missing ? <span className="sum-missing">※{cell.missing}</span> : null}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/**
 * The policy system a level at a time. The programs of one lowest part at a time are listed, the one
 * the URL opens (`open`): a city's 400 program links on one page would weigh more than the page may.
 */
function PolicyTree({
  lang,
  code,
  nodes,
  path,
  open,
}: {
  lang: Lang;
  code: string;
  nodes: readonly Node[];
  path: readonly string[];
  open: string | null;
}) {
  return (
    <ul className={`policy-tree depth-${path.length}`}>
      {nodes.map((node) => {
        const own = [...path, node.number ?? node.name];
        const key = own.join('-');
        const onPath = open !== null && (open === key || open.startsWith(`${key}-`));
        return (
          <li key={key} id={`node-${key}`}>
            <details open={path.length === 0 || onPath}>
              <summary>
                <span className="node-title" lang="ja">
                  {node.level} {node.number} {node.name}
                </span>
                <span className="node-summary">
                  {nodeSummary(lang, node)}
                  {node.directions.length > 0 ? (
                    <>
                      {t(lang, { ja: ' ／ 方向性：', en: ' / Directions: ' })}
                      {node.directions.map((d, index) => (
                        <span key={d.grade}>
                          {index > 0 ? t(lang, { ja: '・', en: ', ' }) : ''}
                          <span lang="ja">{d.label}</span> {formatCount(d.count)}
                        </span>
                      ))}
                    </>
                  ) : null}
                </span>
                {node.otherNames.length > 0 ? (
                  <span className="node-variants">
                    {t(lang, { ja: '別表記：', en: 'Also spelt: ' })}
                    <span lang="ja">{node.otherNames.join('、')}</span>
                  </span>
                ) : null}
              </summary>
              {node.children && node.children.length > 0 ? (
                <PolicyTree lang={lang} code={code} nodes={node.children} path={own} open={open} />
              ) : open !== key ? (
                <p className="node-programs">
                  <a href={`${href(`/municipalities/${code}`, lang, { open: key })}#node-${key}`}>
                    {t(lang, {
                      ja: `${formatCount(node.programCount)} 事業を表示`,
                      en: `Show its ${formatCount(node.programCount)} program${node.programCount === 1 ? '' : 's'}`,
                    })}
                  </a>
                </p>
              ) : (
                <ul className="node-programs">
                  {(node.programs ?? []).map((program) => (
                    <li key={program.id}>
                      <a href={href(`/programs/${program.id}`, lang)}>
                        <span lang={lang === 'en' && !program.nameEn ? 'ja' : undefined}>
                          {lang === 'ja' ? program.name : (program.nameEn ?? program.name)}
                        </span>
                      </a>{' '}
                      <span className="program-number">{program.number}</span>
                    </li>
                  ))}
                </ul>
              )}
            </details>
          </li>
        );
      })}
    </ul>
  );
}

export default async function MunicipalityPage({
  params,
  searchParams,
}: {
  params: Promise<{ code: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const [{ code }, query] = await Promise.all([params, searchParams]);
  const lang = langOf(query.lang);
  if (!/^[0-9]{5}$/.test(code)) notFound();
  const open = (Array.isArray(query.open) ? query.open[0] : query.open)?.slice(0, 200) || null;
  const { municipality } = await request<MunicipalityPageQuery>(MUNICIPALITY_PAGE, { code });
  if (!municipality) notFound();
  const name = lang === 'ja' ? municipality.name : (municipality.nameEn ?? municipality.name);
  const prefecture =
    lang === 'ja'
      ? municipality.prefecture.name
      : (municipality.prefecture.nameEn ?? municipality.prefecture.name);
  // All its programs, those outside its policy system too (a program may give no plan level).
  const programCount = municipality.kpiRollup.programCount;
  const chosen = municipality.directions.reduce((sum, d) => sum + d.count, 0);
  return (
    <article lang={lang}>
      <PageHeader
        lang={lang}
        title={t(lang, {
          ja: `${prefecture} ${name}：事務事業の費用と方向性`,
          en: `${name}, ${prefecture}: what its programs cost and where they are headed`,
        })}
        subtitle={t(lang, {
          ja: `${formatCount(programCount)} 事業を、市の政策体系（政策 → 施策 → 基本事業 → 事務事業）ごとに。`,
          en: `${formatCount(programCount)} programs, by the city's own policy system (policy → measure → basic project → program).`,
        })}
        path={`/municipalities/${code}`}
        params={{ open: open ?? undefined }}
        selection={name}
      />
      <section aria-labelledby="funding-title">
        <h2 id="funding-title">{t(lang, { ja: '費用と財源', en: 'Cost and funding' })}</h2>
        <FundingTable lang={lang} funding={municipality.funding} />
        <p className="notes-box">
          {t(lang, {
            ja: '合計は報告された額の和です。空欄・対象外・読めない額は 0 として足さず、その事業数を ※ で示します。計画の年度は予算・目標の額で、実績と混ぜていません。',
            en: 'Each sum adds the amounts reported. Blank, not applicable or unreadable amounts are not added as 0; ※ says how many programs they are. A planned year holds budgeted amounts and is never mixed with spending.',
          })}
        </p>
      </section>
      <section aria-labelledby="directions-title">
        <h2 id="directions-title">
          {t(lang, {
            ja: '今後の方向性（改革改善の方向性）',
            en: 'Directions chosen for the programs',
          })}
        </h2>
        <ul className="directions">
          {municipality.directions.map((d) => (
            <li key={d.grade}>
              <span lang="ja">{d.label}</span>
              {t(lang, { ja: '：', en: ': ' })}
              {formatCount(d.count)}
              {t(lang, { ja: ' 事業', en: ' programs' })}
            </li>
          ))}
          {programCount > chosen ? (
            <li>
              {t(lang, { ja: '記載なし：', en: 'Not stated: ' })}
              {formatCount(programCount - chosen)}
              {t(lang, { ja: ' 事業', en: ' programs' })}
            </li>
          ) : null}
        </ul>
      </section>
      <section aria-labelledby="tree-title">
        <h2 id="tree-title">{t(lang, { ja: '政策体系ごとの事業', en: 'Programs by policy' })}</h2>
        <p>
          {t(lang, {
            ja: '各行：事業数 ／ 最新の実績年度のトータルコスト ／ 計画年度のトータルコスト ／ 選ばれた方向性。行を開くと下の階層が、最下層では「事業を表示」で事業の一覧が出ます。',
            en: 'Each line: programs / total cost of the latest year of spending / total cost planned / directions chosen. Open a line for the level below; at the lowest level, "Show its programs" lists them.',
          })}
        </p>
        <PolicyTree
          lang={lang}
          code={code}
          nodes={municipality.policyTree as readonly Node[]}
          path={[]}
          open={open}
        />
      </section>
    </article>
  );
}

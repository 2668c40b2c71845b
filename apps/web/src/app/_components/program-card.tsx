import { formatYen, formatYenCompact } from '@muni/domain';
import type { ProgramSummary } from '@/lib/api/overview';

const COST_LABEL = { TOTAL_COST: 'トータルコスト', PROJECT_COST: '事業費' } as const;
const COST_NOTE = {
  TOTAL_COST: 'total cost (project + personnel)',
  PROJECT_COST: 'project cost; total cost not reported',
} as const;
const FUNDING_LABEL = { MUNICIPAL: '単独事業', NATIONAL_GRANT: '国の交付金事業' } as const;

const QUANTITY = new Intl.NumberFormat('ja-JP', { maximumFractionDigits: 2 });

/** One program's headline: who runs it, what it cost in its latest reported year, where its KPIs stand. */
export function ProgramCard({ program }: { program: ProgramSummary }) {
  const cost = program.latestCost;
  return (
    <article className="program-card" aria-labelledby={`program-${program.id}`}>
      <p className="program-meta">
        {program.prefecture} {program.municipality}
        {program.municipalityEn ? ` (${program.municipalityEn})` : ''} ・{' '}
        {program.numberAssigned
          ? `整理番号 ${program.number}（資料に事業番号なし）`
          : `事業番号 ${program.number}`}
      </p>
      <h2 id={`program-${program.id}`}>{program.name}</h2>
      {program.nameEn ? <p className="en">{program.nameEn}</p> : null}
      <p className="program-meta">
        {FUNDING_LABEL[program.fundingScheme]}
        {program.fundingSchemeName ? `（${program.fundingSchemeName}）` : ''} ・ 出典:{' '}
        {program.documentName}（{program.documentYearLabel}）
      </p>
      <dl className="figures">
        <div className="figure">
          <dt>{cost ? `${COST_LABEL[cost.kind]}（${cost.fiscalYearLabel}）` : '費用'}</dt>
          <dd title={cost ? formatYen(cost.yen) : undefined}>
            {cost ? formatYenCompact(cost.yen) : '未報告'}
            <div className="figure-note">{cost ? COST_NOTE[cost.kind] : 'not reported'}</div>
          </dd>
        </div>
        <div className="figure">
          <dt>成果指標（KPI）</dt>
          <dd>
            {program.kpis.length}
            <div className="figure-note">KPIs with a reported actual</div>
          </dd>
        </div>
      </dl>
      {program.kpis.length > 0 ? (
        <table>
          <caption>最新の実績と目標 Latest actual against that year&apos;s target</caption>
          <thead>
            <tr>
              <th scope="col">KPI</th>
              <th scope="col">年度</th>
              <th scope="col" className="number">
                実績
              </th>
              <th scope="col" className="number">
                目標
              </th>
            </tr>
          </thead>
          <tbody>
            {program.kpis.map((kpi) => (
              <tr key={kpi.position}>
                <td>
                  {kpi.name}
                  <span className="en">
                    （{kpi.unit}・{kpi.kind === 'STOCK' ? '年度末の水準' : '年度の増分'}）
                  </span>
                </td>
                <td className="year">{kpi.fiscalYearLabel}</td>
                <td className="number">{QUANTITY.format(kpi.actual)}</td>
                <td className="number">
                  {kpi.target === null ? '対象外' : QUANTITY.format(kpi.target)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </article>
  );
}

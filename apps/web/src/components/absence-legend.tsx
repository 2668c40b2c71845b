import { ABSENCES, NEARLY_ACHIEVED_FROM } from '@muni/domain';
import { absenceLabel, absenceMeaning, type Absence } from '@/lib/format';
import type { Lang } from '@/lib/i18n';

/** The words this product uses for a missing value, each explained once. */
export function AbsenceLegend({ lang }: { lang: Lang }) {
  return (
    <aside className="absence-legend" aria-labelledby="absence-legend-title">
      <h2 id="absence-legend-title">
        {lang === 'ja' ? '数値がないときの表示' : 'When a figure is missing'}
      </h2>
      <dl>
        {ABSENCES.map((absence) => {
          const code = absence.toUpperCase() as Absence;
          return (
            <div key={absence}>
              <dt className="missing">{absenceLabel(lang, code)}</dt>
              <dd>{absenceMeaning(lang, code)}</dd>
            </div>
          );
        })}
        <div>
          <dt>*</dt>
          <dd>
            {lang === 'ja'
              ? `資料に状況の語がなく、達成率から判定した状況（100% 以上で達成、${NEARLY_ACHIEVED_FROM * 100}% 以上で概ね達成）`
              : `a status the source does not state, judged from the rate (achieved at 100 %, nearly achieved from ${NEARLY_ACHIEVED_FROM * 100} %)`}
          </dd>
        </div>
        <div>
          <dt>†</dt>
          <dd>
            {lang === 'ja'
              ? '印字された値から差し引きなどで求めた値'
              : 'found from printed figures by difference or division'}
            <span className="screen-only">
              {lang === 'ja'
                ? '（画面では値にカーソルを合わせると計算式を表示）'
                : ' (on screen, hover over it for the formula)'}
            </span>
          </dd>
        </div>
      </dl>
      <p>{lang === 'ja' ? 'どれも 0 ではありません。' : 'None of these is 0.'}</p>
    </aside>
  );
}

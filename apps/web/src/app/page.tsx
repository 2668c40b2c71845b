import { getOverview } from '@/lib/api/overview';
import { ProgramCard } from './_components/program-card';

// The figures come from the API at request time, never from the build.
export const dynamic = 'force-dynamic';

export default async function OverviewPage() {
  const programs = await getOverview();
  return (
    <>
      <h1>事業の一覧</h1>
      <p className="lead">
        市区町村の事業の成果指標（KPI）と費用を、出典の資料どおりに示します。
        <span className="en">
          {' '}
          KPIs and costs of municipal programs, as their source documents report them.
        </span>
      </p>
      {programs.length === 0 ? (
        <p className="state">事業がまだ登録されていません。No programs yet.</p>
      ) : (
        <ul className="program-list">
          {programs.map((program) => (
            <li key={program.id}>
              <ProgramCard program={program} />
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

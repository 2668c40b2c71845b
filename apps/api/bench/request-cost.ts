/**
 * What one request costs, computed and kept: requests a second, p50 and p99, CPU milliseconds of the API
 * (with its workers) and of the database (its backends) per request, statements per request and the
 * answer's bytes; and whether an edit to one program under load leaves the kept answers about other
 * programs kept. The figures issue 16 measured before its work are printed beside them.
 */
import autocannon from 'autocannon';
import { cpuMs } from './process-cpu.js';

export interface CostQuestion {
  name: string;
  body: string;
  /** Statements the question runs when computed, measured in process (the revision read not counted). */
  statements: number;
}

export interface CostRow {
  question: string;
  mode: 'computed' | 'kept';
  rps: number;
  p50: number;
  p99: number;
  apiCpuMs: number;
  dbCpuMs: number;
  statements: number;
  answerKb: number;
  errors: number;
}

/**
 * Issue 16's measurements before its work (national set, PostgreSQL 15, one API worker, 10
 * connections, computed): req/s, API and database CPU ms a request, statements, answer.
 */
const BEFORE: Record<string, string[]> = {
  'plain program detail': ['390–530', '1.8–2.5', '0.9–1.1', '6', '5 KB'],
  "dashboard's program query": ['79–109', '10–14', '2.7–3.7', '14–19', '51–74 KB'],
  'compare of 10': ['34–45', '27–32', '1.7–2.3', '7', '182 KB'],
  'national ranking, top 50': ['118–163', '3.9–5.9', '6.3–8.0', '5', '7 KB'],
  'page of 50 by latest cost': ['84', '3.9', '18.6', '3', '5 KB'],
};

const round = (value: number, places: number) => Math.round(value * 10 ** places) / 10 ** places;

/** Each question at `connections` for `seconds`, computed (`Cache-Control: no-cache`) and kept. */
export async function requestCosts(
  url: string,
  processes: { api: number; db: number },
  questions: CostQuestion[],
  {
    connections,
    seconds,
    warmupSeconds,
  }: { connections: number; seconds: number; warmupSeconds: number },
  settled: () => Promise<void>,
): Promise<CostRow[]> {
  const rows: CostRow[] = [];
  for (const question of questions) {
    const answer = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: question.body,
    });
    const bytes = (await answer.arrayBuffer()).byteLength;
    if (!answer.ok) throw new Error(`${question.name}: HTTP ${answer.status}`);
    for (const mode of ['computed', 'kept'] as const) {
      const load = (duration: number) =>
        autocannon({
          url: `${url}/graphql`,
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            ...(mode === 'computed' && { 'cache-control': 'no-cache' }),
          },
          body: question.body,
          connections,
          duration,
        });
      // Measured as a server that has been answering it runs, not while V8 still compiles its code:
      // the first seconds of a question cost a third more CPU a request than the rest.
      await load(warmupSeconds);
      await settled();
      const api = cpuMs(processes.api);
      const db = cpuMs(processes.db);
      const result = await load(seconds);
      const served = result.requests.total;
      rows.push({
        question: question.name,
        mode,
        rps: Math.round(result.requests.average),
        p50: result.latency.p50,
        p99: result.latency.p99,
        apiCpuMs: round((cpuMs(processes.api) - api) / served, 2),
        dbCpuMs: round((cpuMs(processes.db) - db) / served, 2),
        // Every answer first reads the revisions of what it depends on: one statement.
        statements: mode === 'kept' ? 1 : question.statements + 1,
        answerKb: round(bytes / 1024, 1),
        errors: result.errors + result.non2xx,
      });
      process.stderr.write(
        `${question.name} ${mode}: ${Math.round(result.requests.average)} req/s\n`,
      );
    }
  }
  return rows;
}

export interface EditUnderLoad {
  others: number;
  keptBefore: number;
  keptAfter: number;
  editedKeptAfter: boolean;
  loadRequests: number;
  loadErrors: number;
}

/**
 * Reads `others` programs' pages until each process keeps them, then edits one more program while the
 * dashboard's program query for yet others runs at `connections`, and reads the `others` again: how
 * many were still kept before and after the edit, and whether the edited program's page was (it must
 * not be).
 */
export async function editUnderLoad(
  url: string,
  {
    pageOf,
    edit,
    others,
    edited,
    load,
    connections,
  }: {
    pageOf: (programId: string) => string;
    edit: () => Promise<void>;
    others: string[];
    edited: string;
    load: string[];
    connections: number;
  },
): Promise<EditUnderLoad> {
  const read = async (programId: string) => {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: pageOf(programId),
    });
    if (!response.ok) throw new Error(`program ${programId}: HTTP ${response.status}`);
    await response.arrayBuffer();
    return response.headers.get('x-cache') === 'hit';
  };
  // Each API worker keeps its own answers, and requests go round them: read until every worker has.
  for (let round = 0; round < 4; round += 1) {
    for (const id of [...others, edited]) await read(id);
  }
  let keptBefore = 0;
  for (const id of others) keptBefore += (await read(id)) ? 1 : 0;
  let next = 0;
  const loaded = autocannon({
    url: `${url}/graphql`,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    connections,
    duration: 6,
    requests: [
      {
        setupRequest: (request) => ({ ...request, body: pageOf(load[next++ % load.length]!) }),
      },
    ],
  });
  await new Promise((resolve) => setTimeout(resolve, 2_000));
  await edit();
  const result = await loaded;
  let keptAfter = 0;
  for (const id of others) keptAfter += (await read(id)) ? 1 : 0;
  return {
    others: others.length,
    keptBefore,
    keptAfter,
    editedKeptAfter: await read(edited),
    loadRequests: result.requests.total,
    loadErrors: result.errors + result.non2xx,
  };
}

/** The table issue 16 asked for: each question's figures now, beside those it measured before. */
export function costTable(rows: CostRow[], edit: EditUnderLoad, workers: number): string {
  const lines = [
    `Cost of a request, national set, PostgreSQL, ${workers} API worker${workers === 1 ? '' : 's'}, 10 connections (before: issue 16's figures, one worker, computed)`,
    '',
    '| question | mode | req/s | p50 / p99 ms | API CPU ms/req | DB CPU ms/req | statements/req | answer | before: req/s, API ms, DB ms, statements, answer |',
    '|---|---|---|---|---|---|---|---|---|',
  ];
  for (const row of rows) {
    const before = row.mode === 'computed' ? (BEFORE[row.question]?.join(', ') ?? '') : '';
    lines.push(
      `| ${row.question} | ${row.mode} | ${row.rps} | ${row.p50} / ${row.p99} | ${row.apiCpuMs} | ${row.dbCpuMs} | ${row.statements} | ${row.answerKb} KB | ${before} |`,
    );
  }
  lines.push(
    '',
    `Edit one program under load (${edit.loadRequests} page reads at 10 connections, ${edit.loadErrors} errors), then read ${edit.others} other programs' pages: kept ${edit.keptBefore} of ${edit.others} before, ${edit.keptAfter} of ${edit.others} after (before issue 16: 0 after, since one write moved the single revision); the edited program's page ${edit.editedKeptAfter ? 'WAS STILL KEPT' : 'computed afresh'}.`,
  );
  return lines.join('\n');
}

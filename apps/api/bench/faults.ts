import autocannon from 'autocannon';

export interface FaultReport {
  /** From stopping PostgreSQL to /readyz answering 503. */
  notReadyAfterMs: number | null;
  /** From stopping PostgreSQL to a GraphQL answer with DATABASE_UNAVAILABLE. */
  unavailableCodeAfterMs: number | null;
  /** Status of that answer. */
  unavailableStatus: number | null;
  /** From starting PostgreSQL again to /readyz 200 and to a GraphQL answer with data. */
  readyAgainAfterMs: number | null;
  answeringAgainAfterMs: number | null;
  /** Whether the API process was still running at the end. */
  survived: boolean;
  /** Requests the background load sent, and how many were not 2xx (the outage's). */
  loadRequests: number;
  loadNon2xx: number;
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls `probe` every 25 ms until it is true or `limitMs` passes; the time it took, or null. */
async function timeUntil(probe: () => Promise<boolean>, limitMs: number): Promise<number | null> {
  const started = performance.now();
  while (performance.now() - started < limitMs) {
    if (await probe().catch(() => false)) return Math.round(performance.now() - started);
    await wait(25);
  }
  return null;
}

/**
 * Stops PostgreSQL under load (10 connections computing a program's detail), watches the API say so,
 * starts PostgreSQL again and watches the API come back on its own.
 */
export async function databaseOutage(
  url: string,
  body: string,
  alive: () => boolean,
  database: { pause(): void; resume(): void },
): Promise<FaultReport> {
  const load = autocannon({
    url: `${url}/graphql`,
    method: 'POST',
    headers: { 'content-type': 'application/json', 'cache-control': 'no-cache' },
    body,
    connections: 10,
    duration: 12,
  });
  await wait(2_000);
  const graphql = () =>
    fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'cache-control': 'no-cache' },
      body,
    });
  database.pause();
  let unavailableStatus: number | null = null;
  const [notReadyAfterMs, unavailableCodeAfterMs] = await Promise.all([
    timeUntil(async () => (await fetch(`${url}/readyz`)).status === 503, 5_000),
    timeUntil(async () => {
      const response = await graphql();
      const answer = (await response.json()) as { errors?: { extensions?: { code?: string } }[] };
      const down = answer.errors?.some((e) => e.extensions?.code === 'DATABASE_UNAVAILABLE');
      if (down) unavailableStatus = response.status;
      return down ?? false;
    }, 5_000),
  ]);
  await wait(2_000);
  database.resume();
  const [readyAgainAfterMs, answeringAgainAfterMs] = await Promise.all([
    timeUntil(async () => (await fetch(`${url}/readyz`)).ok, 15_000),
    timeUntil(async () => {
      const answer = (await (await graphql()).json()) as { data?: unknown; errors?: unknown[] };
      return Boolean(answer.data) && !answer.errors;
    }, 15_000),
  ]);
  const result = await load;
  return {
    notReadyAfterMs,
    unavailableCodeAfterMs,
    unavailableStatus,
    readyAgainAfterMs,
    answeringAgainAfterMs,
    survived: alive(),
    loadRequests: result.requests.total,
    loadNon2xx: result.non2xx + result.errors,
  };
}

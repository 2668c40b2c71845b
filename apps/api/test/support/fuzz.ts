import { randomOperations, type RandomOperation } from './random-operations.js';

export interface FuzzReport {
  operations: number;
  /** Answers by HTTP status (0: no answer, the connection failed). */
  statuses: Record<string, number>;
  /** Errors by code, over every answer. */
  codes: Record<string, number>;
  /** Answers with data and no error. */
  answered: number;
  /** What the server must never do: a 5xx, an unexpected error, a body that is not GraphQL's JSON. */
  failures: { operation: RandomOperation; status: number; body: string }[];
  seconds: number;
}

/** Codes that name the request's own fault, or a limit it went past. */
const EXPECTED_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'NOT_FOUND',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'PAYLOAD_TOO_LARGE',
]);

/**
 * Sends `count` random operations (see random-operations.ts) to a running API, `concurrency` at a time,
 * and reports every answer that is a server's failure rather than a refusal of a bad request.
 */
export async function fuzzServer(
  url: string,
  { count, seed = 1, concurrency = 8 }: { count: number; seed?: number; concurrency?: number },
): Promise<FuzzReport> {
  const next = randomOperations(seed);
  const report: FuzzReport = {
    operations: count,
    statuses: {},
    codes: {},
    answered: 0,
    failures: [],
    seconds: 0,
  };
  const started = performance.now();
  let sent = 0;
  async function worker() {
    while (sent < count) {
      sent += 1;
      const operation = next();
      const answer = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body:
          operation.raw ??
          JSON.stringify({ query: operation.query, variables: operation.variables }),
      }).then(
        async (response) => ({ response, text: await response.text() }),
        // A connection the server cut is its failure too: recorded, not thrown.
        (error: unknown) => ({ error: error as Error }),
      );
      if ('error' in answer) {
        report.statuses['0'] = (report.statuses['0'] ?? 0) + 1;
        report.failures.push({
          operation,
          status: 0,
          body: `${answer.error.message}: ${String((answer.error.cause as Error | undefined)?.message ?? '')}`,
        });
        continue;
      }
      const { response, text } = answer;
      report.statuses[response.status] = (report.statuses[response.status] ?? 0) + 1;
      let body: { data?: unknown; errors?: { extensions?: { code?: string } }[] } | null;
      try {
        body = JSON.parse(text);
      } catch {
        body = null;
      }
      const codes = (body?.errors ?? []).map((error) => error.extensions?.code ?? 'NO_CODE');
      for (const code of codes) report.codes[code] = (report.codes[code] ?? 0) + 1;
      if (body?.data && codes.length === 0) report.answered += 1;
      if (response.status >= 500 || !body || codes.some((code) => !EXPECTED_CODES.has(code)))
        report.failures.push({ operation, status: response.status, body: text.slice(0, 500) });
    }
  }
  await Promise.all(Array.from({ length: concurrency }, worker));
  report.seconds = Math.round((performance.now() - started) / 100) / 10;
  return report;
}

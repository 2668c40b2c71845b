import { describe, expect, it } from 'vitest';
import { backends } from './support/databases.js';
import { fuzzServer } from './support/fuzz.js';
import { servedShippedData } from './support/http-server.js';

// `pnpm bench` sends 10,000; the suite sends enough to cover every root field many times over.
const OPERATIONS = 1_500;

describe.each(backends())('random operations against the server on %s', (backend) => {
  const served = servedShippedData(backend);

  it(`answers ${OPERATIONS} schema-aware random operations without a 5xx or an unexpected error`, async () => {
    // Anything written past the JSON log lines (a bare stack trace, Express's own error page) is caught.
    const written: string[] = [];
    const write = process.stderr.write.bind(process.stderr);
    const error = console.error;
    process.stderr.write = ((chunk: string | Uint8Array, ...rest: unknown[]) => {
      written.push(String(chunk));
      return (write as (...args: unknown[]) => boolean)(chunk, ...rest);
    }) as typeof process.stderr.write;
    console.error = (...args: unknown[]) => written.push(args.map(String).join(' '));
    let report: Awaited<ReturnType<typeof fuzzServer>>;
    try {
      report = await fuzzServer(served.server.url, { count: OPERATIONS, seed: 7 });
    } finally {
      process.stderr.write = write;
      console.error = error;
    }
    expect(written).toEqual([]);
    expect(report.failures.slice(0, 3)).toEqual([]);
    expect(report.codes.BAD_REQUEST).toBeGreaterThan(0);
    expect(report.codes.PAYLOAD_TOO_LARGE).toBeGreaterThan(0);
    // Every log line the server wrote is JSON with its level (pino), none an unexpected failure.
    expect(served.server.logs.filter((log) => (log.level as number) >= 50)).toEqual([]);
    // Not all refusals: the stream reaches the resolvers, so a clean run means something.
    expect(report.answered).toBeGreaterThan(OPERATIONS / 10);
    expect(report.codes.GRAPHQL_VALIDATION_FAILED).toBeGreaterThan(0);
    expect(report.codes.BAD_USER_INPUT).toBeGreaterThan(0);
  });

  it('refuses text holding a NUL character, naming the argument or variable', async () => {
    const literal = await served.server.post(
      '{ programByNumber(municipalityCode: "14214", number: "25-\\u0000") { name } }',
    );
    expect(literal.status).toBe(400);
    expect(literal.body.errors[0]).toMatchObject({
      message: 'number: text may not contain the NUL character (U+0000)',
      extensions: { code: 'BAD_USER_INPUT' },
    });
    const variable = await served.server.post(
      'query ($text: String) { programs(filter: { text: $text }) { totalCount } }',
      { text: 'a\u0000b' },
    );
    expect(variable.status).toBe(400);
    expect(variable.body.errors[0].message).toBe(
      '$text: text may not contain the NUL character (U+0000)',
    );
  });
});

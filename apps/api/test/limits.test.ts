import { describe, expect, it } from 'vitest';
import { LIMITS } from '../src/graphql/limits.js';
import { backends } from './support/databases.js';
import { servedShippedData } from './support/http-server.js';

/** Fields that nest one inside the other, each with a scalar to end on, so a query of any depth up to 12 can be built. */
const CHAIN = [
  ['programs(first: 1)', 'totalCount'],
  ['nodes', 'number'],
  ['municipality', 'code'],
  ['programs', 'number'],
  ['narratives', 'text'],
  ['kpi', 'name'],
  ['values', 'note'],
  ['actual', 'value'],
  ['source', 'section'],
  ['document', 'key'],
  ['fiscalYear', 'label'],
] as const;

/** A query whose deepest field is `depth` fields down, the scalar at the end counted. */
function queryOfDepth(depth: number): string {
  const objects = CHAIN.slice(0, depth - 1);
  const body = objects.reduceRight<string>(
    (inner, [field]) => `${field} { ${inner} }`,
    objects.at(-1)![1],
  );
  return `{ ${body} }`;
}

describe.each(backends())('limits on what one operation may ask, on %s', (backend) => {
  const served = servedShippedData(backend);

  const accepted = (response: { status: number; body: any }) => {
    expect(response.body.errors, JSON.stringify(response.body.errors)).toBeUndefined();
    expect(response.status).toBe(200);
  };
  const refused = (response: { status: number; body: any }, message: string) => {
    expect(response.status).toBe(400);
    expect(response.body.errors[0].message).toBe(message);
  };

  it('refuses an answer estimated too large before it runs, counting lists and variables', async () => {
    const exports = await served.server.post(
      '{ municipalities { programs { export(format: YAML) { fileName } } } }',
    );
    expect(exports.status).toBe(400);
    expect(exports.body.data).toBeUndefined();
    expect(exports.body.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(exports.body.errors[0].message).toContain(
      'more than the 1,000,000 one request may ask for',
    );
    // Every municipality's sums at once would read every cost line in the country.
    const sums = await served.server.post(
      '{ prefectures { municipalities { directions { grade count } } } }',
    );
    expect(sums.status).toBe(400);
    expect(sums.body.errors[0].message).toMatch(/^the answer would hold about/);
    expect(
      (
        await served.server.post(
          '{ municipalities(codes: ["14214"]) { directions { grade count } } }',
        )
      ).status,
    ).toBe(200);
    // A page size in a variable counts as much as one written in the query.
    const deep =
      'query ($n: Int) { programs(first: $n) { nodes { kpis { values { actual { value absence } target { value absence } } } } } }';
    expect((await served.server.post(deep, { n: 2 })).status).toBe(200);
    const wide = `query ($n: Int) { a: programs(first: $n) { nodes { municipality { programs { kpis { values { actual { value absence } target { value absence } runningTotal { value } } } } } } } }`;
    const refused = await served.server.post(wide, { n: 100 });
    expect(refused.body.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    // Estimated for each set of variables the document is sent with, however often.
    expect((await served.server.post(wide, { n: 1 })).status).toBe(200);
    expect((await served.server.post(wide, { n: 100 })).status).toBe(400);
    expect((await served.server.post(wide, { n: 1 })).status).toBe(200);
    // The same page size given as the variable's default, not sent, counts the same.
    const byDefault = await served.server.post(
      `query ($n: Int = 100) { a: programs(first: $n) { nodes { municipality { programs { kpis { values { actual { value absence } target { value absence } runningTotal { value } } } } } } } }`,
    );
    expect(byDefault.status).toBe(400);
    expect(byDefault.body.errors[0].message).toMatch(/^the answer would hold about/);
    // And a directive's condition from a default too.
    const byDefaultIncluded = await served.server.post(
      `query ($all: Boolean = true) { municipalities { programs @include(if: $all) { export(format: YAML) { fileName } } } }`,
    );
    expect(byDefaultIncluded.body.errors[0].message).toMatch(/^the answer would hold about/);

    // A list bounded by its arguments counts by them, and what @include leaves out counts nothing.
    const everyExport = 'programs { export(format: YAML) { fileName } }';
    const twoPrefectures = await served.server.post(
      `{ municipalities(prefectureCodes: [12, 14]) { ${everyExport} } }`,
    );
    expect(twoPrefectures.body.errors[0].message).toMatch(/^the answer would hold about/);
    accepted(
      await served.server.post(`{ municipalities(codes: ["12215", "14214"]) { ${everyExport} } }`),
    );
    // A roll-up reads each program's KPIs and values: every program in the country's is too many.
    const rollups = await served.server.post(
      '{ municipalities { programs { kpiRollup { kpiCount } } } }',
    );
    expect(rollups.body.errors[0].message).toMatch(/^the answer would hold about/);
    accepted(
      await served.server.post('{ programs(first: 100) { nodes { kpiRollup { kpiCount } } } }'),
    );
    const included = `query ($all: Boolean!) { municipalities @include(if: $all) { ${everyExport} } }`;
    accepted(await served.server.post(included, { all: false }));
    expect((await served.server.post(included, { all: true })).status).toBe(400);
  });

  it(`accepts ${LIMITS.maxAliases} aliases and refuses one more`, async () => {
    const aliases = (n: number) =>
      `{ ${Array.from({ length: n }, (_, i) => `a${i}: municipalities { code }`).join(' ')} }`;
    accepted(await served.server.post(aliases(LIMITS.maxAliases)));
    refused(
      await served.server.post(aliases(LIMITS.maxAliases + 1)),
      `Syntax Error: Aliases limit of ${LIMITS.maxAliases} exceeded, found ${LIMITS.maxAliases + 1}.`,
    );
  });

  it(`accepts a depth of ${LIMITS.maxDepth} and refuses one more`, async () => {
    accepted(await served.server.post(queryOfDepth(LIMITS.maxDepth)));
    refused(
      await served.server.post(queryOfDepth(LIMITS.maxDepth + 1)),
      `Syntax Error: Query depth limit of ${LIMITS.maxDepth} exceeded, found ${LIMITS.maxDepth + 1}.`,
    );
  });

  it(`accepts ${LIMITS.maxDirectives} directives and refuses one more`, async () => {
    // A directive may stand once at a place, so each stands on its own inline fragment.
    const directives = (n: number) =>
      `{ municipalities { ${'... @include(if: true) { code } '.repeat(n)}} }`;
    accepted(await served.server.post(directives(LIMITS.maxDirectives)));
    refused(
      await served.server.post(directives(LIMITS.maxDirectives + 1)),
      `Syntax Error: Directives limit of ${LIMITS.maxDirectives} exceeded, found ${LIMITS.maxDirectives + 1}.`,
    );
  });

  it(`accepts ${LIMITS.maxTokens} tokens and refuses one more`, async () => {
    // 16 tokens of punctuation and names around a list whose every item is one token. (Repeating a
    // field would not do: graphql-js itself refuses a thousand copies of one field.)
    const tokens = (n: number) =>
      `{ kpiRollup(filter: { policyAreas: [${'"x" '.repeat(n - 16)}] }) { kpiCount } }`;
    const atLimit = await served.server.post(tokens(LIMITS.maxTokens));
    // Past the parser, the resolver still holds a filter to 100 values.
    expect(atLimit.body.errors[0]).toMatchObject({
      message: 'filter.policyAreas: at most 100 values',
    });
    refused(
      await served.server.post(tokens(LIMITS.maxTokens + 1)),
      // graphql-js's own wording, "that" included.
      `Syntax Error: Document contains more that ${LIMITS.maxTokens} tokens. Parsing aborted.`,
    );
  });

  it(`accepts a cost of ${LIMITS.maxCost} and refuses one more`, async () => {
    // programs(first: n) { totalCount } costs (2 + 1.5 × 1) × n: Armor multiplies a list by its `first`.
    // Each top-level __typename adds 1. An even n keeps the cost whole; the __typenames make up the rest.
    const lists = 2 * Math.floor(LIMITS.maxCost / 7);
    const rest = LIMITS.maxCost - 3.5 * lists;
    const cost = (extra: number) =>
      `{ programs(first: ${lists}) { totalCount } ${'__typename '.repeat(extra)}}`;
    const atLimit = await served.server.post(cost(rest));
    // Past validation, the resolver still holds a page to 100 programs.
    expect(atLimit.body.errors[0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', argumentName: 'first' },
    });
    refused(
      await served.server.post(cost(rest + 1)),
      `Syntax Error: Query Cost limit of ${LIMITS.maxCost} exceeded, found ${LIMITS.maxCost + 1}.`,
    );
  });
});

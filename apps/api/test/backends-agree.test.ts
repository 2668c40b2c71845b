import { inject, describe, expect, it } from 'vitest';
import { loadDataset } from '../src/dataset/load.js';
import { freshDatabase } from './support/databases.js';
import { ASAHI, ISEHARA, shippedSources } from './support/dataset.js';
import { dataOf, graphqlClient } from './support/graphql.js';
import { PROGRAM } from './support/queries.js';

describe.runIf(inject('pgUrl'))('PGlite and PostgreSQL', () => {
  it('answer every query the same after loading the same dataset, twice on one of them', async () => {
    const answers = [];
    for (const [backend, loads] of [
      ['pglite', 1],
      ['postgres', 2],
    ] as const) {
      const database = await freshDatabase(backend);
      try {
        for (let i = 0; i < loads; i += 1) await loadDataset(database.db, await shippedSources());
        const execute = graphqlClient(database.db);
        answers.push({
          asahi: dataOf(await execute(PROGRAM, { code: ASAHI, number: 'DDN-1' })),
          isehara: dataOf(await execute(PROGRAM, { code: ISEHARA, number: '25-102' })),
          list: dataOf(await execute('{ municipalities { id code name programs { id number } } }')),
        });
      } finally {
        await database.drop();
      }
    }
    expect(JSON.stringify(answers[0])).toContain('2214');
    expect(answers[1]).toEqual(answers[0]);
  });
});

import { parseArgs } from 'node:util';
import { openDatabase } from '../db/client.js';
import { readEnv } from '../env.js';
import { generateNational } from '../national/generate.js';

/**
 * `pnpm generate:national [--municipalities 1741] [--programs 20] [--years 10] [--first-year 2014] [--seed 1]`
 * fills the database named by DATABASE_URL (or the embedded one) with the synthetic national dataset.
 */
const { values } = parseArgs({
  options: {
    municipalities: { type: 'string', default: '1741' },
    programs: { type: 'string', default: '20' },
    years: { type: 'string', default: '10' },
    'first-year': { type: 'string', default: '2014' },
    seed: { type: 'string', default: '1' },
  },
});

function whole(name: string, text: string, min: number, max: number): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < min || value > max) {
    console.error(`--${name}: must be a whole number from ${min} to ${max}, got "${text}"`);
    process.exit(2);
  }
  return value;
}

const options = {
  municipalities: whole('municipalities', values.municipalities, 1, 9_999),
  programsPerMunicipality: whole('programs', values.programs, 1, 999),
  fiscalYears: whole('years', values.years, 1, 50),
  firstFiscalYear: whole('first-year', values['first-year'], 1948, 2050),
  seed: whole('seed', values.seed, 0, 2 ** 31),
};
const env = readEnv();
const database = await openDatabase({ databaseUrl: env.DATABASE_URL, pgliteDir: env.PGLITE_DIR });
const started = performance.now();
await database.migrate();
const totals = await generateNational(database.db, {
  ...options,
  progress: (done, total) =>
    process.stderr.write(
      `\rmunicipalities ${done}/${total} (${Math.round((performance.now() - started) / 1000)} s)`,
    ),
});
process.stderr.write('\n');
console.log(
  `${totals.programs} programs, ${totals.kpiValues} yearly KPI values, ${totals.costLines} cost lines in ${Math.round((performance.now() - started) / 1000)} s (${database.kind})`,
);
await database.close();

/**
 * The costliest requests a stranger can send within the limits, 10 and 50 at a time, and beside them
 * what everyone else gets meanwhile: /healthz and a cheap query, probed every 100 ms. Starts its own
 * PostgreSQL cluster, a national set of the size asked, and the built API as deployed (one process).
 * `pnpm -C apps/api bench:expensive [--municipalities 200] [--seconds 10] [--only search]`.
 */
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { openDatabase } from '../src/db/client.js';
import { loadDataset } from '../src/dataset/load.js';
import { datasetFiles, DATA_DIR } from '../src/dataset/files.js';
import { readProgramFiles } from '../src/dataset/read.js';
import { generateNational } from '../src/national/generate.js';
import { findPgBinDir, startPgCluster } from '../test/support/pg-cluster.js';
import { startApi, type RunningApi } from './api-process.js';

const { values: flags } = parseArgs({
  options: {
    municipalities: { type: 'string', default: '200' },
    programs: { type: 'string', default: '20' },
    seconds: { type: 'string', default: '10' },
    // Runs only the requests whose name contains this.
    only: { type: 'string', default: '' },
  },
});

/** A comparison of fifty with what the dashboard's page asks of each, verdicts and their sources among it. */
const WIDEST_COMPARISON = /* GraphQL */ `
  query Compare($ids: [ID!]!) {
    compare(programIds: $ids) {
      fiscalYears {
        year
        label
        labelEn
      }
      notes {
        kind
        message
        messageEn
      }
      programs {
        program {
          name
          nameEn
          verdict {
            topic
            parts {
              text
              lang
              figure {
                value
                formula {
                  expression
                }
                source {
                  section
                  rawText
                  document {
                    title
                  }
                }
              }
            }
          }
          printedUnitCosts {
            fiscalYear {
              year
            }
            unitCost {
              value
            }
            targetCount {
              value
            }
          }
          evaluations {
            axisLabel
            axisLabelEn
            grade {
              value
            }
            gradeLabel
            gradeLabelEn
          }
          costs {
            category
          }
        }
        kpis {
          kpi {
            name
            shortName
            shortNameEn
            unit
            kind
            planAchievement {
              value
              formula {
                expression
              }
            }
            currentStatus {
              code
              label
            }
          }
          years {
            fiscalYear {
              year
            }
            absence
            value {
              target {
                value
                absence
              }
              actual {
                value
                absence
              }
              status {
                code
                label
              }
            }
            achievement {
              value
              formula {
                expression
              }
            }
            costPerUnit {
              value
              formula {
                expression
              }
            }
            costPerUnitDescription
          }
        }
        costYears {
          fiscalYear {
            year
          }
          absence
          summary {
            projectCost
            personnelCost
            grant
            totalCost {
              value
            }
            grantShare {
              value
            }
            otherThanGrant {
              value
            }
          }
        }
        costPeriods {
          projectCost
          grant
          derived
        }
      }
    }
  }
`;

/** A hundred programs with every list below them: as much as one page may ask and stay under the limits. */
const WIDEST_PAGE = /* GraphQL */ `
  query Widest($text: String) {
    programs(first: 100, filter: { text: $text }) {
      totalCount
      nodes {
        name
        kpis {
          name
          values {
            fiscalYear {
              year
            }
            target {
              value
              absence
            }
            actual {
              value
              absence
            }
            achievement {
              value
            }
            status {
              code
            }
          }
        }
        costSummaries {
          projectCost
          totalCost {
            value
          }
          grantShare {
            value
          }
        }
        costPerUnit {
          figure {
            value
          }
          description
        }
        verdict {
          text
          textEn
        }
        history(first: 10) {
          nodes {
            at
            actor
          }
        }
      }
    }
  }
`;

interface Probe {
  p50: number;
  p99: number;
  max: number;
}

function summary(samples: number[]): Probe {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) =>
    Math.round(sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0);
  return { p50: at(0.5), p99: at(0.99), max: Math.round(sorted.at(-1) ?? 0) };
}

/** Latencies of a request sent every 100 ms while `running` holds. */
async function probe(send: () => Promise<unknown>, running: () => boolean): Promise<number[]> {
  const samples: number[] = [];
  while (running()) {
    const started = performance.now();
    await send().catch(() => undefined);
    samples.push(performance.now() - started);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return samples;
}

async function main() {
  const binDir = findPgBinDir();
  if (!binDir)
    throw new Error('PostgreSQL binaries not found: install postgresql or set PG_BIN_DIR');
  const cluster = await startPgCluster(binDir, { shared_buffers: '256MB', max_connections: '200' });
  let api: RunningApi | null = null;
  try {
    const admin = new pg.Client({ connectionString: cluster.url });
    await admin.connect();
    await admin.query('create database bench');
    await admin.end();
    const url = cluster.urlOf('bench');
    const database = await openDatabase({ databaseUrl: url, pgliteDir: 'unused' });
    await database.migrate();
    await loadDataset(database.db, await readProgramFiles(await datasetFiles(), DATA_DIR));
    const totals = await generateNational(database.db, {
      municipalities: Number(flags.municipalities),
      programsPerMunicipality: Number(flags.programs),
      fiscalYears: 10,
      firstFiscalYear: 2014,
      seed: 1,
    });
    await database.db.execute(sql`vacuum analyze`);
    const ids = (
      (await database.db.execute(sql`select id from program order by id limit 50`)) as unknown as {
        rows: { id: number }[];
      }
    ).rows.map((row) => String(row.id));
    await database.close();
    console.log(`${totals.programs} programs; API as deployed, one process`);

    api = await startApi({ DATABASE_URL: url, API_WORKERS: '1' });
    const graphql = `${api.url}/graphql`;
    const requests = [
      {
        name: 'comparison of 50, the page',
        body: { query: WIDEST_COMPARISON, variables: { ids } },
      },
      { name: '100 programs, every list', body: { query: WIDEST_PAGE, variables: {} } },
      {
        name: 'search of 10 long words',
        body: {
          query: WIDEST_PAGE,
          variables: {
            text: Array.from({ length: 10 }, (_, i) => `地域${i}事業`.repeat(3)).join(' '),
          },
        },
      },
    ];
    const cheap = () =>
      fetch(graphql, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'cache-control': 'no-cache' },
        body: JSON.stringify({ query: '{ prefecture(code: 14) { name } }' }),
      });
    const health = () => fetch(`${api!.url}/healthz`);

    const rows: string[] = [];
    for (const request of requests.filter(({ name }) => name.includes(flags.only))) {
      // Accepted under the limits, or the benchmark measures a refusal.
      const check = await fetch(graphql, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'cache-control': 'no-cache' },
        body: JSON.stringify(request.body),
      });
      const checked = (await check.json()) as { errors?: { message: string }[] };
      if (checked.errors?.length) throw new Error(`${request.name}: ${checked.errors[0]!.message}`);
      for (const connections of [10, 50]) {
        let running = true;
        const probes = Promise.all([probe(health, () => running), probe(cheap, () => running)]);
        const result = await autocannon({
          url: graphql,
          method: 'POST',
          headers: { 'content-type': 'application/json', 'cache-control': 'no-cache' },
          body: JSON.stringify(request.body),
          connections,
          duration: Number(flags.seconds),
          timeout: 30,
        });
        running = false;
        const [healthz, query] = (await probes).map(summary);
        const busy = result['5xx'];
        rows.push(
          `${request.name.padEnd(28)}${String(connections).padStart(6)}${String(Math.round(result.requests.average)).padStart(8)}${String(result.latency.p50).padStart(9)}${String(result.latency.p99).padStart(9)}${String(busy).padStart(7)}${`${healthz!.p50} / ${healthz!.p99} / ${healthz!.max}`.padStart(20)}${`${query!.p50} / ${query!.p99} / ${query!.max}`.padStart(20)}`,
        );
        console.log(rows.at(-1));
        // Let what the last run left behind drain before the next.
        await new Promise((resolve) => setTimeout(resolve, 2_000));
      }
    }
    console.log(
      `\nrequest                      conns   req/s   p50 ms   p99 ms   503s  /healthz p50/p99/max  cheap query p50/p99/max`,
    );
    for (const row of rows) console.log(row);
  } finally {
    api?.stop();
    await cluster.stop();
  }
}

await main();

/**
 * The dashboard at national scale, run by `pnpm bench` once the API serves the national dataset:
 * starts the built web app against that API (API_URL), opens in Chromium each page a planner or a
 * council member opens, and records what the page ships (its document with the data it carries for
 * React, and its JavaScript), its LCP and the server's time to the first byte. Prints a table and writes
 * the figures as JSON to the path given as the first argument.
 */
import { writeFileSync } from 'node:fs';
import { launchBrowser } from '../e2e/support/browser.js';
import {
  figuresTable,
  readFigures,
  recordVitals,
  type PageFigures,
} from '../e2e/support/measure.js';
import { startBuiltWeb } from '../e2e/support/servers.js';

/** What a page may weigh: the "about 200 KB of data" a page. */
const PAGE_DATA_BUDGET_KB = 200;

const apiUrl = process.env.API_URL;
const out = process.argv[2];
if (!apiUrl || !out) {
  console.error('usage: API_URL=<graphql endpoint> national-pages.ts <figures.json>');
  process.exit(2);
}

async function api<T>(query: string): Promise<T> {
  const response = await fetch(apiUrl!, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown };
  if (!body.data) throw new Error(`${query}: ${JSON.stringify(body.errors)}`);
  return body.data;
}

// Programs of the synthetic national set: one with a population (for its peers), ten to compare.
const { programs } = await api<{ programs: { nodes: { id: string; policyArea: string }[] } }>(
  '{ programs(first: 10, filter: { municipalityCodes: ["90001", "90002", "90003", "90004"] }) { nodes { id policyArea } } }',
);
const [own] = programs.nodes;
if (!own || programs.nodes.length < 10) throw new Error('the national dataset is not loaded');
const ids = programs.nodes.map((node) => node.id);

const web = await startBuiltWeb(apiUrl);
const browser = await launchBrowser();
const figures: (PageFigures & { path: string; overBudget: boolean })[] = [];
try {
  const pages: [name: string, path: string][] = [
    ['overview', '/'],
    ['overview, one prefecture', '/?pref=113'],
    ['overview, search', `/?q=${encodeURIComponent('子育て')}`],
    ['overview, by cost per outcome', '/?sort=COST_PER_OUTCOME'],
    ['rankings', '/rankings'],
    [
      'rankings, peers by population',
      `/rankings?area=${own.policyArea}&highlight=${own.id}&peers=population`,
    ],
    ['program', `/programs/${own.id}`],
    ['comparison of 2', `/compare?ids=${ids.slice(0, 2).join(',')}`],
    ['comparison of 10', `/compare?ids=${ids.join(',')}`],
  ];
  // A real city's page, where `pnpm bench` could import its workbook (it lives beside the project).
  const { municipality } = await api<{ municipality: { code: string } | null }>(
    '{ municipality(code: "03203") { code } }',
  );
  if (municipality) pages.push(['city of 407 programs (大船渡市)', '/municipalities/03203']);
  for (const [name, path] of pages) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await recordVitals(page);
    const response = await page.goto(`${web.url}${path}`, { waitUntil: 'networkidle' });
    if (response?.status() !== 200) throw new Error(`${path}: ${response?.status()}`);
    const measured = await readFigures(page, name);
    figures.push({ ...measured, path, overBudget: measured.documentKb > PAGE_DATA_BUDGET_KB });
    if (name === 'overview') {
      // The second page, as its link gives it: a cursor, not an offset.
      const next = await page.locator('a[rel="next"]').getAttribute('href');
      if (!next) throw new Error('the overview offers no next page');
      pages.splice(1, 0, ['overview, page 2', next]);
    }
    await page.close();
  }
} finally {
  await browser.close();
  web.stop();
}

console.log(
  `\nThe dashboard at national scale (budget ${PAGE_DATA_BUDGET_KB} KB of document a page)`,
);
const table = figuresTable(figures);
console.log(table);
writeFileSync(out, JSON.stringify({ budgetKb: PAGE_DATA_BUDGET_KB, figures, table }, null, 2));

import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const require = createRequire(import.meta.url);

/** Starts recording Core Web Vitals before the page's own scripts run. */
export async function recordVitals(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const vitals = { lcp: 0, cls: 0 };
    (window as unknown as { __vitals: typeof vitals }).__vitals = vitals;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) vitals.lcp = Math.max(vitals.lcp, entry.startTime);
    }).observe({ type: 'largest-contentful-paint', buffered: true });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & {
        value: number;
        hadRecentInput: boolean;
      })[]) {
        if (!entry.hadRecentInput) vitals.cls += entry.value;
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

export interface PageFigures {
  page: string;
  lcpMs: number;
  cls: number;
  /** JavaScript the browser fetched for the page, as transferred (compressed when the server compresses). */
  jsKb: number;
  /** The page's document as the server wrote it, with the data it carries for React (before compression). */
  documentKb: number;
  /** The same document as transferred. */
  documentTransferKb: number;
  /** From sending the request to the document's first byte: the server's rendering, API calls included. */
  serverMs: number;
}

export async function readFigures(page: Page, name: string): Promise<PageFigures> {
  await page.waitForTimeout(300);
  const { lcp, cls, js, document } = await page.evaluate(() => {
    const vitals = (window as unknown as { __vitals: { lcp: number; cls: number } }).__vitals;
    const js = (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
      .filter((entry) => entry.name.endsWith('.js') || entry.initiatorType === 'script')
      .reduce((sum, entry) => sum + (entry.transferSize || entry.encodedBodySize), 0);
    const [navigation] = performance.getEntriesByType(
      'navigation',
    ) as PerformanceNavigationTiming[];
    return {
      lcp: vitals.lcp,
      cls: vitals.cls,
      js,
      document: {
        decoded: navigation?.decodedBodySize ?? 0,
        transferred: navigation?.transferSize ?? 0,
        serverMs: navigation ? navigation.responseStart - navigation.requestStart : 0,
      },
    };
  });
  const kb = (bytes: number) => Math.round(bytes / 102.4) / 10;
  return {
    page: name,
    lcpMs: Math.round(lcp),
    cls: Math.round(cls * 1000) / 1000,
    jsKb: kb(js),
    documentKb: kb(document.decoded),
    documentTransferKb: kb(document.transferred),
    serverMs: Math.round(document.serverMs),
  };
}

/** The figures as a table for the console. */
export function figuresTable(figures: readonly PageFigures[]): string {
  const head = `${'page'.padEnd(34)}${'LCP ms'.padStart(8)}${'CLS'.padStart(7)}${'JS KB'.padStart(8)}${'doc KB'.padStart(8)}${'sent KB'.padStart(9)}${'server ms'.padStart(11)}`;
  return [
    head,
    ...figures.map(
      (f) =>
        `${f.page.padEnd(34)}${String(f.lcpMs).padStart(8)}${String(f.cls).padStart(7)}${String(f.jsKb).padStart(8)}${String(f.documentKb).padStart(8)}${String(f.documentTransferKb).padStart(9)}${String(f.serverMs).padStart(11)}`,
    ),
  ].join('\n');
}

/** axe-core's violations of WCAG 2.1 A and AA that are serious or critical. */
export async function seriousViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            context: Document,
            options: unknown,
          ) => Promise<{
            violations: {
              id: string;
              impact: string;
              help: string;
              nodes: { target: string[] }[];
            }[];
          }>;
        };
      }
    ).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    return result.violations;
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} at ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join('; ')}`,
    );
}

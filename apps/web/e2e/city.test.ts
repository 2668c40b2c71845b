import { existsSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, screenshot, watchErrors } from './support/browser.js';
import { seriousViolations } from './support/measure.js';
import { untaggedJapanese } from './support/print.js';
import { startProduct, WORKBOOK } from './support/servers.js';

const workbook = existsSync(WORKBOOK);
if (!workbook) console.warn(`city page tests skipped: ${WORKBOOK} is absent`);

let browser: Browser;
// A product of its own: the page tests count the two shipped programs, this one has 407 more.
let product: Awaited<ReturnType<typeof startProduct>>;
beforeAll(async () => {
  if (!workbook) return;
  [browser, product] = await Promise.all([launchBrowser(), startProduct({ workbook: WORKBOOK })]);
}, 180_000);
afterAll(async () => {
  await browser?.close();
  await product?.stop();
});

describe.skipIf(!workbook).each(['ja', 'en'] as const)(
  '大船渡市 from its workbook, in %s',
  (lang) => {
    const query = lang === 'en' ? '?lang=en' : '';

    it('shows the city by its policy system, with funding by year in exact figures', async () => {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      const errors = watchErrors(page);
      const response = await page.goto(`${product.webUrl}/municipalities/03203${query}`, {
        waitUntil: 'networkidle',
      });
      expect(response?.status()).toBe(200);
      await expect(page.locator('h1').innerText()).resolves.toContain(
        lang === 'ja' ? '大船渡市' : 'Ofunato City',
      );
      const table = page.locator('table.funding-table');
      // FY2020 project cost, summed over all 407 programs: exact in 千円 and in yen.
      const projectCost = table.locator('tr', {
        hasText: lang === 'ja' ? '事業費計' : 'Project cost',
      });
      await expect(projectCost.innerText()).resolves.toContain(
        lang === 'ja' ? '15,322,516千円' : '15,322,516 thousand yen',
      );
      await expect(projectCost.innerText()).resolves.toContain(
        lang === 'ja' ? '153億2,251万6,000円' : '¥15,322,516,000',
      );
      // One program marks its FY2020 funding sources "-": not in the sum, and said so, never as 0.
      const national = table.locator('tr', {
        hasText: lang === 'ja' ? '国庫支出金' : 'National subsidy',
      });
      await expect(national.innerText()).resolves.toContain(
        lang === 'ja' ? '2,145,795千円' : '2,145,795 thousand yen',
      );
      await expect(national.innerText()).resolves.toContain(
        lang === 'ja'
          ? '1 事業は空欄・対象外（合計に含まない）'
          : '1 program left blank or not applicable',
      );
      await expect(table.locator('thead').innerText()).resolves.toContain(
        lang === 'ja' ? '令和7年度（2025） 計画' : 'FY2025 plan',
      );
      // Drill down: 政策 06 is open; its 施策 21 opens to its 基本事業, whose link lists the programs
      // (one part's at a time: all 407 links would weigh more than a page may).
      const measure = page.locator(
        'details:has(> summary:has-text("施策 21 廃棄物処理対策の推進"))',
      );
      const link = page.locator('a', { hasText: '不法投棄対策事業' });
      expect(await link.count()).toBe(0);
      await measure.locator('> summary').click();
      const project = measure.locator(
        'details:has(> summary:has-text("基本事業 02 廃棄物の適正処理"))',
      );
      await project.locator('> summary').click();
      await project.locator('.node-programs a').click();
      await page.waitForLoadState('networkidle');
      expect(page.url()).toContain('open=06-21-02');
      expect(await link.isVisible()).toBe(true);
      expect(await seriousViolations(page)).toEqual([]);
      if (lang === 'en') expect(await untaggedJapanese(page)).toEqual([]);
      await screenshot(page, `city-${lang}`);
      expect(errors).toEqual([]);

      await link.click();
      await page.waitForLoadState('networkidle');
      const text = await page.locator('article').innerText();
      expect(text).toContain('不法投棄対策事業');
      expect(text).toContain(lang === 'ja' ? '大船渡市の全事業' : 'All programs of Ofunato City');
      // Its 令和7 targets have no actual yet: outside the document, not "not reported".
      expect(text).toContain(
        lang === 'ja' ? '実績が資料の範囲外 4件' : '4 whose actual the document does not cover',
      );
      // Programs doing similar work, each with the words both use and a comparison of the two.
      const similar = page.locator('#similar li');
      expect(await similar.count()).toBeGreaterThan(0);
      expect(await similar.first().innerText()).toContain(
        lang === 'ja' ? '共通する語：' : 'shared words: ',
      );
      await screenshot(page, `city-program-${lang}`);
      const programUrl = new URL(page.url());
      await similar.first().locator('a.compare-link').click();
      await page.waitForLoadState('networkidle');
      const compared = new URL(page.url()).searchParams.getAll('ids');
      expect(compared).toHaveLength(2);
      expect(programUrl.pathname).toBe(`/programs/${compared[0]}`);
      expect(errors).toEqual([]);
      await page.close();
    });

    it('compares a program of the city with Isehara, the chooser narrowed by words', async () => {
      const response = await fetch(product.apiUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query:
            '{ a: programByNumber(municipalityCode: "14214", number: "25-102") { id } b: programByNumber(municipalityCode: "03203", number: "0086") { id } }',
        }),
      });
      const { data } = (await response.json()) as {
        data: { a: { id: string }; b: { id: string } };
      };
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      const errors = watchErrors(page);
      await page.goto(
        `${product.webUrl}/compare?ids=${data.a.id},${data.b.id}&find=${encodeURIComponent('観光')}${lang === 'en' ? '&lang=en' : ''}`,
        { waitUntil: 'networkidle' },
      );
      const text = await page.locator('article').innerText();
      expect(text).toContain('不法投棄対策事業');
      // The two compared stay ticked; the rest of the chooser is what the words find.
      const chooser = page.locator('form[action="/compare"]');
      for (const id of [data.a.id, data.b.id])
        expect(await chooser.locator(`input[name="ids"][value="${id}"]`).isChecked()).toBe(true);
      expect(await chooser.locator('label', { hasText: '中小企業振興事業' }).count()).toBe(1);
      expect(await chooser.locator('label', { hasText: '不法投棄対策事業' }).count()).toBe(1);
      await screenshot(page, `city-compare-${lang}`);
      expect(errors).toEqual([]);
      await page.close();
    });
  },
);

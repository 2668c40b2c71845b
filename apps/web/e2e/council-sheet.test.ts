import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, screenshot, watchErrors } from './support/browser.js';
import { A4_TEXT_WIDTH, overflowing, printed, untaggedJapanese } from './support/print.js';
import {
  ASAHI_KPIS,
  ASAHI_MONEY,
  ISEHARA_KPIS,
  ISEHARA_MONEY,
  yearText,
  type ReportedYear,
} from './support/sources.js';

let browser: Browser;
let ids: { isehara: string; asahi: string };

beforeAll(async () => {
  browser = await launchBrowser();
  const response = await fetch(inject('apiUrl'), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query:
        '{ isehara: programByNumber(municipalityCode: "14214", number: "25-102") { id } asahi: programByNumber(municipalityCode: "12215", number: "DDN-1") { id } }',
    }),
  });
  const { data } = (await response.json()) as {
    data: { isehara: { id: string }; asahi: { id: string } };
  };
  ids = { isehara: data.isehara.id, asahi: data.asahi.id };
});

afterAll(() => browser.close());

interface Sheet {
  name: string;
  url: () => string;
  kpis: ReportedYear[][];
  money: { ja: string[]; en: string[] };
}

const SHEETS: Sheet[] = [
  {
    name: 'compare',
    url: () => '/compare',
    kpis: [...ISEHARA_KPIS, ...ASAHI_KPIS],
    money: {
      ja: [...ISEHARA_MONEY.ja, ...ASAHI_MONEY.ja],
      en: [...ISEHARA_MONEY.en, ...ASAHI_MONEY.en],
    },
  },
  {
    name: 'program-isehara',
    url: () => `/programs/${ids.isehara}`,
    kpis: ISEHARA_KPIS,
    money: ISEHARA_MONEY,
  },
  {
    name: 'program-asahi',
    url: () => `/programs/${ids.asahi}`,
    kpis: ASAHI_KPIS,
    money: ASAHI_MONEY,
  },
];

async function open(url: string, width = 1280): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  const errors = watchErrors(page);
  const response = await page.goto(`${inject('webUrl')}${url}`, { waitUntil: 'networkidle' });
  expect(response?.status(), url).toBe(200);
  return { page, errors };
}

describe.each(['ja', 'en'] as const)('the sheet a council member prints, in %s', (lang) => {
  for (const sheet of SHEETS) {
    it(`${sheet.name}: the verdict, every KPI's target, actual and status, and the money, on paper and on screen`, async () => {
      const url = `${sheet.url()}${lang === 'en' ? `${sheet.url().includes('?') ? '&' : '?'}lang=en` : ''}`;
      const { page, errors } = await open(url);
      const name = `${sheet.name}-${lang}`;

      // On screen at 1280 px: the raw figures without a click, nothing wider than the page's column.
      expect(await page.locator('#results table').isVisible()).toBe(true);
      expect(await page.locator('.verdict').first().isVisible()).toBe(true);
      expect(await overflowing(page), 'screen').toEqual([]);
      await screenshot(page, name);

      // Printed: every reported year of every KPI with its raw figures and status, in the verdict.
      const paper = await printed(page, `${name}-print`);
      for (const kpi of sheet.kpis)
        for (const year of kpi)
          expect(paper.flat, `${name}: ${yearText(lang, year)}`).toContain(yearText(lang, year));
      for (const money of sheet.money[lang])
        expect(paper.flat, `${name}: ${money}`).toContain(money);
      expect(paper.flat).toContain(lang === 'ja' ? '作成日' : 'Printed');

      // In print media at the paper's width: no table or figure wider than the sheet.
      await page.setViewportSize({ width: A4_TEXT_WIDTH, height: 1000 });
      await page.emulateMedia({ media: 'print' });
      expect(await overflowing(page), 'print').toEqual([]);
      const bodySize = await page.evaluate(() =>
        parseFloat(getComputedStyle(document.querySelector('.verdict p')!).fontSize),
      );
      // 9 pt is 12 px.
      expect(bodySize).toBeGreaterThanOrEqual(12);

      if (lang === 'en') expect(await untaggedJapanese(page)).toEqual([]);
      expect(errors).toEqual([]);
      await page.close();
    });
  }
});

describe('what a visitor does not see', () => {
  it('shows no file paths, editor notes or entry links to a reader who has not signed in', async () => {
    const { page } = await open(`/programs/${ids.isehara}`);
    const html = await page.content();
    expect(html).not.toContain('.yaml');
    expect(html).not.toContain('sources/');
    // An editor's reading of the sheet, in English, kept in the dataset's notes.
    expect(html).not.toContain('66 is only the target');
    expect(await page.locator(`a[href*="/entry"]`).count()).toBe(0);
    expect(await page.locator('.changes').innerText()).toMatch(/^最終更新: /);
    await page.close();
  });

  it('never calls a number the dataset assigned the source’s program number', async () => {
    const { page } = await open(`/programs/${ids.asahi}`);
    const lead = await page.locator('h1 + .lead').innerText();
    expect(lead).toContain('事業番号：資料に記載なし（整理番号 DDN-1）');
    expect(lead).not.toMatch(/事業番号 DDN-1/);
    await page.close();
  });
});

import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, screenshot, watchErrors } from './support/browser.js';

describe('the overview page in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  for (const [name, width] of [
    ['desktop', 1280],
    ['tablet', 820],
  ] as const) {
    it(`shows both programs with their figures from the sources (${name})`, async () => {
      const page = await browser.newPage({ viewport: { width, height: 900 } });
      const errors = watchErrors(page);
      const response = await page.goto(inject('webUrl'), { waitUntil: 'networkidle' });
      expect(response?.status()).toBe(200);
      const text = await page.locator('main').innerText();
      expect(text).toContain('地域人材による魅力創造事業');
      expect(text).toContain('多世代交流施設を起点としたコミュニティ活性化事業');
      // Isehara FY2021 total cost 327 千円; Asahi FY2023 project cost 18,040,000 円; KPI ④ 2,214 against 1,000.
      expect(text).toMatch(/トータルコスト（令和3年度）\s*32\.7万円/);
      expect(text).toMatch(/事業費（令和5年度）\s*1,804万円/);
      expect(text).toMatch(/プログラム参加者数[\s\S]*?令和5年度\s*2,214\s*1,000/);
      expect(await page.getAttribute('dd[title="327,000円"]', 'title')).toBe('327,000円');
      const fontLoaded = await page.evaluate(() =>
        document.fonts.check('16px "Noto Sans JP"', '伊勢原'),
      );
      expect(fontLoaded).toBe(true);
      await screenshot(page, `overview-${name}`);
      expect(errors).toEqual([]);
      await page.close();
    });
  }
});

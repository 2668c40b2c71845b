import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, SCREENSHOT_DIR, screenshot, watchErrors } from './support/browser.js';
import {
  figuresTable,
  readFigures,
  recordVitals,
  seriousViolations,
  type PageFigures,
} from './support/measure.js';

const figures: PageFigures[] = [];
let browser: Browser;
let ids: { isehara: string; asahi: string };

async function open(
  url: string,
  name: string,
  width = 1280,
): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width, height: 900 }, acceptDownloads: true });
  const errors = watchErrors(page);
  await recordVitals(page);
  const response = await page.goto(`${inject('webUrl')}${url}`, { waitUntil: 'networkidle' });
  expect(response?.status(), url).toBe(200);
  figures.push(await readFigures(page, name));
  return { page, errors };
}

async function checkPage(page: Page, errors: string[], name: string): Promise<string> {
  const text = await page.locator('main').innerText();
  expect(await seriousViolations(page), name).toEqual([]);
  await screenshot(page, name);
  expect(errors).toEqual([]);
  return text;
}

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

afterAll(async () => {
  await browser.close();
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  writeFileSync(
    path.join(SCREENSHOT_DIR, '..', 'web-vitals.json'),
    JSON.stringify(figures, null, 2),
  );
  console.log(`\n${figuresTable(figures)}`);
});

describe('the overview', () => {
  it('shows both programs with headline figures from the sources, in Japanese', async () => {
    const { page, errors } = await open('/', 'overview-ja');
    const text = await checkPage(page, errors, 'overview-ja');
    expect(text).toContain('地域人材による魅力創造事業');
    expect(text).toContain('多世代交流施設を起点としたコミュニティ活性化事業');
    // Isehara FY2021 total cost 327 千円; Asahi FY2023 project cost 18,040,000 円 with a grant of 8,100,000 円.
    expect(text).toMatch(/総費用（令和3年度（2021））\s*32\.7万円/);
    expect(text).toMatch(/事業費（令和5年度（2023））\s*1,804万円/);
    expect(text).toContain('44.9%');
    expect(await page.evaluate(() => document.fonts.check('16px "Noto Sans JP"', '伊勢原'))).toBe(
      true,
    );
    await page.close();
  });

  it('filters and searches through the URL, and speaks English on request', async () => {
    // 交付金: the Asahi source writes it with a look-alike code point (交付⾦); the search finds it.
    const { page, errors } = await open(
      `/?lang=en&q=${encodeURIComponent('交付金')}`,
      'overview-en-search',
    );
    const text = await checkPage(page, errors, 'overview-en-search');
    expect(text).toContain(
      'Community revitalization based on a multigenerational exchange facility',
    );
    expect(text).not.toContain('Attractiveness creation by local people');
    expect(text).toContain('¥18.04 million');
    await page.close();
  });

  it('fits a tablet', async () => {
    const { page, errors } = await open('/', 'overview-tablet', 820);
    await checkPage(page, errors, 'overview-tablet');
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth),
    ).toBe(true);
    await page.close();
  });
});

describe('the program pages', () => {
  it("shows Isehara's KPI, costs and evaluations as the sheet prints them, each with its source", async () => {
    const { page, errors } = await open(`/programs/${ids.isehara}`, 'program-isehara');
    const text = await checkPage(page, errors, 'program-isehara');
    for (const expected of [
      '計画（Plan）',
      '事業実施（Do）',
      '評価（Check）',
      '改善（Action）',
      'シティプロモーションの推進',
    ]) {
      expect(text).toContain(expected);
    }
    await page.locator('#kpi-1 summary').first().click();
    const table = await page.locator('#kpi-1 table').innerText();
    // FY2021: target 63, actual 63, 100.0 %; FY2022: target 66, actual not reported.
    expect(table).toMatch(/令和3年度（2021）\s*63\s*出典\s*63\s*出典/);
    expect(table).toContain('100.0%');
    expect(table).toMatch(/令和4年度（2022）\s*66\s*出典\s*未報告/);
    // The costs in yen are on the page without a click.
    expect(await page.locator('#cost-table table').innerText()).toContain('327,000円');
    expect(text).toContain('109,000円');
    const source = page.locator('#kpi-1 details.source').first();
    await source.locator('summary').click();
    expect(await source.innerText()).toContain('63団体（個人）');
    await page.close();
  });

  it("shows Asahi's four KPIs and lets the reader download each chart's data as CSV", async () => {
    const { page, errors } = await open(`/programs/${ids.asahi}?lang=en`, 'program-asahi-en');
    const text = await checkPage(page, errors, 'program-asahi-en');
    expect(text).toContain('Plan-period achievement');
    expect(text).toContain('253.8%');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('#kpi-4 .csv-link').click(),
    ]);
    const csv = readFileSync(await download.path(), 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv).toContain('2023,1000,2214,3807,2.214');
    expect(csv).toContain('2021,no target,no target');
    await page.close();
  });
});

describe('the comparison', () => {
  it('opens the default comparison: Isehara against Asahi, with what may not be compared', async () => {
    const { page, errors } = await open('/compare', 'compare-default');
    const text = await checkPage(page, errors, 'compare-default');
    expect(text).toContain('伊勢原市 地域人材による魅力創造事業');
    expect(text).toContain('KPI の種類が異なります');
    expect(text).toContain('費用の範囲が異なります');
    await page.locator('#achievement summary').first().click();
    const achievement = await page.locator('#achievement table').innerText();
    expect(achievement).toContain('221.4%');
    expect(achievement).toContain('100.0%');
    expect(text).toContain('8,148円');
    await page.close();
  });

  it('keeps the selection in the URL: the form writes it, a shared link restores it, back returns', async () => {
    const { page, errors } = await open(
      `/compare?ids=${ids.asahi}&ids=${ids.isehara}&lang=en`,
      'compare-en',
    );
    await checkPage(page, errors, 'compare-en');
    expect(await page.locator('h1 + .lead').innerText()).toMatch(/^Asahi City: .* \/ Isehara City/);
    await page.click('details.filters-box summary');
    await page.fill('input[name="from"]', '2021');
    await page.fill('input[name="to"]', '2022');
    await Promise.all([
      page.waitForURL(/from=2021/),
      page.click('form.filters button[type="submit"]'),
    ]);
    const url = new URL(page.url());
    expect(url.searchParams.getAll('ids').sort()).toEqual([ids.asahi, ids.isehara].sort());
    expect(url.searchParams.get('to')).toBe('2022');
    expect(url.searchParams.get('lang')).toBe('en');
    await page.locator('#achievement summary').first().click();
    expect(await page.locator('#achievement table thead').innerText()).not.toContain('FY2023');
    await page.goBack();
    expect(new URL(page.url()).searchParams.get('from')).toBeNull();
    await page.close();
  });

  it('prints on A4 with the date, the selection and the data tables as an appendix', async () => {
    const { page } = await open('/compare', 'compare-print');
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.appendix').isVisible()).toBe(true);
    // Every figure's table, copied into the appendix in the browser, with its figures.
    const figureTables = await page.locator('figure.chart-figure table').count();
    expect(figureTables).toBeGreaterThan(0);
    await expect.poll(() => page.locator('.appendix table').count()).toBe(figureTables);
    expect(await page.locator('.appendix').innerText()).toContain('221.4%');
    expect(await page.locator('.print-meta').innerText()).toMatch(
      /作成日：\d{4}年\d{1,2}月\d{1,2}日 ／ 伊勢原市/,
    );
    expect(await page.locator('form.filters').isVisible()).toBe(false);
    await screenshot(page, 'compare-print');
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    writeFileSync(path.join(SCREENSHOT_DIR, 'compare-print.pdf'), pdf);
    expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
    await page.close();
  });
});

describe('the rankings', () => {
  it('ranks the programs by cost per outcome with the chosen one marked', async () => {
    const { page, errors } = await open(`/rankings?highlight=${ids.isehara}`, 'rankings');
    const text = await checkPage(page, errors, 'rankings');
    // KPI ①: Isehara 109,000 yen of total cost per new supporter. Asahi's 1,804,000 yen is of project
    // cost alone, so it is not in the same order; two programs would have no percentiles anyway.
    expect(text).toMatch(/選んだ事業は 1 事業中 1 位/);
    expect(text).toContain('総費用（事業費＋人件費）で測った事業だけを並べています');
    expect(text).toContain('1件では百分位を計算しません');
    await page.locator('#ranking summary').first().click();
    const table = await page.locator('#ranking table').innerText();
    expect(table).toMatch(/★ 1\s+伊勢原市 地域人材による魅力創造事業\s+109,000円\s+計算せず/);
    expect(table).not.toContain('旭市');
    await page.close();
  });
});

describe('the data-entry page', () => {
  it("lets an editor sign in and add a fiscal year's results, with the API's validation messages", async () => {
    const { page, errors } = await open(`/programs/${ids.isehara}/entry`, 'entry-sign-in');
    await checkPage(page, errors, 'entry-sign-in');
    await page.fill('input[name="token"]', 'not-a-token');
    await page.click('button[type="submit"]');
    await page.waitForSelector('#token-error');
    expect(await page.locator('#token-error').innerText()).toContain('This token is not valid');
    await page.fill('input[name="token"]', inject('editorToken'));
    await Promise.all([
      page.waitForSelector('select[name="kpiId"]'),
      page.click('button[type="submit"]'),
    ]);

    // A year out of range: the API's message, next to the form.
    await page.fill('input[name="fiscalYear"]', '1900');
    await page.fill('input[name="actual"]', '70');
    await page.fill('input[name="sourceNote"]', 'e2e test');
    await page.click('button[type="submit"]:has-text("保存")');
    await page.waitForSelector('.field-error');
    expect(await page.locator('.entry-form').innerText()).toMatch(/fiscal year/i);
    await screenshot(page, 'entry-refused');

    await page.fill('input[name="fiscalYear"]', '2023');
    await page.click('button[type="submit"]:has-text("保存")');
    await page.waitForSelector('.saved');
    expect(await page.locator('.saved').innerText()).toContain('令和5年度');
    await screenshot(page, 'entry-saved');
    expect(errors).toEqual([]);

    // A correction of the year just added is checked against the version that save wrote.
    await page.fill('input[name="actual"]', '75');
    await Promise.all([
      page.waitForResponse((response) => response.request().method() === 'POST'),
      page.click('button[type="submit"]:has-text("保存")'),
    ]);
    await page.waitForSelector('button[type="submit"]:has-text("保存"):not([disabled])');
    expect(await page.locator('.field-error').count()).toBe(0);
    expect(await page.locator('.saved').innerText()).toContain('令和5年度');
    const stored = await fetch(inject('apiUrl'), {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'cache-control': 'no-cache' },
      body: JSON.stringify({
        query: `{ program(id: "${ids.isehara}") { kpis { values { fiscalYear { year } actual { value } } } } }`,
      }),
    }).then((response) => response.json());
    expect(
      stored.data.program.kpis[0].values.find((v: any) => v.fiscalYear.year === 2023).actual.value,
    ).toBe(75);

    // The editor, signed in, sees who changed what; a visitor sees when.
    const editorContext = await browser.newContext();
    await editorContext.addCookies(await page.context().cookies());
    const program = await editorContext.newPage();
    await program.goto(`${inject('webUrl')}/programs/${ids.isehara}`, { waitUntil: 'networkidle' });
    expect(await program.locator('details.changes summary').innerText()).toMatch(/最終更新/);
    expect(await program.locator('details.changes').textContent()).toContain('e2e editor');
    expect(await program.locator('a[href*="/entry"]').count()).toBe(1);
    // The dataset's readings of its sources are for editors: asked for, and shown, to them only.
    const notes = program.locator('.source-body p.note');
    expect(await notes.count()).toBeGreaterThan(0);
    await editorContext.close();
    const visitor = await browser.newPage();
    await visitor.goto(`${inject('webUrl')}/programs/${ids.isehara}`, { waitUntil: 'networkidle' });
    expect(await visitor.locator('details.changes').count()).toBe(0);
    expect(await visitor.locator('main').innerText()).not.toContain('e2e editor');
    expect(await visitor.locator('.source-body p.note').count()).toBe(0);
    await visitor.close();

    // Signing out goes back only to a page of this site, whatever the form is made to say.
    await page.evaluate(() => {
      for (const input of document.querySelectorAll<HTMLInputElement>('input[name="back"]'))
        input.value = 'https://evil.example/';
    });
    await Promise.all([
      page.waitForURL((url) => url.pathname === '/'),
      page.click('form.screen-only button[type="submit"]'),
    ]);
    expect(new URL(page.url()).origin).toBe(inject('webUrl'));
    await page.close();
  });
});

describe('the pages on the open internet', () => {
  it('send a strict CSP with a nonce, refuse framing and sniffing, and keep referrers on the site', async () => {
    const response = await fetch(`${inject('webUrl')}/compare`);
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('unsafe-eval');
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    // Every script the page carries has the nonce the policy names.
    const nonce = /'nonce-([^']+)'/.exec(csp)![1];
    const html = await response.text();
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
    expect(scripts.length).toBeGreaterThan(0);
    for (const script of scripts) expect(script).toContain(`nonce="${nonce}"`);
  });

  it('answer a URL its page cannot use with 400, naming the parameter, with no script needed', async () => {
    for (const [url, name] of [
      ['/?municipality=abc', 'municipality'],
      ['/?after=garbage!', 'after'],
      ['/rankings?offset=99999999999', 'offset'],
      ['/rankings?highlight=abc&lang=en', 'highlight'],
    ] as const) {
      const response = await fetch(`${inject('webUrl')}${url}`);
      expect(response.status, url).toBe(400);
      const html = await response.text();
      expect(html, url).toContain(name);
      expect(html, url).not.toMatch(/<script/);
    }
  });

  it('make a client that keeps sending wrong tokens wait, and say so', async () => {
    const page = await browser.newPage();
    await page.goto(`${inject('webUrl')}/programs/${ids.isehara}/entry`, {
      waitUntil: 'networkidle',
    });
    const submit = page.locator('button[type="submit"]:not([disabled])');
    const messages: string[] = [];
    for (let attempt = 0; attempt < 6; attempt += 1) {
      // React resets the form once the previous action has finished; typing before then is wiped out.
      await submit.waitFor();
      await page.fill('input[name="token"]', `wrong-${attempt}`);
      await Promise.all([
        page.waitForResponse((response) => response.request().method() === 'POST'),
        submit.click(),
      ]);
      await submit.waitFor();
      messages.push(await page.locator('#token-error').innerText());
    }
    for (const message of messages.slice(0, 5))
      expect(message).toContain('This token is not valid');
    expect(messages[5]).toContain('Too many wrong tokens');
    await page.close();
  });
});

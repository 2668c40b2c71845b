import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { SCREENSHOT_DIR } from './browser.js';

/** A4's printable width at 96 dpi with the sheet's 12 mm side margins: 186 mm. */
export const A4_TEXT_WIDTH = 703;

/**
 * Prints the page to A4 as the print button does, keeps the PDF and a PNG of each sheet beside the
 * screenshots, and gives the text a reader of the paper sees (poppler's pdftotext), with and without
 * its line breaks and spaces.
 */
export async function printed(page: Page, name: string): Promise<{ text: string; flat: string }> {
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
  await page.emulateMedia({ media: 'screen' });
  const file = path.join(SCREENSHOT_DIR, `${name}.pdf`);
  writeFileSync(file, pdf);
  execFileSync('pdftoppm', ['-r', '60', '-png', file, path.join(SCREENSHOT_DIR, `${name}-sheet`)]);
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  return { text, flat: text.replace(/\s+/g, '') };
}

/** Text as compared with the paper: without the spaces and line breaks print layout adds. */
export const flat = (text: string) => text.replace(/\s+/g, '');

/**
 * Tables, figures and charts that reach past the page's main column: what a reader would have to
 * scroll sideways to see, or what paper would cut.
 */
export function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const main = document.querySelector('main')!.getBoundingClientRect();
    const wide: string[] = [];
    for (const element of document.querySelectorAll('main table, main figure, main svg')) {
      const box = element.getBoundingClientRect();
      if (box.width === 0) continue;
      if (box.right > main.right + 1 || box.left < main.left - 1)
        wide.push(`${element.tagName.toLowerCase()}#${element.id || element.className || '?'}`);
    }
    if (document.documentElement.scrollWidth > window.innerWidth + 1) wide.push('document');
    return wide;
  });
}

/** Japanese text on an English page outside an element marked lang="ja", with where it is. */
export function untaggedJapanese(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const japanese = /[\u3000-\u303f\u3040-\u30ff\u3400-\u9fff\uff00-\uffef]/;
    const found: string[] = [];
    const walker = document.createTreeWalker(document.querySelector('main')!, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? '';
      if (!japanese.test(text)) continue;
      const lang = node.parentElement?.closest('[lang]')?.getAttribute('lang');
      if (lang !== 'ja') found.push(text.trim().slice(0, 60));
    }
    return found;
  });
}

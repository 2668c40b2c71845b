import { describe, expect, it } from 'vitest';
import { normalizeText } from './index.js';

describe('normalizeText', () => {
  it('maps the look-alike kanji of the Asahi extraction', () => {
    expect(normalizeText('交付⾦')).toBe('交付金');
    expect(normalizeText('地域住⺠')).toBe('地域住民');
    expect(normalizeText('関⼼')).toBe('関心');
  });
  it('maps full-width letters and digits', () => {
    expect(normalizeText('ＳＮＳ')).toBe('SNS');
    expect(normalizeText('令和４年度')).toBe('令和4年度');
  });
  it('keeps circled numbers, which name KPIs', () => {
    expect(normalizeText('「①コミュニケーション」KPI②、③')).toBe('「①コミュニケーション」KPI②、③');
  });
  it('leaves plain text alone', () => {
    expect(normalizeText('')).toBe('');
    expect(normalizeText('達成')).toBe('達成');
  });
});

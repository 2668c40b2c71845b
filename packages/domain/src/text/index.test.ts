import { describe, expect, it } from 'vitest';
import { normalizeText, searchBigrams, searchForm } from './index.js';

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

describe('searchForm', () => {
  it('matches what the sources print, whatever the case or width', () => {
    expect(searchForm('ＳＮＳ 交付⾦')).toBe('sns 交付金');
  });
});

describe('searchBigrams', () => {
  it('pairs neighbouring characters within words, once each', () => {
    expect(searchBigrams('子育て 12')).toEqual(['子育', '育て', '12']);
    expect(searchBigrams('ああああ')).toEqual(['ああ']);
  });
  it('counts characters, not UTF-16 units', () => {
    expect(searchBigrams('𠮷野家')).toEqual(['𠮷野', '野家']);
  });
  it('has no pair for a word of one character, nor across white space', () => {
    expect(searchBigrams('市')).toEqual([]);
    expect(searchBigrams('a b\nc')).toEqual([]);
    expect(searchBigrams('')).toEqual([]);
  });
});

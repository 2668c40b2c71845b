import { describe, expect, it } from 'vitest';
import { termsToShow, themeTerms } from './index.js';

const terms = (texts: string[]) => themeTerms(texts).map((t) => t.term);

describe('themeTerms', () => {
  it('takes runs of kanji and katakana, and the kanji pairs of longer compounds', () => {
    expect(themeTerms(['移住定住を促進するためのツアー'])).toEqual([
      { term: '移住定住', word: true },
      { term: '移住', word: false },
      { term: '住定', word: false },
      { term: '定住', word: false },
      { term: '促進', word: true },
      { term: 'ツアー', word: true },
    ]);
  });

  it('calls a pair a word once it stands alone in any of the texts', () => {
    expect(themeTerms(['移住定住', '移住の相談']).filter((t) => t.word)).toEqual([
      { term: '移住定住', word: true },
      { term: '移住', word: true },
      { term: '相談', word: true },
    ]);
  });

  it('leaves out single characters, hiragana, bare numbers and punctuation', () => {
    expect(terms(['市が、令和7年度に 2,025人へ'])).toEqual(['令和', '年度']);
  });

  it('reads full-width letters as Latin, in lower case, and look-alike kanji as kanji', () => {
    expect(terms(['ＩＣＴ活用', 'ICT', '交付⾦'])).toEqual([
      'ict',
      '活用',
      '交付金',
      '交付',
      '付金',
    ]);
  });

  it('ends a word at a conjunction and before 等', () => {
    expect(terms(['審査及び交付', '補助金等又は助成'])).toEqual([
      '審査',
      '交付',
      '補助金',
      '補助',
      '助金',
      '助成',
    ]);
  });

  it('keeps the long vowel mark inside a katakana word', () => {
    expect(terms(['サポーター'])).toEqual(['サポーター']);
  });

  it('gives each term once over several texts', () => {
    expect(terms(['子育て支援', '子育て世帯'])).toEqual(['子育', '支援', '世帯']);
  });
});

describe('termsToShow', () => {
  it('drops a term held inside another shared term, keeping the order given', () => {
    expect(termsToShow(['移住定住', '定住', 'ツアー', '移住'], 5)).toEqual(['移住定住', 'ツアー']);
  });

  it('shows at most the limit', () => {
    expect(termsToShow(['防災', '避難', '訓練'], 2)).toEqual(['防災', '避難']);
  });
});

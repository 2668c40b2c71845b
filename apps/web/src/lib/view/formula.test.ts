import { describe, expect, it } from 'vitest';
import { expressionIn, reasonIn, ruleIn } from './formula';

describe('a formula in the page’s language', () => {
  const ja = { ja: '実績 ÷ 目標', expression: '254 ÷ 370 = 68.6%' };
  const en = { en: 'actual ÷ target', expressionEn: null };

  it('reads the rule and its numbers in the language asked for', () => {
    expect(ruleIn('ja', ja)).toBe('実績 ÷ 目標');
    expect(expressionIn('ja', ja)).toBe('254 ÷ 370 = 68.6%');
    expect(ruleIn('en', en)).toBe('actual ÷ target');
    // Not computed: the API says so with null, which is not a missing field.
    expect(expressionIn('en', en)).toBe(null);
  });

  it('refuses a language the page did not ask for, rather than showing nothing', () => {
    expect(() => ruleIn('en', ja)).toThrow('not asked for in en');
    expect(() => expressionIn('ja', en)).toThrow('not asked for in ja');
  });
});

describe('why a figure was not computed', () => {
  it('is worded in the page’s language from the reason’s code', () => {
    expect(reasonIn('ja', 'NO_TARGET')).toBe('その年度の目標がない');
    expect(reasonIn('en', 'ZERO_DENOMINATOR')).toBe(
      'the denominator is 0 (0 ÷ 0 and the like are not computed)',
    );
  });

  it('refuses a code it has no words for, rather than leave the reason out', () => {
    expect(() => reasonIn('en', 'NEW_REASON')).toThrow('no words for the reason NEW_REASON');
  });
});

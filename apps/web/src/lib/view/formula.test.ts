import { describe, expect, it } from 'vitest';
import { expressionIn, ruleIn } from './formula';

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

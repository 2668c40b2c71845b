import { describe, expect, it } from 'vitest';
import { policyAreaName, POLICY_AREAS } from './index.js';

describe('policyAreaName', () => {
  it('names the areas of the two source programs', () => {
    expect(policyAreaName('city-promotion')).toEqual({
      ja: 'シティプロモーション',
      en: 'City promotion',
    });
    expect(policyAreaName('community').ja).toBe('コミュニティ');
  });

  it('shows a key it does not know as written', () => {
    expect(policyAreaName('water-supply')).toEqual({ ja: 'water-supply', en: 'water-supply' });
  });

  it('keys are what the dataset format accepts', () => {
    for (const key of Object.keys(POLICY_AREAS)) expect(key).toMatch(/^[a-z][a-z-]*$/);
  });
});

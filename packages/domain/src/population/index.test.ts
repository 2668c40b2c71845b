import { describe, expect, it } from 'vitest';
import { POPULATION_BAND_BOUNDS, populationBand } from './index.js';

describe('populationBand', () => {
  it('puts each bound in the band it starts', () => {
    expect(populationBand(9_999).en).toBe('under 10,000');
    expect(populationBand(10_000).en).toBe('10,000 to 49,999');
    expect(populationBand(99_999).ja).toBe('5万〜10万人');
    expect(populationBand(100_000).ja).toBe('10万〜20万人');
    expect(populationBand(3_700_000).en).toBe('500,000 and over');
  });

  it('gives width_bucket its bounds in order', () => {
    expect(POPULATION_BAND_BOUNDS).toEqual([10_000, 50_000, 100_000, 200_000, 500_000]);
  });
});

/**
 * Population bands (人口規模) for peer groups: municipalities of a similar size face similar costs per
 * head, so a ranking among peers compares like with like. Each band starts at its lower bound.
 */
export const POPULATION_BANDS = [
  { lower: 0, ja: '1万人未満', en: 'under 10,000' },
  { lower: 10_000, ja: '1万〜5万人', en: '10,000 to 49,999' },
  { lower: 50_000, ja: '5万〜10万人', en: '50,000 to 99,999' },
  { lower: 100_000, ja: '10万〜20万人', en: '100,000 to 199,999' },
  { lower: 200_000, ja: '20万〜50万人', en: '200,000 to 499,999' },
  { lower: 500_000, ja: '50万人以上', en: '500,000 and over' },
] as const;

export type PopulationBand = (typeof POPULATION_BANDS)[number];

/** The band a population falls in. @example populationBand(99_999).ja //=> '5万〜10万人' */
export function populationBand(population: number): PopulationBand {
  let band: PopulationBand = POPULATION_BANDS[0];
  for (const candidate of POPULATION_BANDS) if (population >= candidate.lower) band = candidate;
  return band;
}

/** The lower bounds after the first, as PostgreSQL's width_bucket takes them to number the bands. */
export const POPULATION_BAND_BOUNDS: readonly number[] = POPULATION_BANDS.slice(1).map(
  (band) => band.lower,
);

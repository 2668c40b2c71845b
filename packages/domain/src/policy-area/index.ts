/**
 * Policy areas (政策分野): this product's classification of programs across municipalities, which
 * name their own policies in their own words. A program's file names its area by key; the names here
 * are how the product shows the keys it knows.
 */
export const POLICY_AREAS = {
  'city-promotion': { ja: 'シティプロモーション', en: 'City promotion' },
  community: { ja: 'コミュニティ', en: 'Community' },
  childcare: { ja: '子育て支援', en: 'Childcare' },
  tourism: { ja: '観光振興', en: 'Tourism' },
  health: { ja: '健康づくり', en: 'Health' },
  'disaster-prevention': { ja: '防災', en: 'Disaster prevention' },
  agriculture: { ja: '農業振興', en: 'Agriculture' },
  education: { ja: '教育', en: 'Education' },
} as const satisfies Record<string, { ja: string; en: string }>;

/**
 * The name of an area by its key; a key this product does not know yet is shown as written, never
 * hidden. @example policyAreaName('community') //=> { ja: 'コミュニティ', en: 'Community' }
 */
export function policyAreaName(key: string): { ja: string; en: string } {
  return (POLICY_AREAS as Record<string, { ja: string; en: string }>)[key] ?? { ja: key, en: key };
}

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
  fisheries: { ja: '水産業振興', en: 'Fisheries' },
  'commerce-and-tourism': { ja: '商業・観光', en: 'Commerce and tourism' },
  'local-industry': { ja: '地場産業振興', en: 'Local industry' },
  employment: { ja: '雇用', en: 'Employment' },
  welfare: { ja: '地域福祉', en: 'Welfare' },
  'lifelong-learning': { ja: '生涯学習', en: 'Lifelong learning' },
  sports: { ja: 'スポーツ', en: 'Sports' },
  culture: { ja: '歴史・文化', en: 'History and culture' },
  'land-use': { ja: '土地利用', en: 'Land use' },
  'living-environment': { ja: '生活空間・住環境', en: 'Living environment' },
  transport: { ja: '交通・物流', en: 'Transport and logistics' },
  'public-safety': { ja: '身近な安全', en: 'Public safety' },
  environment: { ja: '生活環境の保全', en: 'Environmental protection' },
  nature: { ja: '自然環境の保全', en: 'Nature conservation' },
  waste: { ja: '廃棄物処理', en: 'Waste' },
  'civic-participation': { ja: '市民参画', en: 'Civic participation' },
  administration: { ja: '行財政運営', en: 'Administration and finance' },
  'regional-cooperation': { ja: '広域・大学連携', en: 'Regional and university cooperation' },
  other: { ja: 'その他', en: 'Other' },
} as const satisfies Record<string, { ja: string; en: string }>;

/**
 * The name of an area by its key; a key this product does not know yet is shown as written, never
 * hidden. @example policyAreaName('community') //=> { ja: 'コミュニティ', en: 'Community' }
 */
export function policyAreaName(key: string): { ja: string; en: string } {
  return (POLICY_AREAS as Record<string, { ja: string; en: string }>)[key] ?? { ja: key, en: key };
}

import { ApolloArmor } from '@escape.tech/graphql-armor';

/**
 * What one operation may ask, checked before it runs. Depth fits the deepest query the dashboard
 * sends (a whole program with provenance: depth 9) and cost its heaviest (the overview's page of 50
 * programs with their KPIs and costs: about 29,500 by Armor's measure, which multiplies a list by its
 * literal `first`); aliases keep GraphQL Armor's default. Directives are counted through fragments: the
 * program page asks each text in its reader's language only (@skip/@include on `$ja`), about 60 of
 * them, so the limit is twice Armor's default of 50.
 */
export const LIMITS = {
  maxDepth: 10,
  maxAliases: 15,
  maxDirectives: 100,
  maxTokens: 2_000,
  maxCost: 50_000,
} as const;

/** GraphQL Armor's rules and plugins; field suggestions are hidden in production, where they map the schema for an attacker. */
export function armorProtection(production: boolean) {
  const armor = new ApolloArmor({
    // Depth counts fields, not fragment spreads: a fragment is how a client shares a selection, not
    // a level of the answer.
    maxDepth: { n: LIMITS.maxDepth, exposeLimits: true, flattenFragments: true },
    maxAliases: { n: LIMITS.maxAliases, exposeLimits: true },
    maxDirectives: { n: LIMITS.maxDirectives, exposeLimits: true },
    // Tokens are counted by graphql-js's own parser (`parseOptions`), which Apollo answers with a 400;
    // Armor's plugin throws from a hook that Apollo answers with a 500.
    maxTokens: { enabled: false },
    costLimit: { maxCost: LIMITS.maxCost, exposeLimits: true },
    blockFieldSuggestion: { enabled: production },
  });
  return armor.protect();
}

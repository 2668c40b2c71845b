import type { GraphQLResolveInfo } from 'graphql';
import { requireRole } from '../auth/caller.js';
import {
  costEntryUpsert,
  kpiValueUpsert,
  type CostEntryUpsertInput,
  type KpiValueUpsertInput,
} from '../edit/figures.js';
import {
  evaluationUpdate,
  kpiCreate,
  kpiUpdate,
  narrativeUpdate,
  programCreate,
  programUpdate,
} from '../edit/records.js';
import { renewLoaders, type Context } from '../context.js';
import type { MutationResolvers } from '../generated/resolvers.js';

type MutationResolver = (
  parent: unknown,
  args: unknown,
  context: Context,
  info: GraphQLResolveInfo,
) => unknown;

/**
 * Mutation fields run one after another, and each starts with empty loaders, so it answers with what
 * the ones before it wrote, not with rows they had loaded. Done here rather than in a plugin's
 * `willResolveField`, which would make Apollo wrap every resolver of every query for good.
 */
function withFreshLoaders(resolvers: MutationResolvers): MutationResolvers {
  return Object.fromEntries(
    Object.entries(resolvers).map(([name, resolve]) => [
      name,
      ((parent, args, context, info) => {
        renewLoaders(context);
        return (resolve as MutationResolver)(parent, args, context, info);
      }) satisfies MutationResolver,
    ]),
  ) as MutationResolvers;
}

/** Every mutation needs an editor's token; each delegates to one edit, which validates and records. */
export const Mutation: MutationResolvers = withFreshLoaders({
  programCreate: async (_p, { input }, { db, caller }) => {
    const { userErrors, result } = await programCreate(db, requireRole(caller, 'editor'), input);
    return { userErrors, program: result };
  },
  programUpdate: async (_p, { input }, { db, caller }) => {
    const { userErrors, result } = await programUpdate(db, requireRole(caller, 'editor'), input);
    return { userErrors, program: result };
  },
  kpiCreate: async (_p, { input }, { db, caller }) => {
    const { userErrors, result } = await kpiCreate(db, requireRole(caller, 'editor'), input);
    return { userErrors, kpi: result };
  },
  kpiUpdate: async (_p, { input }, { db, caller }) => {
    const { userErrors, result } = await kpiUpdate(db, requireRole(caller, 'editor'), input);
    return { userErrors, kpi: result };
  },
  kpiValueUpsert: async (_p, { input }, { db, caller }) => {
    const { userErrors, result } = await kpiValueUpsert(
      db,
      requireRole(caller, 'editor'),
      input as KpiValueUpsertInput,
    );
    return { userErrors, kpiValue: result };
  },
  costEntryUpsert: async (_p, { input }, { db, caller }) => {
    const { userErrors, result } = await costEntryUpsert(
      db,
      requireRole(caller, 'editor'),
      input as CostEntryUpsertInput,
    );
    return { userErrors, costEntry: result };
  },
  evaluationUpdate: async (_p, { input }, { db, caller }) => {
    const { userErrors, result } = await evaluationUpdate(db, requireRole(caller, 'editor'), input);
    return { userErrors, evaluation: result };
  },
  narrativeUpdate: async (_p, { input }, { db, caller }) => {
    const { userErrors, result } = await narrativeUpdate(db, requireRole(caller, 'editor'), input);
    return { userErrors, narrative: result };
  },
});

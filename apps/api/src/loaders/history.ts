import type { Database } from '../db/client.js';
import { auditHistories } from '../db/queries/audit.js';
import type { AuditEvent } from '../db/schema/index.js';
import { groupedLoader } from './grouped.js';
import type { BatchSchedule } from './index.js';

/** Whose history a page lists: a program's whole record, or one entity named by its natural key. */
export type HistoryOwner = { programId: number } | { entity: string; entityKey: string };

/** One page a field asks for: whose, the cursor it starts after (an audit id), and its length. */
export interface HistoryRequest {
  owner: HistoryOwner;
  beforeId: number | null;
  limit: number;
}

/**
 * Pages of history, `limit + 1` changes each, newest first. The pages of one request that share a kind
 * of owner and a position (every program of a list asking for its latest twenty changes) are read in
 * one statement, so a list with history costs the same however long it is.
 */
export function historyLoader(source: () => Database, schedule: BatchSchedule) {
  return groupedLoader<HistoryRequest, AuditEvent[]>({
    schedule,
    keyOf: (request) => JSON.stringify([ownerKey(request.owner), request.beforeId, request.limit]),
    groupOf: ({ owner, beforeId, limit }) =>
      JSON.stringify(['programId' in owner ? null : owner.entity, beforeId, limit]),
    load: async (group) => {
      const { owner, beforeId, limit } = group[0]!;
      const owners = group.map((request) => request.owner);
      const rows = await auditHistories(
        source(),
        'programId' in owner
          ? { programIds: owners.flatMap((o) => ('programId' in o ? [o.programId] : [])) }
          : {
              entity: owner.entity,
              entityKeys: owners.flatMap((o) => ('entityKey' in o ? [o.entityKey] : [])),
            },
        { beforeId, limit },
      );
      const pages = new Map<string, AuditEvent[]>();
      for (const row of rows) {
        const key = ownerKey(
          'programId' in owner
            ? { programId: row.programId! }
            : { entity: row.entity, entityKey: row.entityKey },
        );
        const page = pages.get(key);
        if (page) page.push(row);
        else pages.set(key, [row]);
      }
      return owners.map((o) => pages.get(ownerKey(o)) ?? []);
    },
  });
}

function ownerKey(owner: HistoryOwner): string {
  return 'programId' in owner ? String(owner.programId) : `${owner.entity}/${owner.entityKey}`;
}

import type { Database } from '../db/client.js';
import { auditHistories } from '../db/queries/audit.js';
import { readScope } from '../db/read-scopes.js';
import { readScoped } from '../db/statement-counter.js';
import type { AuditEvent } from '../db/schema/index.js';
import { groupedLoader } from './grouped.js';
import type { BatchSchedule } from './index.js';

/**
 * Whose history a page lists: a program's whole record, or one entity named by its natural key, with
 * the program it belongs to now (whose scope its changes move).
 */
export type HistoryOwner =
  { programId: number } | { entity: string; entityKey: string; programId: number };

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
      JSON.stringify(['entity' in owner ? owner.entity : null, beforeId, limit]),
    load: async (group) => {
      const { owner, beforeId, limit } = group[0]!;
      const owners = group.map((request) => request.owner);
      const programIds = owners.map((o) => o.programId);
      const rows = await readScoped(
        () =>
          auditHistories(
            source(),
            !('entity' in owner)
              ? { programIds }
              : {
                  entity: owner.entity,
                  entityKeys: owners.flatMap((o) => ('entityKey' in o ? [o.entityKey] : [])),
                },
            { beforeId, limit },
          ),
        () => programIds.map(readScope.program),
      );
      const pages = new Map<string, AuditEvent[]>();
      for (const row of rows) {
        const key = ownerKey(
          'entity' in owner
            ? { entity: row.entity, entityKey: row.entityKey, programId: row.programId! }
            : { programId: row.programId! },
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
  return 'entity' in owner ? `${owner.entity}/${owner.entityKey}` : String(owner.programId);
}

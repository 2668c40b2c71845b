import type { Database } from '../db/client.js';
import { recordAudit, type NewAuditEvent } from '../db/queries/audit.js';
import type { Change } from './facts.js';

/** Who made a change and by which route: a token's name over GraphQL, a file for imports. */
export interface Actor {
  name: string;
  source: 'graphql' | 'import' | 'dataset';
}

/** Records the changes that changed something, each with its before and after. */
export async function auditChanges(
  db: Database,
  actor: Actor,
  changes: readonly Change[],
  programIdOf: (programKey: string) => number | null,
): Promise<void> {
  const events: NewAuditEvent[] = changes
    .filter((change) => change.action !== 'unchanged')
    .map((change) => ({
      actor: actor.name,
      source: actor.source,
      entity: change.entity,
      entityKey: change.key,
      programId: programIdOf(change.program),
      action: change.action,
      before: change.before,
      after: change.after,
    }));
  await recordAudit(db, events);
}

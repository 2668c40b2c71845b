import type { HistoryOwner } from '../loaders/history.js';
import type { Loaders } from '../loaders/index.js';
import { badUserInput } from './errors.js';
import type { ChangeConnectionParent } from './parents.js';

/** A page of the audit log for a program or one entity; the cursor is the last change's id. */
export async function historyPage(
  loaders: Loaders,
  owner: HistoryOwner,
  first: number,
  after: string | null | undefined,
): Promise<ChangeConnectionParent> {
  if (!Number.isInteger(first) || first < 1 || first > 100)
    throw badUserInput('first', `must be between 1 and 100, got ${first}`);
  if (after != null && !/^[1-9][0-9]{0,9}$/.test(after))
    throw badUserInput('after', `"${after}" is not a cursor of this list`);
  const rows = await loaders.history.load({
    owner,
    beforeId: after == null ? null : Number(after),
    limit: first,
  });
  return { nodes: rows.slice(0, first), hasNextPage: rows.length > first };
}

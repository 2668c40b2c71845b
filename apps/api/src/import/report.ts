import type { Change, Fact } from '../audit/facts.js';

const show = (value: unknown) =>
  value === null || value === undefined ? '∅' : JSON.stringify(value);

/** The fields that differ, as `field: before → after`. */
export function fieldChanges(before: Fact | null, after: Fact | null): string[] {
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  return [...keys]
    .filter((key) => (before?.[key] ?? null) !== (after?.[key] ?? null))
    .map((key) => `${key}: ${show(before?.[key])} → ${show(after?.[key])}`);
}

/** Beyond this many changes (a workbook brings tens of thousands), a line per program, unless asked. */
export const CHANGES_LISTED = 200;

const counted = (changes: readonly Change[]) => {
  const count = (action: Change['action']) => changes.filter((c) => c.action === action).length;
  return `${count('added')} added, ${count('changed')} changed, ${count('removed')} removed, ${count('unchanged')} unchanged`;
};

/** A summary line and one line per change, as the import command prints them; past CHANGES_LISTED
 * changes, one line per program that changes, unless verbose. */
export function describeChanges(
  changes: readonly Change[],
  options: { verbose: boolean },
): string[] {
  const lines = [counted(changes)];
  const changing = changes.filter((change) => change.action !== 'unchanged');
  if (!options.verbose && changing.length > CHANGES_LISTED) {
    const byProgram = new Map<string, Change[]>();
    for (const change of changing) {
      const own = byProgram.get(change.program);
      if (own) own.push(change);
      else byProgram.set(change.program, [change]);
    }
    for (const [program, own] of byProgram) lines.push(`  ${program}  ${counted(own)}`);
    lines.push(`  (--verbose lists every field of the ${changing.length} changes)`);
    return lines;
  }
  for (const change of changes) {
    if (change.action === 'unchanged' && !options.verbose) continue;
    const detail =
      change.action === 'changed'
        ? fieldChanges(change.before, change.after).join('; ')
        : change.action === 'added'
          ? Object.entries(change.after ?? {})
              .filter(([, value]) => value !== null)
              .map(([key, value]) => `${key}: ${show(value)}`)
              .join('; ')
          : '';
    lines.push(`  ${change.action.padEnd(9)} ${change.key}${detail ? `  ${detail}` : ''}`);
  }
  return lines;
}

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

/** A summary line and one line per change, as the import command prints them. */
export function describeChanges(
  changes: readonly Change[],
  options: { verbose: boolean },
): string[] {
  const count = (action: Change['action']) => changes.filter((c) => c.action === action).length;
  const lines = [
    `${count('added')} added, ${count('changed')} changed, ${count('removed')} removed, ${count('unchanged')} unchanged`,
  ];
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

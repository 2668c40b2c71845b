import type { ReactNode } from 'react';

/**
 * A row of a table of several programs' rows: the first of a program's rows opens its group and
 * carries the program's name across all of them.
 */
export function ProgramRow({
  rows,
  index,
  many,
  children,
}: {
  rows: readonly { program: string }[];
  index: number;
  /** Whether the table holds several programs, and so names them. */
  many: boolean;
  children: ReactNode;
}) {
  const { program } = rows[index]!;
  const first = index === 0 || rows[index - 1]!.program !== program;
  return (
    <tr className={first ? 'group-start' : undefined}>
      {many && first ? (
        <th
          scope="rowgroup"
          rowSpan={rows.filter((row) => row.program === program).length}
          className="program"
        >
          {program}
        </th>
      ) : null}
      {children}
    </tr>
  );
}

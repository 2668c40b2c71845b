import type { ProgramSource } from '../../src/dataset/read.js';

/**
 * Copies of a shipped program under other numbers and, every ten copies, another municipality: test
 * data for sizes the two real programs cannot reach. The figures stay the source's.
 */
export function copiesOf(source: ProgramSource, count: number): ProgramSource[] {
  return Array.from({ length: count }, (_, index) => {
    const copy = structuredClone(source);
    copy.data.program.number.value = `${source.data.program.number.value}-copy-${index + 1}`;
    const group = Math.floor(index / 10);
    if (group > 0) {
      copy.data.municipality.code = String(99000 + group);
      copy.data.municipality.nameJa = `${source.data.municipality.nameJa}（複製${group}）`;
    }
    return copy;
  });
}

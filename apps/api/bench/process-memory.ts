import { readFileSync } from 'node:fs';

function residentKb(pid: number): number {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8')
    .split('\n')
    .find((entry) => entry.startsWith('VmRSS:'));
  return Number(line?.match(/\d+/)?.[0] ?? 0);
}

export function childrenOf(pid: number): number[] {
  const text = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim();
  return text ? text.split(/\s+/).map(Number) : [];
}

/** Resident memory in MB of a process and every process it started (an API's workers), from /proc
 * (Linux). A process that ends while it is read counts nothing. */
export function residentMb(pid: number): number {
  const total = (id: number): number => {
    try {
      return residentKb(id) + childrenOf(id).reduce((sum, child) => sum + total(child), 0);
    } catch {
      return 0;
    }
  };
  return Math.round(total(pid) / 1024);
}

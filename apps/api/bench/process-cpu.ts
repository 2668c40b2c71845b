import { readFileSync } from 'node:fs';
import { childrenOf } from './process-memory.js';

/** Clock ticks a second in /proc's times (USER_HZ): 100 on Linux for every architecture it runs on. */
const TICKS_PER_SECOND = 100;

/**
 * CPU milliseconds a process and every process it started have used, from /proc (Linux): its own user
 * and system time, that of the children it has reaped (a PostgreSQL backend that ended), and that of
 * each child still running (an API's workers, the backends of a pool).
 */
export function cpuMs(pid: number): number {
  const ticks = (id: number): number => {
    try {
      // The command may hold spaces and parentheses: the fields follow the last ')'.
      const stat = readFileSync(`/proc/${id}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      // utime, stime, cutime, cstime: fields 14 to 17, counted from the state (field 3) here.
      const own = [11, 12, 13, 14].reduce((sum, index) => sum + Number(fields[index]), 0);
      return own + childrenOf(id).reduce((sum, child) => sum + ticks(child), 0);
    } catch {
      return 0;
    }
  };
  return (ticks(pid) * 1000) / TICKS_PER_SECOND;
}

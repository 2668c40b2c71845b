import { pino, type Logger } from 'pino';

/** Structured JSON logs on stdout, one line per event, each naming the process that wrote it (with
 * several workers, one of them). */
export function createLogger(level: string): Logger {
  return pino({ level, base: { service: 'muni-api', pid: process.pid } });
}

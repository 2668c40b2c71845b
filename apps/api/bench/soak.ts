import autocannon from 'autocannon';
import { residentMb } from './process-memory.js';

export interface SoakRequest {
  body: string;
}

export interface SoakReport {
  seconds: number;
  connections: number;
  requests: number;
  errors: number;
  p50: number;
  p99: number;
  /** Resident memory of the API after the first tenth of the run, at its end, and at its highest. */
  memoryMb: { afterWarmup: number; end: number; max: number };
}

/**
 * `connections` clients for `seconds`, each request drawn from `next` (different programs, so answers
 * are computed as well as kept), while the API's memory is sampled every second: no errors and memory
 * that levels off are what passing looks like.
 */
export async function soak(
  url: string,
  pid: number,
  next: () => SoakRequest,
  { seconds, connections }: { seconds: number; connections: number },
): Promise<SoakReport> {
  const samples: number[] = [];
  const sampler = setInterval(() => samples.push(residentMb(pid)), 1_000);
  try {
    const result = await autocannon({
      url: `${url}/graphql`,
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      connections,
      duration: seconds,
      requests: [{ setupRequest: (request) => ({ ...request, body: next().body }) }],
    });
    const warm = samples[Math.max(0, Math.floor(samples.length / 10) - 1)] ?? 0;
    return {
      seconds,
      connections,
      requests: result.requests.total,
      errors: result.errors + result.non2xx + result.timeouts,
      p50: result.latency.p50,
      p99: result.latency.p99,
      memoryMb: { afterWarmup: warm, end: samples.at(-1) ?? 0, max: Math.max(...samples) },
    };
  } finally {
    clearInterval(sampler);
  }
}

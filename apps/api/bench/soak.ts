import autocannon from 'autocannon';
import { residentMb } from './process-memory.js';

export interface SoakRequest {
  body: string;
}

export interface SoakReport {
  seconds: number;
  /** Seconds of the same load before the measured run. */
  warmupSeconds: number;
  connections: number;
  requests: number;
  errors: number;
  p50: number;
  p99: number;
  /**
   * Resident memory of the API (with its workers): when the run is half done, at its end, at its
   * highest, and its trend over the second half (a least-squares slope, MB a minute). Memory rises while
   * a hundred answers at a time find their level; a leak shows as a second half that keeps rising.
   */
  memoryMb: { halfway: number; end: number; max: number; secondHalfSlopePerMinute: number };
}

/** The least-squares slope of samples taken a second apart, per minute. */
function slopePerMinute(samples: readonly number[]): number {
  const n = samples.length;
  if (n < 2) return 0;
  const meanX = (n - 1) / 2;
  const meanY = samples.reduce((sum, y) => sum + y, 0) / n;
  let numerator = 0;
  let denominator = 0;
  samples.forEach((y, x) => {
    numerator += (x - meanX) * (y - meanY);
    denominator += (x - meanX) ** 2;
  });
  return Math.round((numerator / denominator) * 60 * 10) / 10;
}

/**
 * `connections` clients for `seconds`, each request drawn from `next` (different programs, so answers
 * are computed as well as kept), while the API's memory is sampled every second: no errors and memory
 * that levels off in the second half are what passing looks like.
 */
export async function soak(
  url: string,
  pid: number,
  next: () => SoakRequest,
  {
    seconds,
    connections,
    warmupSeconds,
  }: { seconds: number; connections: number; warmupSeconds: number },
): Promise<SoakReport> {
  const load = (duration: number) =>
    autocannon({
      url: `${url}/graphql`,
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      connections,
      duration,
      requests: [{ setupRequest: (request) => ({ ...request, body: next().body }) }],
    });
  // The same load first, unmeasured: each process's heap grows to what a hundred answers at a time
  // need, and that is sizing, not a leak.
  await load(warmupSeconds);
  const samples: number[] = [];
  const sampler = setInterval(() => samples.push(residentMb(pid)), 1_000);
  try {
    const result = await load(seconds);
    const secondHalf = samples.slice(Math.floor(samples.length / 2));
    return {
      seconds,
      warmupSeconds,
      connections,
      requests: result.requests.total,
      errors: result.errors + result.non2xx + result.timeouts,
      p50: result.latency.p50,
      p99: result.latency.p99,
      memoryMb: {
        halfway: secondHalf[0] ?? 0,
        end: samples.at(-1) ?? 0,
        max: Math.max(...samples),
        secondHalfSlopePerMinute: slopePerMinute(secondHalf),
      },
    };
  } finally {
    clearInterval(sampler);
  }
}

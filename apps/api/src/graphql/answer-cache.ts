import { LRUCache } from 'lru-cache';

/** An HTTP answer as it was sent: what a cache hit sends again. */
export interface CachedAnswer {
  status: number;
  /** Its ETag among them, worked out once: otherwise Express hashes the whole body at every send. */
  headers: [string, string][];
  /** Encoded once, for the same reason. */
  body: Buffer;
}

/**
 * The answers a process has sent to public queries, keyed by the data revision they were computed at
 * and the request's exact body. A key names one answer for good: when data change the revision moves, a
 * new key misses, and the old entries age out of the least-recently-used bound. So any process may keep
 * its own, and two processes never disagree with each other or with the database.
 */
export type AnswerCache = LRUCache<string, CachedAnswer>;

export function createAnswerCache(maxBytes: number): AnswerCache | null {
  if (maxBytes <= 0) return null;
  return new LRUCache<string, CachedAnswer>({
    maxSize: maxBytes,
    sizeCalculation: (answer, key) => key.length + answer.body.length + 200,
  });
}

/** The key of a request at a revision: its body, and its Accept header, which chooses the answer's
 * content type. */
export function answerKey(revision: number, accept: string | undefined, body: unknown): string {
  return `${revision}\n${accept ?? ''}\n${JSON.stringify(body)}`;
}

/** Whether a client asked for a fresh answer (`Cache-Control: no-cache` or `max-age=0`), as HTTP lets it. */
export function wantsFreshAnswer(cacheControl: string | undefined): boolean {
  return cacheControl !== undefined && /\bno-cache\b|\bmax-age=0\b/i.test(cacheControl);
}

/** Only an answer a shared cache may keep (the `public` one a successful, token-less query gets) is kept. */
export function isShareable(answer: CachedAnswer): boolean {
  return (
    answer.status === 200 &&
    answer.headers.some(([name, value]) => name === 'cache-control' && /\bpublic\b/.test(value))
  );
}

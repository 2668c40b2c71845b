import { LRUCache } from 'lru-cache';

/** An HTTP answer as it was sent: what a cache hit sends again. */
export interface CachedAnswer {
  status: number;
  /** Its ETag among them, worked out once: otherwise Express hashes the whole body at every send. */
  headers: [string, string][];
  /** Encoded once, for the same reason. */
  body: Buffer;
}

/** An answer kept, with what it was computed from. */
export interface KeptAnswer {
  answer: CachedAnswer;
  /** The data revision read before it was computed. */
  computedAt: number;
  /** The scopes of data its reads depended on (db/read-scopes.ts); null for anything at all. */
  scopes: readonly string[] | null;
}

/**
 * The answers a process has sent to public queries, keyed by the request's exact body. An answer stays
 * good while none of the data it read has changed since it was computed: one statement reads the
 * revisions of its scopes, in the database the query would read, so any process may keep its own, and
 * two processes never disagree with each other or with the database. An edit to one program leaves the
 * answers about every other program good.
 */
export type AnswerCache = LRUCache<string, KeptAnswer>;

export function createAnswerCache(maxBytes: number): AnswerCache | null {
  if (maxBytes <= 0) return null;
  return new LRUCache<string, KeptAnswer>({
    maxSize: maxBytes,
    sizeCalculation: (kept, key) =>
      key.length + kept.answer.body.length + 200 + (kept.scopes?.length ?? 0) * 16,
  });
}

/** The key of a request: its body, and its Accept header, which chooses the answer's content type. */
export function answerKey(accept: string | undefined, body: unknown): string {
  return `${accept ?? ''}\n${JSON.stringify(body)}`;
}

/**
 * Whether a kept answer is still the one the database would give: nothing it read has changed since
 * it was computed. `now` is the data revision now; `touched`, the latest revision at which any of its
 * scopes changed. An answer that may depend on anything is good only while nothing has changed.
 */
export function isCurrent(kept: KeptAnswer, { now, touched }: { now: number; touched: number }) {
  return kept.scopes === null ? now === kept.computedAt : touched <= kept.computedAt;
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

import { randomUUID } from 'node:crypto';
import { HeaderMap, type ApolloServer } from '@apollo/server';
import type { Request, RequestHandler, Response } from 'express';
import type { Logger } from 'pino';
import type { Context } from '../context.js';
import type { Database } from '../db/client.js';
import { dataRevisions } from '../db/queries/data-revision.js';
import { readScoped, type ReadScopes } from '../db/statement-counter.js';
import { acceptedRequestId } from './request-shape.js';
import {
  answerKey,
  isCurrent,
  isShareable,
  wantsFreshAnswer,
  type AnswerCache,
  type CachedAnswer,
} from './answer-cache.js';

export interface GraphQLHandlerOptions {
  /** Builds the context of a request Apollo runs. */
  context(request: Request, response: Response, requestId: string): Promise<Context>;
  /** Answers of public queries, kept while what they read is unchanged; null to compute every answer. */
  cache: AnswerCache | null;
  /** Where the revision is read: where the query would read its data. */
  readDb: Database;
  logger: Logger;
}

function send(response: Response, answer: CachedAnswer, cache: 'hit' | 'miss' | null): void {
  for (const [name, value] of answer.headers) response.setHeader(name, value);
  if (cache) response.setHeader('x-cache', cache);
  response.status(answer.status).send(answer.body);
}

/**
 * GraphQL over HTTP through Apollo. A public query (a JSON POST without a token) is first looked up by
 * its body: the answer a council member's colleagues already asked for today is sent again without
 * running the query, and one statement (reading the revisions of what it read) proves it current.
 * Requests that arrive while the same answer is being computed wait for it rather than compute it
 * again: when a page is shared before a council session, a hundred readers cost one query, not a
 * hundred at once that would exhaust the pool.
 */
export function graphqlHandler(
  apollo: ApolloServer<Context>,
  { context, cache, readDb, logger }: GraphQLHandlerOptions,
): RequestHandler {
  /** Answers being computed now, by key; each settles with the answer once kept, or with nothing. */
  const computing = new Map<string, Promise<CachedAnswer | undefined>>();
  return async (req, res) => {
    const started = performance.now();
    const requestId = acceptedRequestId(req.get('x-request-id')) ?? randomUUID();
    res.setHeader('x-request-id', requestId);

    const sendKept = (answer: CachedAnswer) => {
      send(res, answer, 'hit');
      logger.info(
        {
          requestId,
          operationName: (req.body as { operationName?: unknown }).operationName ?? null,
          ms: Math.round((performance.now() - started) * 10) / 10,
          statements: (res.locals.statements as () => number)(),
          status: answer.status,
          cache: 'hit',
        },
        'graphql request',
      );
    };

    /** The request's key in the cache, once it is looked up there. */
    let asked: string | null = null;
    /** The computation it may share, at the revision it would be computed at. */
    let key: string | null = null;
    let computedAt = 0;
    let settle: ((answer: CachedAnswer | undefined) => void) | undefined;
    if (cache && req.method === 'POST' && req.is('application/json') && !req.get('authorization')) {
      asked = answerKey(req.get('accept'), req.body);
      const fresh = wantsFreshAnswer(req.get('cache-control'));
      const keptAnswer = fresh ? undefined : cache.get(asked);
      // If the revisions cannot be read, the query runs and reports the database's failure itself.
      const revisions = await readScoped(
        () => dataRevisions(readDb, keptAnswer?.scopes ?? []),
        () => [],
      ).catch(() => null);
      if (revisions) {
        if (keptAnswer && isCurrent(keptAnswer, revisions)) return sendKept(keptAnswer.answer);
        computedAt = revisions.now;
        // Requests at the same revision share one computation; one arriving after a write does not
        // take an answer computed before it.
        key = `${computedAt}\n${asked}`;
      }
      // Each pass looks and, finding nothing, claims the computation in one synchronous step, so two
      // requests cannot both find nothing and both compute.
      while (key !== null) {
        const pending = computing.get(key);
        if (!pending) {
          computing.set(key, new Promise((resolve) => (settle = resolve)));
          break;
        }
        // A fresh answer is computed beside the one under way.
        if (fresh) break;
        const shared = await pending;
        if (shared) return sendKept(shared);
        // The one computing got no answer to keep (its client left, the database was busy): look again,
        // and one of those waiting computes it.
      }
    }

    try {
      const headers = new HeaderMap();
      for (const [name, value] of Object.entries(req.headers)) {
        if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
      }
      const answer = await apollo.executeHTTPGraphQLRequest({
        httpGraphQLRequest: {
          method: req.method.toUpperCase(),
          headers,
          search: new URL(req.originalUrl, 'http://localhost').search,
          body: req.body,
        },
        context: () => context(req, res, requestId),
      });
      if (answer.body.kind === 'complete') {
        const body = Buffer.from(answer.body.string);
        // The application's own ETag function, as Express would apply it to this body at each send.
        const etag = (req.app.get('etag fn') as ((body: Buffer) => string) | undefined)?.(body);
        const complete: CachedAnswer = {
          status: answer.status ?? 200,
          headers: [...answer.headers, ...(etag ? [['etag', etag] as [string, string]] : [])],
          body,
        };
        const keepable = key !== null && isShareable(complete);
        if (keepable) {
          const scopes = (res.locals.scopes as ReadScopes)();
          cache!.set(asked!, { answer: complete, computedAt, scopes });
        }
        settle?.(keepable ? complete : undefined);
        send(res, complete, keepable ? 'miss' : null);
        return;
      }
      for (const [name, value] of answer.headers) res.setHeader(name, value);
      res.status(answer.status ?? 200);
      for await (const chunk of answer.body.asyncIterator) res.write(chunk);
      res.end();
    } finally {
      // Those waiting on an answer that was not kept (an error, a failure) look again, above.
      if (settle) {
        settle(undefined);
        computing.delete(key!);
      }
    }
  };
}

import type { ApolloServerPlugin } from '@apollo/server';
import type { ErrorRequestHandler, RequestHandler, Response } from 'express';
import { GraphQLError } from 'graphql';
import type { Logger } from 'pino';

/** How deep a request body may nest: an operation's variables are a few levels at most. */
export const MAX_BODY_DEPTH = 32;

/** A client's mistake in the request itself, answered as GraphQL over HTTP answers: JSON with a code. */
export function refuseRequest(
  response: Response,
  status: number,
  code: string,
  message: string,
): void {
  response.status(status).json({ errors: [{ message, extensions: { code } }] });
}

/** The depth of a parsed JSON value, walked without recursion so no body can overflow the stack. */
export function depthOf(value: unknown, limit: number): number {
  let deepest = 0;
  const stack: [unknown, number][] = [[value, 1]];
  while (stack.length > 0) {
    const [item, depth] = stack.pop()!;
    if (item === null || typeof item !== 'object') continue;
    deepest = Math.max(deepest, depth);
    if (deepest > limit) return deepest;
    for (const child of Object.values(item)) stack.push([child, depth + 1]);
  }
  return deepest;
}

/**
 * A POST body must be one JSON object (GraphQL over HTTP), nested no deeper than variables need.
 * Anything else is refused here, with its reason, before Apollo or the answer cache read it.
 */
export const requestShape: RequestHandler = (req, res, next) => {
  if (req.method !== 'POST' || !req.is('application/json')) return next();
  const body: unknown = req.body;
  if (body === null || typeof body !== 'object' || Array.isArray(body))
    return refuseRequest(res, 400, 'BAD_REQUEST', 'the body must be a JSON object');
  if (depthOf(body, MAX_BODY_DEPTH) > MAX_BODY_DEPTH)
    return refuseRequest(
      res,
      400,
      'BAD_REQUEST',
      `the body nests deeper than ${MAX_BODY_DEPTH} levels; variables never need as many`,
    );
  next();
};

/**
 * Errors Express meets before GraphQL runs (a body that is not JSON, one too large) answered in JSON
 * with the reason; anything else logged as a JSON line and answered 500 without its details.
 */
export function requestErrors(logger: Logger): ErrorRequestHandler {
  return (error: { type?: string; status?: number; message?: string }, req, res, next) => {
    if (res.headersSent) return next(error);
    if (error.type === 'entity.parse.failed')
      return refuseRequest(res, 400, 'BAD_REQUEST', 'the body is not valid JSON');
    if (error.type === 'entity.too.large')
      return refuseRequest(res, 413, 'PAYLOAD_TOO_LARGE', 'the body is larger than 100 KB');
    if (error.type === 'encoding.unsupported' || error.type === 'charset.unsupported')
      return refuseRequest(res, 415, 'UNSUPPORTED_MEDIA_TYPE', 'the body must be UTF-8 JSON');
    if (typeof error.status === 'number' && error.status >= 400 && error.status < 500)
      return refuseRequest(res, error.status, 'BAD_REQUEST', 'the request could not be read');
    logger.error({ err: error, path: req.path }, 'request failed before GraphQL');
    return refuseRequest(res, 500, 'INTERNAL_SERVER_ERROR', 'Internal server error');
  };
}

/** This API serves queries and mutations; a subscription is a client's mistake, not a failure. */
export const noSubscriptions: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async didResolveOperation({ operation }) {
        if (operation?.operation === 'subscription')
          throw new GraphQLError('this API serves queries and mutations, not subscriptions', {
            extensions: { code: 'BAD_REQUEST', http: { status: 400 } },
          });
      },
    };
  },
};

/** A request id a client may set: short and plain, so it is safe in logs and headers. */
export function acceptedRequestId(value: string | undefined): string | null {
  return value && /^[A-Za-z0-9._:-]{1,64}$/.test(value) ? value : null;
}

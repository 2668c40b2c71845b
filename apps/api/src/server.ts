import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { typeDefs } from '@muni/schema';
import express, { type Express } from 'express';
import { defaultFieldResolver, type GraphQLFormattedError } from 'graphql';
import type { Logger } from 'pino';
import { createContext, type Context } from './context.js';
import type { DatabaseHandle } from './db/client.js';
import { isClientGone, withStatementCount } from './db/statement-counter.js';
import {
  DATABASE_FAILURE_MESSAGES,
  databaseFailure,
  databaseFailureStatus,
} from './graphql/database-errors.js';
import { cacheHeaders } from './graphql/cache-headers.js';
import { armorProtection, LIMITS } from './graphql/limits.js';
import { createAnswerCache } from './graphql/answer-cache.js';
import { graphqlHandler } from './graphql/http-handler.js';
import { answerSizeLimit } from './graphql/answer-size.js';
import { textInputCheck } from './graphql/text-input.js';
import { mutationsReadThePrimary } from './graphql/read-routing.js';
import { recordPartsFromOperation } from './graphql/record-parts.js';
import { CLIENT_ERROR_CODES, requestLog } from './graphql/request-log.js';
import { noSubscriptions, requestErrors, requestShape } from './graphql/request-shape.js';
import { resolvers } from './resolvers/index.js';
import { operationDeadline } from './graphql/operation-deadline.js';
import { timeSliced, timeSlicedResolvers } from './graphql/time-slice.js';
import { bearerToken, hashToken } from './auth/caller.js';
import { readAccess } from './auth/read-access.js';
import { tokenHolder } from './db/queries/tokens.js';

export interface AppOptions {
  database: DatabaseHandle;
  logger: Logger;
  production: boolean;
  /** Seconds a shared cache (a CDN) may keep a query's answer. */
  cacheMaxAge?: number;
  /** Queries need a token too (any role); by default only mutations do. */
  readRequiresToken?: boolean;
  /** Bytes of public answers a process may keep by data revision (see graphql/answer-cache.ts); 0 keeps none. */
  answerCacheBytes?: number;
  /** How expensive operations are admitted and bounded (graphql/answer-size.ts, operation-deadline.ts):
   * the defaults, unless a test needs a crowd or a deadline it can reach. */
  expensiveOperations?: { slots?: number; waiting?: number; operationMs?: number };
}

export function createApolloServer({
  logger,
  production,
  cacheMaxAge = 60,
  readRequiresToken = false,
  expensiveOperations = {},
}: Omit<AppOptions, 'database'>): ApolloServer<Context> {
  const armor = armorProtection(production);
  return new ApolloServer<Context>({
    typeDefs,
    resolvers: timeSlicedResolvers(resolvers),
    fieldResolver: timeSliced(defaultFieldResolver),
    logger,
    introspection: true,
    includeStacktraceInErrorResponses: !production,
    // Explicit, though it is Apollo's default: a browser may not send a query across sites unseen.
    csrfPrevention: true,
    validationRules: armor.validationRules,
    parseOptions: { maxTokens: LIMITS.maxTokens },
    plugins: [
      // graphql-armor's plugin types are written against an older Apollo; the hooks they use are the same.
      ...(armor.plugins as unknown as ApolloServerPlugin<Context>[]),
      // Apollo installs its own per-field cache-control plugin unless told not to; ours replaces it.
      ApolloServerPluginCacheControlDisabled(),
      // Apollo's production landing page loads a script from its CDN and names its version.
      ...(production ? [ApolloServerPluginLandingPageDisabled()] : []),
      noSubscriptions as ApolloServerPlugin<Context>,
      cacheHeaders(cacheMaxAge),
      // Before requestLog, so the line it logs has the status the client is sent.
      operationDeadline(expensiveOperations.operationMs) as ApolloServerPlugin<Context>,
      requestLog,
      mutationsReadThePrimary,
      recordPartsFromOperation,
      databaseFailureStatus as ApolloServerPlugin<Context>,
      textInputCheck as ApolloServerPlugin<Context>,
      answerSizeLimit(typeDefs, expensiveOperations) as ApolloServerPlugin<Context>,
      readAccess(readRequiresToken),
    ],
    // Internal errors are logged with the request id by requestLog; the client sees only a mask.
    formatError: (formatted: GraphQLFormattedError, error: unknown) => {
      // Also when context creation (reading the caller's token) was refused, which Apollo wraps.
      if (isClientGone(error))
        return {
          message: 'The client closed the connection before the answer was complete',
          path: formatted.path,
          extensions: { code: 'CLIENT_CLOSED_REQUEST' },
        };
      const failure = databaseFailure(unwrapResolverError(error));
      if (failure)
        return {
          message: DATABASE_FAILURE_MESSAGES[failure],
          path: formatted.path,
          extensions: { code: failure },
        };
      const code = formatted.extensions?.code;
      if (!production) return formatted;
      // Suggestions map the schema for a stranger: graphql-js makes them for enum values too.
      if (typeof code === 'string' && CLIENT_ERROR_CODES.has(code))
        return { ...formatted, message: formatted.message.replace(/\s*Did you mean [^?]*\?$/, '') };
      return {
        message: 'Internal server error',
        path: formatted.path,
        extensions: { code: 'INTERNAL_SERVER_ERROR' },
      };
    },
  });
}

/** The HTTP application: GraphQL at /graphql, liveness at /healthz, readiness at /readyz. */
export async function createApp(
  options: AppOptions,
): Promise<{ app: Express; apollo: ApolloServer<Context> }> {
  const { database, logger } = options;
  const apollo = createApolloServer(options);
  await apollo.start();

  const app = express();
  app.disable('x-powered-by');
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    const ready = await database.ping();
    res.status(ready ? 200 : 503).json({ status: ready ? 'ready' : 'database unreachable' });
  });
  const graphql = graphqlHandler(apollo, {
    cache: createAnswerCache(options.answerCacheBytes ?? 64 * 2 ** 20),
    readDb: database.readDb,
    logger,
    context: async (req, res, requestId) => {
      const token = bearerToken(req.get('authorization'));
      const caller = token ? await tokenHolder(database.db, hashToken(token)) : null;
      return createContext(database.db, requestId, logger, res.locals.statements as () => number, {
        caller,
        invalidToken: token !== null && caller === null,
        readDb: database.readDb,
      });
    },
  });
  app.use(
    '/graphql',
    // Any JSON value is read, so a body that is JSON but not an object is told so, not called unreadable.
    express.json({ limit: '100kb', strict: false }),
    requestShape,
    // After the body is read: the count must follow the request's own async work, not the socket's.
    (req, res, next) =>
      withStatementCount((statements, clientGone, scopes) => {
        res.locals.statements = statements;
        res.locals.scopes = scopes;
        res.once('close', () => {
          if (!res.writableFinished) clientGone();
        });
        return graphql(req, res, next);
      }),
  );
  app.use(requestErrors(logger));
  return { app, apollo };
}

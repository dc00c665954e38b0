/**
 * The GraphQL endpoint: yoga with the schema generated from the ontology, its plugins (one per
 * file in plugins/, listed below in the order they run), and in front of it only what yoga
 * cannot do: a request id, the body limit that depends on the caller's token (body.ts), and
 * admission (admission.ts), which refuses at once what the server cannot answer in time, before
 * any GraphQL work is spent on it.
 */
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { Readable } from 'node:stream';
import { createSchema, createYoga } from 'graphql-yoga';
import type { Config } from '../config.ts';
import type { Db } from '../db/driver.ts';
import { GraphVersions } from '../db/graph-version.ts';
import { QueryCancelledError } from '../db/driver.ts';
import { createContext, sameSite, type ApiContext, type ServerContext } from './context.ts';
import { sessionSecret } from '../accounts/sessions.ts';
import { SignInLimiter } from '../accounts/sign-in-limit.ts';
import { EXAMPLE_QUERIES } from './examples.ts';
import { Admission, ServerBusyError } from './admission.ts';
import { readBody } from './body.ts';
import { maskError } from './errors.ts';
import { buildResolvers } from './resolvers.ts';
import { tokenForSecret } from './tokens.ts';
import { generateSdl } from './schema.ts';
import { useCompiledExecution } from './plugins/compiled-execution.ts';
import { useCsrf } from './plugins/csrf.ts';
import { useIntrospection } from './plugins/introspection.ts';
import { useLimits } from './plugins/limits.ts';
import { usePersistedQueries } from './plugins/persisted-operations.ts';
import { useRequestIdOnErrors } from './plugins/request-id-on-errors.ts';
import { useRequestReport } from './plugins/request-report.ts';
import { useResponseCache, type KnownAnswer } from './plugins/response-cache.ts';
import { useSessionCookies } from './plugins/session-cookies.ts';
import { useWarnings } from './plugins/warnings.ts';

export interface ApiDeps {
  db: Db;
  config: Config;
}

export type GraphQLHandler = ((req: IncomingMessage, res: ServerResponse) => Promise<void>) & {
  /** Who runs and who waits (see Admission). */
  admission: Admission;
  /** Answers kept by the response cache. */
  cache: { clear(): void; readonly size: number };
};

const REQUEST_ID = /^[A-Za-z0-9._-]{8,64}$/;

export function createSchemaWithResolvers() {
  return createSchema<Record<string, unknown>>({ typeDefs: generateSdl(), resolvers: buildResolvers() as never });
}

/**
 * The caller's role for the response cache's key: a valid token's, 'session' for a browser that
 * signed in (answers that depend on who it is are never kept), or 'anonymous'.
 */
async function roleOf(db: Db, server: ServerContext): Promise<string> {
  if (!server.authorization && server.session) return 'session';
  const secret = server.authorization ? /^Bearer\s+(\S+)\s*$/i.exec(server.authorization)?.[1] : undefined;
  if (!secret) return 'anonymous';
  return (await tokenForSecret(db, secret))?.role ?? 'anonymous';
}

export function createGraphQL({ db, config }: ApiDeps): GraphQLHandler {
  const limiter = new SignInLimiter(db, config.signInLimits);
  const admission = new Admission({
    maxActive: config.maxActiveRequests,
    maxQueued: config.maxQueuedRequests,
    maxWaitMs: config.maxQueueWaitMs,
    retryAfterSeconds: config.retryAfterSeconds,
  });
  const versions = new GraphVersions(db);
  const cache = useResponseCache({ roleOf: (server) => roleOf(db, server) });
  const yoga = createYoga<Record<string, unknown>>({
    graphqlEndpoint: '/graphql',
    schema: createSchemaWithResolvers(),
    graphiql: config.graphiql ? { defaultQuery: EXAMPLE_QUERIES, title: 'New Towns knowledge graph' } : false,
    // GraphiQL from our own dependencies, inlined in the page: yoga's default loads it from a CDN,
    // which leaves a blank page on a network without that CDN (a town hall's, a train's). The
    // module is 9 MB of inlined script: loaded at the first GraphiQL page, not at start-up.
    renderGraphiQL: async (options) => (await import('@graphql-yoga/render-graphiql')).renderGraphiQL(options),
    landingPage: false,
    // Only the configured origins may call from another site's pages (yoga would reflect any Origin).
    cors: (request) => {
      const origin = request.headers.get('origin');
      if (!origin || !config.corsOrigins.includes(origin)) return false;
      return {
        origin,
        credentials: true,
        methods: ['GET', 'POST'],
        allowedHeaders: ['content-type', 'authorization', 'x-graphql-yoga-csrf', 'x-request-id', 'if-none-match'],
        exposedHeaders: ['x-request-id', 'retry-after', 'etag'],
        maxAge: 600,
      };
    },
    // body.ts enforces the one body limit, which depends on the token.
    maxRequestBodySize: false,
    // maskError logs unexpected errors itself, with the request id; client errors are not logged.
    logging: { debug: () => {}, info: () => {}, warn: (...args: unknown[]) => console.warn('[graphql]', ...args), error: () => {} },
    maskedErrors: { maskError: (error) => maskError(error, config.retryAfterSeconds) },
    context: (initial): ApiContext => createContext(db, config, initial as unknown as ServerContext, limiter),
    plugins: [
      useRequestReport({ slowRequestMs: config.slowRequestMs }),
      useCsrf(),
      ...usePersistedQueries(),
      useIntrospection(config.introspection),
      useLimits({ introspection: config.introspection }),
      ...useCompiledExecution(),
      useRequestIdOnErrors(),
      useWarnings(),
      useSessionCookies(),
      // Last: it keeps the answer as the plugins before it left it.
      ...(config.responseCache ? [cache] : []),
    ],
  });

  const closed = (res: ServerResponse) => new Promise<void>((resolve) => (res.closed ? resolve() : res.once('close', () => resolve())));

  const handler = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const startedAt = performance.now();
    const given = req.headers['x-request-id'];
    const requestId = typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
    const refusal = admission.refusal();
    // Refused before anything else is spent on it: not its body (node reads and drops that after
    // the answer), not a version read, not a parse.
    if (refusal) return void refuse(req, res, requestId, refusal);
    const graphVersion = config.responseCache && (req.method === 'GET' || req.method === 'POST') ? versions.confirm(versions.arrival()) : undefined;
    // Awaited by the response cache only if the request gets that far.
    graphVersion?.catch(() => {});
    const authorization = typeof req.headers.authorization === 'string' ? req.headers.authorization : null;
    const https = (req.socket as { encrypted?: boolean }).encrypted === true || config.secureCookies || header(req, 'x-forwarded-proto')?.split(',')[0]?.trim() === 'https';
    let body: Buffer | undefined;
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      body = await readBody(req, db, config, authorization, () => tooLarge(req, res, requestId, config.maxBodyBytes)).catch(() => undefined);
      // Answered (413), or the client went away while sending it: no one to answer.
      if (body === undefined) return;
    }
    const session = sessionSecret(req.headers.cookie);
    const raw = graphVersion && body?.length ? rawRequest(req, body, authorization, session, config.corsOrigins) : undefined;
    // A client that hangs up before its answer cancels the request: it leaves the queue, its
    // reads stop in Neo4j and an import rolls back (see Db.cancelledBy, importDataset).
    const cancel = new AbortController();
    res.once('close', () => {
      if (!res.writableFinished) cancel.abort();
    });
    let leave: () => void;
    try {
      leave = await admission.enter(cancel.signal);
    } catch (error) {
      if (error instanceof ServerBusyError) refuse(req, res, requestId, error);
      else if (!(error instanceof QueryCancelledError)) throw error;
      return;
    }
    try {
      if (raw !== undefined) {
        // Asked before and the graph has not changed since: the answer kept goes out now.
        const known = await cache.answerKnown({ text: raw, graphVersion: graphVersion!, ifNoneMatch: header(req, 'if-none-match'), acceptEncoding: header(req, 'accept-encoding') });
        if (known) return void sendKnown(res, requestId, startedAt, known);
      }
      // Read already: yoga takes the body from here instead of the stream. As a stream, not the
      // Buffer itself: @whatwg-node looks at `Object.keys(body)`, which for a Buffer is one key
      // per byte (a 26 MB dataset spent 18 s making and collecting them).
      if (body?.length) (req as { body?: Readable }).body = Readable.from([body], { objectMode: false });
      const server: ServerContext = {
        requestId,
        counter: { queries: 0, spans: [] },
        authorization,
        signal: cancel.signal,
        startedAt,
        body,
        graphVersion,
        session,
        raw,
        sameSite: sameSite(
          { origin: header(req, 'origin'), host: header(req, 'host'), forwardedHost: header(req, 'x-forwarded-host'), fetchSite: header(req, 'sec-fetch-site') },
          https,
          config.corsOrigins,
        ),
        https,
        address: req.socket.remoteAddress ?? 'unknown',
      };
      // yoga as Node listener, with our fields in its server context (it adds req and res).
      const answered = (yoga.requestListener as unknown as (req: IncomingMessage, res: ServerResponse, server: ServerContext) => Promise<void>)(req, res, server);
      // A client that hung up before its answer was written: the answer's end waits for a 'finish'
      // that never comes, and the request would hold its place for good (under load, the places
      // ran out and every request after was refused). Its reads were cancelled at the close; the
      // place is free then too.
      await Promise.race([answered, closed(res)]);
    } finally {
      leave();
    }
  };

  /**
   * SERVER_BUSY, at once, except to a connection that was refused before and asks again sooner
   * than its Retry-After said: its refusal of a full queue is held back NEWTOWNS_REFUSAL_DELAY_MS
   * (a tarpit). A client that never backs off otherwise asks again as fast as refusals come:
   * under overload, 128 such clients made the server send 55,000 refusals in 8 s, which took the
   * CPU its answers needed. A client that honours Retry-After is never held back.
   */
  const refusedAt = new WeakMap<object, number>();
  const refuse = (req: IncomingMessage, res: ServerResponse, requestId: string, error: ServerBusyError) => {
    const now = performance.now();
    const last = refusedAt.get(req.socket);
    refusedAt.set(req.socket, now);
    const impatient = last !== undefined && now - last < error.retryAfterSeconds * 1000;
    if (impatient && error.reason === 'queue full' && config.refusalDelayMs > 0) setTimeout(() => busy(res, requestId, error), config.refusalDelayMs);
    else busy(res, requestId, error);
  };

  return Object.assign(handler, { admission, cache });
}

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return typeof value === 'string' ? value : undefined;
}

/** The longest body remembered as a raw request (the cache remembers up to a thousand). */
const MAX_RAW_BYTES = 16 * 1024;

/**
 * The request as the response cache knows it (RawRequest.text), when the bytes it sent, its
 * Content-Type and its Accept header are all its answer depends on: a JSON POST without a token or
 * session cookie (the anonymous role) and without an Origin that gets CORS headers.
 */
function rawRequest(req: IncomingMessage, body: Buffer, authorization: string | null, session: string | null, corsOrigins: readonly string[]): string | undefined {
  const type = header(req, 'content-type');
  if (req.method !== 'POST' || body.length > MAX_RAW_BYTES || authorization !== null || session || !type?.startsWith('application/json')) return undefined;
  const origin = header(req, 'origin');
  if (origin !== undefined && corsOrigins.includes(origin)) return undefined;
  return `${type}\n${header(req, 'accept') ?? ''}\n${body.toString('utf8')}`;
}

/** An answer the response cache had ready (see ResponseCache.answerKnown), with what useRequestReport would add. */
function sendKnown(res: ServerResponse, requestId: string, startedAt: number, known: KnownAnswer): void {
  if (res.destroyed) return;
  res.writeHead(known.status, {
    ...known.headers,
    ...(known.body === undefined ? {} : { 'content-length': String(Buffer.byteLength(known.body)) }),
    'x-request-id': requestId,
    'x-neo4j-queries': '0',
    'x-content-type-options': 'nosniff',
    'server-timing': `neo4j;dur=0.00;desc="0 queries", total;dur=${(performance.now() - startedAt).toFixed(2)}`,
  });
  res.end(known.body);
}

function send(res: ServerResponse, status: number, requestId: string, body: unknown, extra: Record<string, string> = {}): void {
  const payload = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': String(Buffer.byteLength(payload)),
    'x-request-id': requestId,
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    ...extra,
  });
  res.end(payload);
}

/** SERVER_BUSY, at once: nothing of the request was parsed or run. */
function busy(res: ServerResponse, requestId: string, error: ServerBusyError): void {
  if (res.destroyed) return;
  send(res, 503, requestId, { errors: [{ message: error.message, extensions: { code: 'SERVER_BUSY', requestId } }] }, { 'retry-after': String(error.retryAfterSeconds) });
}

function tooLarge(req: IncomingMessage, res: ServerResponse, requestId: string, limit: number): void {
  send(
    res,
    413,
    requestId,
    { errors: [{ message: `The request body is larger than ${limit} bytes; send a smaller request.`, extensions: { code: 'PAYLOAD_TOO_LARGE', requestId } }] },
    { connection: 'close' },
  );
  // Stop reading the rest; the connection closes after the answer.
  req.unpipe();
  req.resume();
}

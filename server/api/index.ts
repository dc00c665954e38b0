/**
 * The GraphQL endpoint: yoga with the schema generated from the ontology, behind a small Node
 * handler that gives every request an id (response header x-request-id, error extensions, logs),
 * enforces the body size limit (also for streamed bodies without content-length) and reports the
 * number of Neo4j queries the request cost and the time they took (x-neo4j-queries, Server-Timing).
 */
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createSchema, createYoga } from 'graphql-yoga';
import type { Config } from '../config.ts';
import type { Db } from '../db/driver.ts';
import { busyMs, createContext, type ApiContext, type ServerContext } from './context.ts';
import { EXAMPLE_QUERIES } from './examples.ts';
import { useCompiledExecution } from './compiled-execution.ts';
import { maskError, useAdmission, useCsrf, useIntrospection, useLimits, useRequestIdOnErrors, useWarnings } from './plugins.ts';
import { Admission } from './admission.ts';
import { buildResolvers } from './resolvers.ts';
import { roleAllows, tokenForSecret } from './tokens.ts';
import { generateSdl } from './schema.ts';

export interface ApiDeps {
  db: Db;
  config: Config;
}

export type GraphQLHandler = ((req: IncomingMessage, res: ServerResponse) => Promise<void>) & {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  yoga: { fetch: (input: string, init: RequestInit, context: ServerContext) => Promise<Response> | Response };
  /** Who runs and who waits (see Admission). */
  admission: Admission;
};

const REQUEST_ID = /^[A-Za-z0-9._-]{8,64}$/;

/**
 * How large a body may be: config.maxBodyBytes, or, for a valid partner (or admin) token, enough
 * for a dataset of config.maxImportBytes (importDataset). The token is only looked up when a body
 * grows past the normal limit, so a made-up Authorization header buys nothing.
 */
async function allowedBodyBytes(db: Db, config: Config, authorization: string | null): Promise<number> {
  const secret = authorization ? /^Bearer\s+(\S+)\s*$/i.exec(authorization)?.[1] : undefined;
  if (secret) {
    const token = await tokenForSecret(db, secret).catch(() => null);
    if (token && roleAllows(token.role, 'partner')) return Math.max(config.maxBodyBytes, config.maxImportBytes + 64 * 1024);
  }
  return config.maxBodyBytes;
}

export function createSchemaWithResolvers() {
  return createSchema<Record<string, unknown>>({ typeDefs: generateSdl(), resolvers: buildResolvers() as never });
}

export function createGraphQL({ db, config }: ApiDeps): GraphQLHandler {
  const admission = new Admission({ maxActive: config.maxActiveRequests, maxQueued: config.maxQueuedRequests, maxWaitMs: config.maxQueueWaitMs });
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
        allowedHeaders: ['content-type', 'authorization', 'x-graphql-yoga-csrf', 'x-request-id'],
        exposedHeaders: ['x-request-id', 'retry-after'],
        maxAge: 600,
      };
    },
    // The handler below enforces the one body limit, which depends on the token. Yoga's own (25 MB
    // by default) refused imports a partner is allowed, and piped every body through a stream.
    maxRequestBodySize: false,
    // maskError logs unexpected errors itself, with the request id; client errors are not logged.
    logging: { debug: () => {}, info: () => {}, warn: (...args: unknown[]) => console.warn('[graphql]', ...args), error: () => {} },
    maskedErrors: { maskError: (error) => maskError(error) },
    context: (initial): ApiContext => createContext(db, config, initial as unknown as ServerContext),
    plugins: [
      useCsrf(),
      useIntrospection(config.introspection),
      useLimits({ introspection: config.introspection }),
      useCompiledExecution(),
      useAdmission(admission),
      useRequestIdOnErrors(),
      useWarnings(),
    ],
  });

  const handler = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const given = req.headers['x-request-id'];
    const requestId = typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
    try {
      await handle(req, res, requestId);
    } catch (error) {
      // The client went away (while sending its body, say): there is no one to answer.
      if (res.destroyed) return;
      console.error(`[graphql] request ${requestId}: ${(error as Error)?.stack ?? String(error)}`);
      if (!res.headersSent) send(res, 500, requestId, { errors: [{ message: 'Unexpected error.', extensions: { code: 'INTERNAL_SERVER_ERROR', requestId } }] });
      else res.destroy();
    }
  };

  async function handle(req: IncomingMessage, res: ServerResponse, requestId: string): Promise<void> {
    // A client that hangs up before its answer cancels the request: its reads stop in Neo4j and
    // an import rolls back (see Db.cancelledBy, importDataset).
    const cancel = new AbortController();
    res.once('close', () => {
      if (!res.writableFinished) cancel.abort();
    });
    const authorization = typeof req.headers.authorization === 'string' ? req.headers.authorization : null;
    let limit = config.maxBodyBytes;
    let raised = false;
    const raise = async () => {
      raised = true;
      limit = await allowedBodyBytes(db, config, authorization);
    };
    let body: Buffer<ArrayBuffer> | undefined;
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      const declared = Number(req.headers['content-length'] ?? NaN);
      if (declared > limit && authorization) await raise();
      if (declared > limit) return tooLarge(req, res, requestId, config.maxBodyBytes);
      const chunks: Buffer[] = [];
      let size = 0;
      for await (const chunk of req as AsyncIterable<Buffer>) {
        size += chunk.length;
        if (size > limit && authorization && !raised) await raise();
        if (size > limit) return tooLarge(req, res, requestId, config.maxBodyBytes);
        chunks.push(chunk);
      }
      body = Buffer.concat(chunks);
    }
    // A plain record: yoga's fetch implementation wraps it lazily, where a Headers object is copied.
    const headers: Record<string, string> = {};
    for (const [k, v] of Object.entries(req.headers)) {
      if (v !== undefined) headers[k] = Array.isArray(v) ? v.join(', ') : v;
    }
    const counter: ServerContext['counter'] = { queries: 0, spans: [] };
    const started = performance.now();
    const response = await (yoga as unknown as GraphQLHandler['yoga']).fetch(
      `http://${req.headers.host ?? 'localhost'}${req.url ?? '/graphql'}`,
      { method: req.method, headers, body: body && body.length > 0 ? body : undefined },
      { requestId, counter, authorization, signal: cancel.signal } satisfies ServerContext,
    );
    const out: Record<string, string> = {};
    response.headers.forEach((value, key) => {
      out[key] = value;
    });
    out['x-request-id'] = requestId;
    out['x-neo4j-queries'] = String(counter.queries);
    // Where the time went, for browser devtools and the bench (W3C Server-Timing).
    const compile = counter.compileMs === undefined ? '' : `, compile;dur=${counter.compileMs.toFixed(2)}`;
    const totalMs = performance.now() - started;
    const neo4jMs = busyMs(counter.spans ?? []);
    out['server-timing'] = `neo4j;dur=${neo4jMs.toFixed(2)};desc="${counter.queries} queries"${compile}, total;dur=${totalMs.toFixed(2)}`;
    if (totalMs >= config.slowRequestMs) {
      console.warn(
        `[graphql] slow request ${requestId}: ${Math.round(totalMs)} ms, ${Math.round(neo4jMs)} ms of it in Neo4j (${counter.queries} ${counter.queries === 1 ? 'query' : 'queries'}${counter.compileMs === undefined ? '' : `, compiled in ${Math.round(counter.compileMs)} ms`}); ` +
          `HTTP ${response.status}; ${operationOf(req, body)}`,
      );
    }
    out['x-content-type-options'] = 'nosniff';
    out['cache-control'] ??= 'no-store';
    delete out['content-length'];
    const payload = Buffer.from(await response.arrayBuffer());
    if (res.destroyed) return;
    res.writeHead(response.status, { ...out, 'content-length': String(payload.length) });
    res.end(req.method === 'HEAD' ? undefined : payload);
  }

  return Object.assign(handler, { yoga: yoga as unknown as GraphQLHandler['yoga'], admission });
}

const GRAPHQL_NAME = /^[_A-Za-z]\w{0,99}$/;

/**
 * What a logged request asked: its operation name, else the start of its query on one line.
 * Never its variables, which can hold what a person typed; nothing that could forge a log line.
 */
function operationOf(req: IncomingMessage, body: Buffer | undefined): string {
  let params: { query?: unknown; operationName?: unknown } | null;
  try {
    params = body?.length ? JSON.parse(body.toString('utf8')) : Object.fromEntries(new URL(req.url ?? '/', 'http://localhost').searchParams);
  } catch {
    return 'a body that is not JSON';
  }
  if (!params || typeof params !== 'object' || Array.isArray(params)) return 'no single query';
  const query = typeof params.query === 'string' ? params.query : '';
  const given = typeof params.operationName === 'string' && params.operationName ? params.operationName : undefined;
  if (given !== undefined && !GRAPHQL_NAME.test(given)) return 'an operation name that is not a GraphQL name';
  const name = given ?? /^\s*(?:query|mutation)\s+([_A-Za-z]\w{0,99})/.exec(query)?.[1];
  if (name) return `operation ${name}`;
  if (!query) return 'no query';
  const text = query.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ').replace(/\s+/g, ' ').trim();
  return `query ${text.length > 200 ? `${text.slice(0, 200)}...` : text}`;
}

function send(res: ServerResponse, status: number, requestId: string, body: unknown, extra: Record<string, string> = {}): void {
  const payload = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': String(Buffer.byteLength(payload)),
    'x-request-id': requestId,
    'cache-control': 'no-store',
    ...extra,
  });
  res.end(payload);
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

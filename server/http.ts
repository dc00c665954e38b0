/**
 * The HTTP server: GraphQL at /graphql, health at /healthz, the explorer (built by Vite into
 * dist/web) at /. Stateless: any number of these can run behind a load balancer.
 */
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import compression from 'compression';
import { PROJECT_ROOT, type Config } from './config.ts';
import type { Db } from './db/driver.ts';
import { createGraphQL } from './api/index.ts';
import type { Admission } from './api/admission.ts';
import { docPage } from './docs/serve.ts';
import { sessionSecret } from './accounts/sessions.ts';

export const WEB_ROOT = path.resolve(PROJECT_ROOT, process.env.NEWTOWNS_WEB_DIST ?? 'dist/web');

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

const SECURITY_HEADERS = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
};

export interface Health {
  status: 'ok' | 'unavailable';
  neo4j: { version: string; edition: string } | { error: string };
  /** GraphQL operations running now, waiting for their turn, and how many may run at once now (see server/api/admission.ts). */
  requests: { active: number; queued: number };
}

/**
 * The server's health as its Neo4j prober last found it (see Availability): answered at once,
 * never behind GraphQL work or a busy connection pool.
 */
export function health(db: Db, admission: Admission): Health {
  const requests = admission.load;
  const h = db.availability.health;
  if (h.state === 'up') return { status: 'ok', neo4j: { version: h.neo4j.version, edition: h.neo4j.edition }, requests };
  const error =
    h.state === 'down'
      ? `Neo4j does not answer (since ${new Date(h.since).toISOString()}); the server keeps asking and recovers by itself when it does. Check that Neo4j runs (newtowns db status).`
      : 'Neo4j has not been asked yet.';
  return { status: 'unavailable', neo4j: { error }, requests };
}

function sendJson(res: http.ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...SECURITY_HEADERS });
  res.end(JSON.stringify(body));
}

function badRequest(res: http.ServerResponse, message: string): void {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  res.writeHead(400, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store', ...SECURITY_HEADERS });
  res.end(message + '\n');
}

function serveStatic(req: http.IncomingMessage, res: http.ServerResponse, pathname: string): void {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { allow: 'GET, HEAD' }).end();
    return;
  }
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    badRequest(res, 'The address is not valid: a % must be followed by two hexadecimal digits of UTF-8.');
    return;
  }
  let file = path.normalize(path.join(WEB_ROOT, decoded));
  if (!file.startsWith(WEB_ROOT)) {
    res.writeHead(404).end();
    return;
  }
  if (!fs.existsSync(file) || fs.statSync(file).isDirectory()) {
    // Deep links are client-side routes: serve the app shell.
    file = path.join(WEB_ROOT, 'index.html');
    if (!fs.existsSync(file)) {
      res.writeHead(503, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('The explorer has not been built. Run `npm run build:web` (npm start does this).');
      return;
    }
  }
  const type = CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream';
  const immutable = file.includes(`${path.sep}assets${path.sep}`);
  res.writeHead(200, {
    'content-type': type,
    'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
    ...SECURITY_HEADERS,
  });
  if (req.method === 'HEAD') res.end();
  else fs.createReadStream(file).pipe(res);
}

/** How long close() waits, after the connections are gone, for cut requests to wind down. */
const WIND_DOWN_MS = 30_000;

export interface AppServer {
  server: http.Server;
  url: string;
  /** Requests being answered now. */
  inFlight(): number;
  /** GraphQL operations running now, waiting for their turn, and how many may run at once now (see server/api/admission.ts). */
  load(): { active: number; queued: number; limit: number };
  /**
   * Stops taking connections, lets the requests in flight finish for up to `graceMs` (default 0),
   * then cuts the rest: their reads stop and an import rolls back (see Db.cancelledBy). Resolves
   * when the cut requests have wound down too (at most WIND_DOWN_MS more; `onWindDown` hears how
   * many it waits for), so that the database can be closed after it.
   */
  close(options?: { graceMs?: number; onWindDown?: (requests: number) => void }): Promise<void>;
  /** Cuts every connection now (a second Ctrl-C during close). */
  cut(): void;
}

/**
 * Answers of 1 kB and more go compressed (brotli or gzip, as the client prefers) to clients that
 * accept it: the explorer's scripts shrink to under a third, a large graph answer to a tenth or
 * less, which is what a town hall's network notices. Never for requests that carry a token or a
 * session cookie: their answers can hold a secret next to text the caller chose, which is what
 * BREACH-style attacks on compression need.
 */
const compress = compression({
  threshold: 1024,
  filter: (req, res) => !req.headers.authorization && !sessionSecret(req.headers.cookie) && compression.filter(req, res),
});

export async function startHttpServer(deps: { db: Db; config: Config }, port = deps.config.port): Promise<AppServer> {
  const yoga = createGraphQL(deps);
  // Neo4j is asked now and then while this server runs: /healthz answers from what it found, and
  // a Neo4j gone while the server was idle is known before a request finds out.
  await deps.db.availability.watch();
  // GraphQL requests whose handler has not returned: a cut one may still be winding down (an
  // import rolling back and dropping its temporary constraint) after its connection is gone.
  const handling = new Set<Promise<void>>();
  const route = (req: http.IncomingMessage, res: http.ServerResponse) => {
    let pathname: string;
    try {
      pathname = new URL(req.url ?? '/', 'http://localhost').pathname;
    } catch {
      badRequest(res, 'The address is not valid.');
      return;
    }
    if (pathname === '/healthz') {
      const h = health(deps.db, yoga.admission);
      sendJson(res, h.status === 'ok' ? 200 : 503, h);
      return;
    }
    if (pathname === '/graphql' || pathname.startsWith('/graphql/')) {
      const handled = yoga(req, res);
      handling.add(handled);
      void handled.finally(() => handling.delete(handled));
      return;
    }
    if (pathname.startsWith('/docs/')) {
      const page = docPage(pathname);
      if (page !== null) {
        res.writeHead(200, { 'content-type': CONTENT_TYPES['.html']!, 'cache-control': 'no-cache', ...SECURITY_HEADERS });
        res.end(req.method === 'HEAD' ? undefined : page);
        return;
      }
    }
    serveStatic(req, res, pathname);
  };
  let inFlight = 0;
  // No request, however malformed, may stop the server: what a route throws is answered here.
  const safely = (req: http.IncomingMessage, res: http.ServerResponse) => {
    try {
      route(req, res);
    } catch (error) {
      console.error(`[http] ${req.method} ${JSON.stringify(req.url)?.slice(0, 200)}: ${(error as Error)?.stack ?? String(error)}`);
      badRequest(res, 'The request could not be handled.');
    }
  };
  const server = http.createServer((req, res) => {
    inFlight++;
    res.once('close', () => inFlight--);
    // A request without Accept-Encoding (node:http, curl without --compressed) skips it entirely.
    if (req.headers['accept-encoding']) compress(req as never, res as never, () => safely(req, res));
    else safely(req, res);
  });
  // A client that sends what is not HTTP gets 400 and its socket closed (node's default), logged.
  server.on('clientError', (error, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nconnection: close\r\ncontent-length: 0\r\n\r\n');
    else socket.destroy();
    void error;
  });
  // Slow clients may not hold sockets open forever.
  server.requestTimeout = 60_000;
  server.headersTimeout = 20_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, deps.config.host, () => resolve());
  });
  const address = server.address() as AddressInfo;
  const url = `http://${deps.config.host === '0.0.0.0' ? 'localhost' : deps.config.host}:${address.port}`;
  return {
    server,
    url,
    inFlight: () => inFlight,
    load: () => yoga.admission.load,
    close: async ({ graceMs = 0, onWindDown } = {}) => {
      deps.db.availability.unwatch();
      await new Promise<void>((resolve) => {
        // A keep-alive connection goes idle when its answer is out: close it then, not at its timeout.
        const idle = setInterval(() => server.closeIdleConnections(), 50);
        const cut = setTimeout(() => server.closeAllConnections(), graceMs);
        server.close(() => {
          clearInterval(idle);
          clearTimeout(cut);
          resolve();
        });
        server.closeIdleConnections();
        if (graceMs <= 0) server.closeAllConnections();
      });
      if (handling.size === 0) return;
      onWindDown?.(handling.size);
      let giveUp: NodeJS.Timeout | undefined;
      await Promise.race([Promise.allSettled(handling), new Promise((resolve) => (giveUp = setTimeout(resolve, WIND_DOWN_MS)))]);
      clearTimeout(giveUp);
    },
    cut: () => server.closeAllConnections(),
  };
}

/**
 * Per-request context: a Db that counts its queries, DataLoaders (one query per relationship
 * field and request for parents that did not come with it preloaded, whatever their number), and
 * the caller, looked up lazily: a script by its API token (Authorization: Bearer), a person by
 * the session cookie of their browser, which counts only on requests from the site's own pages
 * (or a configured origin): another site's page cannot act in a signed-in person's name.
 */
import DataLoader from 'dataloader';
import { createGraphQLError } from 'graphql-yoga';
import type { Config } from '../config.ts';
import type { Db } from '../db/driver.ts';
import { importsByIds, nodesByIds, type Provenance, type RelationItem } from '../graph/nodes.ts';
import { preloaded, type RelationPage, type RelationProjection } from '../graph/projection.ts';
import type { KnowledgeNode } from '../graph/model.ts';
import { roleAllows, tokenForSecret, type Role } from './tokens.ts';
import type { CacheState } from './plugins/response-cache.ts';
import { sessionAccount, sessionCookie } from '../accounts/sessions.ts';
import { SignInLimiter } from '../accounts/sign-in-limit.ts';

export interface ServerContext {
  requestId: string;
  /**
   * Neo4j queries this request ran and when each was in flight (x-neo4j-queries, Server-Timing),
   * and how long compiling its operation took, when it was compiled during this request.
   */
  counter: { queries: number; spans?: [number, number][]; compileMs?: number };
  authorization: string | null;
  /** Aborts when the client hangs up before its answer: the request's reads stop (Db.cancelledBy). */
  signal?: AbortSignal;
  /** Filled by ApiContext.warn, returned as extensions.warnings (useWarnings). */
  warnings?: Warning[];
  /** When the request was taken on (performance.now()), for Server-Timing and the slow-request log. */
  startedAt?: number;
  /** The body as it was read (for the slow-request log, which names the operation). */
  body?: Buffer;
  /**
   * The graph's committed version, by a read begun as the request arrived (GraphVersions.confirm):
   * under way while the body is read and the operation parsed, so that a repeated question waits
   * for it as little as possible. Only when the response cache is on.
   */
  graphVersion?: Promise<string>;
  /** The request as the response cache may answer it before yoga next time (RawRequest.text), when it may. */
  raw?: string;
  /** What the response cache decided (useResponseCache). */
  cache?: CacheState;
  /** False once the answer depends on more than the graph (the caller's token): never kept. */
  cacheable?: boolean;
  /** The session cookie's secret the request brought (see accounts/sessions.ts). */
  session?: string | null;
  /** Whether the request came from a page of this site or a configured origin (see sameSite). */
  sameSite?: boolean;
  /** Whether the site is served over https (cookies are then Secure). */
  https?: boolean;
  /** The client's address (for the sign-in limit). */
  address?: string;
  /** Set-Cookie headers for the response (useSessionCookies). */
  setCookies?: string[];
}

/** Who is asking: a script by its API token, or a person signed in by session cookie. */
export interface Caller {
  kind: 'token' | 'account';
  id: string;
  /** A token's name; a person's name. */
  name: string;
  role: Role;
  organisation: string | null;
  email: string | null;
}

/**
 * Whether a request comes from this site's own pages or an allowed origin: its Origin header (sent
 * by browsers with every POST and every cross-origin request) names this host or one of
 * `allowed`; without an Origin, a browser's Sec-Fetch-Site must not say it came from elsewhere.
 * A request without either is not a browser's (curl, a script): no page made it, so it cannot be
 * a forged one, and yoga's CSRF prevention refuses the simple requests a form could send.
 */
export function sameSite(headers: { origin?: string; host?: string; forwardedHost?: string; fetchSite?: string }, https: boolean, allowed: readonly string[]): boolean {
  const scheme = https ? 'https' : 'http';
  const own = [headers.host, headers.forwardedHost].filter((h): h is string => !!h).map((h) => `${scheme}://${h}`);
  if (headers.origin) return own.includes(headers.origin) || allowed.includes(headers.origin);
  return headers.fetchSite === undefined || headers.fetchSite === 'same-origin' || headers.fetchSite === 'none';
}

/** Something a researcher should know about a correct but incomplete answer. */
export interface Warning {
  code: 'TRUNCATED';
  message: string;
  path: readonly (string | number)[];
}

export interface ApiContext {
  db: Db;
  config: Config;
  requestId: string;
  /** Aborts when the client hangs up (ServerContext.signal); ctx.db's reads already stop by it. */
  signal?: AbortSignal;
  node: DataLoader<string, KnowledgeNode | null>;
  provenance: DataLoader<string, Provenance | null>;
  /**
   * A relationship field for parents that did not come with it preloaded (nodes from search,
   * subgraph, ...): one projected query for all of them.
   */
  relation(rel: RelationProjection): DataLoader<string, RelationItem[] | RelationPage | undefined>;
  warn(warning: Warning): void;
  /** The caller, or null when anonymous; throws CSRF_ORIGIN for a session cookie sent from another site. */
  caller(): Promise<Caller | null>;
  /** The caller with at least `role`, or an UNAUTHENTICATED / FORBIDDEN error. */
  requireRole(role: Role): Promise<Caller>;
  /** What a browser needs: its session secret, the sign-in limit, and the cookie to send back. */
  browser: {
    session: string | null;
    address: string;
    limiter: SignInLimiter;
    /** Refuses (CSRF_ORIGIN) a request from another site's page: for sign-in and its kin. */
    requireSameSite(): void;
    /** Sends the session cookie (null: removes it). */
    setSession(secret: string | null): void;
  };
}

function csrfRefusal() {
  return createGraphQLError(
    'This request comes from a page of another site; signed-in actions are taken only from the explorer itself (or an origin in NEWTOWNS_CORS_ORIGINS). Scripts use an API token.',
    { extensions: { code: 'CSRF_ORIGIN', http: { status: 403 } } },
  );
}

/** How long at least one query was in flight: batched queries run side by side, so no plain sum. */
export function busyMs(spans: readonly [number, number][]): number {
  let total = 0;
  let until = -Infinity;
  for (const [start, end] of [...spans].sort((a, b) => a[0] - b[0])) {
    if (end <= until) continue;
    total += end - Math.max(start, until);
    until = end;
  }
  return total;
}

export function createContext(base: Db, config: Config, server: ServerContext, limiter: SignInLimiter = new SignInLimiter(base, config.signInLimits)): ApiContext {
  const db = base
    .observed((_, ms) => {
      server.counter.queries++;
      const end = performance.now();
      (server.counter.spans ??= []).push([end - ms, end]);
    })
    .cancelledBy(server.signal);
  const relations = new Map<string, DataLoader<string, RelationItem[] | RelationPage | undefined>>();
  let caller: Promise<Caller | null> | undefined;
  const lookUp = async (): Promise<Caller | null> => {
    const header = server.authorization;
    if (header) {
      const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
      if (!match) {
        throw createGraphQLError('The Authorization header must be "Bearer <token>".', { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
      }
      const token = await tokenForSecret(db, match[1]!);
      if (!token) throw createGraphQLError('The API token is unknown or revoked.', { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
      return { kind: 'token', id: token.id, name: token.name, role: token.role, organisation: null, email: null };
    }
    if (!server.session) return null;
    if (server.sameSite !== true) throw csrfRefusal();
    const account = await sessionAccount(db, server.session);
    if (!account) {
      // Ended (signed out, everywhere, by an admin) or expired: the browser may forget it.
      (server.setCookies ??= []).push(sessionCookie(null, server.https === true));
      throw createGraphQLError('Your session has ended (signed out or expired); sign in again.', { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
    }
    return { kind: 'account', id: account.id, name: account.name, role: account.role, organisation: account.organisation, email: account.email };
  };
  return {
    db,
    config,
    requestId: server.requestId,
    signal: server.signal,
    node: new DataLoader(async (ids) => {
      const found = await nodesByIds(db, ids);
      return ids.map((id) => found.get(id) ?? null);
    }),
    provenance: new DataLoader(async (ids) => {
      const found = await importsByIds(db, ids);
      return ids.map((id) => found.get(id) ?? null);
    }),
    relation(rel) {
      const key = JSON.stringify(rel, (k, v) => (v instanceof Set ? [...v] : k === 'spec' ? v.key : v));
      let loader = relations.get(key);
      if (!loader) {
        const projection = { properties: new Set<string>(), relations: [rel] };
        loader = new DataLoader(async (ids) => {
          const found = await nodesByIds(db, ids, projection);
          return ids.map((id) => {
            const parent = found.get(id);
            return parent ? preloaded(parent, rel.resultKey) : undefined;
          });
        });
        relations.set(key, loader);
      }
      return loader;
    },
    warn(warning) {
      (server.warnings ??= []).push(warning);
    },
    caller() {
      // The answer now depends on who asks, which is not part of the graph.
      server.cacheable = false;
      return (caller ??= lookUp());
    },
    async requireRole(role) {
      server.cacheable = false;
      const found = await (caller ??= lookUp());
      if (!found) {
        throw createGraphQLError('Sign in first (or send an API token as "Authorization: Bearer <token>").', {
          extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
        });
      }
      if (!roleAllows(found.role, role)) {
        throw createGraphQLError(`This needs the ${role} role; ${found.kind === 'token' ? 'your token' : 'your account'} has the ${found.role} role.`, {
          extensions: { code: 'FORBIDDEN', http: { status: 403 } },
        });
      }
      return found;
    },
    browser: {
      session: server.session ?? null,
      address: server.address ?? 'unknown',
      limiter,
      requireSameSite() {
        server.cacheable = false;
        if (server.sameSite !== true) throw csrfRefusal();
      },
      setSession(secret) {
        (server.setCookies ??= []).push(sessionCookie(secret, server.https === true));
      },
    },
  };
}

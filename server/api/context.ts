/**
 * Per-request context: a Db that counts its queries, DataLoaders (one query per relationship
 * field and request for parents that did not come with it preloaded, whatever their number), and
 * the caller's token, looked up lazily.
 */
import DataLoader from 'dataloader';
import { createGraphQLError } from 'graphql-yoga';
import type { Config } from '../config.ts';
import type { Db } from '../db/driver.ts';
import { importsByIds, nodesByIds, type Provenance, type RelationItem } from '../graph/nodes.ts';
import { preloaded, type RelationPage, type RelationProjection } from '../graph/projection.ts';
import type { KnowledgeNode } from '../graph/model.ts';
import { roleAllows, tokenForSecret, type ApiTokenInfo, type Role } from './tokens.ts';
import type { CacheState } from './plugins/response-cache.ts';

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
  /** Where the request stands among graph version reads (see GraphVersions.confirm). */
  arrival?: number;
  /** What the response cache decided (useResponseCache). */
  cache?: CacheState;
  /** False once the answer depends on more than the graph (the caller's token): never kept. */
  cacheable?: boolean;
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
  /** The caller's token with at least `role`, or an UNAUTHENTICATED / FORBIDDEN error. */
  requireRole(role: Role): Promise<ApiTokenInfo>;
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

export function createContext(base: Db, config: Config, server: ServerContext): ApiContext {
  const db = base
    .observed((_, ms) => {
      server.counter.queries++;
      const end = performance.now();
      (server.counter.spans ??= []).push([end - ms, end]);
    })
    .cancelledBy(server.signal);
  const relations = new Map<string, DataLoader<string, RelationItem[] | RelationPage | undefined>>();
  let token: Promise<ApiTokenInfo | null> | undefined;
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
    async requireRole(role) {
      // The answer now depends on the token, which is not part of the graph.
      server.cacheable = false;
      const header = server.authorization;
      const match = header ? /^Bearer\s+(\S+)\s*$/i.exec(header) : null;
      if (!match) {
        throw createGraphQLError('Sign in first: send an API token as "Authorization: Bearer <token>".', {
          extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
        });
      }
      token ??= tokenForSecret(db, match[1]!);
      const found = await token;
      if (!found) {
        throw createGraphQLError('The API token is unknown or revoked.', { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
      }
      if (!roleAllows(found.role, role)) {
        throw createGraphQLError(`This needs the ${role} role; your token has the ${found.role} role.`, {
          extensions: { code: 'FORBIDDEN', http: { status: 403 } },
        });
      }
      return found;
    },
  };
}

/**
 * Environment -> typed settings, with defaults and errors that say what to set.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_SIGN_IN_LIMITS, type SignInLimits } from './accounts/sign-in-limit.ts';

export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export interface Neo4jConnection {
  readonly uri: string;
  readonly user: string;
  readonly password: string;
  readonly database: string;
}

export interface LocalNeo4jSettings {
  /** Folder holding the server's data, logs, config and generated password. */
  readonly home: string;
  readonly boltPort: number;
  readonly heap: string;
  readonly pageCache: string;
  /** JVM options beyond the project's own (the test servers trade peak speed for a quick warm-up). */
  readonly jvmOptions?: readonly string[];
}

export interface Config {
  /** Set when NEO4J_URI points at an existing server; then no local server is started. */
  readonly external: Neo4jConnection | undefined;
  readonly local: LocalNeo4jSettings;
  readonly database: string;
  readonly host: string;
  readonly port: number;
  /** Per-transaction timeout for reads, in ms. */
  readonly queryTimeoutMs: number;
  readonly graphiql: boolean;
  readonly introspection: boolean;
  /** Largest request body accepted, in bytes. */
  readonly maxBodyBytes: number;
  /** Largest dataset accepted through the API, in bytes. */
  readonly maxImportBytes: number;
  /** How long a stopping server lets the requests in flight finish, in ms. */
  readonly shutdownGraceMs: number;
  /** GraphQL requests answered at once ('auto': found from their latency); more wait (see server/api/admission.ts). */
  readonly maxActiveRequests: number | 'auto';
  /** Operations that may wait for their turn; more are refused at once (SERVER_BUSY). */
  readonly maxQueuedRequests: number;
  /** How long an operation may wait for its turn before it is refused (SERVER_BUSY), in ms. */
  readonly maxQueueWaitMs: number;
  /** GraphQL requests that take this long or longer are logged (0: every request), in ms. */
  readonly slowRequestMs: number;
  /** Other origins (scheme://host[:port]) whose pages may call the API from a browser; none by default. */
  readonly corsOrigins: readonly string[];
  /** What a refusal as busy (SERVER_BUSY) tells the client to wait before it tries again, in seconds. */
  readonly retryAfterSeconds: number;
  /** Whether answers to repeated queries come from memory while the graph is unchanged. */
  readonly responseCache: boolean;
  /**
   * How long a refusal as busy is held back, in ms, when its connection was refused before and asks
   * again sooner than Retry-After said (10 by default; 0: never). It slows down only a client that
   * ignores Retry-After, whose refusals otherwise come as fast as it asks and take CPU from answers:
   * at 8x the saturating clients (32 to 64) the server sent 4,600 to 8,900 refusals a second
   * without it and answered 77 to 83% of its saturated throughput (four runs of the load bench);
   * with 10 ms, 1,700 to 3,400 a second and 88 to 96%, the refusals' p99 25 to 35 ms (five runs).
   */
  readonly refusalDelayMs: number;
  /**
   * Session cookies are Secure always (true), or only on requests that came over https, directly
   * or through a proxy that says so in X-Forwarded-Proto (false, the default).
   */
  readonly secureCookies: boolean;
  /** Failed sign-ins allowed per account and per client address within a window (see accounts/sign-in-limit.ts). */
  readonly signInLimits: SignInLimits;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** NEWTOWNS_CORS_ORIGINS: a comma-separated list of origins such as https://kennisbank.example.nl. */
function origins(value: string | undefined): string[] {
  if (!value?.trim()) return [];
  return value.split(',').map((raw) => {
    const origin = raw.trim();
    let parsed: URL | undefined;
    try {
      parsed = new URL(origin);
    } catch {
      parsed = undefined;
    }
    if (!parsed || !/^https?:$/.test(parsed.protocol) || parsed.origin !== origin) {
      throw new ConfigError(
        `NEWTOWNS_CORS_ORIGINS: ${JSON.stringify(origin)} is not an origin; write scheme://host[:port] without a path, e.g. https://kennisbank.example.nl`,
      );
    }
    return origin;
  });
}

function integer(env: NodeJS.ProcessEnv, key: string, fallback: number, min = 0, max = Number.MAX_SAFE_INTEGER): number {
  const raw = env[key];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`${key}=${raw} is not a whole number between ${min} and ${max}; unset it or give a valid value.`);
  }
  return value;
}

function flag(env: NodeJS.ProcessEnv, key: string, fallback: boolean): boolean {
  const raw = env[key]?.toLowerCase();
  if (raw === undefined || raw === '') return fallback;
  if (['1', 'true', 'yes', 'on'].includes(raw)) return true;
  if (['0', 'false', 'no', 'off'].includes(raw)) return false;
  throw new ConfigError(`${key}=${env[key]} is not a yes/no value; use true or false.`);
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const database = env.NEO4J_DATABASE || 'neo4j';
  let external: Neo4jConnection | undefined;
  if (env.NEO4J_URI) {
    if (!/^(neo4j|bolt)(\+s|\+ssc)?:\/\//.test(env.NEO4J_URI)) {
      throw new ConfigError(
        `NEO4J_URI=${env.NEO4J_URI} is not a Neo4j address; use neo4j://host:7687, neo4j+s://... (Aura) or bolt://host:7687.`,
      );
    }
    if (!env.NEO4J_PASSWORD) {
      throw new ConfigError('NEO4J_URI is set but NEO4J_PASSWORD is not; set NEO4J_USER and NEO4J_PASSWORD for that server.');
    }
    external = { uri: env.NEO4J_URI, user: env.NEO4J_USER || 'neo4j', password: env.NEO4J_PASSWORD, database };
  }
  return {
    external,
    local: {
      home: path.resolve(PROJECT_ROOT, env.NEWTOWNS_NEO4J_HOME || '.data/neo4j'),
      boltPort: integer(env, 'NEWTOWNS_NEO4J_PORT', 7687, 1, 65535),
      // One import is one transaction, and Neo4j lets a transaction use 70% of the heap: 2 GB holds an
      // import of 100,000 nodes and 200,000 relationships with room to spare (docs/importing.md §8).
      heap: env.NEWTOWNS_NEO4J_HEAP || '2g',
      pageCache: env.NEWTOWNS_NEO4J_PAGECACHE || '512m',
    },
    database,
    host: env.HOST || '127.0.0.1',
    port: integer(env, 'PORT', 4000, 0, 65535),
    queryTimeoutMs: integer(env, 'NEWTOWNS_QUERY_TIMEOUT_MS', 15_000, 100),
    graphiql: flag(env, 'NEWTOWNS_GRAPHIQL', true),
    introspection: flag(env, 'NEWTOWNS_INTROSPECTION', true),
    maxBodyBytes: integer(env, 'NEWTOWNS_MAX_BODY_BYTES', 1_000_000, 1_000),
    maxImportBytes: integer(env, 'NEWTOWNS_MAX_IMPORT_BYTES', 50_000_000, 1_000),
    shutdownGraceMs: integer(env, 'NEWTOWNS_SHUTDOWN_GRACE_MS', 10_000, 0),
    // Found from the answers' latency, at most 16: well under the driver's pool of 50 connections
    // (a request may run a few queries at once), so that the requests that run find a connection.
    maxActiveRequests: env.NEWTOWNS_MAX_ACTIVE_REQUESTS === 'auto' ? 'auto' : integer(env, 'NEWTOWNS_MAX_ACTIVE_REQUESTS', 0, 1, 1_000) || 'auto',
    maxQueuedRequests: integer(env, 'NEWTOWNS_MAX_QUEUED_REQUESTS', 200, 0),
    maxQueueWaitMs: integer(env, 'NEWTOWNS_MAX_QUEUE_WAIT_MS', 10_000, 0),
    slowRequestMs: integer(env, 'NEWTOWNS_SLOW_REQUEST_MS', 1_000, 0),
    corsOrigins: origins(env.NEWTOWNS_CORS_ORIGINS),
    retryAfterSeconds: integer(env, 'NEWTOWNS_RETRY_AFTER_SECONDS', 5, 1, 3_600),
    responseCache: flag(env, 'NEWTOWNS_RESPONSE_CACHE', true),
    refusalDelayMs: integer(env, 'NEWTOWNS_REFUSAL_DELAY_MS', 10, 0, 1_000),
    secureCookies: flag(env, 'NEWTOWNS_SECURE_COOKIES', false),
    signInLimits: {
      perAccount: integer(env, 'NEWTOWNS_SIGN_IN_LIMIT_ACCOUNT', DEFAULT_SIGN_IN_LIMITS.perAccount, 1, 1000),
      perAddress: integer(env, 'NEWTOWNS_SIGN_IN_LIMIT_ADDRESS', DEFAULT_SIGN_IN_LIMITS.perAddress, 1, 100_000),
      windowMs: DEFAULT_SIGN_IN_LIMITS.windowMs,
    },
  };
}

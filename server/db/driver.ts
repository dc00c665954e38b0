/**
 * One driver per process, and the only way the rest of the server talks to Neo4j: named,
 * parameterised queries, reads in read transactions with a timeout, every query tagged with its
 * name in the transaction metadata (visible in SHOW TRANSACTIONS and the query log).
 */
import neo4j, {
  type Driver,
  type ManagedTransaction,
  type QueryResult,
  type RecordShape,
  type Session,
  isInt,
  isDate,
  isDateTime,
  isLocalDateTime,
  isDuration,
  isNode,
  isRelationship,
  isPath,
  isTime,
  isLocalTime,
  isPoint,
} from 'neo4j-driver';
import type { Neo4jConnection } from '../config.ts';
import { Availability, type AvailabilityOptions } from './availability.ts';

/** A Cypher text with the name it is known by. Values always travel as parameters. */
export interface NamedQuery {
  readonly name: string;
  readonly text: string;
}

export function cypher(name: string, text: string): NamedQuery {
  return { name, text };
}

export type Params = Record<string, unknown>;

export interface QueryOptions {
  timeoutMs?: number;
}

/**
 * Raised by a read whose request was cancelled (its client hung up): the read was stopped in
 * Neo4j, or never started.
 */
export class QueryCancelledError extends Error {
  override name = 'QueryCancelledError';
  constructor(query: string) {
    super(`The query ${query} was cancelled: the request it served was cancelled.`);
  }
}

/** Raised when Neo4j cannot be reached: callers turn it into "database unavailable". */
export class DatabaseUnavailableError extends Error {
  override name = 'DatabaseUnavailableError';
}

const UNAVAILABLE_CODES = new Set(['ServiceUnavailable', 'SessionExpired', 'Neo.TransientError.General.DatabaseUnavailable']);

export function isUnavailable(error: unknown): boolean {
  const code = (error as { code?: string } | null)?.code;
  return (
    error instanceof DatabaseUnavailableError ||
    (code !== undefined && (UNAVAILABLE_CODES.has(code) || code.startsWith('Neo.TransientError.General.Database')))
  );
}

/**
 * No connection of the pool came free in time: Neo4j is reachable but every connection is busy.
 * The driver gives this error no code of its own, only its message.
 */
export function isPoolExhausted(error: unknown): boolean {
  return error instanceof Error && error.message.startsWith('Connection acquisition timed out');
}

export function createDriver(connection: Neo4jConnection): Driver {
  return neo4j.driver(connection.uri, neo4j.auth.basic(connection.user, connection.password), {
    // A Neo4j that is gone is found by the first query and then known (see Availability), so
    // nothing waits long for it: a refused connection fails at once, a silent one after 3 s.
    connectionAcquisitionTimeout: 5_000,
    connectionTimeout: 3_000,
    maxTransactionRetryTime: 3_000,
    maxConnectionPoolSize: 50,
    userAgent: 'newtowns-knowledge-graph',
  });
}

/**
 * Calls `start` with stack traces off. The driver captures and formats a stack trace for every
 * result it creates, in case the query fails (to point at where it was run); with source maps on
 * (tsx) that was about a fifth of the server's CPU per answer (load bench). A failed query is
 * reported here with its name and the request id instead.
 */
function withoutStackTrace<R>(start: () => R): R {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return start();
  } finally {
    Error.stackTraceLimit = limit;
  }
}

/** What a Db shares with the copies made by observed() and cancelledBy(). */
interface Shared {
  availability: Availability;
  /** Neo4j's edition, once known (a probe asks dbms.components() only until it is). */
  edition?: string;
}

export class Db {
  private readonly shared: Shared;
  private readonly observe?: (query: NamedQuery, ms: number) => void;
  private readonly signal?: AbortSignal;

  constructor(
    readonly driver: Driver,
    readonly database: string,
    readonly timeoutMs: number,
    options: { shared?: Shared; observe?: (query: NamedQuery, ms: number) => void; signal?: AbortSignal; availability?: AvailabilityOptions } = {},
  ) {
    this.shared = options.shared ?? {
      availability: new Availability(() => this.probe(), isUnavailable, options.availability),
    };
    this.observe = options.observe;
    this.signal = options.signal;
  }

  /** Whether Neo4j answers, as the last query or probe found (see Availability). */
  get availability(): Availability {
    return this.shared.availability;
  }

  /** The same database, reporting each query it runs, and how long it took, to `observe` (per-request accounting). */
  observed(observe: (query: NamedQuery, ms: number) => void): Db {
    return new Db(this.driver, this.database, this.timeoutMs, { shared: this.shared, observe, signal: this.signal });
  }

  /**
   * The same database, whose reads stop when `signal` aborts (a request whose client hung up):
   * a running read is stopped in Neo4j (the session is reset), a new one does not start, and
   * either raises QueryCancelledError. Writes are not affected: one that started finishes, so
   * that its outcome does not depend on when a connection dropped. Undefined: nothing stops.
   */
  cancelledBy(signal: AbortSignal | undefined): Db {
    return new Db(this.driver, this.database, this.timeoutMs, { shared: this.shared, observe: this.observe, signal });
  }

  async read<T extends RecordShape = RecordShape>(query: NamedQuery, params: Params = {}, options: QueryOptions = {}) {
    return this.run<T>('READ', query, params, options);
  }

  async write<T extends RecordShape = RecordShape>(query: NamedQuery, params: Params = {}, options: QueryOptions = {}) {
    return this.run<T>('WRITE', query, params, options);
  }

  private async run<T extends RecordShape>(
    mode: 'READ' | 'WRITE',
    query: NamedQuery,
    params: Params,
    options: QueryOptions,
  ): Promise<QueryResult<T>> {
    const signal = mode === 'READ' ? this.signal : undefined;
    if (signal?.aborted) throw new QueryCancelledError(query.name);
    // Neo4j was found gone and has not answered a probe since: say so now, not after timeouts.
    if (this.availability.down) throw new DatabaseUnavailableError(`Neo4j is not reachable (query ${query.name} not sent)`);
    const started = performance.now();
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session[mode] });
    const stop = stopOnAbort(session, signal);
    const config = { timeout: options.timeoutMs ?? this.timeoutMs, metadata: { app: 'newtowns', query: query.name } };
    try {
      // Reads run once, in an auto-commit transaction: the driver's managed transactions retry a
      // lost connection for up to maxTransactionRetryTime, which is what made "database
      // unavailable" take seconds. A read has nothing to retry for on a single server but that.
      // Writes keep the retries (a deadlock between two writers is worth another try).
      const result =
        mode === 'READ'
          ? ((await withoutStackTrace(() => session.run<T>(query.text, params, config))) as QueryResult<T>)
          : await session.executeWrite((tx: ManagedTransaction) => tx.run<T>(query.text, params), config);
      // A cancelled stream may end early but without an error: what it read is not the answer.
      if (signal?.aborted) throw new QueryCancelledError(query.name);
      return result;
    } catch (error) {
      if (signal?.aborted) throw new QueryCancelledError(query.name);
      if (isUnavailable(error)) this.availability.failed();
      throw translate(error);
    } finally {
      stop.release();
      await session.close();
      this.observe?.(query, performance.now() - started);
    }
  }

  /**
   * Several statements in one write transaction, named `name` in its metadata; retried as a whole
   * on a transient error, so `work` must not have side effects outside the transaction. A writer
   * to the knowledge graph starts it with advanceGraphHead(tx, ...) (server/db/graph-head.ts).
   */
  async writeTransaction<T>(name: string, work: (tx: ManagedTransaction) => Promise<T>, options: QueryOptions = {}): Promise<T> {
    if (this.availability.down) throw new DatabaseUnavailableError(`Neo4j is not reachable (transaction ${name} not begun)`);
    const started = performance.now();
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.WRITE });
    try {
      return await session.executeWrite(work, { timeout: options.timeoutMs ?? this.timeoutMs, metadata: { app: 'newtowns', query: name } });
    } catch (error) {
      if (isUnavailable(error)) this.availability.failed();
      throw translate(error);
    } finally {
      await session.close();
      this.observe?.({ name, text: '' }, performance.now() - started);
    }
  }

  /**
   * Whether Neo4j answers, and which one: the server's own greeting (a connection and its
   * handshake, no query: a Neo4j that has just started takes seconds for its first queries, and
   * that is not "gone"). The edition is asked once, with dbms.components().
   */
  async probe(): Promise<{ version: string; edition: string }> {
    const info = await this.driver.getServerInfo({ database: this.database });
    const version = /Neo4j\/([\w.-]+)/.exec(info.agent ?? '')?.[1] ?? 'unknown';
    this.shared.edition ??= await this.components().then(
      (c) => c.edition,
      () => undefined,
    );
    return { version, edition: this.shared.edition ?? 'unknown' };
  }

  /** Name, version and edition of the server, from `CALL dbms.components()`. */
  async components(): Promise<{ name: string; version: string; edition: string }> {
    // Asked past the circuit: this is how a probe finds out that Neo4j is back.
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.READ });
    try {
      const result = await session.run(COMPONENTS.text, {}, { timeout: 3_000, metadata: { app: 'newtowns', query: COMPONENTS.name } });
      const record = result.records[0];
      if (!record) throw new DatabaseUnavailableError('dbms.components() returned nothing');
      return { name: record.get('name'), version: record.get('version'), edition: record.get('edition') };
    } finally {
      await session.close();
    }
  }

  async close(): Promise<void> {
    this.availability.close();
    await this.driver.close();
  }
}

const COMPONENTS = cypher('dbms.components', 'CALL dbms.components() YIELD name, versions, edition RETURN name, versions[0] AS version, edition');

/**
 * Closes the session when `signal` aborts: the driver then resets the connection, which makes
 * Neo4j stop the running query (or its planning) at once and roll its transaction back.
 */
export function stopOnAbort(session: Session, signal: AbortSignal | undefined): { release(): void } {
  if (!signal) return { release: () => {} };
  const onAbort = () => void session.close().catch(() => {});
  signal.addEventListener('abort', onAbort, { once: true });
  return { release: () => signal.removeEventListener('abort', onAbort) };
}

function translate(error: unknown): unknown {
  if (isUnavailable(error) && !(error instanceof DatabaseUnavailableError)) {
    return Object.assign(new DatabaseUnavailableError((error as Error).message), { cause: error });
  }
  return error;
}

/**
 * Driver values -> plain JSON-able values: integers to numbers (strings past 2^53), temporals to
 * ISO strings, nodes and relationships to their properties with labels/type. Lists and maps that
 * need no change come back as they are (most do: strings and numbers), to spare the copies.
 */
export function plain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  // Most values are strings and numbers: skip the driver's type probes for them.
  if (typeof value !== 'object') return value;
  if (Array.isArray(value)) return plainList(value);
  // Cypher maps arrive as plain objects; the driver's own types are class instances.
  if (Object.getPrototypeOf(value) === Object.prototype) return plainMap(value as Record<string, unknown>);
  if (isInt(value)) return neo4j.integer.inSafeRange(value) ? value.toNumber() : value.toString();
  if (isDate(value) || isDateTime(value) || isLocalDateTime(value) || isTime(value) || isLocalTime(value) || isDuration(value)) {
    return value.toString();
  }
  if (isPoint(value)) return { srid: plain(value.srid), x: value.x, y: value.y, z: value.z ?? null };
  if (isNode(value)) return { labels: value.labels, properties: plain(value.properties) };
  if (isRelationship(value)) return { type: value.type, properties: plain(value.properties) };
  if (isPath(value)) return value.segments.map((s) => ({ start: plain(s.start), relationship: plain(s.relationship), end: plain(s.end) }));
  return plainMap(value as Record<string, unknown>);
}

function plainList(list: unknown[]): unknown[] {
  let out: unknown[] | undefined;
  for (let i = 0; i < list.length; i++) {
    const v = list[i];
    const p = plain(v);
    if (out) out.push(p);
    else if (p !== v) (out = list.slice(0, i)).push(p);
  }
  return out ?? list;
}

function plainMap(map: Record<string, unknown>): Record<string, unknown> {
  let out: Record<string, unknown> | undefined;
  for (const k in map) {
    const v = map[k];
    const p = plain(v);
    if (out) out[k] = p;
    else if (p !== v) {
      out = {};
      for (const before in map) {
        if (before === k) break;
        out[before] = map[before];
      }
      out[k] = p;
    }
  }
  return out ?? map;
}

/** A JS number to a Cypher INTEGER parameter (plain numbers travel as FLOAT). */
export const int = (n: number) => neo4j.int(n);

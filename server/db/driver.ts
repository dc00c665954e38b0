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
    // Fail fast when the server is away; the pool reconnects by itself when it is back.
    connectionAcquisitionTimeout: 5_000,
    connectionTimeout: 3_000,
    maxTransactionRetryTime: 3_000,
    maxConnectionPoolSize: 50,
    userAgent: 'newtowns-knowledge-graph',
  });
}

export class Db {
  constructor(
    readonly driver: Driver,
    readonly database: string,
    readonly timeoutMs: number,
    private readonly observe?: (query: NamedQuery, ms: number) => void,
    private readonly signal?: AbortSignal,
  ) {}

  /** The same database, reporting each query it runs, and how long it took, to `observe` (per-request accounting). */
  observed(observe: (query: NamedQuery, ms: number) => void): Db {
    return new Db(this.driver, this.database, this.timeoutMs, observe, this.signal);
  }

  /**
   * The same database, whose reads stop when `signal` aborts (a request whose client hung up):
   * a running read is stopped in Neo4j (the session is reset), a new one does not start, and
   * either raises QueryCancelledError. Writes are not affected: one that started finishes, so
   * that its outcome does not depend on when a connection dropped. Undefined: nothing stops.
   */
  cancelledBy(signal: AbortSignal | undefined): Db {
    return new Db(this.driver, this.database, this.timeoutMs, this.observe, signal);
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
    const started = performance.now();
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session[mode] });
    const stop = stopOnAbort(session, signal);
    const config = { timeout: options.timeoutMs ?? this.timeoutMs, metadata: { app: 'newtowns', query: query.name } };
    try {
      const work = (tx: ManagedTransaction) => tx.run<T>(query.text, params);
      const result = mode === 'READ' ? await session.executeRead(work, config) : await session.executeWrite(work, config);
      // A cancelled stream may end early but without an error: what it read is not the answer.
      if (signal?.aborted) throw new QueryCancelledError(query.name);
      return result;
    } catch (error) {
      throw signal?.aborted ? new QueryCancelledError(query.name) : translate(error);
    } finally {
      stop.release();
      await session.close();
      this.observe?.(query, performance.now() - started);
    }
  }

  /** Name, version and edition of the server, from `CALL dbms.components()`. */
  async components(): Promise<{ name: string; version: string; edition: string }> {
    const result = await this.read(
      cypher('dbms.components', 'CALL dbms.components() YIELD name, versions, edition RETURN name, versions[0] AS version, edition'),
      {},
      { timeoutMs: 3_000 },
    );
    const record = result.records[0];
    if (!record) throw new DatabaseUnavailableError('dbms.components() returned nothing');
    return { name: record.get('name'), version: record.get('version'), edition: record.get('edition') };
  }

  async close(): Promise<void> {
    await this.driver.close();
  }
}

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

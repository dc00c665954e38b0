/**
 * Helpers for tests against the real test Neo4j: a Db, emptying the graph, a fingerprint of
 * everything in it (to prove an operation changed nothing), and watching the server's open
 * transactions by the query name they carry (to act while one runs, and to see it gone).
 */
import { createHash } from 'node:crypto';
import { inject } from 'vitest';
import { createDriver, cypher, Db, plain } from '../../server/db/driver.ts';
import { loadConfig, type Config } from '../../server/config.ts';

export function testConnection() {
  return inject('neo4j');
}

export function testDb(timeoutMs = 30_000): Db {
  const connection = testConnection();
  return new Db(createDriver(connection), connection.database, timeoutMs);
}

/** Configuration as the server would load it, pointed at the test Neo4j. */
export function testConfig(overrides: Partial<Config> = {}): Config {
  const c = testConnection();
  const base = loadConfig({ NEO4J_URI: c.uri, NEO4J_USER: c.user, NEO4J_PASSWORD: c.password, PORT: '0' });
  return { ...base, ...overrides };
}

const deleteBatch = cypher('test.deleteBatch', 'MATCH (n) WITH n LIMIT 20000 DETACH DELETE n RETURN count(*) AS deleted');

/** Remove every node and relationship (test databases only). */
export async function emptyGraph(db: Db): Promise<void> {
  for (;;) {
    const result = await db.write(deleteBatch);
    if (Number(plain(result.records[0]?.get('deleted'))) === 0) return;
  }
}

const everything = cypher(
  'test.fingerprint',
  `MATCH (n)
   OPTIONAL MATCH (n)-[r]->(m)
   WITH n, collect(CASE WHEN r IS NULL THEN null ELSE [type(r), properties(r), elementId(m)] END) AS out
   RETURN elementId(n) AS id, labels(n) AS labels, properties(n) AS props, out`,
);

/** A hash of every node, relationship, label and property: equal before and after = unchanged. */
export async function fingerprint(db: Db): Promise<{ hash: string; nodes: number; relationships: number }> {
  const result = await db.read(everything, {}, { timeoutMs: 120_000 });
  const rows = result.records.map((r) => {
    const labels = (r.get('labels') as string[]).slice().sort();
    const out = (plain(r.get('out')) as unknown[]).map((x) => JSON.stringify(sortKeys(x))).sort();
    return JSON.stringify([r.get('id'), labels, sortKeys(plain(r.get('props'))), out]);
  });
  rows.sort();
  const relationships = result.records.reduce((sum, r) => sum + (r.get('out') as unknown[]).length, 0);
  return { hash: createHash('sha256').update(rows.join('\n')).digest('hex'), nodes: rows.length, relationships };
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => [k, sortKeys(v)]));
  }
  return value;
}

const transactionsNamed = cypher(
  'test.transactions',
  `SHOW TRANSACTIONS YIELD metaData, elapsedTime WHERE metaData.query = $query
   RETURN count(*) AS running, max(elapsedTime.milliseconds) AS ms`,
);

/** Wait until a transaction named `query` (its metadata, see Db) has been open on the server for `ms`. */
export async function transactionRunningFor(db: Db, query: string, ms: number): Promise<void> {
  for (const deadline = Date.now() + 90_000; ; ) {
    const r = (await db.read(transactionsNamed, { query })).records[0]!;
    if (Number(r.get('running')) > 0 && Number(r.get('ms')) > ms) return;
    if (Date.now() > deadline) throw new Error(`no ${query} transaction ran for ${ms} ms`);
    // Asked often (here and below): what is past the moment is time the tests wait, 13 times a run.
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/** Wait until no transaction named one of `queries` is open on the server. */
export async function transactionsGone(db: Db, queries: readonly string[]): Promise<void> {
  for (const until = Date.now() + 60_000; ; ) {
    const running = await Promise.all(queries.map(async (query) => Number((await db.read(transactionsNamed, { query })).records[0]!.get('running'))));
    if (running.every((n) => n === 0)) return;
    if (Date.now() > until) throw new Error(`a ${queries.join(' or ')} transaction is still open`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

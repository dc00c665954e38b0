/**
 * The graph head: one system node, `(:GraphHead {id: 'head'})`, that every change to the
 * published knowledge graph passes through (imports, undo, accepted contributions).
 *
 * - A writer advances the head as the FIRST statement of its write transaction. That takes the
 *   node's write lock, held until the transaction commits or rolls back, so writers are serialised
 *   across every process that shares the Neo4j (several API servers, a CLI), not only within one.
 * - The version rises by one per committed change and is read without a lock: a cache that
 *   remembers the version its answer was computed at knows the answer is still exact while the
 *   version has not moved, whichever process made the change. The version is `<epoch>.<n>`: a
 *   head that was deleted (a test emptying the graph) comes back with a new epoch, so a version
 *   is never handed out twice.
 */
import type { ManagedTransaction, Transaction } from 'neo4j-driver';
import { cypher, type Db } from './driver.ts';

export const GRAPH_HEAD_ID = 'head';

/** The graph's version when the database has no head yet: nothing may be cached against it. */
export const NO_GRAPH_VERSION = 'none';

// MERGE on the uniquely constrained id locks the index entry: two writers that both find no head
// create one between them, not two.
const Q = {
  ensure: cypher(
    'graphHead.ensure',
    `MERGE (h:GraphHead {id: '${GRAPH_HEAD_ID}'}) ON CREATE SET h.epoch = randomUUID(), h.version = 0, h.changedAt = datetime()
     RETURN h.epoch + '.' + toString(h.version) AS version`,
  ),
  advance: cypher(
    'graphHead.advance',
    `MERGE (h:GraphHead {id: '${GRAPH_HEAD_ID}'}) ON CREATE SET h.epoch = randomUUID(), h.version = 0
     SET h.version = h.version + 1, h.changedAt = datetime(), h.writer = $writer
     RETURN h.epoch + '.' + toString(h.version) AS version`,
  ),
  read: cypher(
    'graphHead.read',
    `OPTIONAL MATCH (h:GraphHead {id: '${GRAPH_HEAD_ID}'}) RETURN CASE WHEN h IS NULL THEN '${NO_GRAPH_VERSION}' ELSE h.epoch + '.' + toString(h.version) END AS version`,
  ),
};

/** Creates the head if it is missing (part of applying the schema; idempotent). */
export async function ensureGraphHead(db: Db): Promise<string> {
  const result = await db.write(Q.ensure);
  return result.records[0]!.get('version') as string;
}

/**
 * Takes the graph's write lock for this transaction and advances the version; returns the
 * version this transaction publishes when it commits. Waits while another writer holds the lock.
 * `writer` says who (an import id, `undo:<import id>`, `contribution:<id>`).
 */
export async function advanceGraphHead(tx: Transaction | ManagedTransaction, writer: string): Promise<string> {
  const result = await tx.run(Q.advance.text, { writer });
  return result.records[0]!.get('version') as string;
}

/** The committed version of the graph (`NO_GRAPH_VERSION` when there is no head). Takes no lock. */
export async function readGraphVersion(db: Db): Promise<string> {
  const result = await db.read(Q.read, {}, { timeoutMs: 2_000 });
  return result.records[0]!.get('version') as string;
}

/**
 * Undo of one applied import, in one transaction under the graph's write lock: it deletes what the
 * import created and puts back the previous values of what it changed, and marks the record undone.
 * It refuses, changing nothing, when later work built on the import:
 * - a relationship someone else made on a node it created (deleting the node would take it along);
 * - a later import that changed something it created or changed (`changedBy` says who last did);
 * - a later import that cites a Source it created.
 * Everything is found through the `importId` indexes and the record's own lists, so undo costs what
 * the import did, not the size of the graph.
 */
import neo4j from 'neo4j-driver';
import { cypher, type Db, type NamedQuery } from '../db/driver.ts';
import { advanceGraphHead } from '../db/graph-head.ts';
import { LABEL_NAMES, RELATIONSHIP_TYPES } from '../ontology.ts';
import { markUndone, readImportRecord, type UndoData } from './record.ts';
import { decodeValue } from './values.ts';
import { SOURCE_LABEL } from './validate.ts';

export interface UndoReport {
  importId: string;
  status: 'undone' | 'refused' | 'not-found';
  /** Why undo was refused: each a sentence naming the element and what built on it. */
  reasons: string[];
  counts: { nodesDeleted: number; relationshipsDeleted: number; nodesRestored: number; relationshipsRestored: number };
}

const CREATED_NODES: Record<string, NamedQuery> = Object.fromEntries(
  LABEL_NAMES.map((label) => [
    label,
    cypher(
      `import.undo.createdNodes.${label}`,
      `MATCH (n:${label}) WHERE n.importId = $id RETURN elementId(n) AS eid, n.id AS id, n.changedBy AS changedBy`,
    ),
  ]),
);

const CREATED_RELATIONSHIPS: Record<string, NamedQuery> = Object.fromEntries(
  RELATIONSHIP_TYPES.map((type) => [
    type,
    cypher(
      `import.undo.createdRelationships.${type}`,
      `MATCH (a)-[r:${type}]->(b) WHERE r.importId = $id RETURN elementId(r) AS eid, a.id AS from, b.id AS to, r.changedBy AS changedBy`,
    ),
  ]),
);

const Q = {
  foreignRelationships: cypher(
    'import.undo.foreignRelationships',
    `UNWIND $eids AS eid MATCH (n) WHERE elementId(n) = eid
     MATCH (n)-[r]-(m) WHERE r.importId IS NULL OR r.importId <> $id
     RETURN n.id AS node, type(r) AS type, startNode(r) = n AS outgoing, m.id AS other, r.importId AS by
     LIMIT 10`,
  ),
  currentNodes: cypher(
    'import.undo.currentNodes',
    'UNWIND $eids AS eid MATCH (n) WHERE elementId(n) = eid RETURN eid, n.id AS id, n.changedBy AS changedBy',
  ),
  currentRelationships: cypher(
    'import.undo.currentRelationships',
    'UNWIND $eids AS eid MATCH (a)-[r]->(b) WHERE elementId(r) = eid RETURN eid, type(r) AS type, a.id AS from, b.id AS to, r.changedBy AS changedBy',
  ),
  citing: cypher(
    'import.undo.citingImports',
    `MATCH (i:Import) WHERE i.status = 'applied' AND i.id <> $id AND any(s IN coalesce(i.citedSources, []) WHERE s IN $sources)
     RETURN i.id AS id, [s IN i.citedSources WHERE s IN $sources] AS sources LIMIT 10`,
  ),
  deleteRelationships: cypher(
    'import.undo.deleteRelationships',
    'UNWIND $eids AS eid MATCH ()-[r]->() WHERE elementId(r) = eid DELETE r RETURN count(*) AS deleted',
  ),
  deleteNodes: cypher('import.undo.deleteNodes', 'UNWIND $eids AS eid MATCH (n) WHERE elementId(n) = eid DELETE n RETURN count(*) AS deleted'),
  restoreNodes: cypher(
    'import.undo.restoreNodes',
    'UNWIND $rows AS row MATCH (n) WHERE elementId(n) = row.eid SET n += row.props RETURN count(*) AS restored',
  ),
  restoreRelationships: cypher(
    'import.undo.restoreRelationships',
    'UNWIND $rows AS row MATCH ()-[r]->() WHERE elementId(r) = row.eid SET r += row.props RETURN count(*) AS restored',
  ),
};

const count = (result: { records: Array<{ get(k: string): unknown }> }, key: string) => Number(result.records[0]?.get(key) ?? 0);

export async function undoImport(db: Db, importId: string, options: { actor?: string | null; timeoutMs?: number } = {}): Promise<UndoReport> {
  const report: UndoReport = {
    importId,
    status: 'refused',
    reasons: [],
    counts: { nodesDeleted: 0, relationshipsDeleted: 0, nodesRestored: 0, relationshipsRestored: 0 },
  };
  const session = db.driver.session({ database: db.database, defaultAccessMode: neo4j.session.WRITE });
  const tx = session.beginTransaction({ timeout: options.timeoutMs ?? 30 * 60_000, metadata: { app: 'newtowns', query: 'import.undo', importId } });
  let committed = false;
  try {
    await advanceGraphHead(tx, `undo:${importId}`);
    const record = await readImportRecord(tx, importId);
    if (!record) {
      report.status = 'not-found';
      report.reasons.push(`there is no import with id ${importId}; \`newtowns imports\` lists them`);
      return report;
    }
    if (record.status !== 'applied') {
      report.reasons.push(`import ${importId} has status '${record.status}'; only an applied import can be undone`);
      return report;
    }
    const changes = (record.changes as UndoData | null) ?? { nodes: [], relationships: [] };
    const counts = (record.counts ?? {}) as { nodesCreated?: Record<string, number>; relationshipsCreated?: Record<string, number> };
    const laterChange = (what: string, by: unknown) => report.reasons.push(`${what} was changed later by import ${String(by)}; undo that import first`);

    // What it created, through the importId indexes of the labels and types it created.
    const createdNodes: Array<{ eid: string; id: string | null; label: string }> = [];
    for (const label of Object.keys(counts.nodesCreated ?? {})) {
      const query = CREATED_NODES[label];
      if (!query) continue;
      for (const r of (await tx.run(query.text, { id: importId })).records) {
        createdNodes.push({ eid: r.get('eid') as string, id: r.get('id') as string | null, label });
        if (r.get('changedBy')) laterChange(`node ${r.get('id')}, which this import created,`, r.get('changedBy'));
      }
    }
    const createdRels: string[] = [];
    for (const type of Object.keys(counts.relationshipsCreated ?? {})) {
      const query = CREATED_RELATIONSHIPS[type];
      if (!query) continue;
      for (const r of (await tx.run(query.text, { id: importId })).records) {
        createdRels.push(r.get('eid') as string);
        if (r.get('changedBy')) laterChange(`(${r.get('from')})-[:${type}]->(${r.get('to')}), which this import created,`, r.get('changedBy'));
      }
    }

    // 1. Relationships made by others on nodes it created.
    const foreign = await tx.run(Q.foreignRelationships.text, { eids: createdNodes.map((n) => n.eid), id: importId });
    for (const r of foreign.records) {
      const by = r.get('by') as string | null;
      const rel = r.get('outgoing') ? `(${r.get('node')})-[:${r.get('type')}]->(${r.get('other')})` : `(${r.get('other')})-[:${r.get('type')}]->(${r.get('node')})`;
      report.reasons.push(`${rel} was added ${by ? `by import ${by}` : 'outside any import'} to a node this import created; undo that first`);
    }

    // 2. What it changed must still be as it left it: still there, and changed by nobody since.
    const nodesNow = new Map((await tx.run(Q.currentNodes.text, { eids: changes.nodes.map((c) => c.eid) })).records.map((r) => [r.get('eid') as string, r]));
    for (const c of changes.nodes) {
      const now = nodesNow.get(c.eid);
      if (!now || now.get('id') !== c.id) report.reasons.push(`node ${c.id}, which this import changed, no longer exists`);
      else if (now.get('changedBy') !== importId) laterChange(`node ${c.id}`, now.get('changedBy'));
    }
    const relsNow = new Map(
      (await tx.run(Q.currentRelationships.text, { eids: changes.relationships.map((c) => c.eid) })).records.map((r) => [r.get('eid') as string, r]),
    );
    for (const c of changes.relationships) {
      const now = relsNow.get(c.eid);
      const name = `(${c.from})-[:${c.type}]->(${c.to})`;
      if (!now || now.get('type') !== c.type || now.get('from') !== c.from || now.get('to') !== c.to) {
        report.reasons.push(`relationship ${name}, which this import changed, no longer exists`);
      } else if (now.get('changedBy') !== importId) {
        laterChange(`relationship ${name}`, now.get('changedBy'));
      }
    }

    // 3. Later imports that cite a Source it created.
    const sources = createdNodes.filter((n) => n.label === SOURCE_LABEL && n.id).map((n) => n.id!);
    if (sources.length) {
      for (const r of (await tx.run(Q.citing.text, { id: importId, sources })).records) {
        report.reasons.push(`import ${r.get('id')} cites ${(r.get('sources') as string[]).join(', ')}, which this import created; undo that import first`);
      }
    }

    if (report.reasons.length) return report;

    report.counts.relationshipsDeleted = count(await tx.run(Q.deleteRelationships.text, { eids: createdRels }), 'deleted');
    report.counts.nodesDeleted = count(await tx.run(Q.deleteNodes.text, { eids: createdNodes.map((n) => n.eid) }), 'deleted');
    const restore = (c: { eid: string; before: Record<string, unknown>; changedBy: string | null }) => ({
      eid: c.eid,
      props: { ...Object.fromEntries(Object.entries(c.before).map(([k, v]) => [k, decodeValue(v as never)])), changedBy: c.changedBy },
    });
    report.counts.nodesRestored = count(await tx.run(Q.restoreNodes.text, { rows: changes.nodes.map(restore) }), 'restored');
    report.counts.relationshipsRestored = count(await tx.run(Q.restoreRelationships.text, { rows: changes.relationships.map(restore) }), 'restored');
    await markUndone(tx, importId, options.actor ?? null);
    await tx.commit();
    committed = true;
    report.status = 'undone';
    return report;
  } finally {
    if (!committed && tx.isOpen()) await tx.rollback().catch(() => {});
    await session.close();
  }
}

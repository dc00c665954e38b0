/**
 * Writes what an import created and changed, in the import's transaction, with four fixed queries,
 * each taking a batch of rows as a parameter. A file's literals never become query text, so every
 * batch shares one plan, whatever the file's layout.
 */
import type { Transaction } from 'neo4j-driver';
import { cypher } from '../db/driver.ts';
import { CHANGED_BY_PROPERTY, IMPORT_ID_PROPERTY, isRelationshipType } from '../ontology.ts';
import { NodeRec, RelRec, knowledgeLabel, type PropertyChange } from './track.ts';
import { newMap, type ValueMap } from './values.ts';

const BATCH = 2000;

// One query per kind of write, for every label and type (dynamic labels and types in CREATE need no
// index, and one plan serves every label): a cold start plans four queries, not one per label.
const CREATE_NODES = cypher(
  'import.write.createNodes',
  'UNWIND $rows AS row CREATE (n:$(row.label)) SET n = row.props RETURN row.h AS h, elementId(n) AS eid',
);
const CREATE_RELATIONSHIPS = cypher(
  'import.write.createRelationships',
  `UNWIND $rows AS row
   MATCH (a) WHERE elementId(a) = row.a
   MATCH (b) WHERE elementId(b) = row.b
   CREATE (a)-[r:$(row.type)]->(b) SET r = row.props
   RETURN count(r) AS created`,
);

// `SET x += row.set` with null for a removed property.
const UPDATE_NODES = cypher('import.write.updateNodes', 'UNWIND $rows AS row MATCH (n) WHERE elementId(n) = row.eid SET n += row.set RETURN count(n) AS updated');
const UPDATE_RELATIONSHIPS = cypher(
  'import.write.updateRelationships',
  'UNWIND $rows AS row MATCH ()-[r]->() WHERE elementId(r) = row.eid SET r += row.set RETURN count(r) AS updated',
);

export interface WriteSet {
  newNodes: NodeRec[];
  changedNodes: Array<{ rec: NodeRec; change: PropertyChange }>;
  newRelationships: RelRec[];
  changedRelationships: Array<{ rec: RelRec; change: PropertyChange }>;
}

export interface WriteProgress {
  done: number;
  total: number;
}

function batches<T>(list: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += BATCH) out.push(list.slice(i, i + BATCH));
  return out;
}

/** The label to create, checked once more here: only the ontology's labels are ever written. */
function ontologyLabel(rec: NodeRec): string {
  const label = knowledgeLabel(rec);
  if (!label || rec.labels.length !== 1) throw new Error(`internal: a node with labels ${rec.labels.join(', ')} reached the write`);
  return label;
}

function ontologyType(rec: RelRec): string {
  if (!isRelationshipType(rec.type)) throw new Error(`internal: a relationship of type ${rec.type} reached the write`);
  return rec.type;
}

function withProvenance(props: ValueMap, importId: string): ValueMap {
  const out = Object.assign(newMap(), props);
  out[IMPORT_ID_PROPERTY] = importId;
  return out;
}

function delta(change: PropertyChange, importId: string): ValueMap {
  const set = Object.assign(newMap(), change.after);
  set[CHANGED_BY_PROPERTY] = importId;
  return set;
}

/** Writes `set` in `tx`; calls `progress` after every batch. Throws what Neo4j throws. */
export async function writeChanges(tx: Transaction, set: WriteSet, importId: string, progress: (p: WriteProgress) => void): Promise<void> {
  const total = set.newNodes.length + set.changedNodes.length + set.newRelationships.length + set.changedRelationships.length;
  let done = 0;
  const step = (n: number) => progress({ done: (done += n), total });

  const eid = new Map<NodeRec, string>();
  for (const batch of batches(set.newNodes)) {
    const rows = batch.map((rec) => ({ h: rec.h, label: ontologyLabel(rec), props: withProvenance(rec.props, importId) }));
    const result = await tx.run(CREATE_NODES.text, { rows });
    const byHandle = new Map(batch.map((rec) => [rec.h, rec]));
    for (const r of result.records) eid.set(byHandle.get(Number(r.get('h')))!, r.get('eid') as string);
    step(batch.length);
  }

  for (const batch of batches(set.changedNodes)) {
    await tx.run(UPDATE_NODES.text, { rows: batch.map(({ rec, change }) => ({ eid: rec.found!.eid, set: delta(change, importId) })) });
    step(batch.length);
  }

  const endEid = (rec: NodeRec) => rec.found?.eid ?? eid.get(rec)!;
  for (const batch of batches(set.newRelationships)) {
    const rows = batch.map((rec) => ({ a: endEid(rec.from), b: endEid(rec.to), type: ontologyType(rec), props: withProvenance(rec.props, importId) }));
    await tx.run(CREATE_RELATIONSHIPS.text, { rows });
    step(batch.length);
  }

  for (const batch of batches(set.changedRelationships)) {
    await tx.run(UPDATE_RELATIONSHIPS.text, { rows: batch.map(({ rec, change }) => ({ eid: rec.found!.eid, set: delta(change, importId) })) });
    step(batch.length);
  }
}

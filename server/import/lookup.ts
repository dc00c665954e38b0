/**
 * The only reads an import makes of the graph, all by index: the nodes a file names (by label and
 * unique key), the relationships between node pairs it MERGEs or MATCHes, whether keys it creates or
 * cites exist already, and who owns what it changes. Each is a fixed query per label or type of the
 * ontology, written here once, with the file's values as parameters. Their cost follows the file,
 * not the graph.
 */
import type { ManagedTransaction, Transaction } from 'neo4j-driver';
import { cypher, type NamedQuery } from '../db/driver.ts';
import { LABEL_NAMES, type LabelName } from '../ontology.ts';
import { uniqueKeys } from './check.ts';
import { indexKey, type FoundNode, type FoundRel, type NodeLookup, type RelLookup } from './track.ts';
import { toValueMap, type Value } from './values.ts';

type Tx = Transaction | ManagedTransaction;

const CHUNK = 5000;

/** Per (label, unique key) of the ontology: the nodes with those key values (an index seek each). */
const NODE_LOOKUPS: Record<string, NamedQuery> = Object.fromEntries(
  LABEL_NAMES.flatMap((label) =>
    uniqueKeys(label).map((key) => [
      `${label}.${key}`,
      cypher(
        `import.lookup.${label}.${key}`,
        `UNWIND $values AS value MATCH (n:${label} {${key}: value}) RETURN elementId(n) AS eid, labels(n) AS labels, properties(n) AS props`,
      ),
    ]),
  ),
);

// One query for every type (one plan to make on a cold start, not one per type): the relationships
// between two given nodes, found from both ends (Neo4j expands from the one with fewer).
const LOOKUP_RELATIONSHIPS = cypher(
  'import.lookup.relationships',
  `UNWIND $pairs AS p
   MATCH (a) WHERE elementId(a) = p.a
   MATCH (b) WHERE elementId(b) = p.b
   MATCH (a)-[r]->(b) WHERE type(r) = p.type
   RETURN p.a AS a, p.b AS b, p.type AS type, elementId(r) AS eid, properties(r) AS props`,
);

// One label-union scan that stops at the first node: its cost does not grow with the graph, and a
// seed into an empty database (every `npm start` on a fresh clone) plans one query instead of one
// per label and key.
export const KNOWLEDGE_EXISTS = cypher(
  'import.lookup.knowledgeExists',
  `RETURN EXISTS { MATCH (n:${LABEL_NAMES.join('|')}) } AS any`,
);

const OWNERS = cypher(
  'import.lookup.owners',
  // Records written before `curated` existed: the seed's was the curated one.
  `UNWIND $ids AS id MATCH (i:Import {id: id})
   RETURN i.id AS id, CASE WHEN coalesce(i.curated, i.actor = 'newtowns seed') THEN null ELSE i.partner END AS owner`,
);

function chunks<T>(list: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += CHUNK) out.push(list.slice(i, i + CHUNK));
  return out;
}

/** Whether the graph holds any knowledge node; when it holds none, nothing a file names can be found. */
export async function hasKnowledge(tx: Tx): Promise<boolean> {
  const result = await tx.run(KNOWLEDGE_EXISTS.text);
  return result.records[0]?.get('any') === true;
}

/**
 * Reads the nodes named by `lookups`; also returns the index keys that were asked for. On a graph
 * without knowledge (`graphEmpty`) it asks Neo4j nothing.
 */
export async function readNodes(tx: Tx, lookups: Iterable<NodeLookup>, graphEmpty = false): Promise<{ found: FoundNode[]; asked: Set<string> }> {
  const groups = new Map<string, Value[]>();
  const asked = new Set<string>();
  for (const l of lookups) {
    const group = `${l.label}.${l.key}`;
    if (!NODE_LOOKUPS[group]) throw new Error(`internal: ${group} is not a unique key of the ontology`);
    asked.add(indexKey(l.label, l.key, l.value));
    let list = groups.get(group);
    if (!list) groups.set(group, (list = []));
    list.push(l.value);
  }
  const found: FoundNode[] = [];
  if (graphEmpty) return { found, asked };
  for (const [group, values] of groups) {
    for (const chunk of chunks(values)) {
      const result = await tx.run(NODE_LOOKUPS[group]!.text, { values: chunk });
      for (const r of result.records) {
        found.push({ eid: r.get('eid') as string, labels: r.get('labels') as string[], props: toValueMap(r.get('props') as Record<string, unknown>) });
      }
    }
  }
  return { found, asked };
}

/** Reads the relationships between the pairs of found nodes that `lookups` name. */
export async function readRelationships(
  tx: Tx,
  lookups: Iterable<RelLookup>,
  eidOf: (label: string, key: string, value: Value) => string | undefined,
): Promise<{ found: FoundRel[]; asked: Set<string> }> {
  const pairs: Array<{ a: string; b: string; type: string }> = [];
  const asked = new Set<string>();
  for (const l of lookups) {
    const a = eidOf(l.from.label, l.from.key, l.from.value);
    const b = eidOf(l.to.label, l.to.key, l.to.value);
    if (!a || !b) continue;
    const k = `${a}|${l.type}|${b}`;
    if (asked.has(k)) continue;
    asked.add(k);
    pairs.push({ a, b, type: l.type });
  }
  const found: FoundRel[] = [];
  for (const chunk of chunks(pairs)) {
    const result = await tx.run(LOOKUP_RELATIONSHIPS.text, { pairs: chunk });
    for (const r of result.records) {
      found.push({
        eid: r.get('eid') as string,
        type: r.get('type') as string,
        fromEid: r.get('a') as string,
        toEid: r.get('b') as string,
        props: toValueMap(r.get('props') as Record<string, unknown>),
      });
    }
  }
  return { found, asked };
}

/** Which of `keys` (label, unique key, value) exist in the graph: their index keys. */
export async function existingKeys(tx: Tx, keys: NodeLookup[], graphEmpty = false): Promise<Set<string>> {
  const { found } = await readNodes(tx, keys, graphEmpty);
  const out = new Set<string>();
  for (const n of found) {
    for (const label of n.labels) {
      if (!(LABEL_NAMES as string[]).includes(label)) continue;
      for (const key of uniqueKeys(label as LabelName)) {
        const v = n.props[key];
        if (v !== undefined && v !== null) out.add(indexKey(label, key, v));
      }
    }
  }
  return out;
}

/** The owner of each import id: its partner, or null for a curated import; ids without a record are left out. */
export async function importOwners(tx: Tx, importIds: string[]): Promise<Map<string, string | null>> {
  const out = new Map<string, string | null>();
  for (const ids of chunks(importIds)) {
    const result = await tx.run(OWNERS.text, { ids });
    for (const r of result.records) out.set(r.get('id') as string, (r.get('owner') as string | null) ?? null);
  }
  return out;
}

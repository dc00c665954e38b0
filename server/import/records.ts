/**
 * Import records (provenance) and undo.
 *
 * Every applied import leaves one `(:Import)` node, written in the same transaction as its data:
 *   id, fileName, files, sha256, partner, actor, startedAt, finishedAt (DATETIME), status
 *   ('applied', later 'undone'), counts (JSON string), warnings (list of strings), statements,
 *   ontologyVersion, and the undo data:
 *   changes          JSON string: for each pre-existing node or relationship whose properties the
 *                    import changed, its element id, readable key, and the changed properties'
 *                    values before and after (values in a typed JSON encoding, see `encodeValue`)
 *   changedNodes     list of element ids of those nodes (for "did a later import touch it?")
 *   changedRelationships  the same for relationships
 * Every node and relationship the import created carries `importId` = the Import's id.
 *
 * Undo deletes what the import created and restores the previous values of what it changed, in
 * one transaction, and refuses (changing nothing) when later work built on the import.
 */
import neo4j, {
  type Transaction,
  isDate,
  isDateTime,
  isDuration,
  isInt,
  isLocalDateTime,
  isLocalTime,
  isPoint,
  isTime,
} from 'neo4j-driver';
import { cypher, plain, type Db } from '../db/driver.ts';
import { IMPORT_ID_PROPERTY, LABELS, LABEL_NAMES, RELATIONSHIPS, RELATIONSHIP_TYPES, type PropertyDef } from '../ontology.ts';
import { isSourceReference, SOURCE_LABEL } from './validate.ts';

// ---------------------------------------------------------------------------------------------
// One import or undo at a time in this process: APOC's temporary constraint is shared, and undo's
// "did later work build on it" checks assume imports do not interleave.

let queue: Promise<unknown> = Promise.resolve();

/** Runs `work` after every import or undo started before it in this process has finished. */
export function exclusive<T>(work: () => Promise<T>): Promise<T> {
  const run = queue.then(work, work);
  queue = run.catch(() => {});
  return run;
}

// ---------------------------------------------------------------------------------------------
// Values: a JSON encoding that keeps Neo4j's types (INTEGER vs FLOAT, DATE, ...) exactly.

export type Encoded =
  | null
  | string
  | boolean
  | number
  | Encoded[]
  | { $int: string }
  | { $float: string }
  | { $t: 'Date' | 'DateTime' | 'LocalDateTime' | 'Time' | 'LocalTime' | 'Duration' | 'Point'; f: Record<string, unknown> };

/** A driver value -> JSON (floats stay numbers; integers, temporals, points are tagged). */
export function encodeValue(value: unknown): Encoded {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : { $float: String(value) };
  if (isInt(value)) return { $int: value.toString() };
  if (Array.isArray(value)) return value.map(encodeValue);
  const fields = (v: object, keys: string[]) => Object.fromEntries(keys.map((k) => [k, plain((v as Record<string, unknown>)[k])]));
  if (isDate(value)) return { $t: 'Date', f: fields(value, ['year', 'month', 'day']) };
  if (isDateTime(value)) {
    return { $t: 'DateTime', f: fields(value, ['year', 'month', 'day', 'hour', 'minute', 'second', 'nanosecond', 'timeZoneOffsetSeconds', 'timeZoneId']) };
  }
  if (isLocalDateTime(value)) return { $t: 'LocalDateTime', f: fields(value, ['year', 'month', 'day', 'hour', 'minute', 'second', 'nanosecond']) };
  if (isTime(value)) return { $t: 'Time', f: fields(value, ['hour', 'minute', 'second', 'nanosecond', 'timeZoneOffsetSeconds']) };
  if (isLocalTime(value)) return { $t: 'LocalTime', f: fields(value, ['hour', 'minute', 'second', 'nanosecond']) };
  if (isDuration(value)) return { $t: 'Duration', f: fields(value, ['months', 'days', 'seconds', 'nanoseconds']) };
  if (isPoint(value)) return { $t: 'Point', f: { srid: plain(value.srid), x: value.x, y: value.y, z: value.z ?? null } };
  throw new Error(`cannot record a property value of type ${Object.prototype.toString.call(value)}`);
}

/** JSON from `encodeValue` -> a driver value to send as a parameter. */
export function decodeValue(value: Encoded): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(decodeValue);
  if ('$int' in value) return neo4j.int(value.$int);
  if ('$float' in value) return Number(value.$float);
  const f = value.f;
  const n = (k: string) => Number(f[k]);
  const opt = (k: string) => (f[k] === null || f[k] === undefined ? undefined : f[k]);
  const T = neo4j.types;
  switch (value.$t) {
    case 'Date':
      return new T.Date(n('year'), n('month'), n('day'));
    case 'DateTime': {
      const offset = opt('timeZoneOffsetSeconds');
      const zone = opt('timeZoneId');
      return new T.DateTime(
        n('year'), n('month'), n('day'), n('hour'), n('minute'), n('second'), n('nanosecond'),
        offset === undefined ? undefined : Number(offset), zone === undefined ? undefined : String(zone),
      );
    }
    case 'LocalDateTime':
      return new T.LocalDateTime(n('year'), n('month'), n('day'), n('hour'), n('minute'), n('second'), n('nanosecond'));
    case 'Time':
      return new T.Time(n('hour'), n('minute'), n('second'), n('nanosecond'), n('timeZoneOffsetSeconds'));
    case 'LocalTime':
      return new T.LocalTime(n('hour'), n('minute'), n('second'), n('nanosecond'));
    case 'Duration':
      return new T.Duration(n('months'), n('days'), n('seconds'), n('nanoseconds'));
    case 'Point':
      return f.z === null || f.z === undefined ? new T.Point(n('srid'), n('x'), n('y')) : new T.Point(n('srid'), n('x'), n('y'), n('z'));
  }
}

/** A stable text for comparing two values (equal text = equal value and type). */
export function valueKey(value: unknown): string {
  return JSON.stringify(encodeValue(value));
}

// ---------------------------------------------------------------------------------------------
// Changes of pre-existing elements

export interface ElementChange {
  elementId: string;
  /** Node: its labels and `id`; relationship: its type and the `id`s of its ends. */
  labels?: string[];
  id?: string | null;
  type?: string;
  from?: string | null;
  to?: string | null;
  /** Changed properties: value before the import (null = absent) and after it. */
  before: Record<string, Encoded>;
  after: Record<string, Encoded>;
}

export interface Changes {
  nodes: ElementChange[];
  relationships: ElementChange[];
}

/** The keys whose values differ between two property maps (driver values), with both sides. */
export function diffProperties(
  before: Record<string, unknown>,
  after: Record<string, unknown>,
  ignore: readonly string[] = [],
): { before: Record<string, Encoded>; after: Record<string, Encoded> } | null {
  const b: Record<string, Encoded> = {};
  const a: Record<string, Encoded> = {};
  let changed = false;
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    if (ignore.includes(key)) continue;
    const eb = encodeValue(before[key]);
    const ea = encodeValue(after[key]);
    if (JSON.stringify(eb) !== JSON.stringify(ea)) {
      b[key] = eb;
      a[key] = ea;
      changed = true;
    }
  }
  return changed ? { before: b, after: a } : null;
}

// ---------------------------------------------------------------------------------------------
// The Import node

export type ImportStatus = 'applied' | 'undone';

export interface ImportRecord {
  id: string;
  fileName: string;
  files: string[];
  sha256: string;
  partner: string | null;
  actor: string | null;
  startedAt: string;
  finishedAt: string;
  status: string;
  counts: unknown;
  warnings: string[];
  statements: number;
  undoneAt: string | null;
  undoneBy: string | null;
}

const writeImport = cypher(
  'import.record.write',
  `MERGE (i:Import {id: $id})
   SET i.fileName = $fileName, i.files = $files, i.sha256 = $sha256, i.partner = $partner, i.actor = $actor,
       i.startedAt = datetime($startedAt), i.finishedAt = datetime($finishedAt), i.status = $status,
       i.counts = $counts, i.warnings = $warnings, i.statements = $statements, i.ontologyVersion = $ontologyVersion,
       i.changes = $changes, i.changedNodes = $changedNodes, i.changedRelationships = $changedRelationships
   REMOVE i.leaseUntil`,
);

export interface NewImport {
  id: string;
  fileName: string;
  files: string[];
  sha256: string;
  partner: string | null;
  actor: string | null;
  startedAt: string;
  finishedAt: string;
  counts: unknown;
  warnings: string[];
  statements: number;
  ontologyVersion: number;
  changes: Changes;
}

/** An Import record as query parameters. */
export function recordParams(record: NewImport) {
  return {
    ...record,
    statements: neo4j.int(record.statements),
    ontologyVersion: neo4j.int(record.ontologyVersion),
    counts: JSON.stringify(record.counts),
    changes: JSON.stringify(record.changes),
    changedNodes: record.changes.nodes.map((c) => c.elementId),
    changedRelationships: record.changes.relationships.map((c) => c.elementId),
  };
}

/** Writes (or completes, for a staged import) the Import node inside the import's transaction. */
export async function writeImportRecord(tx: Transaction, record: NewImport, status: 'applied'): Promise<void> {
  await tx.run(writeImport.text, { ...recordParams(record), status });
}

const RECORD_FIELDS = `i.id AS id, i.fileName AS fileName, i.files AS files, i.sha256 AS sha256, i.partner AS partner,
  i.actor AS actor, toString(i.startedAt) AS startedAt, toString(i.finishedAt) AS finishedAt, i.status AS status,
  i.counts AS counts, i.warnings AS warnings, i.statements AS statements, toString(i.undoneAt) AS undoneAt, i.undoneBy AS undoneBy`;

const listImports = cypher('import.record.list', `MATCH (i:Import) RETURN ${RECORD_FIELDS} ORDER BY i.startedAt DESC, i.id DESC LIMIT $limit`);
const getImport = cypher('import.record.get', `MATCH (i:Import {id: $id}) RETURN ${RECORD_FIELDS}`);

function toRecord(r: { get(key: string): unknown }): ImportRecord {
  const counts = r.get('counts');
  return {
    id: r.get('id') as string,
    fileName: r.get('fileName') as string,
    files: (r.get('files') as string[] | null) ?? [],
    sha256: r.get('sha256') as string,
    partner: (r.get('partner') as string | null) ?? null,
    actor: (r.get('actor') as string | null) ?? null,
    startedAt: r.get('startedAt') as string,
    finishedAt: r.get('finishedAt') as string,
    status: r.get('status') as string,
    counts: typeof counts === 'string' ? JSON.parse(counts) : null,
    warnings: (r.get('warnings') as string[] | null) ?? [],
    statements: Number(plain(r.get('statements')) ?? 0),
    undoneAt: (r.get('undoneAt') as string | null) ?? null,
    undoneBy: (r.get('undoneBy') as string | null) ?? null,
  };
}

/** Past imports, newest first. */
export async function listImportRecords(db: Db, limit = 1000): Promise<ImportRecord[]> {
  const result = await db.read(listImports, { limit: neo4j.int(limit) });
  return result.records.map(toRecord);
}

export async function getImportRecord(db: Db, id: string): Promise<ImportRecord | null> {
  const result = await db.read(getImport, { id });
  return result.records[0] ? toRecord(result.records[0]) : null;
}

// ---------------------------------------------------------------------------------------------
// Undo

export interface UndoReport {
  importId: string;
  status: 'undone' | 'refused' | 'not-found';
  /** Why undo was refused: each a sentence naming the element and what built on it. */
  reasons: string[];
  counts: { nodesDeleted: number; relationshipsDeleted: number; nodesRestored: number; relationshipsRestored: number };
}

const undoLoad = cypher(
  'import.undo.load',
  `MATCH (i:Import {id: $id})
   RETURN i.status AS status, i.changes AS changes, i.finishedAt AS finishedAt`,
);

// A relationship someone else made on a node this import created: deleting the node would take it along.
const undoForeignRelationships = cypher(
  'import.undo.foreignRelationships',
  `MATCH (n) WHERE n[$key] = $id
   MATCH (n)-[r]-(m) WHERE r[$key] IS NULL OR r[$key] <> $id
   RETURN n.id AS node, type(r) AS type, startNode(r) = n AS outgoing, m.id AS other, r[$key] AS by
   LIMIT 10`,
);

// Later applied imports that changed something this import created or changed.
const undoLaterImports = cypher(
  'import.undo.laterImports',
  `MATCH (later:Import) WHERE later.status = 'applied' AND later.id <> $id AND later.finishedAt > $finishedAt
   WITH later, [e IN coalesce(later.changedNodes, []) WHERE e IN $nodes] AS nodes,
        [e IN coalesce(later.changedRelationships, []) WHERE e IN $relationships] AS rels
   WHERE size(nodes) > 0 OR size(rels) > 0
   RETURN later.id AS id, size(nodes) AS nodes, size(rels) AS relationships
   LIMIT 10`,
);

const undoCreatedIds = cypher(
  'import.undo.createdElementIds',
  `CALL { MATCH (n) WHERE n[$key] = $id RETURN collect(elementId(n)) AS nodes }
   CALL { MATCH ()-[r]->() WHERE r[$key] = $id RETURN collect(elementId(r)) AS rels }
   RETURN nodes, rels`,
);

// Source ids this import created that other elements still cite.
const undoCitedSources = cypher(
  'import.undo.citedSources',
  `MATCH (s:${SOURCE_LABEL}) WHERE s[$key] = $id
   WITH collect(s.id) AS created
   WHERE size(created) > 0
   CALL {
     WITH created
     MATCH (n) WHERE (n[$key] IS NULL OR n[$key] <> $id) AND any(k IN $refKeys WHERE n[k] IS NOT NULL
       AND any(v IN (CASE WHEN valueType(n[k]) STARTS WITH 'LIST' THEN n[k] ELSE [n[k]] END) WHERE v IN created))
     RETURN 'node ' + coalesce(n.id, elementId(n)) AS citer
     UNION
     WITH created
     MATCH (a)-[r]->(b) WHERE (r[$key] IS NULL OR r[$key] <> $id) AND any(k IN $refKeys WHERE r[k] IS NOT NULL
       AND any(v IN (CASE WHEN valueType(r[k]) STARTS WITH 'LIST' THEN r[k] ELSE [r[k]] END) WHERE v IN created))
     RETURN 'relationship ' + coalesce(a.id, '?') + ' -[:' + type(r) + ']-> ' + coalesce(b.id, '?') AS citer
   }
   RETURN citer LIMIT 10`,
);

const undoCurrentNodes = cypher(
  'import.undo.currentNodes',
  `UNWIND $eids AS eid MATCH (n) WHERE elementId(n) = eid RETURN eid, n.id AS id, properties(n) AS props`,
);
const undoCurrentRelationships = cypher(
  'import.undo.currentRelationships',
  `UNWIND $eids AS eid MATCH (a)-[r]->(b) WHERE elementId(r) = eid RETURN eid, type(r) AS type, a.id AS from, b.id AS to, properties(r) AS props`,
);

const undoDeleteRelationships = cypher(
  'import.undo.deleteRelationships',
  `MATCH ()-[r]->() WHERE r[$key] = $id DELETE r RETURN count(*) AS deleted`,
);
const undoDeleteNodes = cypher('import.undo.deleteNodes', `MATCH (n) WHERE n[$key] = $id DELETE n RETURN count(*) AS deleted`);
const undoRestoreNodes = cypher(
  'import.undo.restoreNodes',
  `UNWIND $rows AS row MATCH (n) WHERE elementId(n) = row.eid SET n += row.props RETURN count(*) AS restored`,
);
const undoRestoreRelationships = cypher(
  'import.undo.restoreRelationships',
  `UNWIND $rows AS row MATCH ()-[r]->() WHERE elementId(r) = row.eid SET r += row.props RETURN count(*) AS restored`,
);
const undoMark = cypher(
  'import.undo.mark',
  `MATCH (i:Import {id: $id}) SET i.status = 'undone', i.undoneAt = datetime(), i.undoneBy = $actor`,
);

/** The property keys that hold Source ids, anywhere in the vocabulary. */
function sourceReferenceKeys(): string[] {
  const keys = new Set<string>();
  const add = (props: Readonly<Record<string, PropertyDef>>) => {
    for (const [k, def] of Object.entries(props)) if (isSourceReference(k, def)) keys.add(k);
  };
  for (const l of LABEL_NAMES) add(LABELS[l].properties);
  for (const t of RELATIONSHIP_TYPES) add(RELATIONSHIPS[t].properties);
  return [...keys];
}

/**
 * Reverts one applied import: deletes the nodes and relationships it created and restores the
 * properties it changed. Refuses, changing nothing, when later work built on it: a relationship
 * from elsewhere on one of its nodes, a later import that changed one of its elements, a property
 * it set that has changed since, or a Source it created that something else cites.
 */
export async function undoImport(db: Db, importId: string, options: { actor?: string | null; timeoutMs?: number } = {}): Promise<UndoReport> {
  return exclusive(() => undoImportNow(db, importId, options));
}

async function undoImportNow(db: Db, importId: string, options: { actor?: string | null; timeoutMs?: number }): Promise<UndoReport> {
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
    const key = IMPORT_ID_PROPERTY;
    const loaded = await tx.run(undoLoad.text, { id: importId });
    const record = loaded.records[0];
    if (!record) {
      report.status = 'not-found';
      report.reasons.push(`there is no import with id ${importId}; \`newtowns imports\` lists them`);
      return report;
    }
    if (record.get('status') !== 'applied') {
      report.reasons.push(`import ${importId} has status '${String(record.get('status'))}'; only an applied import can be undone`);
      return report;
    }
    const changes = JSON.parse((record.get('changes') as string | null) ?? '{"nodes":[],"relationships":[]}') as Changes;
    const finishedAt = record.get('finishedAt');

    // 1. Relationships made by others on nodes this import created.
    const foreign = await tx.run(undoForeignRelationships.text, { key, id: importId });
    for (const r of foreign.records) {
      const by = r.get('by') as string | null;
      const rel = r.get('outgoing') ? `(${r.get('node')})-[:${r.get('type')}]->(${r.get('other')})` : `(${r.get('other')})-[:${r.get('type')}]->(${r.get('node')})`;
      report.reasons.push(`${rel} was added ${by ? `by import ${by}` : 'outside any import'} to a node this import created; undo that first`);
    }

    // 2. Later imports that changed what this import created or changed.
    const created = (await tx.run(undoCreatedIds.text, { key, id: importId })).records[0]!;
    const nodes = [...(created.get('nodes') as string[]), ...changes.nodes.map((c) => c.elementId)];
    const rels = [...(created.get('rels') as string[]), ...changes.relationships.map((c) => c.elementId)];
    const later = await tx.run(undoLaterImports.text, { id: importId, finishedAt, nodes, relationships: rels });
    for (const r of later.records) {
      report.reasons.push(
        `the later import ${r.get('id')} changed ${plain(r.get('nodes'))} node(s) and ${plain(r.get('relationships'))} relationship(s) this import created or changed; undo it first`,
      );
    }

    // 3. Properties this import changed must still hold the values it set.
    const currentNodes = await tx.run(undoCurrentNodes.text, { eids: changes.nodes.map((c) => c.elementId) });
    const nodeNow = new Map(currentNodes.records.map((r) => [r.get('eid') as string, r]));
    for (const change of changes.nodes) {
      const now = nodeNow.get(change.elementId);
      if (!now || (change.id && now.get('id') !== change.id)) {
        report.reasons.push(`node ${change.id ?? change.elementId}, which this import changed, no longer exists`);
        continue;
      }
      const props = now.get('props') as Record<string, unknown>;
      for (const [k, v] of Object.entries(change.after)) {
        if (JSON.stringify(encodeValue(props[k])) !== JSON.stringify(v)) {
          report.reasons.push(`node ${change.id ?? change.elementId}: \`${k}\` has changed since this import set it; restoring it would lose that change`);
        }
      }
    }
    const currentRels = await tx.run(undoCurrentRelationships.text, { eids: changes.relationships.map((c) => c.elementId) });
    const relNow = new Map(currentRels.records.map((r) => [r.get('eid') as string, r]));
    for (const change of changes.relationships) {
      const now = relNow.get(change.elementId);
      const name = `(${change.from})-[:${change.type}]->(${change.to})`;
      if (!now || now.get('type') !== change.type || now.get('from') !== change.from || now.get('to') !== change.to) {
        report.reasons.push(`relationship ${name}, which this import changed, no longer exists`);
        continue;
      }
      const props = now.get('props') as Record<string, unknown>;
      for (const [k, v] of Object.entries(change.after)) {
        if (JSON.stringify(encodeValue(props[k])) !== JSON.stringify(v)) {
          report.reasons.push(`relationship ${name}: \`${k}\` has changed since this import set it; restoring it would lose that change`);
        }
      }
    }

    // 4. Sources this import created that others cite.
    const cited = await tx.run(undoCitedSources.text, { key, id: importId, refKeys: sourceReferenceKeys() });
    for (const r of cited.records) report.reasons.push(`${r.get('citer')} cites a Source this import created; remove that citation first`);

    if (report.reasons.length) return report;

    // Apply.
    const deletedRels = await tx.run(undoDeleteRelationships.text, { key, id: importId });
    report.counts.relationshipsDeleted = Number(plain(deletedRels.records[0]?.get('deleted')) ?? 0);
    const deletedNodes = await tx.run(undoDeleteNodes.text, { key, id: importId });
    report.counts.nodesDeleted = Number(plain(deletedNodes.records[0]?.get('deleted')) ?? 0);
    const restore = (list: ElementChange[]) =>
      list.map((c) => ({ eid: c.elementId, props: Object.fromEntries(Object.entries(c.before).map(([k, v]) => [k, decodeValue(v)])) }));
    const rn = await tx.run(undoRestoreNodes.text, { rows: restore(changes.nodes) });
    report.counts.nodesRestored = Number(plain(rn.records[0]?.get('restored')) ?? 0);
    const rr = await tx.run(undoRestoreRelationships.text, { rows: restore(changes.relationships) });
    report.counts.relationshipsRestored = Number(plain(rr.records[0]?.get('restored')) ?? 0);
    await tx.run(undoMark.text, { id: importId, actor: options.actor ?? null });
    await tx.commit();
    committed = true;
    report.status = 'undone';
    return report;
  } finally {
    if (!committed && tx.isOpen()) await tx.rollback().catch(() => {});
    await session.close();
  }
}

// ---------------------------------------------------------------------------------------------
// Compensation of a staged import that did not complete

const compensateLoad = cypher('import.compensate.load', "MATCH (i:Import {id: $id}) WHERE i.status = 'staging' RETURN i.changes AS changes");
const compensateDeleteRelationships = cypher(
  'import.compensate.deleteRelationships',
  'MATCH ()-[r]->() WHERE r[$key] = $id WITH r LIMIT 10000 DELETE r RETURN count(*) AS deleted',
);
const compensateDeleteNodes = cypher(
  'import.compensate.deleteNodes',
  'MATCH (n) WHERE n[$key] = $id AND NOT n:Import WITH n LIMIT 10000 DETACH DELETE n RETURN count(*) AS deleted',
);
const compensateDeleteRecord = cypher('import.compensate.deleteRecord', "MATCH (i:Import {id: $id}) WHERE i.status = 'staging' DELETE i");

/**
 * Takes back the committed stages of a staged import: restores what they changed (the record's
 * undo data), deletes what they created (in batches), and deletes the 'staging' record last, so
 * that an interrupted compensation is simply done again.
 */
export async function compensate(db: Db, importId: string): Promise<void> {
  const loaded = await db.read(compensateLoad, { id: importId });
  const record = loaded.records[0];
  if (!record) return;
  const changes = JSON.parse((record.get('changes') as string | null) ?? '{"nodes":[],"relationships":[]}') as Changes;
  const restore = (list: ElementChange[]) =>
    list.map((c) => ({ eid: c.elementId, props: Object.fromEntries(Object.entries(c.before).map(([k, v]) => [k, decodeValue(v)])) }));
  await db.write(undoRestoreNodes, { rows: restore(changes.nodes) }, { timeoutMs: 600_000 });
  await db.write(undoRestoreRelationships, { rows: restore(changes.relationships) }, { timeoutMs: 600_000 });
  const key = IMPORT_ID_PROPERTY;
  for (const query of [compensateDeleteRelationships, compensateDeleteNodes]) {
    for (;;) {
      const result = await db.write(query, { key, id: importId }, { timeoutMs: 600_000 });
      if (Number(plain(result.records[0]?.get('deleted')) ?? 0) === 0) break;
    }
  }
  await db.write(compensateDeleteRecord, { id: importId });
}

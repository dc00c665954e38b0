/**
 * The Import record: one `(:Import)` node per applied import, written in the same transaction as
 * its data, so that the graph and its provenance commit together. Its fields are declared once,
 * here (`FIELDS`): how each is stored, and how it is read back.
 *
 * Every node and relationship an import creates carries `importId` (its record's id); every
 * existing element it changes carries `changedBy` (the id of the last import that changed it), and
 * the record keeps the changed properties' values before and after (the undo data).
 */
import neo4j, { type ManagedTransaction, type Transaction } from 'neo4j-driver';
import { cypher, plain, type Db } from '../db/driver.ts';
import type { Encoded } from './values.ts';

/** What became of an applied import. */
export const IMPORT_RECORD_STATUSES = ['applied', 'undone'] as const;
export type ImportRecordStatus = (typeof IMPORT_RECORD_STATUSES)[number];

/** How a field is stored on the node. */
type FieldType = 'string' | 'string?' | 'string[]' | 'boolean' | 'integer' | 'datetime' | 'datetime?' | 'json' | 'json?';

const FIELDS = {
  id: 'string',
  /** `file` (a Cypher dataset) or `changes` (structured changes: an accepted contribution). */
  kind: 'string',
  fileName: 'string',
  files: 'string[]',
  sha256: 'string',
  /** The knowledge partner the data comes from (shown as provenance). */
  partner: 'string?',
  /** Curated data (the seed, the maintainers, accepted contributions) belongs to no partner. */
  curated: 'boolean',
  actor: 'string?',
  startedAt: 'datetime',
  finishedAt: 'datetime',
  status: 'string',
  counts: 'json',
  warnings: 'string[]',
  statements: 'integer',
  ontologyVersion: 'integer',
  /** An admin let this import change data it does not own. */
  ownershipOverride: 'boolean',
  /** For contributions: author, organisation, reviewer, dates. */
  provenance: 'json?',
  /** Undo data: the changed properties of existing elements, before and after. */
  changes: 'json',
  /** Ids of the Sources that what it created or changed cites (so undo sees who cites what). */
  citedSources: 'string[]',
  undoneAt: 'datetime?',
  undoneBy: 'string?',
} as const satisfies Record<string, FieldType>;

type Stored<T extends FieldType> = T extends 'string'
  ? string
  : T extends 'string?'
    ? string | null
    : T extends 'string[]'
      ? string[]
      : T extends 'boolean'
        ? boolean
        : T extends 'integer'
          ? number
          : T extends 'datetime'
            ? string
            : T extends 'datetime?'
              ? string | null
              : T extends 'json'
                ? unknown
                : unknown | null;

/** An Import record as the application sees it (datetimes as ISO strings). */
export type ImportRecord = { -readonly [K in keyof typeof FIELDS]: Stored<(typeof FIELDS)[K]> } & { status: ImportRecordStatus };

/** A summary of a record: every field but the undo data. */
export type ImportSummary = Omit<ImportRecord, 'changes'>;

export interface ChangedNode {
  label: string;
  id: string;
  eid: string;
  before: Record<string, Encoded>;
  after: Record<string, Encoded>;
  /** `changedBy` before this import (null: none). */
  changedBy: string | null;
}

export interface ChangedRelationship {
  eid: string;
  type: string;
  from: string | null;
  to: string | null;
  before: Record<string, Encoded>;
  after: Record<string, Encoded>;
  changedBy: string | null;
}

export interface UndoData {
  nodes: ChangedNode[];
  relationships: ChangedRelationship[];
}

const SUMMARY_KEYS = Object.keys(FIELDS).filter((k) => k !== 'changes');

const Q = {
  write: cypher('import.record.write', 'CREATE (i:Import) SET i = $record'),
  list: cypher(
    'import.record.list',
    `MATCH (i:Import) RETURN i {${SUMMARY_KEYS.map((k) => '.' + k).join(', ')}} AS i ORDER BY i.startedAt DESC, i.id DESC LIMIT $limit`,
  ),
  get: cypher('import.record.get', 'MATCH (i:Import {id: $id}) RETURN properties(i) AS i'),
  markUndone: cypher(
    'import.record.markUndone',
    `MATCH (i:Import {id: $id}) SET i.status = 'undone', i.undoneAt = datetime(), i.undoneBy = $actor`,
  ),
};

function store(type: FieldType, value: unknown): unknown {
  if (value === null || value === undefined) return null;
  switch (type) {
    case 'integer':
      return neo4j.int(value as number);
    case 'datetime':
    case 'datetime?':
      return neo4j.types.DateTime.fromStandardDate(new Date(value as string));
    case 'json':
    case 'json?':
      return JSON.stringify(value);
    default:
      return value;
  }
}

function load(type: FieldType, value: unknown): unknown {
  if (value === null || value === undefined) {
    if (type === 'string[]') return [];
    if (type === 'boolean') return false;
    return null;
  }
  switch (type) {
    case 'integer':
      return Number(plain(value));
    case 'datetime':
    case 'datetime?':
      return new Date(String(value)).toISOString();
    case 'json':
    case 'json?':
      return JSON.parse(value as string);
    default:
      return value;
  }
}

function fromNode(props: Record<string, unknown>): ImportRecord {
  const out: Record<string, unknown> = {};
  for (const [key, type] of Object.entries(FIELDS)) if (key in props || key !== 'changes') out[key] = load(type, props[key]);
  // Records written before `curated` existed: the seed's was the curated one.
  if (props.curated === undefined || props.curated === null) out.curated = props.actor === 'newtowns seed';
  out.kind ??= 'file';
  return out as ImportRecord;
}

/** Writes the record in the import's own transaction. */
export async function writeImportRecord(tx: Transaction | ManagedTransaction, record: ImportRecord): Promise<void> {
  const stored: Record<string, unknown> = {};
  for (const [key, type] of Object.entries(FIELDS)) stored[key] = store(type, (record as Record<string, unknown>)[key]);
  await tx.run(Q.write.text, { record: stored });
}

/** Past imports, newest first (without their undo data). */
export async function listImportRecords(db: Db, limit = 1000): Promise<ImportSummary[]> {
  const result = await db.read(Q.list, { limit: neo4j.int(limit) });
  return result.records.map((r) => {
    const { changes: _changes, ...summary } = fromNode(r.get('i') as Record<string, unknown>);
    return summary;
  });
}

export async function getImportRecord(db: Db, id: string): Promise<ImportRecord | null> {
  const result = await db.read(Q.get, { id });
  return result.records[0] ? fromNode(result.records[0].get('i') as Record<string, unknown>) : null;
}

/** The record, read in a transaction (undo reads it under the graph's lock). */
export async function readImportRecord(tx: Transaction | ManagedTransaction, id: string): Promise<ImportRecord | null> {
  const result = await tx.run(Q.get.text, { id });
  return result.records[0] ? fromNode(result.records[0].get('i') as Record<string, unknown>) : null;
}

export async function markUndone(tx: Transaction | ManagedTransaction, id: string, actor: string | null): Promise<void> {
  await tx.run(Q.markUndone.text, { id, actor });
}

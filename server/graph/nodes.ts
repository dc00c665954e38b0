/**
 * Reading knowledge nodes: by id (any label), municipalities by CBS code, provenance, and
 * keyset-paginated lists with filters; each with a projection (graph/projection.ts) when the caller
 * knows what it needs of the nodes, relationship fields included.
 */
import { cypher, plain, type Db } from '../db/driver.ts';
import {
  DOMAINS,
  LABELS,
  RELATIONSHIPS,
  type LabelName,
  type PropertyDef,
  type RelationshipType,
} from '../ontology.ts';
import neo4j from 'neo4j-driver';
import { InputError, knowledgeLabel, labelPredicate, matchByIds, toNode, type KnowledgeNode } from './model.ts';
import { ALL_PROPERTIES, ProjectionQuery, readProjected, type NodeProjection } from './projection.ts';

// ---------------------------------------------------------------------------------------------
// By id

export async function nodesByIds(db: Db, ids: readonly string[], projection?: NodeProjection): Promise<Map<string, KnowledgeNode>> {
  const match = matchByIds(ids);
  const out = new Map<string, KnowledgeNode>();
  if (!match) return out;
  if (projection) {
    const q = new ProjectionQuery(projection);
    const result = await db.read(cypher('nodes.byIds.projected', `${match.text} RETURN ${q.list('n')} AS node`), { ...match.params, ...q.params });
    return collectProjected(result.records, projection, (n) => n.id);
  }
  const result = await db.read(cypher('nodes.byIds', `${match.text} RETURN labels(n) AS labels, properties(n) AS props`), match.params);
  for (const r of result.records) {
    const label = knowledgeLabel(r.get('labels'));
    if (!label) continue;
    const node = toNode(label, r.get('props'));
    out.set(node.id, node);
  }
  return out;
}

/** Municipalities by CBS code, with what `projection` asks of them. */
export async function municipalitiesByCode(db: Db, codes: readonly string[], projection: NodeProjection = ALL_PROPERTIES): Promise<Map<string, KnowledgeNode>> {
  // The code is the key of the answer, so it comes along whatever was asked.
  const properties = projection.properties === 'all' ? 'all' : new Set([...projection.properties, 'code']);
  const withCode: NodeProjection = { ...projection, properties };
  const q = new ProjectionQuery(withCode);
  const text = `MATCH (n:Municipality) WHERE n.code IN $codes RETURN ${q.list('n')} AS node`;
  const result = await db.read(cypher('nodes.municipalitiesByCode', text), { codes, ...q.params });
  return collectProjected(result.records, withCode, (n) => String(n.code));
}

function collectProjected(
  records: { get(key: string): unknown }[],
  projection: NodeProjection,
  key: (n: KnowledgeNode) => string,
): Map<string, KnowledgeNode> {
  const out = new Map<string, KnowledgeNode>();
  for (const r of records) {
    const node = readProjected(r.get('node'), projection);
    if (node) out.set(key(node), node);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Relationship fields

export interface RelationSpec {
  /** Cache key and query name part. */
  key: string;
  parent: LabelName;
  /** The pattern from parent variable `p` to other end `o`, binding `r` when `hasRel`. Ontology names only. */
  pattern(p: string, r: string, o: string): string;
  hasRel: boolean;
  type: string;
  /** 'out' when p is the start of the relationship. */
  direction: 'out' | 'in';
  targets: readonly LabelName[];
}

export function relationSpec(parent: LabelName, type: RelationshipType, direction: 'out' | 'in'): RelationSpec {
  const def = RELATIONSHIPS[type];
  const targets = (direction === 'out' ? def.to : def.from) as readonly LabelName[];
  const pattern = (p: string, r: string, o: string) => (direction === 'out' ? `(${p})-[${r}:${type}]->(${o})` : `(${p})<-[${r}:${type}]-(${o})`);
  return { key: `${parent}.${type}.${direction}`, parent, pattern, hasRel: true, type, direction, targets };
}

/** The municipality a neighbourhood lies in (directly, or through its wijk) and the reverse. */
export const NEIGHBOURHOOD_MUNICIPALITY: RelationSpec = {
  key: 'Neighbourhood.municipality',
  parent: 'Neighbourhood',
  pattern: (p, _r, o) => `(${p})-[:PART_OF*1..2]->(${o}:Municipality)`,
  hasRel: false,
  type: 'PART_OF',
  direction: 'out',
  targets: ['Municipality'],
};
export const MUNICIPALITY_NEIGHBOURHOODS: RelationSpec = {
  key: 'Municipality.neighbourhoods',
  parent: 'Municipality',
  pattern: (p, _r, o) => `(${p})<-[:PART_OF*1..2]-(${o}:Neighbourhood)`,
  hasRel: false,
  type: 'PART_OF',
  direction: 'in',
  targets: ['Neighbourhood'],
};

export interface RelationItem {
  /** The node at the other end. */
  node: KnowledgeNode;
  /** The relationship's properties ({} for derived fields). */
  properties: Record<string, unknown>;
  type: string;
  /** Ids of the relationship's start and end nodes. */
  source: string;
  target: string;
}


const intParam = (n: number) => neo4j.int(n);

// ---------------------------------------------------------------------------------------------
// Provenance

export interface Provenance {
  importId: string;
  fileName: string | null;
  partner: string | null;
  actor: string | null;
  startedAt: string | null;
  status: string | null;
  /** For an accepted contribution: its proposal, author, organisation, reviewer and dates. */
  contribution: Record<string, unknown> | null;
}

const importsById = cypher(
  'nodes.importsById',
  'MATCH (i:Import) WHERE i.id IN $ids RETURN i.id AS id, i.fileName AS fileName, i.partner AS partner, i.actor AS actor, i.startedAt AS startedAt, i.status AS status, i.provenance AS provenance',
);

export async function importsByIds(db: Db, ids: readonly string[]): Promise<Map<string, Provenance>> {
  const result = await db.read(importsById, { ids });
  const out = new Map<string, Provenance>();
  for (const r of result.records) {
    const o = Object.fromEntries(r.keys.map((k) => [k, plain(r.get(k))])) as Record<string, unknown>;
    out.set(String(o.id), {
      importId: String(o.id),
      fileName: (o.fileName as string) ?? null,
      partner: (o.partner as string) ?? null,
      actor: (o.actor as string) ?? null,
      startedAt: o.startedAt == null ? null : String(o.startedAt),
      status: (o.status as string) ?? null,
      contribution: typeof o.provenance === 'string' ? (JSON.parse(o.provenance) as Record<string, unknown>) : null,
    });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Lists: keyset pagination over (name, id)

export interface ListFilter {
  text?: string | null;
  domain?: string | null;
  /** CBS code or id of a municipality: nodes linked to it (see MUNICIPALITY_LINKS). */
  municipality?: string | null;
  kind?: string | null;
  province?: string | null;
  groeikern?: boolean | null;
  focusArea?: boolean | null;
  evidenceLevel?: string | null;
}

/**
 * How a node of each label relates to a municipality `m` for `filter.municipality`. `places` is
 * the municipality and every neighbourhood in it.
 */
const MUNICIPALITY_LINKS: Record<LabelName, string> = {
  Municipality: 'n = m',
  Neighbourhood: 'EXISTS { (n)-[:PART_OF*1..2]->(m) }',
  Challenge: 'EXISTS { (place)-[:FACES]->(n) WHERE place IN places }',
  Opportunity: 'EXISTS { (place)-[:HAS_OPPORTUNITY]->(n) WHERE place IN places }',
  Mechanism:
    'EXISTS { (n)-[:CAUSES*1..3]->(:Challenge)<-[:FACES]-(place) WHERE place IN places } OR EXISTS { (c:Case)-[:INVOLVES]->(n) WHERE EXISTS { (c)-[:ABOUT]->(place) WHERE place IN places } }',
  Intervention: 'EXISTS { (n)-[:APPLIED_IN]->(place) WHERE place IN places } OR EXISTS { (m)-[:IMPLEMENTS]->(n) }',
  Actor: 'EXISTS { (m)-[:MEMBER_OF]-(n) }',
  Source: 'EXISTS { (place)-[:SUPPORTED_BY]->(n) WHERE place IN places } OR n.id = m.populationSource',
  Case: 'EXISTS { (n)-[:ABOUT]->(place) WHERE place IN places }',
};

const FILTER_PROPERTIES: Record<string, string> = {
  kind: 'kind',
  province: 'province',
  groeikern: 'groeikern',
  focusArea: 'focusArea',
  evidenceLevel: 'evidenceLevel',
};

export interface Page {
  nodes: { node: KnowledgeNode; cursor: string }[];
  hasNextPage: boolean;
  endCursor: string | null;
}

export function encodeCursor(node: KnowledgeNode): string {
  return Buffer.from(JSON.stringify([node.name, node.id])).toString('base64url');
}

export function decodeCursor(cursor: string): [string, string] {
  try {
    const v = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(v) && v.length === 2 && typeof v[0] === 'string' && typeof v[1] === 'string') return [v[0], v[1]];
  } catch {
    // fall through
  }
  throw new InputError('after is not a valid cursor; pass the endCursor or an edge cursor of an earlier page.');
}

function whereClause(labels: readonly LabelName[], filter: ListFilter): { where: string[]; params: Record<string, unknown>; pre: string } {
  const where: string[] = [labelPredicate('n', labels)];
  const params: Record<string, unknown> = {};
  let pre = '';
  if (filter.text != null) {
    const text = filter.text.trim().toLowerCase();
    if (text.length > 200) throw new InputError('filter.text must be at most 200 characters');
    if (text) {
      params.text = text;
      where.push("(toLower(n.name) CONTAINS $text OR toLower(coalesce(n.nameEn, '')) CONTAINS $text OR n.id = $text)");
    }
  }
  if (filter.domain != null) {
    if (!(DOMAINS as readonly string[]).includes(filter.domain)) {
      throw new InputError(`Unknown domain '${filter.domain}'; use one of ${DOMAINS.join(', ')}.`);
    }
    if (!labels.some((l) => 'domains' in (LABELS[l].properties as Record<string, PropertyDef>))) {
      throw new InputError(`filter.domain does not apply to ${labels.join(', ')}`);
    }
    params.domain = filter.domain;
    where.push('$domain IN coalesce(n.domains, [])');
  }
  for (const [field, prop] of Object.entries(FILTER_PROPERTIES)) {
    const value = (filter as Record<string, unknown>)[field];
    if (value == null) continue;
    const applies = labels.filter((l) => prop in (LABELS[l].properties as Record<string, PropertyDef>));
    if (applies.length === 0) throw new InputError(`filter.${field} does not apply to ${labels.join(', ')}`);
    // Several labels may share a property with different allowed values (Actor.kind, Source.kind):
    // any of them will do.
    const defs = applies.map((l) => (LABELS[l].properties as Record<string, PropertyDef>)[prop]!);
    if (defs.every((d) => d.values)) {
      const allowed = [...new Set(defs.flatMap((d) => d.values ?? []))];
      if (!allowed.includes(String(value))) throw new InputError(`filter.${field} must be one of ${allowed.join(', ')}`);
    }
    params[field] = value;
    where.push(`n.${prop} = $${field}`);
  }
  if (filter.municipality != null) {
    params.municipality = filter.municipality;
    pre =
      'MATCH (m:Municipality) WHERE m.code = $municipality OR m.id = $municipality ' +
      'WITH m, [m] + COLLECT { MATCH (m)<-[:PART_OF*1..2]-(nb:Neighbourhood) RETURN nb } AS places ';
    where.push('(' + labels.map((l) => `(n:${l} AND (${MUNICIPALITY_LINKS[l]}))`).join(' OR ') + ')');
  }
  return { where, params, pre };
}

export async function listNodes(
  db: Db,
  labels: readonly LabelName[],
  filter: ListFilter,
  first: number,
  after: string | null | undefined,
  projection?: NodeProjection,
): Promise<Page> {
  const { where, params, pre } = whereClause(labels, filter);
  if (after) {
    const [name, id] = decodeCursor(after);
    params.afterName = name;
    params.afterId = id;
    where.push('(n.name > $afterName OR (n.name = $afterName AND n.id > $afterId))');
  }
  const match = `${pre}MATCH (n) WHERE ${where.join(' AND ')} WITH n ORDER BY n.name, n.id LIMIT $limit`;
  let nodes: KnowledgeNode[];
  if (projection) {
    const q = new ProjectionQuery(projection);
    const result = await db.read(cypher('nodes.list.projected', `${match} RETURN ${q.list('n')} AS node ORDER BY n.name, n.id`), { ...params, ...q.params, limit: intParam(first + 1) });
    nodes = result.records.flatMap((r) => readProjected(r.get('node'), projection) ?? []);
  } else {
    const result = await db.read(cypher(`nodes.list`, `${match} RETURN labels(n) AS labels, properties(n) AS props ORDER BY n.name, n.id`), { ...params, limit: intParam(first + 1) });
    nodes = result.records.flatMap((r) => {
      const label = knowledgeLabel(r.get('labels'));
      return label ? [toNode(label, r.get('props'))] : [];
    });
  }
  const page = nodes.slice(0, first).map((node) => ({ node, cursor: encodeCursor(node) }));
  return { nodes: page, hasNextPage: nodes.length > first, endCursor: page.at(-1)?.cursor ?? null };
}

export async function countNodes(db: Db, labels: readonly LabelName[], filter: ListFilter): Promise<number> {
  const { where, params, pre } = whereClause(labels, filter);
  const result = await db.read(cypher('nodes.count', `${pre}MATCH (n) WHERE ${where.join(' AND ')} RETURN count(n) AS total`), params);
  return Number(result.records[0]?.get('total') ?? 0);
}

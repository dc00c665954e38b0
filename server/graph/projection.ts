/**
 * Projections: which properties of a node, and which of its relationships (with their own
 * projections, to any depth), one read should return. A caller that knows the whole shape it
 * needs up front (the GraphQL API does, from the request's selection) gets it from ONE Cypher
 * query, with nested COLLECT subqueries, instead of one query per relationship field.
 *
 * The Cypher text is built from the projection's structure only: property names are checked
 * against the ontology, relationship patterns come from RelationSpec (ontology names), variables
 * are generated. Every value (limits, cursors) travels as a parameter.
 */
import neo4j from 'neo4j-driver';
import { plain } from '../db/driver.ts';
import { IMPORT_ID_PROPERTY, LABELS, RELATIONSHIPS, type LabelName, type PropertyDef } from '../ontology.ts';
import { InputError, knowledgeLabel, labelPredicate, type KnowledgeNode } from './model.ts';
import type { RelationItem, RelationSpec } from './nodes.ts';

export interface NodeProjection {
  /** Ontology property names, or 'all' of them; id and name always come along. */
  properties: ReadonlySet<string> | 'all';
  relations: readonly RelationProjection[];
  /** The labels the nodes can have; with exactly one, the query need not return labels. */
  labels?: readonly LabelName[];
}

export interface RelationProjection {
  /** Where the result goes in the parent's `preloaded` record (JS only, never in Cypher). */
  resultKey: string;
  spec: RelationSpec;
  /** Only for parents with this label (a field of one implementation of an interface). */
  onLabel?: LabelName;
  first: number;
  /** Whether the relationship's own properties are needed (else links carry {}). */
  linkProperties: boolean;
  /** A page: after this (name, id) sort key, with hasNextPage and the total count. */
  page?: { after: [string, string] | null };
  node: NodeProjection;
}

/** A page of a relationship field, as a connection needs it. */
export interface RelationPage {
  items: RelationItem[];
  hasNextPage: boolean;
  totalCount: number;
}

/** What a projected read preloaded on a node, by RelationProjection.resultKey. */
export const PRELOADED = Symbol('preloaded relations');

export function preloaded(node: KnowledgeNode, key: string): RelationItem[] | RelationPage | undefined {
  return (node as unknown as { [PRELOADED]?: Record<string, RelationItem[] | RelationPage> })[PRELOADED]?.[key];
}

/** Every property name of the ontology: the allow-list for projected property names. */
const KNOWN_PROPERTIES: ReadonlySet<string> = new Set([
  IMPORT_ID_PROPERTY,
  ...Object.values(LABELS).flatMap((d) => Object.keys(d.properties as Record<string, PropertyDef>)),
]);
const SAFE_NAME = /^[A-Za-z][A-Za-z0-9]*$/;

/** Every relationship property name of the ontology. */
const KNOWN_RELATIONSHIP_PROPERTIES: ReadonlySet<string> = new Set(
  Object.values(RELATIONSHIPS).flatMap((d) => Object.keys(d.properties as Record<string, PropertyDef>)),
);

/** Which properties of the edges a graph-shaped answer needs: 'all', or these (none: no map at all). */
export type EdgeProjection = 'all' | readonly string[];

/** The Cypher expression for the properties of relationship variable `r` that `p` asks for. */
export function edgeProperties(r: string, p: EdgeProjection): string {
  if (p === 'all') return `properties(${r})`;
  if (p.length === 0) return 'null';
  for (const prop of p) if (!KNOWN_RELATIONSHIP_PROPERTIES.has(prop) || !SAFE_NAME.test(prop)) throw new InputError(`Unknown relationship property '${prop}'`);
  return `${r} {${p.map((prop) => `.${prop}`).join(', ')}}`;
}

/** Every property, no relationships: what readers that do not know their caller's needs get. */
export const ALL_PROPERTIES: NodeProjection = { properties: 'all', relations: [] };

/** What a graph-shaped answer ({nodes, edges}) needs: by default every property of both. */
export interface GraphShape {
  projection?: NodeProjection;
  edges?: EdgeProjection;
}

/**
 * The order of a projected node's slots. The wire format is a list, not a map: the driver decodes
 * every map key of every row as a string, which made map-shaped answers about twice as slow to
 * read as the query took to run. Query and reader share this layout (memoised per projection).
 */
interface Layout {
  /** Property names in slot order (id and name first), or 'all' (one slot with the property map). */
  properties: readonly string[] | 'all';
  withLabels: boolean;
}

const LAYOUTS = new WeakMap<NodeProjection, Layout>();

function layoutOf(p: NodeProjection): Layout {
  let layout = LAYOUTS.get(p);
  if (!layout) {
    const properties = p.properties === 'all' ? 'all' : [...new Set(['id', 'name', ...p.properties])];
    if (properties !== 'all') {
      for (const prop of properties) if (!KNOWN_PROPERTIES.has(prop) || !SAFE_NAME.test(prop)) throw new InputError(`Unknown property '${prop}'`);
    }
    layout = { properties, withLabels: p.labels?.length !== 1 };
    LAYOUTS.set(p, layout);
  }
  return layout;
}

/** Builds the Cypher list projection for a root variable, collecting parameters on the way. */
export class ProjectionQuery {
  readonly params: Record<string, unknown> = {};
  private count = 0;

  constructor(readonly projection: NodeProjection) {}

  /** `[labels(n), n.id, n.name, ..., COLLECT {...}]`; `n` must be a variable. Read it with readProjected. */
  list(variable: string): string {
    return this.listOf(variable, this.projection, 0);
  }

  private param(value: unknown): string {
    const key = `proj${this.count++}`;
    this.params[key] = value;
    return `$${key}`;
  }

  private listOf(v: string, p: NodeProjection, depth: number): string {
    const layout = layoutOf(p);
    const slots = [layout.withLabels ? `labels(${v})` : 'null'];
    if (layout.properties === 'all') slots.push(`properties(${v})`);
    else for (const prop of layout.properties) slots.push(`${v}.${prop}`);
    for (const rel of p.relations) {
      const o = `o${depth + 1}`;
      const r = `r${depth + 1}`;
      const { spec } = rel;
      const pattern = spec.pattern(v, r, o);
      const isTarget = labelPredicate(o, spec.targets);
      let where = isTarget;
      if (rel.page?.after) {
        const name = this.param(rel.page.after[0]);
        const id = this.param(rel.page.after[1]);
        where += ` AND (${o}.name > ${name} OR (${o}.name = ${name} AND ${o}.id > ${id}))`;
      }
      const limit = this.param(neo4j.int(rel.page ? rel.first + 1 : rel.first));
      const withRel = spec.hasRel && rel.linkProperties;
      const other = this.listOf(o, rel.node, depth + 1);
      const items =
        // Without a relationship there is only the other end: DISTINCT, as a variable-length pattern
        // (a neighbourhood in a wijk in the municipality) can reach it twice.
        `COLLECT { MATCH ${pattern} WHERE ${where} WITH ${withRel ? `${r}, ${o}` : `DISTINCT ${o}`} ORDER BY ${o}.name, ${o}.id LIMIT ${limit} ` +
        `RETURN ${withRel ? `[properties(${r}), ${other}]` : other} }`;
      const total = spec.hasRel ? `COUNT { MATCH ${pattern} WHERE ${isTarget} }` : `size(COLLECT { MATCH ${pattern} WHERE ${isTarget} RETURN DISTINCT ${o} })`;
      let value = rel.page ? `[${items}, ${total}]` : items;
      if (rel.onLabel) value = `CASE WHEN ${v}:${rel.onLabel} THEN ${value} END`;
      slots.push(value);
    }
    return `[${slots.join(', ')}]`;
  }
}

/** The properties of a link that has none (or none asked for): one shared, frozen object. */
const NO_PROPERTIES: Record<string, unknown> = Object.freeze({});

/** A node from a ProjectionQuery list (null when it has no knowledge label), relations preloaded. */
export function readProjected(value: unknown, p: NodeProjection): KnowledgeNode | null {
  const row = value as unknown[] | null;
  if (!row) return null;
  const layout = layoutOf(p);
  const label = layout.withLabels ? knowledgeLabel(row[0] as string[]) : p.labels![0];
  if (!label) return null;
  const node: Record<string | symbol, unknown> = { __label: label };
  let slot = 1;
  if (layout.properties === 'all') {
    const props = row[slot++] as Record<string, unknown>;
    for (const k in props) if (props[k] !== null) node[k] = plain(props[k]);
  } else {
    for (const k of layout.properties) {
      const v = row[slot++];
      if (v !== null) node[k] = plain(v);
    }
  }
  node.id = String(node.id);
  node.name = String(node.name ?? node.id);
  const loaded: Record<string, RelationItem[] | RelationPage> = {};
  const self = node as unknown as KnowledgeNode;
  for (const rel of p.relations) {
    const raw = row[slot++];
    if (rel.onLabel && rel.onLabel !== label) continue;
    const rawItems = (rel.page ? (raw as unknown[])[0] : raw) as unknown[];
    const withRel = rel.spec.hasRel && rel.linkProperties;
    const out = rel.spec.direction === 'out';
    const items: RelationItem[] = [];
    for (const it of rawItems) {
      const other = readProjected(withRel ? (it as unknown[])[1] : it, rel.node);
      if (!other) continue;
      const properties = withRel ? ((plain((it as unknown[])[0]) as Record<string, unknown> | null) ?? NO_PROPERTIES) : NO_PROPERTIES;
      items.push({ node: other, properties, type: rel.spec.type, source: out ? self.id : other.id, target: out ? other.id : self.id });
    }
    loaded[rel.resultKey] = rel.page
      ? { items: items.length > rel.first ? items.slice(0, rel.first) : items, hasNextPage: items.length > rel.first, totalCount: Number(plain((raw as unknown[])[1])) }
      : items;
  }
  // A symbol key: invisible to JSON and Object.keys.
  if (p.relations.length > 0) node[PRELOADED] = loaded;
  return node as unknown as KnowledgeNode;
}

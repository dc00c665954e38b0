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
import { IMPORT_ID_PROPERTY, LABELS, type LabelName, type PropertyDef } from '../ontology.ts';
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

/** Every property, no relationships: what readers that do not know their caller's needs get. */
export const ALL_PROPERTIES: NodeProjection = { properties: 'all', relations: [] };

/** Builds the Cypher map projection for a root variable, collecting parameters on the way. */
export class ProjectionQuery {
  readonly params: Record<string, unknown> = {};
  private count = 0;

  constructor(readonly projection: NodeProjection) {}

  /** `n {__labels: labels(n), .id, .name, ..., __r0: COLLECT {...}}`; `n` must be a variable. */
  map(variable: string): string {
    return this.mapOf(variable, this.projection, 0);
  }

  private param(value: unknown): string {
    const key = `proj${this.count++}`;
    this.params[key] = value;
    return `$${key}`;
  }

  private mapOf(v: string, p: NodeProjection, depth: number): string {
    const parts = p.labels?.length === 1 ? [] : [`__labels: labels(${v})`];
    if (p.properties === 'all') parts.push('.*');
    else {
      for (const prop of new Set(['id', 'name', ...p.properties])) {
        if (!KNOWN_PROPERTIES.has(prop) || !SAFE_NAME.test(prop)) throw new InputError(`Unknown property '${prop}'`);
        parts.push(`.${prop}`);
      }
    }
    p.relations.forEach((rel, i) => {
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
      const items =
        // Without a relationship there is only the other end: DISTINCT, as a variable-length pattern
        // (a neighbourhood in a wijk in the municipality) can reach it twice.
        `COLLECT { MATCH ${pattern} WHERE ${where} WITH ${withRel ? `${r}, ${o}` : `DISTINCT ${o}`} ORDER BY ${o}.name, ${o}.id LIMIT ${limit} ` +
        `RETURN ${withRel ? `{rel: properties(${r}), node: ${this.mapOf(o, rel.node, depth + 1)}}` : this.mapOf(o, rel.node, depth + 1)} }`;
      const total = spec.hasRel ? `COUNT { MATCH ${pattern} WHERE ${isTarget} }` : `size(COLLECT { MATCH ${pattern} WHERE ${isTarget} RETURN DISTINCT ${o} })`;
      let value = rel.page ? `{items: ${items}, total: ${total}}` : items;
      if (rel.onLabel) value = `CASE WHEN ${v}:${rel.onLabel} THEN ${value} END`;
      parts.push(`__r${i}: ${value}`);
    });
    return `${v} {${parts.join(', ')}}`;
  }
}

type Row = Record<string, unknown> & { __labels: string[] };

/** A projected row -> a KnowledgeNode carrying its preloaded relationships. */
export function readProjected(value: unknown, p: NodeProjection): KnowledgeNode | null {
  const row = value as Row | null;
  if (!row) return null;
  const label = p.labels?.length === 1 ? p.labels[0] : knowledgeLabel(row.__labels);
  if (!label) return null;
  const node: Record<string | symbol, unknown> = { __label: label };
  for (const k in row) {
    const v = row[k];
    if (v !== null && !k.startsWith('__')) node[k] = plain(v);
  }
  node.id = String(node.id);
  node.name = String(node.name ?? node.id);
  const loaded: Record<string, RelationItem[] | RelationPage> = {};
  const self = node as unknown as KnowledgeNode;
  p.relations.forEach((rel, i) => {
    if (rel.onLabel && rel.onLabel !== label) return;
    const raw = row[`__r${i}`] as unknown;
    const rawItems = (rel.page ? (raw as { items: unknown[] }).items : raw) as unknown[];
    const withRel = rel.spec.hasRel && rel.linkProperties;
    const items = rawItems.flatMap((it): RelationItem[] => {
      const other = readProjected(withRel ? (it as { node: unknown }).node : it, rel.node);
      if (!other) return [];
      const [source, target] = rel.spec.direction === 'out' ? [self.id, other.id] : [other.id, self.id];
      const properties = withRel ? ((plain((it as { rel: unknown }).rel) as Record<string, unknown> | null) ?? {}) : {};
      return [{ node: other, properties, type: rel.spec.type, source, target }];
    });
    loaded[rel.resultKey] = rel.page
      ? { items: items.slice(0, rel.first), hasNextPage: items.length > rel.first, totalCount: Number(plain((raw as { total: unknown }).total)) }
      : items;
  });
  // A symbol key: invisible to JSON and Object.keys.
  if (p.relations.length > 0) node[PRELOADED] = loaded;
  return node as unknown as KnowledgeNode;
}

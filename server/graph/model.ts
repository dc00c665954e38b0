/**
 * Shapes shared by the domain reads: a knowledge node as a plain object tagged with its label, a
 * relationship seen from one end, and the Graph shape every graph-valued answer uses.
 * graph/ and analysis/ know Neo4j and the ontology, never GraphQL.
 */
import { LABEL_NAMES, isLabel, labelOfId, type LabelName } from '../ontology.ts';
import { plain } from '../db/driver.ts';

/** Raised for bad user input (unknown label, out-of-range number, malformed cursor): shown as is. */
export class InputError extends Error {
  override name = 'InputError';
}

export interface KnowledgeNode {
  readonly __label: LabelName;
  readonly id: string;
  readonly name: string;
  readonly [property: string]: unknown;
}

export interface GraphNode {
  id: string;
  label: LabelName;
  name: string;
  nameEn: string | null;
  /** The whole node, for `GraphNode.node`. */
  node: KnowledgeNode;
  /** Hops from the query's starting point, where the query has one. */
  depth?: number | null;
}

export interface GraphEdge {
  /** `<source>-[<TYPE>]-><target>`: stable and readable. */
  id: string;
  type: string;
  source: string;
  target: string;
  properties: Record<string, unknown>;
}

export interface Graph {
  nodes: GraphNode[];
  edges: GraphEdge[];
  truncated: boolean;
}

export const edgeId = (source: string, type: string, target: string) => `${source}-[${type}]->${target}`;

/** An edge of a graph answer from a query row; `props` as the query returned them (null: none asked). */
export const graphEdge = (source: string, type: string, target: string, props: unknown): GraphEdge => ({
  id: edgeId(source, type, target),
  type,
  source,
  target,
  properties: (plain(props) ?? {}) as Record<string, unknown>,
});

/** The knowledge label of a node, from its labels (system labels never qualify). */
export function knowledgeLabel(labels: readonly string[]): LabelName | undefined {
  return labels.find((l): l is LabelName => isLabel(l));
}

/** Driver properties + label -> a KnowledgeNode. */
export function toNode(label: LabelName, props: unknown): KnowledgeNode {
  const p = plain(props) as Record<string, unknown>;
  return { ...p, __label: label, id: String(p.id), name: String(p.name ?? p.id) };
}

export function toGraphNode(node: KnowledgeNode, depth?: number): GraphNode {
  return {
    id: node.id,
    label: node.__label,
    name: node.name,
    nameEn: (node.nameEn as string | undefined) ?? null,
    node,
    depth: depth ?? null,
  };
}

/** Validate a `labels` argument against the ontology allow-list. */
export function checkLabels(labels: readonly string[] | null | undefined): LabelName[] {
  if (!labels || labels.length === 0) return [...LABEL_NAMES];
  const unknown = labels.filter((l) => !isLabel(l));
  if (unknown.length > 0) {
    throw new InputError(`Unknown label ${unknown.map((l) => `'${l}'`).join(', ')}; use one of ${LABEL_NAMES.join(', ')}.`);
  }
  return [...new Set(labels)] as LabelName[];
}

export function checkInt(name: string, value: number | null | undefined, fallback: number, min: number, max: number): number {
  if (value === null || value === undefined) return fallback;
  if (!Number.isInteger(value) || value < min || value > max) throw new InputError(`${name} must be between ${min} and ${max}`);
  return value;
}

/** Group ids by the label their prefix names; ids with no known prefix are dropped. */
export function idsByLabel(ids: readonly string[]): Map<LabelName, string[]> {
  const out = new Map<LabelName, string[]>();
  for (const id of ids) {
    const label = labelOfId(id);
    if (!label) continue;
    const list = out.get(label) ?? [];
    list.push(id);
    out.set(label, list);
  }
  return out;
}

/**
 * A Cypher subquery that finds nodes by id across labels, each branch using the label's unique
 * id index: `CALL { MATCH (n:Municipality) WHERE n.id IN $ids0 RETURN n UNION ALL ... }`. Labels
 * come from the ontology only; ids travel as parameters.
 */
export function matchByIds(ids: readonly string[], variable = 'n'): { text: string; params: Record<string, string[]> } | null {
  const groups = [...idsByLabel(ids)];
  if (groups.length === 0) return null;
  const params: Record<string, string[]> = {};
  const branches = groups.map(([label, list], i) => {
    params[`ids${i}`] = list;
    return `MATCH (${variable}:${label}) WHERE ${variable}.id IN $ids${i} RETURN ${variable}`;
  });
  return { text: `CALL { ${branches.join(' UNION ALL ')} }`, params };
}

/** `n:A OR n:B ...` for an allow-listed label set. */
export function labelPredicate(variable: string, labels: readonly LabelName[]): string {
  return '(' + labels.map((l) => `${variable}:${l}`).join(' OR ') + ')';
}

/**
 * From a GraphQL selection to a graph/ projection: which properties and which relationship
 * fields (to any depth) a request asks of the nodes a field returns, so that graph/ can fetch
 * them in one Cypher query. Fragments, inline fragments on the Node interface, @skip/@include
 * and variables are resolved here; nothing of the request's text reaches Cypher (aliases become
 * JS keys, argument values become parameters, field names map to ontology names).
 *
 * A relationship field whose arguments are invalid is left out of the projection: its resolver
 * then raises the input error at the right path.
 */
import {
  getArgumentValues,
  getDirectiveValues,
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  Kind,
  type FieldNode,
  type GraphQLField,
  type GraphQLResolveInfo,
  type SelectionSetNode,
} from 'graphql';
import { IMPORT_ID_PROPERTY, LABELS, LABEL_NAMES, RELATIONSHIPS, RELATIONSHIP_TYPES, type LabelName, type PropertyDef, type RelationshipDef } from '../ontology.ts';
import { InputError } from '../graph/model.ts';
import { decodeCursor, MUNICIPALITY_NEIGHBOURHOODS, NEIGHBOURHOOD_MUNICIPALITY, relationSpec, type RelationSpec } from '../graph/nodes.ts';
import type { EdgeProjection, NodeProjection, RelationProjection } from '../graph/projection.ts';
import { RELATION_FIELDS } from './schema.ts';

export const RELATION_LIMITS = { first: 1000, pageSize: 100 };

/**
 * How a relationship field returns its items: `links` (a list of link objects), `page` (a
 * connection of links), `nodes` (a list of the other ends), `nodePage` (a connection of nodes),
 * `one` (a single node).
 */
export type RelationShape = 'links' | 'page' | 'nodes' | 'nodePage' | 'one';

export interface RelationField {
  spec: RelationSpec;
  shape: RelationShape;
  /** Default for `first` as the SDL declares it. */
  defaultFirst: number;
}

/** Every relationship field of every label, by field name. */
export const RELATION_FIELD_TABLE: Record<LabelName, Map<string, RelationField>> = Object.fromEntries(
  LABEL_NAMES.map((label) => {
    const fields = new Map<string, RelationField>();
    for (const type of RELATIONSHIP_TYPES) {
      const def = RELATIONSHIPS[type] as RelationshipDef;
      for (const dir of ['out', 'in'] as const) {
        if (!(dir === 'out' ? def.from : def.to).includes(label)) continue;
        const spec = relationSpec(label, type, dir);
        fields.set(RELATION_FIELDS[type][dir], { spec, shape: 'links', defaultFirst: 100 });
        fields.set(`${RELATION_FIELDS[type][dir]}Connection`, { spec, shape: 'page', defaultFirst: 20 });
      }
    }
    if (label === 'Municipality') {
      fields.set('neighbourhoods', { spec: MUNICIPALITY_NEIGHBOURHOODS, shape: 'nodes', defaultFirst: 100 });
      fields.set('neighbourhoodsConnection', { spec: MUNICIPALITY_NEIGHBOURHOODS, shape: 'nodePage', defaultFirst: 20 });
    }
    if (label === 'Neighbourhood') fields.set('municipality', { spec: NEIGHBOURHOOD_MUNICIPALITY, shape: 'one', defaultFirst: 1 });
    return [label, fields];
  }),
) as Record<LabelName, Map<string, RelationField>>;

const propertiesOf = (label: LabelName) => LABELS[label].properties as Record<string, PropertyDef>;

interface Collected {
  node: FieldNode;
  onLabel: LabelName | undefined;
}

function included(info: GraphQLResolveInfo, node: { directives?: readonly unknown[] }): boolean {
  const n = node as Parameters<typeof getDirectiveValues>[1];
  if (getDirectiveValues(GraphQLSkipDirective, n, info.variableValues)?.if === true) return false;
  if (getDirectiveValues(GraphQLIncludeDirective, n, info.variableValues)?.if === false) return false;
  return true;
}

/**
 * The fields a selection set asks, fragments flattened, each with the label an inline fragment or
 * fragment spread restricts it to (undefined when it applies to every possible label).
 */
function collectFields(
  info: GraphQLResolveInfo,
  set: SelectionSetNode | undefined,
  labels: readonly LabelName[],
  onLabel: LabelName | undefined,
  out: Collected[],
  seen = new Set<string>(),
): Collected[] {
  for (const sel of set?.selections ?? []) {
    if (!included(info, sel)) continue;
    if (sel.kind === Kind.FIELD) {
      out.push({ node: sel, onLabel });
      continue;
    }
    let condition: string | undefined;
    let inner: SelectionSetNode;
    if (sel.kind === Kind.INLINE_FRAGMENT) {
      condition = sel.typeCondition?.name.value;
      inner = sel.selectionSet;
    } else {
      if (seen.has(sel.name.value)) continue;
      seen.add(sel.name.value);
      const fragment = info.fragments[sel.name.value];
      if (!fragment) continue;
      condition = fragment.typeCondition.name.value;
      inner = fragment.selectionSet;
    }
    let restrict = onLabel;
    if (condition && (LABEL_NAMES as readonly string[]).includes(condition)) {
      const l = condition as LabelName;
      if (!labels.includes(l) || (onLabel && onLabel !== l)) continue;
      restrict = labels.length === 1 ? undefined : l;
    }
    collectFields(info, inner, labels, restrict, out, seen);
  }
  return out;
}

/** The selections of the fields named `name` among `fields` (merged). */
function subselection(fields: readonly Collected[], name: string): SelectionSetNode[] {
  return fields.filter((f) => f.node.name.value === name && f.node.selectionSet).map((f) => f.node.selectionSet!);
}

function merged(sets: readonly SelectionSetNode[]): SelectionSetNode {
  return { kind: Kind.SELECTION_SET, selections: sets.flatMap((s) => s.selections) };
}

/** The arguments of a relationship field, checked; InputError when out of range. */
export function relationArgs(field: RelationField, args: Record<string, unknown>): { first: number; after: [string, string] | null } {
  const paged = field.shape === 'page' || field.shape === 'nodePage';
  const max = paged ? RELATION_LIMITS.pageSize : RELATION_LIMITS.first;
  const first = args.first ?? field.defaultFirst;
  if (typeof first !== 'number' || !Number.isInteger(first) || first < 1 || first > max) throw new InputError(`first must be between 1 and ${max}`);
  const after = typeof args.after === 'string' && args.after ? decodeCursor(args.after) : null;
  return { first, after };
}

/**
 * The projection for a node field: `sets` are the selection sets asked of it (several when the
 * same response key appears in several fragments), `labels` the labels it can have.
 */
export function nodeProjection(info: GraphQLResolveInfo, sets: readonly SelectionSetNode[], labels: readonly LabelName[]): NodeProjection {
  const fields = collectFields(info, merged(sets), labels, undefined, []);
  const properties = new Set<string>();
  const relations: RelationProjection[] = [];
  const byKey = new Map<string, Collected[]>();
  for (const f of fields) {
    const name = f.node.name.value;
    if (name === 'provenance') {
      properties.add(IMPORT_ID_PROPERTY);
      continue;
    }
    const owners = f.onLabel ? [f.onLabel] : labels;
    if (owners.some((l) => name in propertiesOf(l))) {
      properties.add(name);
      continue;
    }
    const key = `${f.onLabel ?? ''}/${f.node.alias?.value ?? name}`;
    byKey.set(key, [...(byKey.get(key) ?? []), f]);
  }
  for (const group of byKey.values()) {
    const { node, onLabel } = group[0]!;
    const label = onLabel ?? (labels.length === 1 ? labels[0] : undefined);
    const field = label ? RELATION_FIELD_TABLE[label].get(node.name.value) : undefined;
    if (!label || !field) continue;
    const rel = relationProjection(info, field, label, group.map((g) => g.node), onLabel);
    if (rel) relations.push(rel);
  }
  return { properties, relations, labels };
}

/** Link fields that need none of the relationship's properties. */
const LINK_STRUCTURE = new Set(['__typename', 'id', 'type', 'node', 'source', 'target', 'cursor']);

/** Where preloaded results of a field live on its parent: field name and response key. */
export const resultKey = (node: FieldNode) => `${node.name.value}@${node.alias?.value ?? node.name.value}`;

/**
 * The projection of one relationship field (FieldNodes of one response key). Null when its
 * arguments are invalid (`strict` false) - or an InputError (`strict` true, from its resolver).
 */
export function relationProjection(
  info: GraphQLResolveInfo,
  field: RelationField,
  label: LabelName,
  nodes: readonly FieldNode[],
  onLabel: LabelName | undefined,
  strict = false,
): RelationProjection | null {
  const def = info.schema.getType(label);
  const fieldDef = def && 'getFields' in def ? (def.getFields() as Record<string, GraphQLField<unknown, unknown>>)[nodes[0]!.name.value] : undefined;
  if (!fieldDef) return null;
  let first: number;
  let after: [string, string] | null;
  try {
    ({ first, after } = relationArgs(field, getArgumentValues(fieldDef, nodes[0]!, info.variableValues)));
  } catch (error) {
    if (strict) throw error;
    return null;
  }
  const targets = field.spec.targets;
  const sets = nodes.flatMap((n) => (n.selectionSet ? [n.selectionSet] : []));
  let nodeSets = sets;
  let linkFields: Collected[] = [];
  if (field.shape === 'links') {
    linkFields = collectFields(info, merged(sets), [], undefined, []);
  } else if (field.shape === 'page' || field.shape === 'nodePage') {
    const edges = subselection(collectFields(info, merged(sets), [], undefined, []), 'edges');
    linkFields = collectFields(info, merged(edges), [], undefined, []);
  }
  if (field.shape !== 'nodes' && field.shape !== 'one') nodeSets = subselection(linkFields, 'node');
  const linkProperties = field.shape === 'links' || field.shape === 'page' ? linkFields.some((f) => !LINK_STRUCTURE.has(f.node.name.value)) : false;
  return {
    resultKey: resultKey(nodes[0]!),
    spec: field.spec,
    onLabel,
    first,
    linkProperties,
    page: field.shape === 'page' || field.shape === 'nodePage' ? { after } : undefined,
    node: nodeProjection(info, nodeSets, targets),
  };
}

/** The projection for the nodes a root field returns, found at `path` below it (e.g. edges.node). */
export function rootProjection(info: GraphQLResolveInfo, labels: readonly LabelName[], path: readonly string[] = []): NodeProjection {
  let sets = info.fieldNodes.flatMap((n) => (n.selectionSet ? [n.selectionSet] : []));
  for (const step of path) sets = subselection(collectFields(info, merged(sets), [], undefined, []), step);
  return nodeProjection(info, sets, labels);
}

/** GraphEdge fields and the relationship properties they read. */
const EDGE_FIELD_PROPERTIES: Readonly<Record<string, readonly string[]>> = {
  polarity: ['polarity'],
  confidence: ['confidence'],
  sourceIds: ['sources'],
  sources: ['sources'],
  evidence: ['sources', 'confidence'],
};

/** Which relationship properties a Graph-valued field's `edges` ask for (`properties` asks for all). */
export function edgeProjection(info: GraphQLResolveInfo): EdgeProjection {
  const sets = info.fieldNodes.flatMap((n) => (n.selectionSet ? [n.selectionSet] : []));
  const edgeSets = subselection(collectFields(info, merged(sets), [], undefined, []), 'edges');
  const wanted = new Set<string>();
  for (const f of collectFields(info, merged(edgeSets), [], undefined, [])) {
    const name = f.node.name.value;
    if (name === 'properties') return 'all';
    for (const prop of EDGE_FIELD_PROPERTIES[name] ?? []) wanted.add(prop);
  }
  return [...wanted];
}

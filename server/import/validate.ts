/**
 * Checks what an import would create and change against the ontology, the source policy and
 * ownership, before anything is written. It sees only the elements the import touches (new and
 * changed nodes and relationships, in memory), so it costs what the import costs.
 *
 * Rules (the `rule` of a Violation, as docs/importing.md lists them):
 *   node:         no-label, several-labels, bad-id, missing-required, unknown-property, wrong-type,
 *                 value-not-allowed, bad-format, missing-source
 *   relationship: wrong-endpoints, missing-required, unknown-property, wrong-type,
 *                 value-not-allowed, empty-sources, missing-source
 *   ownership:    not-owner (a change to curated data or another partner's)
 *   sources:      source-without-publisher, source-without-year, source-on-copy-site (warnings for
 *                 partner files, errors where the policy is enforced: the seed)
 * Unknown properties are errors, not warnings: the vocabulary is the contract.
 */
import {
  ID_PATTERN,
  LABELS,
  LABEL_NAMES,
  MUNICIPALITY_CODE_PATTERN,
  NEIGHBOURHOOD_CODE_PATTERN,
  RELATIONSHIPS,
  SYSTEM_PROPERTIES,
  isLabel,
  type LabelName,
  type PropertyDef,
  type PropertyType,
  type RelationshipDef,
  type RelationshipType,
} from '../ontology.ts';
import { checkSource } from '../source-policy.ts';
import { NodeRec, RelRec, knowledgeLabel } from './track.ts';
import { isMap, show, typeOf, type Value, type ValueMap } from './values.ts';
import { both, englishMessage, type Param, type Params, type RuleCode } from './messages.ts';

/** The label whose `id`s claims' `sources` point at. */
export const SOURCE_LABEL: LabelName = 'Source';

export interface Violation {
  rule: string;
  message: string;
  /** The finding's parameters: its message in another language (messages.ts). */
  params?: Params;
  /** The node (its id and labels) or relationship (its type and the ids of its ends). */
  element: {
    kind: 'node' | 'relationship';
    id?: string | null;
    labels?: string[];
    type?: string;
    from?: string | null;
    to?: string | null;
  };
  property?: string;
}

/** String properties that must match a pattern beyond their type. */
const FORMATS: Partial<Record<LabelName, Record<string, RegExp>>> = {
  Municipality: { code: MUNICIPALITY_CODE_PATTERN },
  Neighbourhood: { code: NEIGHBOURHOOD_CODE_PATTERN },
};

/** The value types (typeOf) each ontology type accepts. */
const ACCEPTS: Record<PropertyType, readonly string[]> = {
  string: ['STRING'],
  // An empty list has no element type; where emptiness matters (a claim's sources) a rule says so.
  'string[]': ['LIST<STRING>', 'LIST<NOTHING>'],
  integer: ['INTEGER'],
  float: ['FLOAT'],
  boolean: ['BOOLEAN'],
  date: ['DATE'],
};

const SYSTEM_PROPERTY_NAMES = new Set<string>(SYSTEM_PROPERTIES);

/** Properties holding Source ids: `sources` (a list) and `<something>Source` (one id). */
export function isSourceReference(key: string, def: PropertyDef): boolean {
  return (key === 'sources' && def.type === 'string[]') || (/Source$/.test(key) && def.type === 'string');
}

/** The Source ids an element's properties cite. */
export function citedSources(props: ValueMap, defs: Readonly<Record<string, PropertyDef>> | undefined): string[] {
  if (!defs) return [];
  const out: string[] = [];
  for (const [key, def] of Object.entries(defs)) {
    if (!isSourceReference(key, def)) continue;
    const v = props[key];
    for (const s of Array.isArray(v) ? v : [v]) if (typeof s === 'string') out.push(s);
  }
  return out;
}

const NO_LABEL = both('(geen label)', '(no label)');
const nodeName = (rec: NodeRec): Param => {
  const id = rec.props.id;
  const shown = typeof id === 'string' ? show(id) + ' ' : '';
  const labels = rec.labels.map((l) => `:${l.includes(' ') ? '`' + l + '`' : l}`).join('');
  return both(`knooppunt ${shown}(${labels || NO_LABEL.nl})`, `node ${shown}(${labels || NO_LABEL.en})`);
};
const endId = (rec: NodeRec) => (typeof rec.props.id === 'string' ? rec.props.id : null);
const relName = (rec: RelRec): Param => {
  const shown = `${show(endId(rec.from) ?? '?')} -[:${rec.type}]-> ${show(endId(rec.to) ?? '?')}`;
  return both(`relatie ${shown}`, `relationship ${shown}`);
};
/** A violation with its parameters and its English words (messages.ts). */
const violation = (rule: RuleCode, params: Params, element: Violation['element'], property?: string): Violation => ({
  rule,
  message: englishMessage(rule, params),
  params,
  element,
  ...(property === undefined ? {} : { property }),
});

export function elementOf(target: NodeRec | RelRec): Violation['element'] {
  return target instanceof NodeRec
    ? { kind: 'node', id: endId(target), labels: [...target.labels] }
    : { kind: 'relationship', type: target.type, from: endId(target.from), to: endId(target.to) };
}

function typeName(type: PropertyType): Param {
  switch (type) {
    case 'string[]':
      return both('een lijst van strings', 'a list of strings');
    case 'date':
      return both("een datum (schrijf date('2024-01-31'))", "a date (write date('2024-01-31'))");
    case 'float':
      return both('een kommagetal (schrijf 3.0, niet 3)', 'a float (write 3.0, not 3)');
    default:
      return both(`een ${type}`, `a ${type}`);
  }
}

/** Problems of one element's properties against its definitions. */
function propertyViolations(
  target: NodeRec | RelRec,
  defs: Readonly<Record<string, PropertyDef>>,
  formats: Record<string, RegExp>,
  sourceExists: (id: string) => boolean,
): Violation[] {
  const out: Violation[] = [];
  const owner = target instanceof NodeRec ? nodeName(target) : relName(target);
  const element = elementOf(target);
  const add = (rule: RuleCode, property: string, params: Params) => out.push(violation(rule, { element: owner, property, ...params }, element, property));
  const props = target.props;
  for (const [key, def] of Object.entries(defs)) {
    if (def.required && (props[key] === undefined || props[key] === null)) add('missing-required', key, { type: def.type });
  }
  for (const key of Object.keys(props)) {
    if (SYSTEM_PROPERTY_NAMES.has(key)) continue;
    const value = props[key] as Value;
    const def = defs[key];
    if (!def) {
      add('unknown-property', key, { allowed: Object.keys(defs).join(', ') || both('(geen)', '(none)') });
      continue;
    }
    const type = typeOf(value);
    if (!ACCEPTS[def.type].includes(type)) {
      add('wrong-type', key, { expected: typeName(def.type), actual: isMap(value) ? both(`${type} (een map kan geen eigenschap zijn)`, `${type} (a map cannot be a property)`) : type });
      continue;
    }
    if (def.values) {
      const bad = (Array.isArray(value) ? value : [value]).find((v) => !def.values!.includes(v as string));
      if (bad !== undefined) add('value-not-allowed', key, { value: show(bad), allowed: def.values.map((v) => show(v)).join(', ') });
    }
    const format = formats[key];
    if (format && typeof value === 'string' && !format.test(value)) add('bad-format', key, { value: show(value) });
    if (isSourceReference(key, def)) {
      for (const s of Array.isArray(value) ? value : [value]) {
        if (typeof s === 'string' && !sourceExists(s)) {
          add('missing-source', key, { source: show(s) });
        }
      }
    }
  }
  return out;
}

/** Ontology violations of a new or changed node. */
export function validateNode(rec: NodeRec, sourceExists: (id: string) => boolean): Violation[] {
  const element = elementOf(rec);
  const known = rec.labels.filter((l) => isLabel(l)) as LabelName[];
  if (known.length === 0) {
    return [violation('no-label', { element: nodeName(rec), known: LABEL_NAMES.join(', ') }, element)];
  }
  if (rec.labels.length > 1) {
    return [violation('several-labels', { element: nodeName(rec), labels: rec.labels.join(', ') }, element)];
  }
  const label = known[0]!;
  const out: Violation[] = [];
  const id = rec.props.id;
  const prefix = LABELS[label].idPrefix;
  if (typeof id === 'string' && (!ID_PATTERN.test(id) || !id.startsWith(prefix + ':'))) {
    out.push(violation('bad-id', { element: nodeName(rec), prefix }, element, 'id'));
  }
  out.push(...propertyViolations(rec, LABELS[label].properties, (FORMATS[label] ?? {}) as Record<string, RegExp>, sourceExists));
  return out;
}

/** Ontology violations of a new or changed relationship. */
export function validateRelationship(rec: RelRec, sourceExists: (id: string) => boolean): Violation[] {
  const element = elementOf(rec);
  const def = RELATIONSHIPS[rec.type as RelationshipType] as RelationshipDef;
  const out: Violation[] = [];
  const from = knowledgeLabel(rec.from);
  const to = knowledgeLabel(rec.to);
  if (!from || !to || !def.from.includes(from) || !def.to.includes(to)) {
    out.push(violation('wrong-endpoints', { element: relName(rec), from: from ?? NO_LABEL, to: to ?? NO_LABEL, type: rec.type, allowedFrom: def.from.join('|'), allowedTo: def.to.join('|') }, element));
  }
  out.push(...propertyViolations(rec, def.properties, {}, sourceExists));
  if (def.claim && Array.isArray(rec.props.sources) && rec.props.sources.length === 0) {
    out.push(violation('empty-sources', { element: relName(rec) }, element, 'sources'));
  }
  return out;
}

/** The source policy's findings on a new or changed Source. */
export function sourcePolicy(rec: NodeRec): Violation[] {
  if (knowledgeLabel(rec) !== SOURCE_LABEL) return [];
  return checkSource(rec.props).map((issue) => ({ rule: issue.rule, message: issue.message, params: issue.params, element: elementOf(rec) }));
}

/**
 * Ontology validation of what an import created or changed, run inside the import's own write
 * transaction after its statements and before commit: a dataset that does not fit the vocabulary
 * is rolled back, never half-applied.
 *
 * The checks are two generic, parameterised queries (one for nodes, one for relationships). The
 * ontology travels as a parameter map, so no label, type or property name is ever spliced into
 * the query text, and the server does the work: only the elements that break a rule come back.
 *
 * Rules (the `rule` of a Violation, as docs/importing.md lists them):
 *   node:         unknown-label, no-label, several-labels, missing-required, unknown-property,
 *                 wrong-type, value-not-allowed, bad-format, bad-id, missing-source
 *   relationship: unknown-type, wrong-endpoints, missing-required, unknown-property, wrong-type,
 *                 value-not-allowed, empty-sources, missing-source
 * Unknown properties are errors, not warnings: the vocabulary is the contract.
 */
import type { ManagedTransaction, Transaction } from 'neo4j-driver';
import { cypher, plain, int } from '../db/driver.ts';
import {
  ID_PATTERN,
  IMPORT_ID_PROPERTY,
  LABELS,
  LABEL_NAMES,
  MUNICIPALITY_CODE_PATTERN,
  NEIGHBOURHOOD_CODE_PATTERN,
  RELATIONSHIPS,
  RELATIONSHIP_TYPES,
  type LabelName,
  type PropertyDef,
  type PropertyType,
  type RelationshipDef,
} from '../ontology.ts';

/** The label whose `id`s claims' `sources` point at. */
export const SOURCE_LABEL: LabelName = 'Source';

/** APOC's temporary import label and property (apoc.export.cypher without unique constraints). */
export const APOC_TEMP_LABEL = 'UNIQUE IMPORT LABEL';
export const APOC_TEMP_PROPERTY = 'UNIQUE IMPORT ID';

/** Formats the ontology names in prose but not as data: string properties that must match a pattern. */
const FORMATS: Partial<Record<LabelName, Record<string, RegExp>>> = {
  Municipality: { code: MUNICIPALITY_CODE_PATTERN },
  Neighbourhood: { code: NEIGHBOURHOOD_CODE_PATTERN },
};

/** `valueType()` results each ontology type accepts. */
const VALUE_TYPES: Record<PropertyType, string[]> = {
  string: ['STRING NOT NULL'],
  // An empty list has no element type; where emptiness matters (a claim's sources) a rule says so.
  'string[]': ['LIST<STRING NOT NULL> NOT NULL', 'LIST<NOTHING> NOT NULL'],
  integer: ['INTEGER NOT NULL'],
  float: ['FLOAT NOT NULL'],
  boolean: ['BOOLEAN NOT NULL'],
  date: ['DATE NOT NULL'],
};

/** Properties holding Source ids: `sources` (a list) and `<something>Source` (one id). */
export function isSourceReference(key: string, def: PropertyDef): boolean {
  return (key === 'sources' && def.type === 'string[]') || (/Source$/.test(key) && def.type === 'string');
}

interface PropertyRule {
  types: string[];
  values: string[] | null;
  pattern: string | null;
}

function propertyRules(properties: Readonly<Record<string, PropertyDef>>, formats: Record<string, RegExp> = {}) {
  const props: Record<string, PropertyRule> = {};
  const required: string[] = [];
  const sourceRefs: string[] = [];
  for (const [key, def] of Object.entries(properties)) {
    props[key] = {
      types: VALUE_TYPES[def.type],
      values: def.values ? [...def.values] : null,
      pattern: formats[key] ? formats[key].source : null,
    };
    if (def.required) required.push(key);
    if (isSourceReference(key, def)) sourceRefs.push(key);
  }
  return { props, required, sourceRefs };
}

/** The ontology as query parameters. */
export function ontologyParams() {
  const labels: Record<string, unknown> = {};
  for (const label of LABEL_NAMES) {
    const def = LABELS[label];
    labels[label] = { prefix: def.idPrefix, ...propertyRules(def.properties, FORMATS[label]) };
  }
  const types: Record<string, unknown> = {};
  for (const type of RELATIONSHIP_TYPES) {
    const def = RELATIONSHIPS[type] as RelationshipDef;
    types[type] = { from: [...def.from], to: [...def.to], claim: def.claim === true, ...propertyRules(def.properties) };
  }
  return {
    labelNames: [...LABEL_NAMES],
    labels,
    typeNames: [...RELATIONSHIP_TYPES],
    types,
    // Java regex: the same as the JavaScript one for this character-class-only pattern.
    idPattern: ID_PATTERN.source,
    importIdKey: IMPORT_ID_PROPERTY,
  };
}

// The property checks shared by nodes and relationships; `x` is the element, `def` its rules.
const PROPERTY_CHECKS = `
      [k IN def.required WHERE x[k] IS NULL | {rule: 'missing-required', property: k, detail: ''}]
    + [k IN keys(x) WHERE k <> $importIdKey AND def.props[k] IS NULL | {rule: 'unknown-property', property: k, detail: valueType(x[k])}]
    + [k IN keys(x) WHERE def.props[k] IS NOT NULL AND NOT valueType(x[k]) IN def.props[k].types
         | {rule: 'wrong-type', property: k, detail: valueType(x[k])}]
    + [k IN keys(x) WHERE def.props[k].values IS NOT NULL AND valueType(x[k]) IN def.props[k].types
         AND NOT all(v IN (CASE WHEN valueType(x[k]) STARTS WITH 'LIST' THEN x[k] ELSE [x[k]] END) WHERE v IN def.props[k].values)
         | {rule: 'value-not-allowed', property: k, detail: [v IN (CASE WHEN valueType(x[k]) STARTS WITH 'LIST' THEN x[k] ELSE [x[k]] END) WHERE NOT v IN def.props[k].values][0]}]
    + [k IN keys(x) WHERE def.props[k].pattern IS NOT NULL AND valueType(x[k]) = 'STRING NOT NULL' AND NOT x[k] =~ def.props[k].pattern
         | {rule: 'bad-format', property: k, detail: x[k]}]
    + [k IN def.sourceRefs WHERE valueType(x[k]) IN def.props[k].types
         AND any(s IN (CASE WHEN valueType(x[k]) STARTS WITH 'LIST' THEN x[k] ELSE [x[k]] END) WHERE NOT EXISTS { MATCH (src:${SOURCE_LABEL} {id: s}) })
         | {rule: 'missing-source', property: k,
            detail: [s IN (CASE WHEN valueType(x[k]) STARTS WITH 'LIST' THEN x[k] ELSE [x[k]] END) WHERE NOT EXISTS { MATCH (src:${SOURCE_LABEL} {id: s}) }][0]}]`;

const nodeViolations = cypher(
  'import.validate.nodes',
  `MATCH (x) WHERE x[$importIdKey] = $importId OR elementId(x) IN $changed
   WITH x, [l IN labels(x) WHERE l IN $labelNames] AS known, [l IN labels(x) WHERE NOT l IN $labelNames] AS unknown
   WITH x, known, unknown, CASE WHEN size(known) = 1 THEN $labels[known[0]] END AS def
   WITH x, known,
       [l IN unknown | {rule: 'unknown-label', property: '', detail: l}]
     + CASE WHEN size(known) = 0 AND size(unknown) = 0 THEN [{rule: 'no-label', property: '', detail: ''}] ELSE [] END
     + CASE WHEN size(known) > 1 THEN [{rule: 'several-labels', property: '', detail: known}] ELSE [] END
     + CASE WHEN def IS NULL THEN [] ELSE ${PROPERTY_CHECKS}
     + CASE WHEN valueType(x.id) = 'STRING NOT NULL' AND NOT (x.id =~ $idPattern AND split(x.id, ':')[0] = def.prefix)
         THEN [{rule: 'bad-id', property: 'id', detail: def.prefix}] ELSE [] END
     END AS problems
   WHERE size(problems) > 0
   RETURN elementId(x) AS elementId, labels(x) AS labels, x.id AS id, problems
   LIMIT $limit`,
);

const relationshipViolations = cypher(
  'import.validate.relationships',
  `MATCH (a)-[x]->(b) WHERE x[$importIdKey] = $importId OR elementId(x) IN $changed
   WITH a, x, b, $types[type(x)] AS def,
        [l IN labels(a) WHERE l IN $labelNames] AS fromKnown, [l IN labels(b) WHERE l IN $labelNames] AS toKnown
   WITH a, x, b,
       CASE WHEN def IS NULL THEN [{rule: 'unknown-type', property: '', detail: type(x)}] ELSE
           CASE WHEN size(fromKnown) <> 1 OR size(toKnown) <> 1 OR NOT fromKnown[0] IN def.from OR NOT toKnown[0] IN def.to
             THEN [{rule: 'wrong-endpoints', property: '', detail: [coalesce(fromKnown[0], labels(a)[0], ''), coalesce(toKnown[0], labels(b)[0], '')]}]
             ELSE [] END
         + CASE WHEN def.claim AND valueType(x.sources) STARTS WITH 'LIST' AND size(x.sources) = 0
             THEN [{rule: 'empty-sources', property: 'sources', detail: ''}] ELSE [] END
         + ${PROPERTY_CHECKS}
       END AS problems
   WHERE size(problems) > 0
   RETURN elementId(x) AS elementId, type(x) AS type, a.id AS fromId, b.id AS toId, labels(a) AS fromLabels, labels(b) AS toLabels, problems
   LIMIT $limit`,
);

const leftovers = cypher(
  'import.validate.apocLeftovers',
  `MATCH (n) WHERE n:\`${APOC_TEMP_LABEL}\` OR n.\`${APOC_TEMP_PROPERTY}\` IS NOT NULL
   RETURN elementId(n) AS elementId, labels(n) AS labels, n.id AS id LIMIT 10`,
);

export interface Violation {
  rule: string;
  message: string;
  element: {
    kind: 'node' | 'relationship';
    elementId: string;
    /** Node: its `id` (if any) and labels. Relationship: its type and the `id`s of its ends. */
    id?: string | null;
    labels?: string[];
    type?: string;
    from?: string | null;
    to?: string | null;
  };
  property?: string;
}

type Tx = Transaction | ManagedTransaction;

/** Violations of the nodes and relationships carrying `importId` or listed in `changed`. */
export async function validateImport(
  tx: Tx,
  importId: string,
  changed: { nodes: string[]; relationships: string[] },
  limit = 200,
): Promise<Violation[]> {
  const ontology = ontologyParams();
  const out: Violation[] = [];
  const nodes = await tx.run(nodeViolations.text, { ...ontology, importId, changed: changed.nodes, limit: int(limit) });
  for (const record of nodes.records) {
    const labels = record.get('labels') as string[];
    const id = record.get('id') as unknown;
    const element = { kind: 'node' as const, elementId: record.get('elementId') as string, id: typeof id === 'string' ? id : null, labels };
    for (const p of plain(record.get('problems')) as Problem[]) out.push(nodeMessage(p, element));
  }
  const rels = await tx.run(relationshipViolations.text, { ...ontology, importId, changed: changed.relationships, limit: int(limit) });
  for (const record of rels.records) {
    const element = {
      kind: 'relationship' as const,
      elementId: record.get('elementId') as string,
      type: record.get('type') as string,
      from: str(record.get('fromId')),
      to: str(record.get('toId')),
    };
    for (const p of plain(record.get('problems')) as Problem[]) out.push(relationshipMessage(p, element));
  }
  return out;
}

/** Nodes still carrying APOC's temporary label or property. */
export async function apocLeftovers(tx: Tx): Promise<Violation[]> {
  const result = await tx.run(leftovers.text);
  return result.records.map((r) => ({
    rule: 'apoc-leftover',
    message: `a node still has APOC's temporary label \`${APOC_TEMP_LABEL}\` or property \`${APOC_TEMP_PROPERTY}\` after the import; the export's clean-up statements did not remove it`,
    element: { kind: 'node', elementId: r.get('elementId') as string, id: str(r.get('id')), labels: r.get('labels') as string[] },
  }));
}

interface Problem {
  rule: string;
  property: string;
  detail: unknown;
}

const str = (v: unknown) => (typeof v === 'string' ? v : null);
const show = (v: unknown) => JSON.stringify(v);

function nodeName(e: Violation['element']): string {
  const label = e.labels && e.labels.length ? e.labels.map((l) => `:${l.includes(' ') ? '`' + l + '`' : l}`).join('') : '(no label)';
  return `node ${e.id ? `${show(e.id)} ` : ''}(${label})`;
}

function relName(e: Violation['element']): string {
  return `relationship ${show(e.from ?? '?')} -[:${e.type}]-> ${show(e.to ?? '?')}`;
}

function allowed(values: readonly string[]) {
  return values.map((v) => show(v)).join(', ');
}

function propertyMessage(p: Problem, owner: string, defs: Readonly<Record<string, PropertyDef>> | undefined): string {
  const def = defs?.[p.property];
  switch (p.rule) {
    case 'missing-required':
      return `${owner} lacks the required property \`${p.property}\` (${def?.type ?? '?'})`;
    case 'unknown-property':
      return `${owner} has the property \`${p.property}\`, which the vocabulary does not know for it; allowed: ${Object.keys(defs ?? {}).join(', ') || '(none)'}`;
    case 'wrong-type':
      return `${owner}: \`${p.property}\` must be ${typeName(def?.type)}, but is ${String(p.detail).replace(/ NOT NULL/g, '')}`;
    case 'value-not-allowed':
      return `${owner}: \`${p.property}\` has the value ${show(p.detail)}, which is not one of ${allowed(def?.values ?? [])}`;
    case 'bad-format':
      return `${owner}: \`${p.property}\` = ${show(p.detail)} does not have the expected format`;
    case 'missing-source':
      return `${owner}: \`${p.property}\` names ${show(p.detail)}, but no Source node has that id (add the Source in the same file, or fix the id)`;
    default:
      return `${owner}: ${p.rule} ${p.property}`;
  }
}

function typeName(type: PropertyType | undefined): string {
  switch (type) {
    case 'string[]':
      return 'a list of strings';
    case 'date':
      return "a date (write date('2024-01-31'))";
    case 'float':
      return 'a float (write 3.0, not 3)';
    case undefined:
      return '?';
    default:
      return `a ${type}`;
  }
}

function nodeMessage(p: Problem, element: Violation['element']): Violation {
  const name = nodeName(element);
  const known = (element.labels ?? []).filter((l): l is LabelName => (LABEL_NAMES as string[]).includes(l));
  const defs = known.length === 1 ? LABELS[known[0]!].properties : undefined;
  let message: string;
  switch (p.rule) {
    case 'unknown-label':
      message =
        p.detail === APOC_TEMP_LABEL
          ? `${name} still has APOC's temporary label \`${APOC_TEMP_LABEL}\`; the export's clean-up statements are missing`
          : `${name} has the label \`${String(p.detail)}\`, which is not in the vocabulary; known labels: ${LABEL_NAMES.join(', ')}`;
      break;
    case 'no-label':
      message = `${name} has no label; give it exactly one of ${LABEL_NAMES.join(', ')}`;
      break;
    case 'several-labels':
      message = `${name} has several knowledge labels (${(p.detail as string[]).join(', ')}); a node has exactly one`;
      break;
    case 'bad-id':
      message = `${name}: the id must look like \`${String(p.detail)}:<key>\` (lower-case prefix, a colon, then letters, digits, . _ ~ -)`;
      break;
    default:
      message = propertyMessage(p, name, defs);
  }
  return { rule: p.rule, message, element, ...(p.property ? { property: p.property } : {}) };
}

function relationshipMessage(p: Problem, element: Violation['element']): Violation {
  const name = relName(element);
  const def = element.type && (RELATIONSHIP_TYPES as string[]).includes(element.type) ? (RELATIONSHIPS[element.type as keyof typeof RELATIONSHIPS] as RelationshipDef) : undefined;
  let message: string;
  switch (p.rule) {
    case 'unknown-type':
      message = `${name}: the relationship type \`${element.type}\` is not in the vocabulary; known types: ${RELATIONSHIP_TYPES.join(', ')}`;
      break;
    case 'wrong-endpoints': {
      const [from, to] = p.detail as [string, string];
      message = `${name} goes from ${from || '(no label)'} to ${to || '(no label)'}; ${element.type} goes from ${def?.from.join('|')} to ${def?.to.join('|')}`;
      break;
    }
    case 'empty-sources':
      message = `${name} is a claim and needs at least one Source id in \`sources\``;
      break;
    default:
      message = propertyMessage(p, name, def?.properties);
  }
  return { rule: p.rule, message, element, ...(p.property ? { property: p.property } : {}) };
}

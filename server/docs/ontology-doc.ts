/**
 * docs/ontology.md, written from the ontology (`npm run generate`); a test keeps them equal.
 */
import {
  CONFIDENCE_NAMES,
  DOMAIN_NAMES,
  EVIDENCE_GRADE_NAMES,
  EVIDENCE_LEVEL_NAMES,
  SOURCE_KIND_NAMES,
  FULLTEXT_INDEX,
  NAME_INDEX,
  IMPORT_ID_PROPERTY,
  LABELS,
  LABEL_NAMES,
  ONTOLOGY_VERSION,
  POLARITY_NAMES,
  RELATIONSHIPS,
  RELATIONSHIP_TYPES,
  type PropertyDef,
  type RelationshipDef,
} from '../ontology.ts';

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

function propertyTable(properties: Readonly<Record<string, PropertyDef>>): string[] {
  const rows = Object.entries(properties);
  if (rows.length === 0) return ['No properties.', ''];
  const lines = ['| Property | Type | Required | Nederlands | English | Meaning |', '|---|---|---|---|---|---|'];
  for (const [name, def] of rows) {
    const type = def.values ? `${def.type}: ${def.values.map((v) => `\`${v}\``).join(', ')}` : def.type;
    const required = def.required ? (def.unique ? 'yes, unique' : 'yes') : def.unique ? 'unique' : '';
    lines.push(`| \`${name}\` | ${cell(type)} | ${required} | ${cell(def.names.nl)} | ${cell(def.names.en)} | ${cell(def.description)} |`);
  }
  return [...lines, ''];
}

const valueList = (names: Readonly<Record<string, { nl: string; en: string }>>) =>
  Object.entries(names).map(([value, n]) => `- \`${value}\`: ${n.nl} / ${n.en}`);

export function ontologyMarkdown(): string {
  const out: string[] = [
    `# The New Towns ontology, version ${ONTOLOGY_VERSION}`,
    '',
    '<!-- Generated from server/ontology.ts by `npm run generate`; do not edit by hand. -->',
    '',
    'The vocabulary of the knowledge graph: the public contract for knowledge partners. Names are',
    'given in Dutch first, English second. Every node has `id` (unique across the graph, readable:',
    '`<prefix>:<key>`, e.g. `municipality:GM0034`) and a Dutch `name`; `nameEn`, `description` and',
    '`descriptionEn` are optional.',
    '',
    '## Labels',
    '',
    '| Label | Nederlands | English | Id prefix | Colour | Shape | Symbol |',
    '|---|---|---|---|---|---|---|',
    ...LABEL_NAMES.map((l) => {
      const d = LABELS[l];
      return `| \`${l}\` | ${d.names.nl} | ${d.names.en} | \`${d.idPrefix}:\` | \`${d.colour}\` | ${d.shape} | ${d.symbol} |`;
    }),
    '',
  ];
  for (const label of LABEL_NAMES) {
    const d = LABELS[label];
    out.push(`### ${label} (${d.names.nl} / ${d.names.en})`, '', d.description.nl, '', `_${d.description.en}_`, '');
    out.push(...propertyTable(d.properties));
  }
  out.push('## Relationship types', '');
  out.push('| Type | Nederlands | English | From | To | Claim |', '|---|---|---|---|---|---|');
  for (const type of RELATIONSHIP_TYPES) {
    const d = RELATIONSHIPS[type] as RelationshipDef;
    out.push(`| \`${type}\` | ${d.names.nl} | ${d.names.en} | ${d.from.join(', ')} | ${d.to.join(', ')} | ${d.claim ? 'yes' : ''} |`);
  }
  out.push('');
  for (const type of RELATIONSHIP_TYPES) {
    const d = RELATIONSHIPS[type] as RelationshipDef;
    out.push(`### ${type} (${d.names.nl} / ${d.names.en})`, '', cell(d.description), '');
    out.push(`\`(${d.from.join('|')})-[:${type}]->(${d.to.join('|')})\``, '');
    out.push(...propertyTable(d.properties));
  }
  out.push(
    '## Claims',
    '',
    'Relationships marked as claims carry their evidence: `sources`, a non-empty list of ids of',
    'existing `Source` nodes, and `confidence`:',
    '',
    ...valueList(CONFIDENCE_NAMES),
    '',
    'Polarity of `CAUSES`:',
    '',
    ...valueList(POLARITY_NAMES),
    '',
    'A feedback loop is a cycle of `CAUSES` edges: reinforcing when it holds an even number of `-`,',
    'balancing when odd, undetermined when any edge is `?`.',
    '',
    '## Sources and the evidence of claims',
    '',
    'A `Source` says what kind of text it is, on an ordered scale of credibility, most credible first:',
    '',
    ...valueList(SOURCE_KIND_NAMES),
    '',
    'Every claim gets an evidence summary from its sources and confidence: the best kind among its',
    'sources, how many independent publishers, whether it rests on news or secondary texts only, and a',
    'grade (lowest first). The analyses take `minEvidence` to keep only claims at or above a grade:',
    '',
    ...valueList(EVIDENCE_GRADE_NAMES),
    '',
    '## Evidence ladder of interventions',
    '',
    'The Dutch recognition ladder (Movisie, RIVM Loket Gezond Leven and others), lowest first;',
    'absent when no database rated the intervention:',
    '',
    ...valueList(EVIDENCE_LEVEL_NAMES),
    '',
    '## Domains',
    '',
    ...valueList(DOMAIN_NAMES),
    '',
    '## Provenance',
    '',
    `Every node and relationship a dataset import creates carries \`${IMPORT_ID_PROPERTY}\`, the id of its`,
    '`Import` record (file, sha256, partner, who, when, counts). Datasets may not set it themselves.',
    '',
    '## Search',
    '',
    `The full-text index \`${FULLTEXT_INDEX.name}\` covers ${FULLTEXT_INDEX.properties.map((p) => `\`${p}\``).join(', ')} of every label,`,
    `with the \`${FULLTEXT_INDEX.analyzer}\` analyzer (so "leefbaar" finds "leefbaarheid").`,
    `The index \`${NAME_INDEX.name}\` covers ${NAME_INDEX.properties.map((p) => `\`${p}\``).join(', ')} unstemmed (\`${NAME_INDEX.analyzer}\`), for search as you`,
    'type: the start of a name word ("Zoet", "leefb") and small typos ("Almre") find the name. `search` ranks',
    'an exact name first, then names that start with the text, then other name matches, then the rest; within',
    'each, municipalities before challenges, ..., neighbourhoods and sources last (docs/api.md §4).',
    '',
  );
  return out.join('\n');
}

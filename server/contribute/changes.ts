/**
 * What a contribution changes in the knowledge graph, as structured changes for the import engine
 * (applyChanges): a case, an application of an intervention, a causal link, a correction. Each
 * builder checks its input (text lengths, vocabulary, that the nodes it names exist and have the
 * right labels) and throws InputError with the field's name. Direct writes (addCase,
 * addApplication) and accepted proposals both come through here.
 */
import { randomBytes } from 'node:crypto';
import { CONFIDENCES, DOMAINS, LABELS, POLARITIES, RELATIONSHIPS, SOURCE_KINDS, SYSTEM_PROPERTIES, isRelationshipType, type LabelName, type PropertyDef } from '../ontology.ts';
import { InputError, type KnowledgeNode } from '../graph/model.ts';
import type { Change } from '../import/pipeline.ts';

/** Looks nodes up by id (the request's DataLoader). */
export type NodeLookup = (ids: readonly string[]) => Promise<Array<KnowledgeNode | Error | null>>;

/** Who the knowledge comes from, and how new ids are made. */
export interface Author {
  /** recordedBy on what is created. */
  by: string;
  /** The organisation whose own experience a source may be. */
  organisation: string;
  at: string;
  /** Ends new ids (an accepted proposal's: the same ids however often it is applied). */
  suffix?: string;
}

export interface NewSource {
  name: string;
  nameEn?: string | null;
  url?: string | null;
  year?: number | null;
  publisher?: string | null;
  kind?: string | null;
}

/** Where a claim comes from: exactly one of these. */
export interface SourceChoice {
  sourceId?: string | null;
  newSource?: NewSource | null;
  /** The author's organisation's own experience (a Source of kind own_experience). */
  ownExperience?: boolean | null;
}

const slug = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60) || 'item';

const newId = (prefix: string, name: string, author: Author) => `${prefix}:${slug(name)}-${author.suffix ?? randomBytes(3).toString('hex')}`;

export function text(field: string, value: unknown, max: number, required = false): string | null {
  if (value === null || value === undefined || value === '') {
    if (required) throw new InputError(`${field} is required`);
    return null;
  }
  const s = String(value).trim();
  if (required && !s) throw new InputError(`${field} is required`);
  if (s.length > max) throw new InputError(`${field} must be at most ${max} characters`);
  return s;
}

function texts(field: string, value: unknown, max: number): string[] | null {
  if (value == null) return null;
  const list = (value as unknown[]).map((v, i) => text(`${field}[${i}]`, v, max, true)!);
  if (list.length > 50) throw new InputError(`${field} may hold at most 50 entries`);
  return list;
}

function sourceProps(input: NewSource, author: Author): Record<string, unknown> {
  const url = text('newSource.url', input.url, 2000);
  if (url && !/^https?:\/\//i.test(url)) throw new InputError('newSource.url must start with http:// or https://');
  const kind = text('newSource.kind', input.kind, 50);
  if (kind && !(SOURCE_KINDS as readonly string[]).includes(kind)) throw new InputError(`newSource.kind must be one of ${SOURCE_KINDS.join(', ')}`);
  if (input.year != null && (input.year < 1800 || input.year > 2100)) throw new InputError('newSource.year must be between 1800 and 2100');
  const name = text('newSource.name', input.name, 500, true)!;
  const props: Record<string, unknown> = { id: newId('source', name, author), name, recordedBy: author.by, recordedAt: author.at };
  const extra = { nameEn: text('newSource.nameEn', input.nameEn, 500), url, year: input.year ?? null, publisher: text('newSource.publisher', input.publisher, 300), kind };
  for (const [k, v] of Object.entries(extra)) if (v !== null) props[k] = v;
  return props;
}

/** The Source id a claim cites, and the changes that create it when it is new. */
async function source(lookup: NodeLookup, choice: SourceChoice, author: Author): Promise<{ id: string; changes: Change[] }> {
  const given = (choice.sourceId ? 1 : 0) + (choice.newSource ? 1 : 0) + (choice.ownExperience ? 1 : 0);
  if (given !== 1) throw new InputError('Give exactly one of sourceId, newSource and ownExperience: every claim needs a source.');
  if (choice.sourceId) {
    const [found] = await lookup([choice.sourceId]);
    if (!found || found instanceof Error || found.__label !== 'Source') throw new InputError(`No Source with id '${choice.sourceId}'`);
    return { id: choice.sourceId, changes: [] };
  }
  const input: NewSource = choice.newSource ?? {
    name: `Eigen ervaring van ${author.organisation}`,
    nameEn: `Own experience of ${author.organisation}`,
    publisher: author.organisation,
    year: Number(author.at.slice(0, 4)),
    kind: 'own_experience',
  };
  const props = sourceProps(input, author);
  return { id: String(props.id), changes: [{ node: { label: 'Source', id: String(props.id) }, set: props }] };
}

async function expect(lookup: NodeLookup, field: string, ids: readonly string[], allowed: readonly LabelName[]): Promise<KnowledgeNode[]> {
  const found = await lookup(ids);
  return found.map((n, i) => {
    if (!n || n instanceof Error) throw new InputError(`${field}: no node with id '${ids[i]}'`);
    if (!allowed.includes(n.__label)) throw new InputError(`${field}: '${ids[i]}' is a ${n.__label}; expected ${allowed.join(' or ')}`);
    return n;
  });
}

const ABOUT_TO = RELATIONSHIPS.ABOUT.to as readonly LabelName[];
const INVOLVES_TO = RELATIONSHIPS.INVOLVES.to as readonly LabelName[];
const CAUSES_FROM = RELATIONSHIPS.CAUSES.from as readonly LabelName[];
const CAUSES_TO = RELATIONSHIPS.CAUSES.to as readonly LabelName[];

export interface CaseInput extends SourceChoice {
  name: string;
  nameEn?: string | null;
  description?: string | null;
  descriptionEn?: string | null;
  period?: string | null;
  domains?: string[] | null;
  lessons?: string[] | null;
  lessonsEn?: string[] | null;
  placeIds: string[];
  involves?: string[] | null;
}

export async function caseChanges(lookup: NodeLookup, input: CaseInput, author: Author) {
  const name = text('input.name', input.name, 300, true)!;
  const domains = texts('input.domains', input.domains, 50);
  for (const d of domains ?? []) if (!(DOMAINS as readonly string[]).includes(d)) throw new InputError(`Unknown domain '${d}'; use one of ${DOMAINS.join(', ')}`);
  const placeIds = input.placeIds ?? [];
  if (placeIds.length === 0 || placeIds.length > 50) throw new InputError('input.placeIds must hold 1 to 50 municipality or neighbourhood ids');
  const involves = input.involves ?? [];
  if (involves.length > 100) throw new InputError('input.involves may hold at most 100 ids');
  const places = await expect(lookup, 'input.placeIds', placeIds, ABOUT_TO);
  const involved = await expect(lookup, 'input.involves', involves, INVOLVES_TO);
  const src = await source(lookup, input, author);
  const props: Record<string, unknown> = { id: newId(LABELS.Case.idPrefix, name, author), name, recordedBy: author.by, recordedAt: author.at };
  const optional = {
    nameEn: text('input.nameEn', input.nameEn, 300),
    description: text('input.description', input.description, 5000),
    descriptionEn: text('input.descriptionEn', input.descriptionEn, 5000),
    period: text('input.period', input.period, 50),
    domains,
    lessons: texts('input.lessons', input.lessons, 2000),
    lessonsEn: texts('input.lessonsEn', input.lessonsEn, 2000),
  };
  for (const [k, v] of Object.entries(optional)) if (v !== null) props[k] = v;
  const caseKey = { label: 'Case', id: String(props.id) };
  const provenance = { recordedBy: author.by, recordedAt: author.at };
  const changes: Change[] = [...src.changes, { node: caseKey, set: props }];
  changes.push({ relationship: { type: 'SUPPORTED_BY', from: caseKey, to: { label: 'Source', id: src.id } }, set: provenance });
  for (const place of places) changes.push({ relationship: { type: 'ABOUT', from: caseKey, to: { label: place.__label, id: place.id } }, set: provenance });
  for (const n of involved) changes.push({ relationship: { type: 'INVOLVES', from: caseKey, to: { label: n.__label, id: n.id } }, set: provenance });
  return { changes, result: { ...props, __label: 'Case' as const } };
}

export interface ApplicationInput extends SourceChoice {
  interventionId: string;
  placeId: string;
  period?: string | null;
  note?: string | null;
}

export async function applicationChanges(lookup: NodeLookup, input: ApplicationInput, author: Author) {
  const [intervention] = await expect(lookup, 'interventionId', [input.interventionId], ['Intervention']);
  const [place] = await expect(lookup, 'placeId', [input.placeId], ABOUT_TO);
  const src = await source(lookup, input, author);
  const props: Record<string, unknown> = { sources: [src.id], recordedBy: author.by, recordedAt: author.at };
  const period = text('period', input.period, 50);
  const note = text('note', input.note, 2000);
  if (period) props.period = period;
  if (note) props.note = note;
  // Each application is a fact of its own (another period, another source): a new relationship.
  const changes: Change[] = [
    ...src.changes,
    { relationship: { type: 'APPLIED_IN', from: { label: 'Intervention', id: intervention!.id }, to: { label: place!.__label, id: place!.id } }, set: props, create: true },
  ];
  return { changes, result: { intervention, place, period, sourceIds: [src.id], recordedBy: author.by, recordedAt: author.at } };
}

export interface CausalLinkInput extends SourceChoice {
  fromId: string;
  toId: string;
  polarity: string;
  /** established, indicative or hypothesis (the default: what one organisation saw is a hypothesis until an editor says more). */
  confidence?: string | null;
  note?: string | null;
}

export async function causalLinkChanges(lookup: NodeLookup, input: CausalLinkInput, author: Author) {
  const [from] = await expect(lookup, 'fromId', [input.fromId], CAUSES_FROM);
  const [to] = await expect(lookup, 'toId', [input.toId], CAUSES_TO);
  if (from!.id === to!.id) throw new InputError('fromId and toId are the same node; a causal link joins two');
  if (!(POLARITIES as readonly string[]).includes(input.polarity)) throw new InputError(`polarity must be one of ${POLARITIES.join(', ')}`);
  const confidence = input.confidence ?? 'hypothesis';
  if (!(CONFIDENCES as readonly string[]).includes(confidence)) throw new InputError(`confidence must be one of ${CONFIDENCES.join(', ')}`);
  const src = await source(lookup, input, author);
  // Who and when are on the Import record: CAUSES carries only the claim's own properties.
  const props: Record<string, unknown> = { polarity: input.polarity, confidence, sources: [src.id] };
  const note = text('note', input.note, 2000);
  if (note) props.note = note;
  const changes: Change[] = [
    ...src.changes,
    { relationship: { type: 'CAUSES', from: { label: from!.__label, id: from!.id }, to: { label: to!.__label, id: to!.id } }, set: props },
  ];
  return { changes, result: null };
}

/** A node, or a claim (a relationship) by its type and ends. */
export interface Target {
  nodeId?: string | null;
  claim?: { type: string; fromId: string; toId: string } | null;
}

export interface CorrectionInput extends Target {
  property: string;
  value: unknown;
  /** Why, and on what authority: the editor reads it; it stays with the proposal and its Import record. */
  reason: string;
}

/** The node or claim a correction or flag is about: checked to exist. */
export async function target(lookup: NodeLookup, input: Target): Promise<{ node: KnowledgeNode } | { claim: { type: string; from: KnowledgeNode; to: KnowledgeNode } }> {
  if ((input.nodeId ? 1 : 0) + (input.claim ? 1 : 0) !== 1) throw new InputError('Give exactly one of nodeId and claim.');
  if (input.nodeId) {
    const [node] = await expect(lookup, 'nodeId', [input.nodeId], Object.keys(LABELS) as LabelName[]);
    return { node: node! };
  }
  const claim = input.claim!;
  if (!isRelationshipType(claim.type)) throw new InputError(`claim.type '${claim.type}' is not a relationship type`);
  const def = RELATIONSHIPS[claim.type];
  const [from] = await expect(lookup, 'claim.fromId', [claim.fromId], def.from as readonly LabelName[]);
  const [to] = await expect(lookup, 'claim.toId', [claim.toId], def.to as readonly LabelName[]);
  return { claim: { type: claim.type, from: from!, to: to! } };
}

/** A JSON value in the property's type, or an InputError. */
function valueFor(property: string, def: PropertyDef, value: unknown): unknown {
  const ok =
    value === null
      ? !def.required
      : def.type === 'string' || def.type === 'date'
        ? typeof value === 'string' && value.length <= 5000 && (def.type !== 'date' || /^\d{4}-\d{2}-\d{2}$/.test(value))
        : def.type === 'string[]'
          ? Array.isArray(value) && value.length <= 50 && value.every((v) => typeof v === 'string' && v.length <= 2000)
          : def.type === 'integer'
            ? Number.isSafeInteger(value)
            : def.type === 'float'
              ? typeof value === 'number' && Number.isFinite(value)
              : typeof value === 'boolean';
  if (!ok) throw new InputError(`value: ${JSON.stringify(value)?.slice(0, 100)} is not a valid ${property} (${def.type}${def.required ? ', required' : ''})`);
  if (def.values && typeof value === 'string' && !def.values.includes(value)) throw new InputError(`value: ${property} must be one of ${def.values.join(', ')}`);
  return value;
}

export async function correctionChanges(lookup: NodeLookup, input: CorrectionInput) {
  const what = await target(lookup, input);
  text('reason', input.reason, 2000, true);
  const property = text('property', input.property, 100, true)!;
  const defs: Readonly<Record<string, PropertyDef>> = 'node' in what ? LABELS[what.node.__label].properties : RELATIONSHIPS[what.claim.type as keyof typeof RELATIONSHIPS].properties;
  const def = defs[property];
  if (!def || property === 'id' || (SYSTEM_PROPERTIES as readonly string[]).includes(property) || property === 'recordedBy' || property === 'recordedAt') {
    throw new InputError(`property: '${property}' cannot be corrected here; one of ${Object.keys(defs).filter((p) => !['id', 'recordedBy', 'recordedAt'].includes(p)).join(', ')}`);
  }
  const set: Record<string, unknown> = { [property]: valueFor(property, def, input.value) };
  const changes: Change[] = [];
  if ('node' in what) changes.push({ node: { label: what.node.__label, id: what.node.id }, set });
  else changes.push({ relationship: { type: what.claim.type, from: { label: what.claim.from.__label, id: what.claim.from.id }, to: { label: what.claim.to.__label, id: what.claim.to.id } }, set });
  return { changes, result: null };
}

/**
 * The proposal forms (issue #19): a case or experience, that an intervention was applied in a
 * town, a causal link, a correction of a node or claim, and an error flagged with its reason. A
 * correction and a flag are about what is chosen on the map (a node, or a claim's card). Every
 * form is made by `form` alike: labelled fields, Dutch first, each refusal beside the field it is
 * about (aria-describedby) and in the panel's alert, typed text kept as a draft; and each opens on
 * a proposal as last written to edit it (its author after a rejection, an editor before deciding).
 */
import { LABELS, POLARITIES, RELATIONSHIPS, SYSTEM_PROPERTIES, isLabel, isRelationshipType, type Lang, type PropertyDef } from '../../../server/ontology.ts';
import { gql, type GNode } from '../api.ts';
import { h } from '../dom.ts';
import { restoreDraft, type Draft } from '../drafts.ts';
import type { StringKey } from '../i18n.ts';
import * as Q from '../queries.ts';
import type * as G from '../generated/graphql.ts';

export type ProposalKindChoice = 'application' | 'causal_link' | 'correction' | 'flag';
export const PROPOSAL_CHOICES: ProposalKindChoice[] = ['application', 'causal_link', 'correction', 'flag'];

/** What is chosen on the map: a node, or a claim (an edge whose card is open). */
export type MapTarget = { node: GNode } | { claim: { type: string; fromId: string; toId: string; name: string } } | null;

export interface FormKit {
  lang: Lang;
  tr(key: StringKey, vars?: Record<string, string | number>): string;
  organisation: string;
  checked(id: string, key: StringKey, input: HTMLElement): HTMLElement;
  fieldError(form: HTMLElement, id: string, message: string): void;
  refusal(form: HTMLElement, e: unknown, fields: Record<string, string>): void;
  /** After a proposal is in (`input` as sent): its draft forgotten (drafts.ts), to "my proposals" (an edit: where it was opened from), with the news. */
  sent(draft: string, input: Record<string, unknown>): Promise<void>;
}

export interface Pickers {
  interventions: GNode[];
  places: GNode[];
  causal: GNode[];
}

const options = (nodes: GNode[], lang: Lang) => nodes.map((n) => h('option', { value: n.id }, lang === 'en' && n.nameEn ? n.nameEn : n.name));
const select = (id: string, nodes: GNode[], lang: Lang) => h('select', { id, name: id, required: true }, ...options(nodes, lang));

/**
 * A proposal opened to be edited (its author's, or an editor's before deciding): its form opens on
 * the input as last written, and saving replaces that input (the proposal keeps its id; what it said
 * before goes into its history on the server).
 */
export interface Editing {
  id: string;
  kind: string;
  input: unknown;
}

/** The edited proposal's input (null for a new proposal). */
const before = (editing: Editing | null) => (editing ? (editing.input as Record<string, any>) : null);

/** The source of a claim: the organisation's own experience, a publication with publisher and year, or (an edit) the source the proposal names. */
function sourceFields(kit: FormKit, prefix: string, edited: Record<string, any> | null) {
  const choice = (value: string, label: string, checked: boolean) => h('label', {}, h('input', { type: 'radio', name: `${prefix}-source`, value, checked }), ' ', label);
  // A proposal made through the API may name a source of the graph: kept unless another is chosen.
  const given = typeof edited?.sourceId === 'string' ? (edited.sourceId as string) : null;
  const element = h(
    'fieldset',
    {},
    h('legend', {}, kit.tr('caseSource')),
    choice('own', kit.tr('ownExperience', { organisation: kit.organisation }), !given),
    choice('publication', kit.tr('publication'), false),
    given ? choice('given', kit.tr('givenSource', { source: given }), true) : null,
    kit.checked(`${prefix}-source-title`, 'sourceTitle', h('input', { id: `${prefix}-source-title`, name: 'sourceTitle', maxlength: 500 })),
    // The source policy (docs/data.md): a publication is cited with its publisher and year.
    kit.checked(`${prefix}-source-publisher`, 'sourcePublisher', h('input', { id: `${prefix}-source-publisher`, name: 'sourcePublisher', maxlength: 300 })),
    kit.checked(`${prefix}-source-year`, 'sourceYear', h('input', { id: `${prefix}-source-year`, name: 'sourceYear', inputmode: 'numeric', maxlength: 4 })),
    kit.checked(`${prefix}-source-url`, 'sourceUrl', h('input', { id: `${prefix}-source-url`, name: 'sourceUrl', type: 'url', maxlength: 2000 })),
  );
  /** The source part of the input, or null after marking the field that is wrong. */
  const read = (form: HTMLFormElement): { sourceId: string | null; ownExperience: boolean | null; newSource: G.NewSourceInput | null } | null => {
    const data = new FormData(form);
    const value = (k: string) => String(data.get(k) ?? '').trim() || null;
    const chosen = data.get(`${prefix}-source`);
    if (chosen === 'given' && given) return { sourceId: given, ownExperience: null, newSource: null };
    if (chosen !== 'publication') return { sourceId: null, ownExperience: true, newSource: null };
    const year = value('sourceYear');
    if (!value('sourceTitle')) return kit.fieldError(form, `${prefix}-source-title`, kit.tr('sourceTitleMissing')), null;
    if (!value('sourcePublisher')) return kit.fieldError(form, `${prefix}-source-publisher`, kit.tr('sourcePublisherMissing')), null;
    if (year && !/^\d{4}$/.test(year)) return kit.fieldError(form, `${prefix}-source-year`, kit.tr('sourceYearInvalid')), null;
    return { sourceId: null, ownExperience: null, newSource: { name: value('sourceTitle')!, publisher: value('sourcePublisher'), year: year ? Number(year) : null, url: value('sourceUrl'), nameEn: null, kind: null } };
  };
  /** The fields as the proposal `input` had them. */
  const values = (input: Record<string, any>): Draft => {
    const s = input.newSource as G.NewSourceInput | null | undefined;
    if (!s) return {};
    return { [`${prefix}-source`]: ['publication'], sourceTitle: [s.name], sourcePublisher: [s.publisher ?? ''], sourceYear: [s.year == null ? '' : String(s.year)], sourceUrl: [s.url ?? ''] };
  };
  const errors = {
    'newSource.name': `${prefix}-source-title`,
    'newSource.publisher': `${prefix}-source-publisher`,
    'newSource.year': `${prefix}-source-year`,
    'newSource.url': `${prefix}-source-url`,
  };
  return { element, read, values, errors };
}

/** One proposal form: what it shows, how its input reads and is sent, and (an edit) how an input fills it. */
interface FormSpec<Input> {
  /** The draft of a new proposal (drafts.ts); an edit's is its proposal's own. */
  draft: string;
  submit: StringKey;
  fields: HTMLElement[];
  /** What the form does not ask (a new proposal's optional fields). */
  defaults: Partial<Input>;
  /** The input as the form stands, or null after marking the field that is wrong. */
  read(form: HTMLFormElement): Partial<Input> | null;
  /** The form's fields as `input` has them (drafts.ts's shape, so an edit opens filled). */
  values(input: Record<string, any>): Draft;
  send(input: Input, id: string | null): Promise<unknown>;
  /** Server messages' field prefixes, and the field each is about. */
  errors: Record<string, string>;
}

const text1 = (v: unknown): string[] => [v == null ? '' : String(v)];

/**
 * A form whose typed text is kept as a draft until it is sent (drafts.ts). Editing, it opens on
 * the proposal's input (a draft of that edit, if any, is restored over it) and sends the input
 * with the proposal's id; what the form does not show (fields set through the API) is kept.
 */
function form<Input extends object>(kit: FormKit, spec: FormSpec<Input>, editing: Editing | null): HTMLFormElement {
  const draft = editing ? `${editing.kind}:${editing.id}` : spec.draft;
  const f = h(
    'form',
    { class: 'contribute-form', novalidate: true, 'data-draft': draft },
    ...spec.fields,
    h('button', { type: 'submit', class: 'btn utrecht-button utrecht-button--primary-action' }, kit.tr(spec.submit)),
  ) as HTMLFormElement;
  if (editing) {
    const values = spec.values(before(editing)!);
    // A proposal made through the API may name what a picker does not list (a neighbourhood): it stays chosen.
    for (const el of f.querySelectorAll('select')) {
      const v = values[el.name]?.[0];
      if (v && ![...el.options].some((o) => o.value === v)) el.append(h('option', { value: v }, v));
    }
    restoreDraft(f, values);
  }
  f.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const read = spec.read(f);
    if (!read) return;
    const input = { ...spec.defaults, ...before(editing), ...read } as Input;
    void spec.send(input, editing?.id ?? null).then(
      () => kit.sent(draft, input as Record<string, unknown>),
      (e: unknown) => kit.refusal(f, e, spec.errors),
    );
  });
  return f;
}

const plainValue = (data: FormData, k: string) => String(data.get(k) ?? '').trim() || null;

function caseForm(kit: FormKit, places: GNode[], editing: Editing | null): HTMLElement {
  const source = sourceFields(kit, 'case', before(editing));
  return form<G.AddCaseInput>(
    kit,
    {
      draft: 'case',
      defaults: { nameEn: null, descriptionEn: null, domains: null, lessonsEn: null, involves: null },
      submit: 'submitProposal',
      fields: [
        h('p', { class: 'hint' }, kit.tr(editing ? 'editProposalHelp' : 'addCaseHelp')),
        kit.checked('case-name', 'caseName', h('input', { id: 'case-name', name: 'name', required: true, maxlength: 300 })),
        kit.checked('case-place', 'casePlace', select('case-place', places, kit.lang)),
        kit.checked('case-period', 'casePeriod', h('input', { id: 'case-period', name: 'period', maxlength: 50 })),
        kit.checked('case-description', 'caseDescription', h('textarea', { id: 'case-description', name: 'description', rows: 4, maxlength: 5000 })),
        kit.checked('case-lesson', 'caseLesson', h('textarea', { id: 'case-lesson', name: 'lesson', rows: 2, maxlength: 2000 })),
        source.element,
      ],
      read: (f) => {
        const data = new FormData(f);
        const src = source.read(f);
        if (!src) return null;
        const lesson = plainValue(data, 'lesson');
        // The form shows the first place and lesson; the others a proposal made through the API has stay.
        const more = (k: 'lessons' | 'placeIds') => ((before(editing)?.[k] as string[] | null | undefined) ?? []).slice(1);
        const lessons = lesson ? [lesson, ...more('lessons')] : more('lessons').length ? more('lessons') : null;
        return { name: String(data.get('name') ?? ''), placeIds: [String(data.get('case-place')), ...more('placeIds')], period: plainValue(data, 'period'), description: plainValue(data, 'description'), lessons, ...src };
      },
      values: (input) => ({
        name: text1(input.name),
        'case-place': (input.placeIds as string[] | undefined)?.slice(0, 1) ?? [],
        period: text1(input.period),
        description: text1(input.description),
        lesson: text1((input.lessons as string[] | undefined)?.[0]),
        ...source.values(input),
      }),
      send: (input, id) => gql(Q.PROPOSE_CASE, { input, id }),
      errors: { 'input.name': 'case-name', 'input.placeIds': 'case-place', ...source.errors },
    },
    editing,
  );
}

function applicationForm(kit: FormKit, p: Pickers, editing: Editing | null): HTMLElement {
  const source = sourceFields(kit, 'app', before(editing));
  return form<G.ApplicationInput>(
    kit,
    {
      draft: 'propose-application',
      defaults: {},
      submit: 'submitProposal',
      fields: [
        kit.checked('app-intervention', 'applicationIntervention', select('app-intervention', p.interventions, kit.lang)),
        kit.checked('app-place', 'casePlace', select('app-place', p.places, kit.lang)),
        kit.checked('app-period', 'casePeriod', h('input', { id: 'app-period', name: 'period', maxlength: 50 })),
        kit.checked('app-note', 'applicationNote', h('textarea', { id: 'app-note', name: 'note', rows: 2, maxlength: 2000 })),
        source.element,
      ],
      read: (f) => {
        const data = new FormData(f);
        const src = source.read(f);
        if (!src) return null;
        return { interventionId: String(data.get('app-intervention')), placeId: String(data.get('app-place')), period: plainValue(data, 'period'), note: plainValue(data, 'note'), ...src };
      },
      values: (input) => ({ 'app-intervention': text1(input.interventionId), 'app-place': text1(input.placeId), period: text1(input.period), note: text1(input.note), ...source.values(input) }),
      send: (input, id) => gql(Q.PROPOSE_APPLICATION, { input, id }),
      errors: { interventionId: 'app-intervention', placeId: 'app-place', period: 'app-period', note: 'app-note', ...source.errors },
    },
    editing,
  );
}

function causalLinkForm(kit: FormKit, p: Pickers, editing: Editing | null): HTMLElement {
  const source = sourceFields(kit, 'link', before(editing));
  const polarity = h(
    'fieldset',
    { id: 'link-polarity', 'aria-describedby': 'link-polarity-error' },
    h('legend', {}, kit.tr('linkPolarity')),
    ...POLARITIES.map((v, i) => h('label', {}, h('input', { type: 'radio', name: 'polarity', value: v, checked: i === 0 }), ' ', kit.tr(v === '+' ? 'polarityPlus' : v === '-' ? 'polarityMinus' : 'polarityUnknown'))),
    h('p', { id: 'link-polarity-error', class: 'field-error', hidden: true }),
  );
  return form<G.CausalLinkInput>(
    kit,
    {
      draft: 'propose-causal_link',
      defaults: { confidence: null },
      submit: 'submitProposal',
      fields: [
        kit.checked('link-from', 'linkFrom', select('link-from', p.causal, kit.lang)),
        kit.checked('link-to', 'linkTo', select('link-to', p.causal, kit.lang)),
        polarity,
        kit.checked('link-note', 'linkNote', h('textarea', { id: 'link-note', name: 'note', rows: 2, maxlength: 2000 })),
        source.element,
      ],
      read: (f) => {
        const data = new FormData(f);
        if (data.get('link-from') === data.get('link-to')) return kit.fieldError(f, 'link-to', kit.tr('linkSame')), null;
        const src = source.read(f);
        if (!src) return null;
        return { fromId: String(data.get('link-from')), toId: String(data.get('link-to')), polarity: String(data.get('polarity')), note: plainValue(data, 'note'), ...src };
      },
      values: (input) => ({ 'link-from': text1(input.fromId), 'link-to': text1(input.toId), polarity: text1(input.polarity), note: text1(input.note), ...source.values(input) }),
      send: (input, id) => gql(Q.PROPOSE_CAUSAL_LINK, { input, id }),
      errors: { fromId: 'link-from', toId: 'link-to', polarity: 'link-polarity', note: 'link-note', ...source.errors },
    },
    editing,
  );
}

/** What a correction or flag is about, as the input names it, and in words. */
function about(target: NonNullable<MapTarget>, lang: Lang): { input: Pick<G.FlagInput, 'nodeId' | 'claim'>; text: string; defs: Readonly<Record<string, PropertyDef>> } {
  if ('node' in target) {
    const n = target.node;
    return { input: { nodeId: n.id, claim: null }, text: lang === 'en' && n.nameEn ? n.nameEn : n.name, defs: isLabel(n.label) ? LABELS[n.label].properties : {} };
  }
  const c = target.claim;
  return { input: { nodeId: null, claim: { type: c.type, fromId: c.fromId, toId: c.toId } }, text: c.name, defs: isRelationshipType(c.type) ? RELATIONSHIPS[c.type].properties : {} };
}

/** A correction's or flag's draft belongs to what it is about: another node's form starts empty. */
const draftFor = (kind: string, what: ReturnType<typeof about>) =>
  `propose-${kind}-${what.input.nodeId ?? `${what.input.claim!.fromId}-${what.input.claim!.type}-${what.input.claim!.toId}`}`;

/** A value typed in a text field, in the property's type (what proposeCorrection expects). */
function typedValue(def: PropertyDef, text: string): unknown {
  if (text === '') return null;
  switch (def.type) {
    case 'integer':
    case 'float':
      return Number(text.replace(',', '.'));
    case 'boolean':
      return /^(ja|yes|true|waar)$/i.test(text);
    case 'string[]':
      return text.split('\n').map((s) => s.trim()).filter(Boolean);
    default:
      return text;
  }
}

/** A value as text in its field: typedValue's inverse. */
function valueText(def: PropertyDef | undefined, value: unknown, lang: Lang): string {
  if (value == null) return '';
  if (Array.isArray(value)) return value.join('\n');
  if (def?.type === 'boolean') return value ? (lang === 'en' ? 'yes' : 'ja') : lang === 'en' ? 'no' : 'nee';
  return String(value);
}

const NOT_CORRECTABLE = new Set<string>(['id', 'recordedBy', 'recordedAt', ...SYSTEM_PROPERTIES]);

function correctionForm(kit: FormKit, target: NonNullable<MapTarget>, editing: Editing | null): HTMLElement {
  const what = about(target, kit.lang);
  const props = Object.entries(what.defs).filter(([k]) => !NOT_CORRECTABLE.has(k));
  return form<G.CorrectionInput>(
    kit,
    {
      draft: draftFor('correction', what),
      defaults: what.input,
      submit: 'submitProposal',
      fields: [
        h('p', { id: 'fix-about' }, kit.tr('proposalAbout', { name: what.text })),
        kit.checked('fix-property', 'correctionProperty', h('select', { id: 'fix-property', name: 'property' }, ...props.map(([k, def]) => h('option', { value: k }, `${def.names[kit.lang]} (${k})`)))),
        kit.checked('fix-value', 'correctionValue', h('textarea', { id: 'fix-value', name: 'value', rows: 2, maxlength: 5000 })),
        kit.checked('fix-reason', 'correctionReason', h('textarea', { id: 'fix-reason', name: 'reason', rows: 2, maxlength: 2000, required: true })),
      ],
      read: (f) => {
        const data = new FormData(f);
        const property = String(data.get('property') ?? '');
        const reason = String(data.get('reason') ?? '').trim();
        if (!reason) return kit.fieldError(f, 'fix-reason', kit.tr('reasonMissing')), null;
        const def = what.defs[property];
        if (!def) return kit.fieldError(f, 'fix-property', kit.tr('correctionProperty')), null;
        return { property, value: typedValue(def, String(data.get('value') ?? '').trim()), reason };
      },
      values: (input) => ({ property: text1(input.property), value: [valueText(what.defs[String(input.property)], input.value, kit.lang)], reason: text1(input.reason) }),
      send: (input, id) => gql(Q.PROPOSE_CORRECTION, { input, id }),
      errors: { property: 'fix-property', value: 'fix-value', reason: 'fix-reason' },
    },
    editing,
  );
}

function flagForm(kit: FormKit, target: NonNullable<MapTarget>, editing: Editing | null): HTMLElement {
  const what = about(target, kit.lang);
  return form<G.FlagInput>(
    kit,
    {
      draft: draftFor('flag', what),
      defaults: what.input,
      submit: 'flagSubmit',
      fields: [h('p', { id: 'flag-about' }, kit.tr('proposalAbout', { name: what.text })), kit.checked('flag-reason', 'flagReason', h('textarea', { id: 'flag-reason', name: 'reason', rows: 3, maxlength: 2000, required: true }))],
      read: (f) => {
        const reason = String(new FormData(f).get('reason') ?? '').trim();
        if (!reason) return kit.fieldError(f, 'flag-reason', kit.tr('reasonMissing')), null;
        return { reason };
      },
      values: (input) => ({ reason: text1(input.reason) }),
      send: (input, id) => gql(Q.FLAG_ERROR, { input, id }),
      errors: { reason: 'flag-reason' },
    },
    editing,
  );
}

/**
 * The form for the chosen kind, new or (`editing`) on a proposal as last written; a correction or
 * flag without anything chosen on the map says how to choose. Editing, `target` is what the
 * proposal is about.
 */
export function proposalForm(kit: FormKit, kind: ProposalKindChoice | 'case', pickers: Pickers, target: MapTarget, editing: Editing | null = null): HTMLElement {
  if (kind === 'case') return caseForm(kit, pickers.places, editing);
  if (kind === 'application') return applicationForm(kit, pickers, editing);
  if (kind === 'causal_link') return causalLinkForm(kit, pickers, editing);
  if (!target) return h('p', { class: 'hint', id: 'propose-no-target' }, kit.tr('chooseOnMapFirst'));
  return kind === 'correction' ? correctionForm(kit, target, editing) : flagForm(kit, target, editing);
}

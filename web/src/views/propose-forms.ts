/**
 * The other proposals (issue #19), beside the case form: that an intervention was applied in a
 * town, a causal link, a correction of a node or claim, and an error flagged with its reason. A
 * correction and a flag are about what is chosen on the map (a node, or a claim's card). Like the
 * case form: labelled fields, Dutch first, each refusal beside the field it is about
 * (aria-describedby) and in the panel's alert, typed text kept.
 */
import { LABELS, POLARITIES, RELATIONSHIPS, SYSTEM_PROPERTIES, isLabel, isRelationshipType, type Lang, type PropertyDef } from '../../../server/ontology.ts';
import { gql, type GNode } from '../api.ts';
import { h } from '../dom.ts';
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
  /** After a proposal is in: its draft forgotten (drafts.ts), to "my proposals", with the news. */
  sent(draft: string): Promise<void>;
}

export interface Pickers {
  interventions: GNode[];
  places: GNode[];
  causal: GNode[];
}

const options = (nodes: GNode[], lang: Lang) => nodes.map((n) => h('option', { value: n.id }, lang === 'en' && n.nameEn ? n.nameEn : n.name));
const select = (id: string, nodes: GNode[], lang: Lang) => h('select', { id, name: id, required: true }, ...options(nodes, lang));

/** The source of a claim: the organisation's own experience, or a publication with publisher and year. */
function sourceFields(kit: FormKit, prefix: string) {
  const choice = (value: string, key: StringKey, checked: boolean) =>
    h('label', {}, h('input', { type: 'radio', name: `${prefix}-source`, value, checked }), ' ', kit.tr(key, { organisation: kit.organisation }));
  const element = h(
    'fieldset',
    {},
    h('legend', {}, kit.tr('caseSource')),
    choice('own', 'ownExperience', true),
    choice('publication', 'publication', false),
    kit.checked(`${prefix}-source-title`, 'sourceTitle', h('input', { id: `${prefix}-source-title`, name: 'sourceTitle', maxlength: 500 })),
    kit.checked(`${prefix}-source-publisher`, 'sourcePublisher', h('input', { id: `${prefix}-source-publisher`, name: 'sourcePublisher', maxlength: 300 })),
    kit.checked(`${prefix}-source-year`, 'sourceYear', h('input', { id: `${prefix}-source-year`, name: 'sourceYear', inputmode: 'numeric', maxlength: 4 })),
    kit.checked(`${prefix}-source-url`, 'sourceUrl', h('input', { id: `${prefix}-source-url`, name: 'sourceUrl', type: 'url', maxlength: 2000 })),
  );
  /** The source part of the input, or null after marking the field that is wrong. */
  const read = (form: HTMLFormElement): { ownExperience: boolean | null; newSource: G.NewSourceInput | null } | null => {
    const data = new FormData(form);
    const value = (k: string) => String(data.get(k) ?? '').trim() || null;
    if (data.get(`${prefix}-source`) !== 'publication') return { ownExperience: true, newSource: null };
    const year = value('sourceYear');
    if (!value('sourceTitle')) return kit.fieldError(form, `${prefix}-source-title`, kit.tr('sourceTitleMissing')), null;
    if (!value('sourcePublisher')) return kit.fieldError(form, `${prefix}-source-publisher`, kit.tr('sourcePublisherMissing')), null;
    if (year && !/^\d{4}$/.test(year)) return kit.fieldError(form, `${prefix}-source-year`, kit.tr('sourceYearInvalid')), null;
    return { ownExperience: null, newSource: { name: value('sourceTitle')!, publisher: value('sourcePublisher'), year: year ? Number(year) : null, url: value('sourceUrl'), nameEn: null, kind: null } };
  };
  const errors = {
    'newSource.name': `${prefix}-source-title`,
    'newSource.publisher': `${prefix}-source-publisher`,
    'newSource.year': `${prefix}-source-year`,
    'newSource.url': `${prefix}-source-url`,
  };
  return { element, read, errors };
}

/** A form whose typed text is kept as the draft `draft` until it is sent (drafts.ts). */
function form(kit: FormKit, draft: string, submitKey: StringKey, fields: HTMLElement[], send: (form: HTMLFormElement) => Promise<unknown> | null, errors: Record<string, string>): HTMLFormElement {
  const f = h('form', { class: 'contribute-form', novalidate: true, 'data-draft': draft }, ...fields, h('button', { type: 'submit', class: 'btn utrecht-button utrecht-button--primary-action' }, kit.tr(submitKey))) as HTMLFormElement;
  f.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const sending = send(f);
    if (!sending) return;
    void sending.then(
      () => kit.sent(draft),
      (e: unknown) => kit.refusal(f, e, errors),
    );
  });
  return f;
}

function applicationForm(kit: FormKit, p: Pickers): HTMLElement {
  const source = sourceFields(kit, 'app');
  return form(
    kit,
    'propose-application',
    'submitProposal',
    [
      kit.checked('app-intervention', 'applicationIntervention', select('app-intervention', p.interventions, kit.lang)),
      kit.checked('app-place', 'casePlace', select('app-place', p.places, kit.lang)),
      kit.checked('app-period', 'casePeriod', h('input', { id: 'app-period', name: 'period', maxlength: 50 })),
      kit.checked('app-note', 'applicationNote', h('textarea', { id: 'app-note', name: 'note', rows: 2, maxlength: 2000 })),
      source.element,
    ],
    (f) => {
      const data = new FormData(f);
      const src = source.read(f);
      if (!src) return null;
      const value = (k: string) => String(data.get(k) ?? '').trim() || null;
      const input: G.ApplicationInput = { interventionId: String(data.get('app-intervention')), placeId: String(data.get('app-place')), period: value('period'), note: value('note'), sourceId: null, ...src };
      return gql(Q.PROPOSE_APPLICATION, { input });
    },
    { interventionId: 'app-intervention', placeId: 'app-place', period: 'app-period', note: 'app-note', ...source.errors },
  );
}

function causalLinkForm(kit: FormKit, p: Pickers): HTMLElement {
  const source = sourceFields(kit, 'link');
  const polarity = h(
    'fieldset',
    { id: 'link-polarity', 'aria-describedby': 'link-polarity-error' },
    h('legend', {}, kit.tr('linkPolarity')),
    ...POLARITIES.map((v, i) => h('label', {}, h('input', { type: 'radio', name: 'polarity', value: v, checked: i === 0 }), ' ', kit.tr(v === '+' ? 'polarityPlus' : v === '-' ? 'polarityMinus' : 'polarityUnknown'))),
    h('p', { id: 'link-polarity-error', class: 'field-error', hidden: true }),
  );
  return form(
    kit,
    'propose-causal_link',
    'submitProposal',
    [
      kit.checked('link-from', 'linkFrom', select('link-from', p.causal, kit.lang)),
      kit.checked('link-to', 'linkTo', select('link-to', p.causal, kit.lang)),
      polarity,
      kit.checked('link-note', 'linkNote', h('textarea', { id: 'link-note', name: 'note', rows: 2, maxlength: 2000 })),
      source.element,
    ],
    (f) => {
      const data = new FormData(f);
      if (data.get('link-from') === data.get('link-to')) return kit.fieldError(f, 'link-to', kit.tr('linkSame')), null;
      const src = source.read(f);
      if (!src) return null;
      const note = String(data.get('note') ?? '').trim() || null;
      const input: G.CausalLinkInput = { fromId: String(data.get('link-from')), toId: String(data.get('link-to')), polarity: String(data.get('polarity')), confidence: null, note, sourceId: null, ...src };
      return gql(Q.PROPOSE_CAUSAL_LINK, { input });
    },
    { fromId: 'link-from', toId: 'link-to', polarity: 'link-polarity', note: 'link-note', ...source.errors },
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

const NOT_CORRECTABLE = new Set<string>(['id', 'recordedBy', 'recordedAt', ...SYSTEM_PROPERTIES]);

function correctionForm(kit: FormKit, target: NonNullable<MapTarget>): HTMLElement {
  const what = about(target, kit.lang);
  const props = Object.entries(what.defs).filter(([k]) => !NOT_CORRECTABLE.has(k));
  return form(
    kit,
    draftFor('correction', what),
    'submitProposal',
    [
      h('p', { id: 'fix-about' }, kit.tr('proposalAbout', { name: what.text })),
      kit.checked('fix-property', 'correctionProperty', h('select', { id: 'fix-property', name: 'property' }, ...props.map(([k, def]) => h('option', { value: k }, `${def.names[kit.lang]} (${k})`)))),
      kit.checked('fix-value', 'correctionValue', h('textarea', { id: 'fix-value', name: 'value', rows: 2, maxlength: 5000 })),
      kit.checked('fix-reason', 'correctionReason', h('textarea', { id: 'fix-reason', name: 'reason', rows: 2, maxlength: 2000, required: true })),
    ],
    (f) => {
      const data = new FormData(f);
      const property = String(data.get('property') ?? '');
      const reason = String(data.get('reason') ?? '').trim();
      if (!reason) return kit.fieldError(f, 'fix-reason', kit.tr('reasonMissing')), null;
      const def = what.defs[property];
      if (!def) return kit.fieldError(f, 'fix-property', kit.tr('correctionProperty')), null;
      const value = typedValue(def, String(data.get('value') ?? '').trim());
      return gql(Q.PROPOSE_CORRECTION, { input: { ...what.input, property, value, reason } });
    },
    { property: 'fix-property', value: 'fix-value', reason: 'fix-reason' },
  );
}

function flagForm(kit: FormKit, target: NonNullable<MapTarget>): HTMLElement {
  const what = about(target, kit.lang);
  return form(
    kit,
    draftFor('flag', what),
    'flagSubmit',
    [h('p', { id: 'flag-about' }, kit.tr('proposalAbout', { name: what.text })), kit.checked('flag-reason', 'flagReason', h('textarea', { id: 'flag-reason', name: 'reason', rows: 3, maxlength: 2000, required: true }))],
    (f) => {
      const reason = String(new FormData(f).get('reason') ?? '').trim();
      if (!reason) return kit.fieldError(f, 'flag-reason', kit.tr('reasonMissing')), null;
      return gql(Q.FLAG_ERROR, { input: { ...what.input, reason } });
    },
    { reason: 'flag-reason' },
  );
}

/** The form for the chosen kind; a correction or flag without anything chosen on the map says how to choose. */
export function proposalForm(kit: FormKit, kind: ProposalKindChoice, pickers: Pickers, target: MapTarget): HTMLElement {
  if (kind === 'application') return applicationForm(kit, pickers);
  if (kind === 'causal_link') return causalLinkForm(kit, pickers);
  if (!target) return h('p', { class: 'hint', id: 'propose-no-target' }, kit.tr('chooseOnMapFirst'));
  return kind === 'correction' ? correctionForm(kit, target) : flagForm(kit, target);
}

/**
 * A claim's card: one relationship of the graph as a sentence ("Selectief vertrek leidt tot
 * Sociaaleconomische sortering"), its direction, its confidence, its note, the summary of its
 * evidence, and its own sources with publisher and year (not those of the nodes it links).
 */
import {
  CONFIDENCE_NAMES,
  EVIDENCE_GRADE_NAMES,
  POLARITY_NAMES,
  RELATIONSHIPS,
  ROLE_NAMES,
  SOURCE_KIND_NAMES,
  isRelationshipType,
  type Confidence,
  type EvidenceGrade,
  type Lang,
  type Polarity,
  type SourceKind,
} from '../../../server/ontology.ts';
import type { Claim, GEdge, SourceRef } from '../api.ts';
import { h } from '../dom.ts';
import { t } from '../i18n.ts';
import { nodeName, type State } from '../state.ts';
import { labelBadge } from './symbols.ts';

export interface ClaimActions {
  open(id: string): void;
  back(): void;
}

/** The claim in words, as a sentence: "A leidt tot B". */
export function claimSentence(e: Pick<GEdge, 'type' | 'source' | 'target'>, s: Pick<State, 'graph' | 'lang'>): string {
  const name = (id: string) => {
    const n = s.graph.nodes[id];
    return n ? nodeName(n, s.lang) : id;
  };
  const verb = isRelationshipType(e.type) ? RELATIONSHIPS[e.type].names[s.lang] : e.type;
  return `${name(e.source)} ${verb} ${name(e.target)}`;
}

/** A relationship's role in words, in the reader's language (free text: unknown roles as written). */
export function roleName(role: unknown, lang: Lang): string | null {
  if (typeof role !== 'string' || !role) return null;
  return ROLE_NAMES[role]?.[lang] ?? role.replace(/_/g, ' ');
}

export function sourceItem(src: SourceRef, lang: Lang): HTMLElement {
  const title = (lang === 'en' && src.nameEn) || src.name;
  const url = src.url && /^https?:\/\//.test(src.url) ? src.url : null;
  const meta = [src.publisher, src.year].filter(Boolean).join(', ');
  return h('li', {}, url ? h('a', { href: url, rel: 'noopener noreferrer', target: '_blank' }, title) : title, meta ? h('span', { class: 'muted' }, ` — ${meta}`) : null);
}

/**
 * What the claim's sources amount to: its grade, the most credible kind among its sources, how many
 * independent publishers, and whether it is second-hand only. None for a relationship without sources.
 */
function renderEvidence(evidence: Claim['evidence'], lang: Lang): Node {
  if (!evidence) return h('p', { class: 'muted evidence-none' }, t(lang, 'evidenceNone'));
  const grade = EVIDENCE_GRADE_NAMES[evidence.grade as EvidenceGrade]?.[lang] ?? evidence.grade;
  const rows: [string, string][] = [[t(lang, 'evidenceGrade'), grade]];
  if (evidence.bestKind) rows.push([t(lang, 'evidenceBest'), SOURCE_KIND_NAMES[evidence.bestKind as SourceKind]?.[lang] ?? evidence.bestKind]);
  rows.push([t(lang, 'evidencePublishers'), String(evidence.publishers)]);
  rows.push([t(lang, 'evidenceSecondary'), t(lang, evidence.secondaryOnly ? 'yes' : 'no')]);
  return h('dl', { class: 'props evidence' }, rows.flatMap(([k, v]) => [h('dt', {}, k), h('dd', {}, v)]));
}

export function renderClaim(s: State, edge: GEdge, loaded: Claim | null | 'loading', actions: ClaimActions): (Node | null)[] {
  const lang = s.lang;
  const p = edge.properties;
  const pol = p.polarity as Polarity | undefined;
  const conf = p.confidence as Confidence | undefined;
  const note = (lang === 'en' ? p.noteEn ?? p.note : p.note ?? p.noteEn) as string | undefined;
  const role = roleName(p.role, lang);
  const rows: [string, Node | string][] = [[t(lang, 'relation'), isRelationshipType(edge.type) ? RELATIONSHIPS[edge.type].names[lang] : edge.type]];
  if (pol && POLARITY_NAMES[pol]) rows.push([t(lang, 'direction'), POLARITY_NAMES[pol][lang]]);
  if (conf && CONFIDENCE_NAMES[conf]) rows.push([t(lang, 'confidence'), CONFIDENCE_NAMES[conf][lang]]);
  if (role) rows.push([t(lang, 'kind'), role]);
  const end = (id: string) => {
    const n = s.graph.nodes[id];
    return h('li', {}, n ? labelBadge(n.label, lang) : null, ' ', h('button', { type: 'button', class: 'link', onclick: () => actions.open(id) }, n ? nodeName(n, lang) : id));
  };
  const selected = s.selected ? s.graph.nodes[s.selected] : undefined;
  return [
    h('p', { class: 'eyebrow' }, t(lang, 'claim')),
    h('h3', { id: 'details-title', tabindex: -1 }, claimSentence(edge, s)),
    h('dl', { class: 'props' }, rows.flatMap(([k, v]) => [h('dt', {}, k), h('dd', {}, v)])),
    note ? h('p', { class: 'description' }, h('strong', {}, `${t(lang, 'note')}: `), note) : null,
    h('ul', { class: 'plain claim-ends' }, end(edge.source), end(edge.target)),
    h('h4', {}, t(lang, 'evidence')),
    loaded === 'loading' ? h('p', { class: 'muted' }, t(lang, 'claimLoading')) : renderEvidence(loaded?.evidence ?? null, lang),
    h('h4', {}, t(lang, 'claimSources')),
    loaded === 'loading'
      ? h('p', { class: 'muted' }, t(lang, 'claimLoading'))
      : loaded?.sources.length
        ? h('ul', { class: 'sources claim-sources' }, loaded.sources.map((src) => sourceItem(src, lang)))
        : h('p', { class: 'muted' }, t(lang, 'claimNoSources')),
    selected
      ? h('div', { class: 'button-row' }, h('button', { type: 'button', class: 'btn secondary utrecht-button utrecht-button--secondary-action', onclick: () => actions.back() }, t(lang, 'backTo', { name: nodeName(selected, lang) })))
      : null,
  ];
}

/**
 * State <-> URL. A view is described by a few query parameters, so every view has a link that
 * rebuilds it (the graph is re-fetched, not stored in the URL). Tours travel in the fragment.
 */
import { CONFIDENCES, isLabel, type Confidence, type LabelName } from '../../server/ontology.ts';
import type { Filters, State, Tour, TourStep, ViewKind } from './state.ts';
import { PREVIEW_BASE } from './diff.ts';

export interface ViewSpec {
  view: ViewKind;
  /** 'overview' or a node id the view was opened from. */
  base: string;
  expand: string[];
  remove: string[];
  selected: string | null;
  /** An open claim card: the edge's id. */
  claim: string | null;
  filters: Filters;
  challenge: string | null;
  loops: boolean;
  path: string[];
  compare: string[];
  /** Causal view: targets whose group of lower-ranked interventions is open. */
  groups: string[];
  /** The map at the full width of the main area (network and causal views). */
  wide: boolean;
}

const list = (v: string | null): string[] => (v ? v.split(',').filter(Boolean) : []);

export function specFromQuery(query: string): ViewSpec {
  const p = new URLSearchParams(query);
  const view = p.get('view');
  return {
    view: view === 'causal' || view === 'compare' ? view : 'network',
    base: p.get('focus') ?? 'overview',
    expand: list(p.get('expand')),
    remove: list(p.get('remove')),
    selected: p.get('node'),
    claim: p.get('claim'),
    filters: {
      hiddenLabels: list(p.get('hide')).filter((l): l is LabelName => isLabel(l)),
      domain: p.get('domain'),
      municipality: p.get('municipality'),
      hiddenConfidences: list(p.get('hideConfidence')).filter((c): c is Confidence => (CONFIDENCES as readonly string[]).includes(c)),
    },
    challenge: p.get('challenge'),
    loops: p.get('loops') === '1',
    path: list(p.get('path')),
    compare: list(p.get('compare')),
    groups: list(p.get('groups')),
    wide: p.get('wide') === '1',
  };
}

export function queryFromState(s: State): string {
  const p = new URLSearchParams();
  p.set('view', s.view);
  if (s.view === 'network') {
    // A preview of a proposal (diff.ts) is no view of the published graph: its link is the overview's.
    if (s.graph.base !== 'overview' && s.graph.base !== PREVIEW_BASE) p.set('focus', s.graph.base);
    if (s.graph.expanded.length) p.set('expand', s.graph.expanded.join(','));
    if (s.graph.removed.length) p.set('remove', s.graph.removed.join(','));
  }
  if (s.view === 'causal') {
    if (s.challenge) p.set('challenge', s.challenge);
    if (s.showLoops) p.set('loops', '1');
    if (s.path.length) p.set('path', s.path.join(','));
    if (s.openGroups.length) p.set('groups', s.openGroups.join(','));
  }
  if (s.view === 'compare' && s.compare.length) p.set('compare', s.compare.join(','));
  if (s.wideMap && s.view !== 'compare') p.set('wide', '1');
  if (s.selected && s.view !== 'compare') p.set('node', s.selected);
  if (s.claim && s.view !== 'compare') p.set('claim', s.claim);
  const f = s.filters;
  if (f.hiddenLabels.length) p.set('hide', f.hiddenLabels.join(','));
  if (f.domain) p.set('domain', f.domain);
  if (f.municipality) p.set('municipality', f.municipality);
  if (f.hiddenConfidences.length) p.set('hideConfidence', f.hiddenConfidences.join(','));
  // Commas and colons stay readable in links (and the brackets of a claim's id).
  return '?' + p.toString().replace(/%2C/g, ',').replace(/%3A/g, ':').replace(/%5B/g, '[').replace(/%5D/g, ']');
}

// Tours: base64url JSON in `#tour=`, so a link carries the whole tour and needs no server.

function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let bin = '';
  bytes.forEach((b) => (bin += String.fromCharCode(b)));
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}
function fromBase64Url(text: string): string {
  const bin = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return new TextDecoder().decode(Uint8Array.from(bin, (c) => c.charCodeAt(0)));
}

export function encodeTour(steps: TourStep[]): string {
  return toBase64Url(JSON.stringify(steps.map((s) => [s.title, s.text, s.query])));
}

export function tourFromHash(hash: string): Tour | null {
  const m = /(?:^#|&)tour=([A-Za-z0-9_-]+)/.exec(hash);
  if (!m?.[1]) return null;
  try {
    const raw = JSON.parse(fromBase64Url(m[1])) as unknown;
    if (!Array.isArray(raw)) return null;
    const steps = raw
      .filter((r): r is [string, string, string] => Array.isArray(r) && r.every((x) => typeof x === 'string'))
      .map(([title, text, query]) => ({ title, text, query }));
    const step = Number(/[#&]step=(\d+)/.exec(hash)?.[1] ?? 1);
    return steps.length ? { steps, index: Math.min(Math.max(step - 1, 0), steps.length - 1), readOnly: true } : null;
  } catch {
    return null;
  }
}

export function tourHash(tour: Tour): string {
  return `#tour=${encodeTour(tour.steps)}&step=${tour.index + 1}`;
}

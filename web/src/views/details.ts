/**
 * The details of the selected node: its properties with ontology names, its relationships grouped
 * by type (each other end a button that opens it), its sources as links and its provenance.
 */
import {
  CONFIDENCE_NAMES,
  LABELS,
  POLARITY_NAMES,
  RELATIONSHIPS,
  isRelationshipType,
  type Confidence,
  type Lang,
  type PropertyDef,
  type Polarity,
} from '../../../server/ontology.ts';
import { claim as askClaim, LatestOnly, neighbours, nodeDetails, nodesDetails, type Claim, type GEdge, type Graph, type NodeDetails, type Provenance, type Ranked, type SourceRef } from '../api.ts';
import { fill, h } from '../dom.ts';
import { formatDate, t } from '../i18n.ts';
import { reportError } from '../report.ts';
import { GROUP_PREFIX, groupMembers, nodeName, type State, type Store } from '../state.ts';
import { rankReasons } from './causal.ts';
import { valueName } from './values.ts';
import { labelBadge } from './symbols.ts';
import { claimSentence, renderClaim, roleName, sourceItem } from './claim.ts';

interface Loaded {
  id: string;
  details: NodeDetails;
  around: Graph;
  sources: Map<string, NodeDetails>;
}

const HIDDEN = new Set(['id', 'name', 'nameEn', 'description', 'descriptionEn', 'label', '__typename', 'importId']);

export interface DetailsActions {
  open(id: string): void;
  expand(id: string): void;
  select(id: string): void;
  claim(id: string | null): void;
  /** Close the details (on a phone, the sheet over the map). */
  close(): void;
}

export function mountDetails(root: HTMLElement, store: Store, actions: DetailsActions) {
  const body = root.querySelector('.details-body') as HTMLElement;
  let loaded: Loaded | null = null;
  let loadingId: string | null = null;
  // Another node selected: the details of the one before are no longer awaited.
  const asking = new LatestOnly();
  let claimLoaded: { id: string; claim: Claim | null } | null = null;
  let claimLoading: string | null = null;
  const askingClaim = new LatestOnly();
  /** The node or claim whose heading takes keyboard focus once it is shown (after a search, a claim opened). */
  let focusWanted: string | null = null;
  // What the reader was typing when the focus was asked for: typing something else since then means
  // they went on (a new search), and the panel must not take the box from under their fingers.
  let typingWhenAsked: { el: Element | null; value: string } = { el: null, value: '' };

  async function load(id: string): Promise<void> {
    loadingId = id;
    const signal = asking.next();
    try {
      const [details, around] = await Promise.all([nodeDetails(id, signal), neighbours(id, 200, signal)]);
      // Source nodes next to it, and ids named on its claims, become links with their URL.
      const sourceIds = new Set<string>();
      for (const n of around.nodes) if (n.label === 'Source') sourceIds.add(n.id);
      for (const e of around.edges) for (const s of asList(e.properties.sources)) sourceIds.add(s);
      const sources = await nodesDetails([...sourceIds].slice(0, 50), signal);
      if (loadingId === id) {
        loaded = { id, details, around, sources };
        render(store.get());
      }
    } catch (e) {
      if (loadingId === id) reportError(store, e);
    }
  }

  async function loadClaim(edge: GEdge): Promise<void> {
    claimLoading = edge.id;
    const signal = askingClaim.next();
    try {
      const c = await askClaim(edge, signal);
      if (claimLoading === edge.id) {
        claimLoaded = { id: edge.id, claim: c };
        render(store.get());
      }
    } catch (e) {
      if (claimLoading === edge.id) {
        claimLoading = null;
        reportError(store, e);
      }
    }
  }

  /** Focus the heading once what it heads is shown, if that was asked for. */
  function settle(key: string, ready: boolean): void {
    root.dataset.shows = key;
    if (!ready || focusWanted !== key) return;
    focusWanted = null;
    const now = document.activeElement;
    if (now instanceof HTMLInputElement && (now !== typingWhenAsked.el || now.value !== typingWhenAsked.value) && now.value !== '') return;
    (body.querySelector('#details-title') as HTMLElement | null)?.focus();
  }

  function render(s: State): void {
    const lang = s.lang;
    const id = s.selected;
    const node = id ? s.graph.nodes[id] : undefined;
    const edge = s.claim ? s.graph.edges[s.claim] : undefined;
    root.classList.toggle('empty', !node && !edge);
    const close = h('button', { type: 'button', class: 'btn small secondary utrecht-button utrecht-button--secondary-action sheet-close', onclick: () => actions.close() }, t(lang, 'detailsClose'));
    if (edge) {
      const ready = claimLoaded?.id === edge.id;
      if (!ready && claimLoading !== edge.id) void loadClaim(edge);
      fill(body, close, ...renderClaim(s, edge, ready ? claimLoaded!.claim : 'loading', { open: actions.open, back: () => actions.claim(null) }));
      return settle(`claim:${edge.id}`, ready);
    }
    if (!id || !node) {
      fill(body, h('p', { class: 'muted' }, t(lang, 'detailsEmpty')));
      return settle('', false);
    }
    // A group of the causal view is the client's own node: nothing to ask the server.
    if (id.startsWith(GROUP_PREFIX)) {
      fill(body, close, ...renderGroup(s, id, actions));
      return settle(id, true);
    }
    const ranked = s.view === 'causal' ? s.causal?.ranking.find((r) => r.intervention.id === id) : undefined;
    if (loaded?.id !== id) {
      fill(body, close, h('h3', { id: 'details-title', tabindex: -1 }, nodeName(node, lang)), labelBadge(node.label, lang), ranked ? renderRanked(s, ranked) : null, h('p', { class: 'muted' }, t(lang, 'loading')));
      if (loadingId !== id) void load(id);
      return settle(id, false);
    }
    const p = loaded.details.properties;
    const def = LABELS[node.label];
    const description = (lang === 'en' ? p.descriptionEn ?? p.description : p.description ?? p.descriptionEn) as string | undefined;
    const rows = Object.entries(p)
      .filter(([k, v]) => !HIDDEN.has(k) && v !== null && v !== undefined && !(Array.isArray(v) && v.length === 0))
      .map(([k, v]) => {
        const pd = (def.properties as Record<string, PropertyDef>)[k];
        return [h('dt', {}, pd ? pd.names[lang] : k), h('dd', {}, renderValue(k, v, pd, lang, loaded!.sources, actions.open))];
      });
    const expanded = s.graph.expanded.includes(id);
    fill(
      body,
      close,
      h('h3', { id: 'details-title', tabindex: -1 }, nodeName(node, lang)),
      labelBadge(node.label, lang),
      node.signatory ? h('p', { class: 'tag-signatory' }, t(lang, 'kopgroep')) : null,
      description ? h('p', { class: 'description' }, description) : null,
      ranked ? renderRanked(s, ranked) : null,
      h(
        'div',
        { class: 'button-row' },
        h('button', { type: 'button', class: 'btn utrecht-button utrecht-button--primary-action', onclick: () => actions.expand(id) }, expanded ? t(lang, 'collapse') : t(lang, 'expand')),
      ),
      h('h4', {}, t(lang, 'properties')),
      rows.length ? h('dl', { class: 'props' }, rows.flat()) : h('p', { class: 'muted' }, '—'),
      renderRelationships(loaded, s, actions),
      renderSources(loaded, lang),
      h('h4', {}, t(lang, 'provenance')),
      renderProvenance(loaded.details.provenance, lang),
    );
    settle(id, true);
  }

  return {
    render,
    /** The next time the details show `id` (a node, or `claim:<edge id>`), their heading takes focus. */
    focusWhenShown(key: string): void {
      focusWanted = key;
      const el = document.activeElement;
      typingWhenAsked = { el, value: el instanceof HTMLInputElement ? el.value : '' };
      const s = store.get();
      const showing = s.claim ? `claim:${s.claim}` : s.selected;
      if (showing === key && (key.startsWith('claim:') ? claimLoaded?.id === s.claim : loaded?.id === key || key.startsWith(GROUP_PREFIX))) settle(key, true);
    },
  };
}

function asList(v: unknown): string[] {
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : typeof v === 'string' ? [v] : [];
}

function renderValue(key: string, v: unknown, pd: PropertyDef | undefined, lang: Lang, sources: Map<string, NodeDetails>, open: (id: string) => void): Node | string {
  if (key === 'url' && typeof v === 'string' && /^https?:\/\//.test(v)) return h('a', { href: v, rel: 'noopener noreferrer', target: '_blank' }, v);
  if (typeof v === 'boolean') return t(lang, v ? 'yes' : 'no');
  if (Array.isArray(v)) {
    if (key === 'sources' || key === 'populationSource') return h('ul', {}, v.map((x) => h('li', {}, sourceLink(String(x), sources, open))));
    return h('ul', { class: 'plain' }, v.map((x) => h('li', {}, valueName(key, String(x), pd, lang))));
  }
  if (key === 'populationSource' && typeof v === 'string') return sourceLink(v, sources, open);
  // Years stay as they are; counts get digit grouping.
  if (typeof v === 'number') return v >= 10_000 ? v.toLocaleString(lang === 'nl' ? 'nl-NL' : 'en-GB') : String(v);
  return valueName(key, String(v), pd, lang);
}

function sourceLink(id: string, sources: Map<string, NodeDetails>, open: (id: string) => void): Node {
  const p = sources.get(id)?.properties;
  const title = (p?.name as string | undefined) ?? id;
  return h('button', { type: 'button', class: 'link', onclick: () => open(id) }, title);
}

function renderRelationships(l: Loaded, s: State, actions: DetailsActions): Node[] {
  const lang = s.lang;
  const names = new Map(l.around.nodes.map((n) => [n.id, n]));
  const groups = new Map<string, { label: string; items: Node[] }>();
  for (const e of l.around.edges) {
    if (e.source !== l.id && e.target !== l.id) continue;
    if (!isRelationshipType(e.type)) continue;
    const out = e.source === l.id;
    const otherId = out ? e.target : e.source;
    const other = names.get(otherId);
    const rel = RELATIONSHIPS[e.type];
    const key = `${e.type}:${out ? 'out' : 'in'}`;
    const label = (out ? rel.names : rel.inverseNames)[lang];
    const claim: string[] = [];
    const pol = e.properties.polarity as Polarity | undefined;
    if (pol && POLARITY_NAMES[pol]) claim.push(POLARITY_NAMES[pol][lang]);
    const conf = e.properties.confidence as Confidence | undefined;
    if (conf && CONFIDENCE_NAMES[conf]) claim.push(`${t(lang, 'confidence').toLowerCase()}: ${CONFIDENCE_NAMES[conf][lang]}`);
    const role = roleName(e.properties.role, lang);
    if (role) claim.push(role);
    const note = (lang === 'en' ? e.properties.noteEn ?? e.properties.note : e.properties.note ?? e.properties.noteEn) as string | undefined;
    // The claim card needs both ends on the map (its sentence names them); the others open the node.
    const onMap = Boolean(s.graph.edges[e.id]);
    const sentence = claimSentence(e, { graph: { ...s.graph, nodes: { ...Object.fromEntries(l.around.nodes.map((n) => [n.id, n])), ...s.graph.nodes } }, lang });
    const item = h(
      'li',
      {},
      other ? labelBadge(other.label, lang) : null,
      ' ',
      h('button', { type: 'button', class: 'link', onclick: () => actions.open(otherId) }, other ? nodeName(other, lang) : otherId),
      claim.length ? h('span', { class: 'claim' }, ` (${claim.join('; ')})`) : null,
      onMap ? ' ' : null,
      onMap
        ? h('button', { type: 'button', class: 'btn small secondary utrecht-button utrecht-button--secondary-action claim-open', 'aria-label': t(lang, 'openClaimOf', { text: sentence }), onclick: () => actions.claim(e.id) }, t(lang, 'openClaim'))
        : null,
      note ? h('div', { class: 'note' }, note) : null,
    );
    const g = groups.get(key) ?? { label, items: [] };
    g.items.push(item);
    groups.set(key, g);
  }
  if (groups.size === 0) return [];
  return [
    h('h4', {}, t(lang, 'relationships')),
    ...[...groups.values()].map((g) => h('details', { open: g.items.length <= 8 }, h('summary', {}, `${g.label} (${g.items.length})`), h('ul', { class: 'rels' }, g.items))),
  ];
}

function renderSources(l: Loaded, lang: Lang): Node[] {
  const items = [...l.sources.entries()].map(([id, d]) => {
    const p = d.properties;
    const src: SourceRef = {
      id,
      name: (p.name as string | undefined) ?? id,
      nameEn: (p.nameEn as string | null | undefined) ?? null,
      url: typeof p.url === 'string' ? p.url : null,
      year: typeof p.year === 'number' ? p.year : null,
      publisher: typeof p.publisher === 'string' ? p.publisher : null,
    };
    return sourceItem(src, lang);
  });
  return items.length ? [h('h4', {}, t(lang, 'sources')), h('ul', { class: 'sources' }, items)] : [];
}

/**
 * Where the node comes from: the one import that made it, when and by whom. A seed or dataset
 * import of many files names how many (the list is there to unfold), not the whole list.
 */
function renderProvenance(p: Provenance | null, lang: Lang): Node {
  if (!p) return h('p', { class: 'muted' }, t(lang, 'provenanceNone'));
  const files = (p.fileName ?? '').split(/,\s*/).filter(Boolean);
  const seed = files.some((f) => /(^|\/)seed\//.test(f)) || /seed/i.test(p.actor ?? '');
  return h(
    'div',
    { class: 'provenance' },
    seed ? h('p', {}, t(lang, 'provenanceSeed')) : null,
    h('p', {}, t(lang, 'provenanceLine', { date: formatDate(p.startedAt, lang), actor: p.actor ?? '—' })),
    p.partner ? h('p', {}, t(lang, 'provenancePartner', { partner: p.partner })) : null,
    h('p', { class: 'muted small' }, t(lang, 'provenanceImport', { id: p.importId })),
    files.length === 1
      ? h('p', { class: 'muted small' }, files[0]!)
      : files.length > 1
        ? h('details', {}, h('summary', {}, t(lang, 'provenanceFiles', { n: files.length })), h('ul', { class: 'plain small' }, files.map((f) => h('li', {}, f))))
        : null,
  );
}

function sourceList(sources: SourceRef[], lang: Lang): Node | null {
  return sources.length ? h('ul', { class: 'sources' }, sources.map((src) => sourceItem(src, lang))) : null;
}

/** Why the server put an intervention where it is: its reasons, path, reach and applications. */
function renderRanked(s: State, r: Ranked): Node {
  const lang = s.lang;
  const total = s.causal?.ranking.length ?? 0;
  const names = new Map(r.path.map((n) => [n.id, (lang === 'en' && n.nameEn) || n.name]));
  const pathText = r.path
    .map((n, i) => {
      const e = i > 0 ? r.pathEdges[i - 2] : undefined;
      const pol = e ? String(e.properties.polarity ?? '?').replace('-', '−') : '';
      return (i > 1 ? ` (${pol}) → ` : i === 1 ? ' → ' : '') + names.get(n.id);
    })
    .join('');
  return h(
    'section',
    { class: 'why', 'aria-labelledby': 'why-title' },
    h('h4', { id: 'why-title' }, `${t(lang, 'whyRanked')}: ${t(lang, 'rank', { n: r.rank })} / ${total}`),
    h('ul', { class: 'plain reasons-list' }, h('li', {}, `${t(lang, 'score')}: ${r.score.toLocaleString(lang === 'nl' ? 'nl-NL' : 'en-GB')}`), rankReasons(r, lang, null).map((x) => h('li', {}, x))),
    h('p', { class: 'path-text' }, h('strong', {}, `${t(lang, 'pathToChallenge')}: `), pathText),
    h('h5', {}, t(lang, 'reaches')),
    h(
      'ul',
      { class: 'rels' },
      r.reaches.map((x) =>
        h(
          'li',
          {},
          (lang === 'en' && x.node.nameEn) || x.node.name,
          x.confidence && CONFIDENCE_NAMES[x.confidence as Confidence] ? h('span', { class: 'claim' }, ` (${t(lang, 'confidence').toLowerCase()}: ${CONFIDENCE_NAMES[x.confidence as Confidence][lang]})`) : null,
          sourceList(x.sources, lang),
        ),
      ),
    ),
    h('h5', {}, t(lang, 'appliedIn')),
    r.appliedIn.length
      ? h(
          'ul',
          { class: 'rels' },
          r.appliedIn.map((a) => h('li', {}, (lang === 'en' && a.place.nameEn) || a.place.name, a.period ? h('span', { class: 'muted' }, ` (${a.period})`) : null, sourceList(a.sources, lang))),
        )
      : h('p', { class: 'muted' }, t(lang, 'notApplied')),
  );
}

function renderGroup(s: State, id: string, actions: DetailsActions): Node[] {
  const lang = s.lang;
  const target = id.slice(GROUP_PREFIX.length);
  const members = s.causal ? groupMembers(s.causal, target) : [];
  const targetNode = s.graph.nodes[target];
  const targetName = targetNode ? nodeName(targetNode, lang) : target;
  return [
    h('h3', { id: 'details-title', tabindex: -1 }, t(lang, 'groupName', { n: members.length })),
    labelBadge('Intervention', lang),
    h('p', { class: 'description' }, t(lang, 'groupDetails', { n: members.length, name: targetName })),
    h('div', { class: 'button-row' }, h('button', { type: 'button', class: 'btn utrecht-button utrecht-button--primary-action', onclick: () => actions.expand(id) }, t(lang, 'showGroup', { n: members.length }))),
    h('h4', {}, t(lang, 'ranking')),
    h(
      'ol',
      { class: 'ranked' },
      members.map((r) =>
        h(
          'li',
          { value: r.rank },
          h(
            'button',
            {
              type: 'button',
              class: 'link',
              onclick: () => {
                actions.expand(id);
                actions.select(r.intervention.id);
              },
            },
            nodeName(r.intervention, lang),
          ),
          h('div', { class: 'reasons' }, `${t(lang, 'score')} ${r.score.toLocaleString(lang === 'nl' ? 'nl-NL' : 'en-GB')} · ${rankReasons(r, lang, null).join(' · ')}`),
        ),
      ),
    ),
  ];
}

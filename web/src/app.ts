/**
 * The explorer's controller: creates the store and the views, turns user intents into queries and
 * actions, and keeps the URL in step with the state (each view has a link that rebuilds it).
 * Loaded by main.ts, which has already asked for the overview.
 */
import { LABELS, type LabelName } from '../../server/ontology.ts';
import * as api from './api.ts';
import { byId } from './dom.ts';
import { rememberLang, storedLang, t, type StringKey } from './i18n.ts';
import { createStore, GROUP_PREFIX, groupMembers, initialState, nodeName, type State, type ViewKind } from './state.ts';
import { reportError } from './report.ts';
import { queryFromState, specFromQuery, tourFromHash, type ViewSpec } from './url.ts';
import { Canvas } from './views/canvas.ts';
import { mountSearch } from './views/search.ts';
import { mountDetails } from './views/details.ts';
import { mountTextView } from './views/textview.ts';
import { mountLegend } from './views/legend.ts';
import { mountCausal } from './views/causal.ts';
import { mountCompare } from './views/compare.ts';
import { installBenchHook } from './bench.ts';
import { selective } from './selective.ts';
import { loadHyphenation } from './hyphenation.ts';

// Read the link before the first render rewrites the URL.
const initialQuery = location.search;
const initialHash = location.hash;

const store = createStore(initialState(storedLang()));
const dispatch = store.dispatch;
const lang = () => store.get().lang;

const fail = (e: unknown) => reportError(store, e);

// The graph asked for last is the one shown. Asking for another (a node, a view, a challenge, a
// link, the back button) cancels what the one before still waits for, retries included, so a late
// answer cannot replace it; expanding a node joins the graph in progress and is cancelled with it.
const navigation = new api.LatestOnly();
function navigate(): AbortSignal {
  if (store.get().loading) dispatch({ type: 'cancelled' });
  return navigation.next();
}

// ---------------------------------------------------------------------------------------------
// Intents: each one a few queries and actions

function announceGraph(): void {
  const g = store.get().graph;
  dispatch({ type: 'announce', message: t(lang(), 'loaded', { n: Object.keys(g.nodes).length, e: Object.keys(g.edges).length }) + (g.truncated ? ' ' + t(lang(), 'truncated') : '') });
}

async function loadOverview(signal: AbortSignal, selected: string | null = null): Promise<void> {
  dispatch({ type: 'loading' });
  const graph = await api.overview(signal);
  dispatch({ type: 'setGraph', graph, base: 'overview', selected });
  announceGraph();
}

async function loadFocus(signal: AbortSignal, id: string, selected: string | null = id): Promise<void> {
  dispatch({ type: 'loading' });
  const graph = await api.neighbours(id, 100, signal);
  dispatch({ type: 'setGraph', graph, base: id, selected });
  announceGraph();
}

async function loadCausal(signal: AbortSignal, challenge: string, selected: string | null = null, openGroups: string[] = []): Promise<void> {
  dispatch({ type: 'loading' });
  // The server ranks the interventions (for the filter's municipality, when one is chosen); the
  // view draws the best and groups the rest, so a challenge with many stays readable.
  const code = api.municipalityCode(store.get().filters.municipality);
  const [chain, ranking] = await Promise.all([api.causalChain(challenge, 5, signal), api.interventionsFor(challenge, code, 100, signal)]);
  dispatch({ type: 'causal', data: { challenge, chain, ranking, code }, selected, openGroups });
  announceGraph();
}

/** Open or close a group of lower-ranked interventions in the causal view. */
function toggleGroup(groupOrTarget: string, open?: boolean): void {
  const target = groupOrTarget.startsWith(GROUP_PREFIX) ? groupOrTarget.slice(GROUP_PREFIX.length) : groupOrTarget;
  const s = store.get();
  const opening = open ?? !s.openGroups.includes(target);
  const count = s.causal ? groupMembers(s.causal, target).length : 0;
  dispatch({ type: 'group', target, open: opening });
  const node = store.get().graph.nodes[target];
  const name = node ? nodeName(node, lang()) : target;
  dispatch({ type: 'announce', message: t(lang(), opening ? 'groupOpened' : 'groupClosed', { n: count, name }) });
}

// The municipality filter asks the server what relates to the town; the ranking of the causal
// view is made for it too. Another town, or none, cancels the question about the one before.
const municipalityAsking = new api.LatestOnly();
async function municipalityChanged(id: string | null): Promise<void> {
  const signal = municipalityAsking.next();
  const s = store.get();
  // While a link is restored, applySpec loads the causal view itself, already for this town.
  if (!restoring && s.view === 'causal' && s.challenge && s.causal && s.causal.code !== api.municipalityCode(id)) loadCausal(navigate(), s.challenge, s.selected, s.openGroups).catch(fail);
  if (!id || store.get().municipalityNodes?.id === id) return;
  try {
    const { ids, total } = await api.municipalityNodeIds(id, 2000, signal);
    dispatch({ type: 'municipalityNodes', id, ids, total });
  } catch (e) {
    fail(e);
  }
}
store.subscribe((s, prev) => {
  if (s.filters.municipality !== prev.filters.municipality) void municipalityChanged(s.filters.municipality);
});

async function openNode(id: string): Promise<void> {
  const s = store.get();
  // A group is selected like a node; its details list the members and open it.
  if (id.startsWith(GROUP_PREFIX)) return selectNode(id);
  try {
    if (s.view === 'causal' && id.startsWith(`${LABELS.Challenge.idPrefix}:`) && !s.graph.nodes[id]) {
      dispatch({ type: 'challenge', id });
      await loadCausal(navigate(), id, id);
    } else if (s.graph.nodes[id] && s.view !== 'compare') {
      dispatch({ type: 'select', id });
      canvas.focus(id);
    } else {
      const signal = navigate();
      if (s.view !== 'network') dispatch({ type: 'view', view: 'network' });
      await loadFocus(signal, id);
    }
  } catch (e) {
    fail(e);
  }
}

async function toggleExpand(id: string): Promise<void> {
  const s = store.get();
  if (id.startsWith(GROUP_PREFIX)) return toggleGroup(id);
  if (s.graph.expanded.includes(id)) {
    dispatch({ type: 'collapse', id });
    announceGraph();
    return;
  }
  try {
    dispatch({ type: 'loading' });
    const graph = await api.neighbours(id, 100, navigation.signal);
    const before = Object.keys(store.get().graph.nodes).length;
    dispatch({ type: 'expand', id, graph });
    const added = Object.keys(store.get().graph.nodes).length - before;
    const node = store.get().graph.nodes[id];
    dispatch({ type: 'announce', message: t(lang(), 'expanded', { n: added, name: node ? nodeName(node, lang()) : id }) + (graph.truncated ? ' ' + t(lang(), 'truncated') : '') });
  } catch (e) {
    fail(e);
  }
}

function removeNode(id: string): void {
  const node = store.get().graph.nodes[id];
  dispatch({ type: 'remove', id });
  dispatch({ type: 'announce', message: `${t(lang(), 'remove')}: ${node ? nodeName(node, lang()) : id}` });
}

async function setView(view: ViewKind): Promise<void> {
  const s = store.get();
  if (s.view === view) return;
  const signal = navigate();
  dispatch({ type: 'view', view });
  try {
    if (view === 'network') await loadOverview(signal);
    if (view === 'causal') {
      if (s.challenge) await loadCausal(signal, s.challenge);
      else dispatch({ type: 'setGraph', graph: { nodes: [], edges: [], truncated: false }, base: 'causal', selected: null });
    }
  } catch (e) {
    fail(e);
  }
}

async function setShowLoops(show: boolean): Promise<void> {
  try {
    const loops = show && store.get().loops.length === 0 ? await api.feedbackLoops(6) : undefined;
    dispatch({ type: 'loops', show, loops });
  } catch (e) {
    fail(e);
  }
}

/** Rebuild a view from its description (deep link, back button, saved view, tour step). */
async function applySpec(spec: ViewSpec): Promise<void> {
  const signal = navigate();
  restoring = signal;
  try {
    dispatch({ type: 'wideMap', on: spec.wide });
    dispatch({ type: 'filters', filters: spec.filters });
    dispatch({ type: 'view', view: spec.view });
    dispatch({ type: 'challenge', id: spec.challenge });
    dispatch({ type: 'compare', codes: spec.compare });
    if (spec.view === 'network') {
      if (spec.base === 'overview') await loadOverview(signal, spec.selected);
      else await loadFocus(signal, spec.base, spec.selected);
      for (const id of spec.expand) {
        const graph = await api.neighbours(id, 100, signal);
        dispatch({ type: 'expand', id, graph });
      }
      for (const id of spec.remove) dispatch({ type: 'remove', id });
    } else if (spec.view === 'causal') {
      if (spec.challenge) await loadCausal(signal, spec.challenge, spec.selected, spec.groups);
      else dispatch({ type: 'setGraph', graph: { nodes: [], edges: [], truncated: false }, base: 'causal', selected: null });
      if (spec.loops) await setShowLoops(true);
      // The loops are fetched once, for every view: not cancelled, and their errors reported there.
      signal.throwIfAborted();
      if (spec.path.length) dispatch({ type: 'path', ids: spec.path });
    } else {
      dispatch({ type: 'setGraph', graph: { nodes: [], edges: [], truncated: false }, base: 'compare', selected: null });
    }
    if (spec.selected && store.get().graph.nodes[spec.selected]) dispatch({ type: 'select', id: spec.selected });
  } catch (e) {
    fail(e);
  } finally {
    // Cut short by another link, that one is restoring now; by another graph, its history entry
    // keeps the link it was opened with, and the other graph gets an entry of its own.
    if (restoring === signal) {
      restoring = false;
      if (!signal.aborted) syncUrl(store.get(), true);
    }
  }
}

const go = (query: string) => void applySpec(specFromQuery(query));

// ---------------------------------------------------------------------------------------------
// URL: replace while restoring or filtering; push when the graph or the view changes

// While a link is applied (the page's own at first), the state is on its way to what the URL
// already says: nothing is written to the history until it has arrived. The signal is that of
// the link being applied.
let restoring: AbortSignal | boolean = true;
/** What makes a new history entry: another view or graph; selection and filters only replace. */
const pushKey = (query: string): string => {
  const p = new URLSearchParams(query);
  for (const k of ['node', 'hide', 'domain', 'municipality', 'hideConfidence', 'path', 'loops', 'wide']) p.delete(k);
  return p.toString();
};
let lastQuery = '';
function syncUrl(s: State, replace = false): void {
  const query = queryFromState(s);
  if (query === lastQuery && query === location.search) return;
  const push = !replace && !restoring && lastQuery !== '' && pushKey(query) !== pushKey(lastQuery);
  lastQuery = query;
  const url = `${location.pathname}${query}${location.hash}`;
  if (push) history.pushState(null, '', url);
  else history.replaceState(null, '', url);
}
window.addEventListener('popstate', () => {
  lastQuery = location.search;
  go(location.search);
});

// ---------------------------------------------------------------------------------------------
// Views

const canvas = new Canvas(byId('cy'), { select: (id) => dispatch({ type: 'select', id }), expand: (id) => void toggleExpand(id) });
const search = mountSearch(byId<HTMLFormElement>('search-form'), store, (id) => void openNode(id));
const details = mountDetails(byId('details'), store, { open: (id) => void openNode(id), expand: (id) => void toggleExpand(id), select: (id) => selectNode(id) });
const textView = mountTextView(byId('text-view'), { open: (id) => void openNode(id), expand: (id) => void toggleExpand(id), remove: removeNode });
const legend = mountLegend(byId('legend'), store);
const causal = mountCausal(byId('causal-panel'), store, () => canvas.cy, {
  challenge: (id) => {
    const signal = navigate();
    dispatch({ type: 'challenge', id: id || null });
    if (id) loadCausal(signal, id).catch(fail);
  },
  loops: (show) => void setShowLoops(show),
  select: (id) => selectNode(id),
  group: (target, open) => toggleGroup(target, open),
});
const compare = mountCompare(byId('compare-view'), store, { open: (id) => void openNode(id) });

/** Select a node already on the canvas (from a list beside it) and bring it into view. */
function selectNode(id: string): void {
  dispatch({ type: 'select', id });
  canvas.focus(id);
}

// Saved views and tours: their code is loaded when asked for (a tour link, the panel scrolled
// into view, focus entering the sidebar), not with the first screen (issue #6); and a few seconds
// after it anyway, when the browser is idle, so the panel is there for whoever looks for it
// another way (a screen reader's list of headings).
let views: { render(s: State): void } | null = null;
let viewsLoading: Promise<void> | null = null;
function loadViews(): Promise<void> {
  return (viewsLoading ??= import('./views/tour.ts').then(
    (m) => {
      views = m.mountViews(byId('views-panel'), byId('tour-bar'), store, { go, currentQuery: () => queryFromState(store.get()) });
      views.render(store.get());
    },
    (e: unknown) => {
      viewsLoading = null;
      fail(e);
    },
  ));
}
function loadViewsOnDemand(): void {
  const panel = byId('views-panel');
  const observer = new IntersectionObserver((entries) => {
    if (!entries.some((e) => e.isIntersecting)) return;
    observer.disconnect();
    void loadViews();
  });
  observer.observe(panel);
  // A keyboard user tabbing through the sidebar reaches the panel before scrolling shows it.
  panel.closest('aside')?.addEventListener('focusin', () => void loadViews(), { once: true });
  const idle = window.requestIdleCallback ?? ((f: () => void) => setTimeout(f, 0));
  setTimeout(() => idle(() => void loadViews()), PREFETCH_VIEWS_MS);
}
const PREFETCH_VIEWS_MS = 8000;

function renderStatic(s: State, prev: State | null): void {
  if (prev && prev.lang === s.lang && prev.view === s.view && prev.past.length === s.past.length && prev.future.length === s.future.length) return;
  const l = s.lang;
  document.documentElement.lang = l;
  document.title = `${t(l, 'title')} — ${t(l, s.view === 'causal' ? 'viewCausal' : s.view === 'compare' ? 'viewCompare' : 'viewNetwork')}`;
  document.querySelectorAll<HTMLElement>('[data-i18n]').forEach((el) => (el.textContent = t(l, el.dataset.i18n as StringKey)));
  document.querySelectorAll<HTMLElement>('[data-i18n-label]').forEach((el) => el.setAttribute('aria-label', t(l, el.dataset.i18nLabel as StringKey)));
  const langButton = byId('lang-toggle');
  langButton.textContent = t(l, 'switchLang');
  langButton.setAttribute('lang', t(l, 'switchLangLang'));
  document.querySelectorAll<HTMLAnchorElement>('[data-view]').forEach((a) => {
    if (a.dataset.view === s.view) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  });
  byId<HTMLButtonElement>('undo').disabled = s.past.length === 0;
  byId<HTMLButtonElement>('redo').disabled = s.future.length === 0;
  search.render();
}

// What each view reads. visibleElements (canvas, text view, legend) reads the graph, the filters,
// what the server relates to the municipality, the view and the challenge.
const VISIBLE = ['graph', 'filters', 'municipalityNodes', 'view', 'challenge'] as const;
const renderers = [
  selective(['lang', 'view', 'past', 'future'], (s, prev) => renderStatic(s, prev)),
  selective(['view', 'wideMap'], (s) => {
    const isCompare = s.view === 'compare';
    // The enlarged map: the canvas over the whole width, the panels below it (styles.css).
    byId('main').classList.toggle('wide', s.wideMap && !isCompare);
    const wide = byId('wide-map');
    wide.setAttribute('aria-pressed', String(s.wideMap));
    byId('graph-area').hidden = isCompare;
    byId('graph-tools').hidden = isCompare;
    byId('text-view').hidden = isCompare;
    byId('legend').hidden = isCompare;
    // Causal chains are tall: the canvas gets more room there.
    byId('graph-area').classList.toggle('tall', s.view === 'causal');
  }),
  selective([...VISIBLE, 'lang', 'selected', 'path', 'showLoops', 'loops', 'layoutKey', 'hyphens', 'wideMap'], (s, prev) => {
    if (s.view !== 'compare') canvas.render(s, prev);
  }),
  selective(['selected', 'graph', 'lang', 'view', 'causal'], (s) => details.render(s)),
  selective([...VISIBLE, 'lang', 'selected'], (s) => textView.render(s)),
  selective([...VISIBLE, 'lang'], (s) => legend.render(s)),
  selective(['view', 'lang', 'challenge', 'showLoops', 'loops', 'path', 'graph', 'selected', 'causal', 'filters', 'openGroups'], (s) => causal.render(s)),
  selective(['view', 'lang', 'compare'], (s) => compare.render(s)),
  selective(['lang', 'tour'], (s) => views?.render(s)),
  selective(['loading'], (s) => (byId('busy').hidden = !s.loading)),
  selective(['announcement'], (s) => (byId('live').textContent = s.announcement)),
  selective(['error'], (s) => {
    const err = byId('error');
    err.hidden = !s.error;
    err.textContent = s.error ?? '';
  }),
];

function render(s: State): void {
  for (const r of renderers) r(s);
  if (!restoring) syncUrl(s);
}

store.subscribe((s) => render(s));

// Hyphenation patterns: only the causal view's labels use them, so they load when it is first
// shown (and the English ones when it is shown in English); the canvas then breaks its labels anew.
const hyphensAsked = new Set<string>();
store.subscribe((s) => {
  if (s.view !== 'causal' || hyphensAsked.has(s.lang)) return;
  const l = s.lang;
  hyphensAsked.add(l);
  loadHyphenation(l).then(
    () => dispatch({ type: 'hyphens', lang: l }),
    // Not fatal: the labels stay split by letters.
    (e: unknown) => {
      hyphensAsked.delete(l);
      console.warn('Hyphenation patterns did not load', e);
    },
  );
});

// ---------------------------------------------------------------------------------------------
// Controls

byId('lang-toggle').addEventListener('click', () => {
  const next = lang() === 'nl' ? 'en' : 'nl';
  rememberLang(next);
  dispatch({ type: 'lang', lang: next });
});
document.querySelectorAll<HTMLAnchorElement>('[data-view]').forEach((a) =>
  a.addEventListener('click', (ev) => {
    ev.preventDefault();
    void setView(a.dataset.view as ViewKind);
  }),
);
byId('undo').addEventListener('click', () => dispatch({ type: 'undo' }));
byId('redo').addEventListener('click', () => dispatch({ type: 'redo' }));
byId('fit').addEventListener('click', () => canvas.fit());
byId('wide-map').addEventListener('click', () => dispatch({ type: 'wideMap', on: !store.get().wideMap }));
byId('relayout').addEventListener('click', () => dispatch({ type: 'relayout' }));
// The export code is loaded on the first click, not with the page (issue #6: first screen).
const exporter = () => import('./export.ts');
byId('export-png').addEventListener('click', () => void exporter().then((x) => x.exportPng(canvas.cy), fail));
byId('export-svg').addEventListener('click', () => void exporter().then((x) => x.exportSvg(canvas.cy, store.get()), fail));
byId('export-json').addEventListener('click', () => void exporter().then((x) => x.exportJson(store.get()), fail));
byId('export-csv').addEventListener('click', () => void exporter().then((x) => x.exportCsv(store.get()), fail));
byId('copy-link').addEventListener('click', () => {
  void navigator.clipboard?.writeText(location.href).catch(() => undefined);
  dispatch({ type: 'announce', message: t(lang(), 'linkCopied') });
});

// The canvas itself is keyboard-operable too: arrows walk the visible nodes, Enter expands.
byId('graph-area').addEventListener('keydown', (ev) => {
  const s = store.get();
  const ids = canvas.cy.nodes(':visible').map((n) => n.id()).sort();
  const i = s.selected ? ids.indexOf(s.selected) : -1;
  if (ev.key === 'ArrowRight' || ev.key === 'ArrowDown') dispatch({ type: 'select', id: ids[(i + 1) % ids.length] ?? null });
  else if (ev.key === 'ArrowLeft' || ev.key === 'ArrowUp') dispatch({ type: 'select', id: ids[(i - 1 + ids.length) % ids.length] ?? null });
  else if (ev.key === 'Enter' && s.selected) void toggleExpand(s.selected);
  else if (ev.key === 'Delete' && s.selected) removeNode(s.selected);
  else if (ev.key === '+' || ev.key === '=') canvas.cy.zoom({ level: canvas.cy.zoom() * 1.2, renderedPosition: { x: canvas.cy.width() / 2, y: canvas.cy.height() / 2 } });
  else if (ev.key === '-') canvas.cy.zoom({ level: canvas.cy.zoom() / 1.2, renderedPosition: { x: canvas.cy.width() / 2, y: canvas.cy.height() / 2 } });
  else return;
  ev.preventDefault();
  const sel = store.get().selected;
  if (sel && ev.key.startsWith('Arrow')) {
    canvas.focus(sel);
    const n = store.get().graph.nodes[sel];
    if (n) dispatch({ type: 'announce', message: `${LABELS[n.label as LabelName].names[lang()]}: ${nodeName(n, lang())}` });
  }
});
document.addEventListener('keydown', (ev) => {
  const target = ev.target as HTMLElement;
  if (target.closest('input, textarea, select')) return;
  if ((ev.ctrlKey || ev.metaKey) && ev.key.toLowerCase() === 'z') {
    ev.preventDefault();
    dispatch({ type: ev.shiftKey ? 'redo' : 'undo' });
  } else if ((ev.ctrlKey || ev.metaKey) && ev.key.toLowerCase() === 'y') {
    ev.preventDefault();
    dispatch({ type: 'redo' });
  }
});

// ---------------------------------------------------------------------------------------------
// Start: first paint at once, then the data

render(store.get());
installBenchHook(store, canvas);

async function start(): Promise<void> {
  // `?bench` (test/bench/web.ts): no server data, the hook loads synthetic graphs.
  const params = new URLSearchParams(initialQuery);
  if (params.has('bench')) {
    const n = Number(params.get('bench'));
    if (n > 0) await window.__explorer?.loadSynthetic(n);
    return;
  }
  const tour = tourFromHash(initialHash);
  if (tour) {
    dispatch({ type: 'tour', tour });
    void loadViews();
    await applySpec(specFromQuery(tour.steps[tour.index]!.query));
  } else await applySpec(specFromQuery(initialQuery));
  // After the first screen has been drawn: the panel would otherwise load beside it.
  requestAnimationFrame(() => setTimeout(loadViewsOnDemand, 0));
  // Lists for the pickers: municipalities from the overview, challenges around them.
  try {
    const ov = await api.overview();
    const marked = ov.nodes.map((n) => ({ ...n, signatory: ov.edges.some((e) => e.type === 'MEMBER_OF' && e.source === n.id && e.properties.role === 'signatory') }));
    compare.setMunicipalities(marked);
    const towns = (await api.municipalities()).sort((a, b) => a.name.localeCompare(b.name, 'nl'));
    legend.setMunicipalities(towns);
    causal.setMunicipalities(towns);
    causal.setChallenges((await api.challenges()).sort((a, b) => a.name.localeCompare(b.name)));
  } catch (e) {
    fail(e);
  }
}
void start();

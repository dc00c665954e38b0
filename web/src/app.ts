/**
 * The explorer, put together: the store, the canvas and the views, the controller (controller.ts:
 * what the reader's intents ask of the server), the URL (url-sync.ts) and the keyboard
 * (keyboard.ts). Each view renders the parts of the state it reads; state flows one way.
 * Loaded by main.ts, which has already asked for the overview.
 */
import * as api from './api.ts';
import { byId } from './dom.ts';
import { rememberLang, storedLang, t, type StringKey } from './i18n.ts';
import { createStore, initialState, nodeName, type State, type ViewKind } from './state.ts';
import { reportError } from './report.ts';
import { queryFromState, specFromQuery, tourFromHash } from './url.ts';
import { createUrlSync } from './url-sync.ts';
import { createController } from './controller.ts';
import { installKeyboard } from './keyboard.ts';
import { Canvas } from './views/canvas.ts';
import { mountSearch } from './views/search.ts';
import { mountDetails } from './views/details.ts';
import { mountTextView } from './views/textview.ts';
import { mountLegend } from './views/legend.ts';
import { mountCausal } from './views/causal.ts';
import { mountCompare } from './views/compare.ts';
import { mountContribute } from './views/contribute.ts';
import { PREVIEW_BASE } from './diff.ts';
import { selective } from './selective.ts';
import { loadHyphenation } from './hyphenation.ts';
import { isPhone, watchPhone } from './phone.ts';

// Read the link before the first render rewrites the URL.
const initialQuery = location.search;
const initialHash = location.hash;

const store = createStore(initialState(storedLang()));
const dispatch = store.dispatch;
const lang = () => store.get().lang;
const fail = (e: unknown) => reportError(store, e);

// The export code is loaded on the first click, not with the page (issue #6: first screen).
const exporter = () => import('./export.ts');
const exported = (f: (x: typeof import('./export.ts')) => Promise<void> | void) => void exporter().then(f).catch(fail);

const url = createUrlSync((query) => void control.applySpec(specFromQuery(query)));
const canvas = new Canvas(byId('cy'), {
  select: (id) => dispatch({ type: 'select', id }),
  expand: (id) => void control.toggleExpand(id),
  claim: (id) => control.openClaim(id),
});
const details = mountDetails(byId('details'), store, {
  open: (id) => void control.openNode(id, { focus: true }),
  expand: (id) => void control.toggleExpand(id),
  select: (id) => control.selectNode(id),
  claim: (id) => control.openClaim(id),
  close: () => {
    dispatch({ type: 'select', id: null });
    byId('graph-area').focus();
  },
});
/** On a phone the details sheet covers the lower part of the map (styles.css: 55% of the screen). */
const sheetCover = () => (isPhone() ? Math.max(0, byId('cy').getBoundingClientRect().bottom - window.innerHeight * 0.45) : 0);
canvas.coveredBelow = () => (store.get().selected || store.get().claim ? sheetCover() : 0);
const control = createController({ store, url, reveal: (id) => canvas.focus(id), focusDetails: (key) => details.focusWhenShown(key) });
const go = (query: string) => void control.applySpec(specFromQuery(query));

const search = mountSearch(byId<HTMLFormElement>('search-form'), store, (id) => void control.openNode(id, { focus: true }));
const textView = mountTextView(byId('text-view'), {
  open: (id) => void control.openNode(id, { focus: isPhone() }),
  expand: (id) => void control.toggleExpand(id),
  remove: (id) => control.removeNode(id),
  claim: (id, focus) => control.openClaim(id, { focus }),
});
const legend = mountLegend(byId('legend'), store);
const causal = mountCausal(byId('causal-panel'), store, () => canvas.cy, {
  challenge: (id) => control.chooseChallenge(id),
  loops: (show) => void control.setShowLoops(show),
  select: (id) => control.selectNode(id),
  group: (target, open) => control.toggleGroup(target, open),
});
const compare = mountCompare(byId('compare-view'), store, {
  open: (id) => void control.openNode(id, { focus: true }),
  exportCsv: (c) => exported((x) => x.exportCompareCsv(c, lang())),
  exportSvg: (c) => exported((x) => x.exportCompareSvg(c, lang())),
  copyLink: () => {
    void navigator.clipboard?.writeText(location.href).catch(() => undefined);
    dispatch({ type: 'announce', message: t(lang(), 'compareLinkCopied') });
  },
});
const contribute = mountContribute(byId('account'), document.querySelector<HTMLElement>('.site-header')!, {
  // A preview replaces the map's graph like any new view: "Undo" brings back what was there.
  showOnMap: (graph) => {
    if (store.get().view !== 'network') dispatch({ type: 'view', view: 'network' });
    dispatch({ type: 'setGraph', graph, base: PREVIEW_BASE, selected: null });
  },
  target: () => {
    const s = store.get();
    const edge = s.claim ? s.graph.edges[s.claim] : undefined;
    if (edge) {
      const end = (id: string) => (s.graph.nodes[id] ? nodeName(s.graph.nodes[id]!, s.lang) : id);
      return { claim: { type: edge.type, fromId: edge.source, toId: edge.target, name: `${end(edge.source)} → ${end(edge.target)}` } };
    }
    const node = s.selected ? s.graph.nodes[s.selected] : undefined;
    // A preview's nodes are not in the graph yet: nothing to correct there.
    return node && !node.group && s.graph.base !== PREVIEW_BASE ? { node } : null;
  },
});

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

function renderStatic(s: State): void {
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
// what the server relates to the municipality, the view, the challenge and the selection.
const VISIBLE = ['graph', 'filters', 'municipalityNodes', 'view', 'challenge', 'selected'] as const;
const renderers = [
  selective(['lang', 'view', 'past', 'future'], (s) => renderStatic(s)),
  selective(['view', 'wideMap', 'selected', 'claim'], (s) => {
    const isCompare = s.view === 'compare';
    // The enlarged map: the canvas over the whole width, the panels below it (styles.css).
    byId('main').classList.toggle('wide', s.wideMap && !isCompare);
    byId('wide-map').setAttribute('aria-pressed', String(s.wideMap));
    byId('graph-area').hidden = isCompare;
    byId('graph-tools').hidden = isCompare;
    byId('text-view').hidden = isCompare;
    byId('legend').hidden = isCompare;
    // Causal chains are tall: the canvas gets more room there.
    byId('graph-area').classList.toggle('tall', s.view === 'causal');
    // On a phone the details are a sheet over the map, open while something is chosen.
    document.body.classList.toggle('sheet-open', !isCompare && Boolean(s.selected || s.claim));
  }),
  selective([...VISIBLE, 'lang', 'path', 'showLoops', 'loops', 'layoutKey', 'hyphens', 'wideMap', 'claim'], (s, prev) => {
    if (s.view !== 'compare') canvas.render(s, prev);
  }),
  selective(['selected', 'claim', 'graph', 'lang', 'view', 'causal'], (s) => details.render(s)),
  selective([...VISIBLE, 'lang', 'claim'], (s) => textView.render(s)),
  selective([...VISIBLE, 'lang'], (s) => legend.render(s)),
  selective(['view', 'lang', 'challenge', 'showLoops', 'loops', 'path', 'graph', 'selected', 'causal', 'filters', 'openGroups'], (s) => causal.render(s)),
  selective(['view', 'lang', 'compare'], (s) => compare.render(s)),
  selective(['lang', 'tour'], (s) => views?.render(s)),
  selective(['lang'], (s) => contribute.render(s.lang)),
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
  if (!url.restoring) url.sync(s);
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
  dispatch({ type: 'announce', message: t(next, 'langSwitched') });
});
document.querySelectorAll<HTMLAnchorElement>('[data-view]').forEach((a) =>
  a.addEventListener('click', (ev) => {
    ev.preventDefault();
    void control.setView(a.dataset.view as ViewKind);
  }),
);
byId('undo').addEventListener('click', () => dispatch({ type: 'undo' }));
byId('redo').addEventListener('click', () => dispatch({ type: 'redo' }));
byId('fit').addEventListener('click', () => canvas.fit());
byId('wide-map').addEventListener('click', () => dispatch({ type: 'wideMap', on: !store.get().wideMap }));
byId('relayout').addEventListener('click', () => dispatch({ type: 'relayout' }));
byId('export-png').addEventListener('click', () => exported((x) => x.exportPng(canvas.cy, store.get())));
byId('export-svg').addEventListener('click', () => exported((x) => x.exportSvg(canvas.cy, store.get())));
byId('export-json').addEventListener('click', () => exported((x) => x.exportJson(store.get())));
byId('export-csv').addEventListener('click', () => exported((x) => x.exportCsv(store.get())));
byId('copy-link').addEventListener('click', () => {
  void navigator.clipboard?.writeText(location.href).catch(() => undefined);
  dispatch({ type: 'announce', message: t(lang(), 'linkCopied') });
});
installKeyboard(store, canvas, byId('graph-area'), control);
// The legend and filters fold away on a phone (index.html: a details element), open elsewhere.
watchPhone((phone) => ((byId<HTMLDetailsElement>('filters-fold').open = !phone)));

// ---------------------------------------------------------------------------------------------
// Start: first paint at once, then the data

render(store.get());
// The hook for the benchmark and the browser tests (test builds only: see vite.config.ts).
if (import.meta.env.MODE === 'test') void import('./bench.ts').then((m) => m.installBenchHook(store, canvas));

async function start(): Promise<void> {
  // `?bench` (test/bench/web.ts): no server data, the hook loads synthetic graphs.
  const params = new URLSearchParams(initialQuery);
  if (import.meta.env.MODE === 'test' && params.has('bench')) {
    const n = Number(params.get('bench'));
    if (n > 0) await (await import('./bench.ts')).whenInstalled().then((hook) => hook.loadSynthetic(n));
    return;
  }
  const tour = tourFromHash(initialHash);
  if (tour) {
    dispatch({ type: 'tour', tour });
    void loadViews();
    await control.applySpec(specFromQuery(tour.steps[tour.index]!.query));
  } else await control.applySpec(specFromQuery(initialQuery));
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

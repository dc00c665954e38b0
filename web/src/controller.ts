/**
 * The explorer's intents: each one a few queries and actions on the store. Views call these (or
 * dispatch plain actions); nothing here draws. The graph asked for last is the one shown: asking
 * for another (a node, a view, a challenge, a link, the back button) cancels what the one before
 * still waits for, retries included, so a late answer cannot replace it.
 */
import { LABELS, type LabelName } from '../../server/ontology.ts';
import * as api from './api.ts';
import { t } from './i18n.ts';
import { reportError } from './report.ts';
import { GROUP_PREFIX, groupMembers, nodeName, type Store, type ViewKind } from './state.ts';
import type { ViewSpec } from './url.ts';
import type { UrlSync } from './url-sync.ts';

export interface ControllerDeps {
  store: Store;
  url: UrlSync;
  /** Bring a node into view on the canvas. */
  reveal(id: string): void;
  /** The details' heading takes focus once they show `key` (a node id or `claim:<edge id>`). */
  focusDetails(key: string): void;
}

export type Controller = ReturnType<typeof createController>;

export function createController({ store, url, reveal, focusDetails }: ControllerDeps) {
  const dispatch = store.dispatch;
  const lang = () => store.get().lang;
  const fail = (e: unknown) => reportError(store, e);
  const name = (id: string) => {
    const n = store.get().graph.nodes[id];
    return n ? nodeName(n, lang()) : id;
  };

  const navigation = new api.LatestOnly();
  function navigate(): AbortSignal {
    if (store.get().loading) dispatch({ type: 'cancelled' });
    return navigation.next();
  }

  function announceGraph(): void {
    const g = store.get().graph;
    dispatch({ type: 'announce', message: t(lang(), 'loaded', { n: Object.keys(g.nodes).length, e: Object.keys(g.edges).length }) + (g.truncated ? ' ' + t(lang(), 'truncated') : '') });
  }

  /** A link names a node the graph does not have: say so, instead of an empty map. */
  function missing(id: string): void {
    dispatch({ type: 'error', message: t(lang(), 'missingNode', { id }) });
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
    dispatch({ type: 'setGraph', graph, base: id, selected: graph.nodes.some((n) => n.id === selected) ? selected : null });
    if (!graph.nodes.some((n) => n.id === id)) return missing(id);
    announceGraph();
  }

  async function loadCausal(signal: AbortSignal, challenge: string, selected: string | null = null, openGroups: string[] = []): Promise<void> {
    dispatch({ type: 'loading' });
    // The server ranks the interventions (for the filter's municipality, when one is chosen); the
    // view draws the best and groups the rest, so a challenge with many stays readable.
    const code = api.municipalityCode(store.get().filters.municipality);
    const [chain, ranking] = await Promise.all([api.causalChain(challenge, 5, signal), api.interventionsFor(challenge, code, 100, signal)]);
    dispatch({ type: 'causal', data: { challenge, chain, ranking, code }, selected, openGroups });
    if (!chain.nodes.some((n) => n.id === challenge)) return missing(challenge);
    announceGraph();
  }

  /** Open or close a group of lower-ranked interventions in the causal view. */
  function toggleGroup(groupOrTarget: string, open?: boolean): void {
    const target = groupOrTarget.startsWith(GROUP_PREFIX) ? groupOrTarget.slice(GROUP_PREFIX.length) : groupOrTarget;
    const s = store.get();
    const opening = open ?? !s.openGroups.includes(target);
    const count = s.causal ? groupMembers(s.causal, target).length : 0;
    dispatch({ type: 'group', target, open: opening });
    dispatch({ type: 'announce', message: t(lang(), opening ? 'groupOpened' : 'groupClosed', { n: count, name: name(target) }) });
  }

  // The municipality filter asks the server what relates to the town; the ranking of the causal
  // view is made for it too. Another town, or none, cancels the question about the one before.
  const municipalityAsking = new api.LatestOnly();
  async function municipalityChanged(id: string | null): Promise<void> {
    const signal = municipalityAsking.next();
    const s = store.get();
    // While a link is restored, applySpec loads the causal view itself, already for this town.
    if (!url.restoring && s.view === 'causal' && s.challenge && s.causal && s.causal.code !== api.municipalityCode(id)) loadCausal(navigate(), s.challenge, s.selected, s.openGroups).catch(fail);
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

  /** Select a node already on the canvas (from a list beside it) and bring it into view. */
  function selectNode(id: string): void {
    dispatch({ type: 'select', id });
    reveal(id);
  }

  /**
   * Open a node: select it where it is on the map, else load its neighbourhood in the network
   * view. `focus`: its details take keyboard focus once shown (after a search, a link in a list).
   */
  async function openNode(id: string, options: { focus?: boolean } = {}): Promise<void> {
    const s = store.get();
    if (options.focus) focusDetails(id);
    // A group is selected like a node; its details list the members and open it.
    if (id.startsWith(GROUP_PREFIX)) return selectNode(id);
    try {
      if (s.view === 'causal' && id.startsWith(`${LABELS.Challenge.idPrefix}:`) && !s.graph.nodes[id]) {
        dispatch({ type: 'challenge', id });
        await loadCausal(navigate(), id, id);
      } else if (s.graph.nodes[id] && s.view !== 'compare') {
        selectNode(id);
      } else {
        const signal = navigate();
        if (s.view !== 'network') dispatch({ type: 'view', view: 'network' });
        await loadFocus(signal, id);
      }
    } catch (e) {
      fail(e);
    }
  }

  /** Open a claim's card (an edge on the map); its heading takes focus once it is shown. */
  function openClaim(id: string | null, options: { focus?: boolean } = {}): void {
    if (id && !store.get().graph.edges[id]) {
      dispatch({ type: 'error', message: t(lang(), 'missingClaim', { id }) });
      return;
    }
    if (id && options.focus !== false) focusDetails(`claim:${id}`);
    dispatch({ type: 'claim', id });
    const back = store.get().selected;
    if (!id && back) focusDetails(back);
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
      dispatch({ type: 'announce', message: t(lang(), 'expanded', { n: added, name: name(id) }) + (graph.truncated ? ' ' + t(lang(), 'truncated') : '') });
    } catch (e) {
      fail(e);
    }
  }

  function removeNode(id: string): void {
    const label = name(id);
    dispatch({ type: 'remove', id });
    dispatch({ type: 'announce', message: `${t(lang(), 'remove')}: ${label}` });
  }

  const isLabel = (id: string | null, label: LabelName) => Boolean(id && store.get().graph.nodes[id]?.label === label);

  /**
   * Another view, with what the reader was looking at: a challenge selected in Netwerk opens in
   * Oorzaken, a town selected (or filtered on) starts Vergelijken.
   */
  async function setView(view: ViewKind): Promise<void> {
    const s = store.get();
    if (s.view === view) return;
    const signal = navigate();
    if (view === 'causal' && isLabel(s.selected, 'Challenge')) dispatch({ type: 'challenge', id: s.selected });
    if (view === 'compare' && s.compare.length === 0) {
      const town = isLabel(s.selected, 'Municipality') ? s.selected : s.filters.municipality;
      if (town) dispatch({ type: 'compare', codes: [town] });
    }
    dispatch({ type: 'view', view });
    try {
      if (view === 'network') await loadOverview(signal);
      if (view === 'causal') {
        const challenge = store.get().challenge;
        if (challenge) await loadCausal(signal, challenge, challenge);
        else dispatch({ type: 'setGraph', graph: { nodes: [], edges: [], truncated: false }, base: 'causal', selected: null });
      }
    } catch (e) {
      fail(e);
    }
  }

  /** The challenge of the causal view (its list, a link). */
  function chooseChallenge(id: string | null): void {
    const signal = navigate();
    dispatch({ type: 'challenge', id: id || null });
    if (id) {
      loadCausal(signal, id).catch(fail);
      dispatch({ type: 'announce', message: t(lang(), 'chosen', { name: name(id) }) });
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
    url.restoring = signal;
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
      const s = store.get();
      if (spec.selected && s.graph.nodes[spec.selected]) dispatch({ type: 'select', id: spec.selected });
      else if (spec.selected && spec.view !== 'compare' && !s.error) missing(spec.selected);
      if (spec.claim && spec.view !== 'compare') openClaim(spec.claim, { focus: false });
    } catch (e) {
      fail(e);
    } finally {
      // Cut short by another link, that one is restoring now; by another graph, its history entry
      // keeps the link it was opened with, and the other graph gets an entry of its own.
      if (url.restoring === signal) {
        url.restoring = false;
        if (!signal.aborted) url.sync(store.get(), true);
      }
    }
  }

  return { openNode, openClaim, toggleExpand, toggleGroup, removeNode, setView, chooseChallenge, setShowLoops, applySpec, selectNode };
}

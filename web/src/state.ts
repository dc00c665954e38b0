/**
 * The one store: a plain state object, actions, a pure reducer and subscribers. Views never
 * change state themselves; they dispatch. The graph part of the state keeps an undo history.
 */
import type { Confidence, Lang, LabelName } from '../../server/ontology.ts';
import type { GEdge, GNode, Graph, Loop, Ranked } from './api.ts';
import { t } from './i18n.ts';

export type ViewKind = 'network' | 'causal' | 'compare';

/** What is in the canvas: nodes, edges, and which expansion added which nodes (to collapse). */
export interface GraphState {
  nodes: Record<string, GNode>;
  edges: Record<string, GEdge>;
  /** node id -> ids that its expansion added (in the order of expansion). */
  expansions: Record<string, string[]>;
  /** How the view was built, for the URL: a base and the steps taken since. */
  base: string;
  expanded: string[];
  removed: string[];
  truncated: boolean;
}

export interface Filters {
  hiddenLabels: LabelName[];
  domain: string | null;
  municipality: string | null;
  hiddenConfidences: Confidence[];
}

export interface TourStep {
  title: string;
  text: string;
  query: string;
}
export interface Tour {
  steps: TourStep[];
  index: number;
  readOnly: boolean;
}

export interface State {
  lang: Lang;
  view: ViewKind;
  graph: GraphState;
  past: GraphState[];
  future: GraphState[];
  selected: string | null;
  /** The claim (an edge id) whose card is open in the details. */
  claim: string | null;
  filters: Filters;
  challenge: string | null;
  showLoops: boolean;
  loops: Loop[];
  /** Node and edge ids of the highlighted path (causal view). */
  path: string[];
  compare: string[];
  tour: Tour | null;
  loading: boolean;
  error: string | null;
  /** The last message for the live region. */
  announcement: string;
  /** Bumped when the canvas should run a full layout (new base graph). */
  layoutKey: number;
  /** The causal view's sources: the chain and the server's ranking, from which its graph is built. */
  causal: CausalData | null;
  /** Targets (chain node ids) whose group of lower-ranked interventions is shown in full. */
  openGroups: string[];
  /** What the server relates to the municipality of the filter (nodeList with filter.municipality). */
  municipalityNodes: { id: string; ids: string[]; total: number } | null;
  /** Languages whose hyphenation patterns have loaded (hyphenation.ts): the causal view's labels break at their break points. */
  hyphens: Lang[];
  /** The map takes the full width of the main area; the side panels move below it. */
  wideMap: boolean;
}

export interface CausalData {
  challenge: string;
  chain: Graph;
  ranking: Ranked[];
  /** The municipality the ranking was made for (its CBS code), if any. */
  code: string | null;
}

/** Interventions drawn one by one in the causal view; the rest wait in groups per target. */
export const TOP_INTERVENTIONS = 5;
export const GROUP_PREFIX = 'group:';

export const emptyGraph = (base = 'overview'): GraphState => ({
  nodes: {},
  edges: {},
  expansions: {},
  base,
  expanded: [],
  removed: [],
  truncated: false,
});

export function initialState(lang: Lang): State {
  return {
    lang,
    view: 'network',
    graph: emptyGraph(),
    past: [],
    future: [],
    selected: null,
    claim: null,
    filters: { hiddenLabels: [], domain: null, municipality: null, hiddenConfidences: [] },
    challenge: null,
    showLoops: false,
    loops: [],
    path: [],
    compare: [],
    tour: null,
    loading: false,
    error: null,
    announcement: '',
    layoutKey: 0,
    causal: null,
    openGroups: [],
    municipalityNodes: null,
    hyphens: [],
    wideMap: false,
  };
}

export type Action =
  | { type: 'lang'; lang: Lang }
  | { type: 'view'; view: ViewKind }
  | { type: 'loading' }
  /** What was loading is no longer awaited (the reader asked for something else). */
  | { type: 'cancelled' }
  | { type: 'error'; message: string }
  | { type: 'announce'; message: string }
  | { type: 'setGraph'; graph: Graph; base: string; selected?: string | null }
  | { type: 'expand'; id: string; graph: Graph }
  | { type: 'collapse'; id: string }
  | { type: 'remove'; id: string }
  | { type: 'undo' }
  | { type: 'redo' }
  | { type: 'select'; id: string | null }
  | { type: 'claim'; id: string | null }
  | { type: 'filters'; filters: Partial<Filters> }
  | { type: 'challenge'; id: string | null }
  | { type: 'loops'; show: boolean; loops?: Loop[] }
  | { type: 'path'; ids: string[] }
  | { type: 'compare'; codes: string[] }
  | { type: 'tour'; tour: Tour | null }
  | { type: 'relayout' }
  | { type: 'causal'; data: CausalData; selected?: string | null; openGroups?: string[] }
  | { type: 'group'; target: string; open: boolean }
  | { type: 'municipalityNodes'; id: string; ids: string[]; total: number }
  | { type: 'hyphens'; lang: Lang }
  | { type: 'wideMap'; on: boolean };

function addGraph(g: GraphState, add: Graph): { graph: GraphState; added: string[] } {
  const nodes = { ...g.nodes };
  const added: string[] = [];
  for (const n of add.nodes) {
    if (!nodes[n.id]) added.push(n.id);
    nodes[n.id] = { ...nodes[n.id], ...n, signatory: nodes[n.id]?.signatory ?? n.signatory };
  }
  const edges = { ...g.edges };
  for (const e of add.edges) if (nodes[e.source] && nodes[e.target]) edges[e.id] = e;
  return { graph: { ...g, nodes, edges, truncated: g.truncated || add.truncated }, added };
}

function withoutNodes(g: GraphState, ids: Set<string>): GraphState {
  const nodes = Object.fromEntries(Object.entries(g.nodes).filter(([id]) => !ids.has(id)));
  const edges = Object.fromEntries(Object.entries(g.edges).filter(([, e]) => !ids.has(e.source) && !ids.has(e.target)));
  return { ...g, nodes, edges };
}

/** Kopgroep: municipalities that signed (MEMBER_OF with role 'signatory'). */
export function markSignatories(graph: Graph): Graph {
  const signed = new Set(graph.edges.filter((e) => e.type === 'MEMBER_OF' && e.properties.role === 'signatory').map((e) => e.source));
  return { ...graph, nodes: graph.nodes.map((n) => (signed.has(n.id) ? { ...n, signatory: true } : n)) };
}

const HISTORY = 50;

/**
 * Graph changes push the previous graph on the undo stack; an empty one (before the first graph
 * arrived, a view without a graph) is nothing to go back to.
 */
function commit(s: State, graph: GraphState): State {
  const past = Object.keys(s.graph.nodes).length ? [...s.past.slice(-HISTORY + 1), s.graph] : s.past;
  return { ...s, graph, past, future: [] };
}

export function reducer(s: State, a: Action): State {
  switch (a.type) {
    case 'lang':
      return { ...s, lang: a.lang };
    case 'view':
      return { ...s, view: a.view, path: [], error: null, claim: null };
    case 'loading':
      return { ...s, loading: true, error: null };
    case 'cancelled':
      return { ...s, loading: false };
    case 'error':
      return { ...s, loading: false, error: a.message, announcement: a.message };
    case 'announce':
      return { ...s, announcement: a.message };
    case 'setGraph': {
      const { graph } = addGraph(emptyGraph(a.base), markSignatories(a.graph));
      const selected = a.selected !== undefined ? a.selected : s.selected && graph.nodes[s.selected] ? s.selected : null;
      const claim = s.claim && graph.edges[s.claim] ? s.claim : null;
      return { ...commit(s, graph), loading: false, selected, claim, path: [], layoutKey: s.layoutKey + 1 };
    }
    case 'expand': {
      const { graph, added } = addGraph(s.graph, markSignatories(a.graph));
      const expansions = { ...graph.expansions, [a.id]: [...(graph.expansions[a.id] ?? []), ...added] };
      const expanded = graph.expanded.includes(a.id) ? graph.expanded : [...graph.expanded, a.id];
      const removed = graph.removed.filter((r) => !added.includes(r));
      return { ...commit(s, { ...graph, expansions, expanded, removed }), loading: false };
    }
    case 'collapse': {
      // Remove what this expansion added, unless another expansion also brought it in.
      const mine = new Set(s.graph.expansions[a.id] ?? []);
      for (const [other, ids] of Object.entries(s.graph.expansions)) if (other !== a.id) ids.forEach((i) => mine.delete(i));
      mine.delete(a.id);
      const g = withoutNodes(s.graph, mine);
      const { [a.id]: _dropped, ...expansions } = g.expansions;
      // A node the collapse took away is no longer expanded either (the link would bring it back).
      const graph = { ...g, expansions, expanded: g.expanded.filter((e) => e !== a.id && g.nodes[e]) };
      return { ...commit(s, graph), selected: s.selected && graph.nodes[s.selected] ? s.selected : null };
    }
    case 'remove': {
      const g = withoutNodes(s.graph, new Set([a.id]));
      const graph = { ...g, removed: [...g.removed, a.id], expanded: g.expanded.filter((e) => e !== a.id) };
      return { ...commit(s, graph), selected: s.selected === a.id ? null : s.selected };
    }
    case 'undo': {
      const prev = s.past[s.past.length - 1];
      if (!prev) return s;
      return { ...s, graph: prev, past: s.past.slice(0, -1), future: [s.graph, ...s.future] };
    }
    case 'redo': {
      const next = s.future[0];
      if (!next) return s;
      return { ...s, graph: next, past: [...s.past, s.graph], future: s.future.slice(1) };
    }
    case 'select':
      return { ...s, selected: a.id, claim: null };
    case 'claim':
      return s.claim === a.id ? s : { ...s, claim: a.id };
    case 'filters':
      return { ...s, filters: { ...s.filters, ...a.filters } };
    case 'challenge':
      return { ...s, challenge: a.id, path: [] };
    case 'loops':
      return { ...s, showLoops: a.show, loops: a.loops ?? s.loops };
    case 'path':
      return { ...s, path: a.ids };
    case 'compare':
      return { ...s, compare: a.codes };
    case 'tour':
      return { ...s, tour: a.tour };
    case 'relayout':
      return { ...s, layoutKey: s.layoutKey + 1 };
    case 'causal': {
      const openGroups = a.openGroups ?? [];
      const next = reducer({ ...s, causal: a.data, openGroups }, { type: 'setGraph', graph: causalGraph(a.data, openGroups), base: 'causal', selected: a.selected });
      return next;
    }
    case 'group': {
      if (!s.causal || s.openGroups.includes(a.target) === a.open) return s;
      const openGroups = a.open ? [...s.openGroups, a.target] : s.openGroups.filter((g) => g !== a.target);
      // Opening a group selects its best member so focus has somewhere to go; closing selects the group.
      const members = groupMembers(s.causal, a.target);
      const selected = a.open ? members[0]?.intervention.id ?? s.selected : GROUP_PREFIX + a.target;
      const graph = causalGraph(s.causal, openGroups);
      return { ...commit(s, addGraph(emptyGraph('causal'), graph).graph), openGroups, selected, layoutKey: s.layoutKey + 1, path: [] };
    }
    case 'municipalityNodes':
      return { ...s, municipalityNodes: { id: a.id, ids: a.ids, total: a.total } };
    case 'hyphens':
      return s.hyphens.includes(a.lang) ? s : { ...s, hyphens: [...s.hyphens, a.lang] };
    case 'wideMap':
      return s.wideMap === a.on ? s : { ...s, wideMap: a.on };
  }
}

/** The target an intervention is grouped under: the node its best path starts from. */
export const groupTarget = (r: Ranked): string | undefined => r.path[1]?.id ?? r.reaches[0]?.node.id;

/**
 * Interventions below the top that wait in the group of `target`, best first. A group of one is
 * drawn as that one intervention: "+1" hides a name and saves no room.
 */
export function groupMembers(data: CausalData, target: string): Ranked[] {
  return data.ranking.slice(TOP_INTERVENTIONS).filter((r) => groupTarget(r) === target);
}

/**
 * The causal view's graph: the chain, the best-ranked interventions with their ADDRESSES edges,
 * and for the rest one aggregate node per target ("+7 interventies") unless that group is open.
 * Ranked interventions keep every edge to the chain, so a path can run through any of them.
 */
export function causalGraph(data: CausalData, openGroups: readonly string[]): Graph {
  const inChain = new Set(data.chain.nodes.map((n) => n.id));
  const nodes: GNode[] = [...data.chain.nodes];
  const edges: GEdge[] = [...data.chain.edges];
  const groups = new Map<string, Ranked[]>();
  const grouped = (target: string) => !openGroups.includes(target) && groupMembers(data, target).length > 1;
  data.ranking.forEach((r, i) => {
    const target = groupTarget(r);
    if (!target || !inChain.has(target)) return;
    if (i >= TOP_INTERVENTIONS && grouped(target)) {
      groups.set(target, [...(groups.get(target) ?? []), r]);
      return;
    }
    nodes.push({ ...r.intervention, rank: r.rank });
    for (const x of r.reaches) {
      if (!inChain.has(x.node.id)) continue;
      edges.push({ id: `${r.intervention.id}-[ADDRESSES]->${x.node.id}`, type: 'ADDRESSES', source: r.intervention.id, target: x.node.id, properties: x.properties });
    }
  });
  for (const [target, members] of groups) {
    const id = GROUP_PREFIX + target;
    nodes.push({ id, label: 'Intervention', name: t('nl', 'groupName', { n: members.length }), nameEn: t('en', 'groupName', { n: members.length }), group: { target, members: members.map((m) => m.intervention.id) } });
    edges.push({ id: `${id}-[ADDRESSES]->${target}`, type: 'ADDRESSES', source: id, target, properties: {} });
  }
  return { nodes, edges, truncated: data.chain.truncated };
}

export interface Store {
  get(): State;
  dispatch(action: Action): void;
  subscribe(listener: (state: State, prev: State) => void): void;
}

export function createStore(initial: State): Store {
  let state = initial;
  const listeners: ((s: State, p: State) => void)[] = [];
  return {
    get: () => state,
    dispatch(action) {
      const prev = state;
      state = reducer(state, action);
      if (state !== prev) for (const l of listeners) l(state, prev);
    },
    subscribe(l) {
      listeners.push(l);
    },
  };
}

/** Which nodes pass the filters (labels, domain, municipality); edges also by confidence. */
export function visibleElements(s: State): { nodes: Set<string>; edges: Set<string> } {
  const f = s.filters;
  const g = s.graph;
  // The server decides what relates to a municipality; until it has answered, nothing is hidden.
  const near = f.municipality && s.municipalityNodes?.id === f.municipality ? new Set(s.municipalityNodes.ids) : null;
  // In the causal view the ranking already weighs the municipality, and what worked in a
  // neighbouring town is exactly what a participant looks for: interventions stay, as does the
  // challenge itself.
  const keep = (n: GNode) => s.view === 'causal' && (n.label === 'Intervention' || n.id === s.challenge);
  const nodes = new Set<string>();
  for (const n of Object.values(g.nodes)) {
    if (f.hiddenLabels.includes(n.label)) continue;
    if (f.domain && n.domains && !n.domains.includes(f.domain)) continue;
    if (f.domain && !n.domains && ['Challenge', 'Opportunity', 'Mechanism', 'Intervention', 'Case'].includes(n.label)) continue;
    if (near && !near.has(n.id) && !keep(n)) continue;
    nodes.add(n.id);
  }
  const edges = new Set<string>();
  const linked = new Set<string>();
  for (const e of Object.values(g.edges)) {
    if (!nodes.has(e.source) || !nodes.has(e.target)) continue;
    linked.add(e.source).add(e.target);
    const c = e.properties.confidence as Confidence | undefined;
    if (c && f.hiddenConfidences.includes(c)) continue;
    edges.add(e.id);
  }
  // Hiding claims of some certainty leaves the nodes they linked without any edge: those go too
  // (a node that never had one stays, and so do the selected node and the causal view's challenge).
  if (f.hiddenConfidences.length) {
    const still = new Set<string>();
    for (const id of edges) {
      const e = g.edges[id]!;
      still.add(e.source).add(e.target);
    }
    for (const id of linked) if (!still.has(id) && id !== s.selected && id !== s.challenge) nodes.delete(id);
  }
  return { nodes, edges };
}

/**
 * The visible data as it is in the graph, for the JSON and CSV exports: a group of the causal view
 * is the client's own drawing aid, so in its place come the interventions it stands for, each with
 * its ADDRESSES edges to what is on the map (filtered like the rest). Nothing else changes.
 */
export function exportData(s: State): { nodes: GNode[]; edges: GEdge[] } {
  let state = s;
  const groups = Object.values(s.graph.nodes).filter((n) => n.group);
  if (groups.length && s.causal) {
    const nodes: Record<string, GNode> = {};
    for (const n of Object.values(s.graph.nodes)) if (!n.group) nodes[n.id] = n;
    const edges: Record<string, GEdge> = {};
    for (const e of Object.values(s.graph.edges)) if (nodes[e.source] && nodes[e.target]) edges[e.id] = e;
    const members = new Set(groups.flatMap((g) => g.group!.members));
    for (const r of s.causal.ranking) {
      if (!members.has(r.intervention.id)) continue;
      nodes[r.intervention.id] = { ...r.intervention, rank: r.rank };
      for (const x of r.reaches) {
        if (!nodes[x.node.id]) continue;
        const id = `${r.intervention.id}-[ADDRESSES]->${x.node.id}`;
        edges[id] = { id, type: 'ADDRESSES', source: r.intervention.id, target: x.node.id, properties: x.properties };
      }
    }
    state = { ...s, graph: { ...s.graph, nodes, edges } };
  }
  const vis = visibleElements(state);
  return { nodes: [...vis.nodes].map((id) => state.graph.nodes[id]!), edges: [...vis.edges].map((id) => state.graph.edges[id]!) };
}

export function nodeName(n: GNode, lang: Lang): string {
  return lang === 'en' && n.nameEn ? n.nameEn : n.name;
}

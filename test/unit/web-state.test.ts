/** The explorer's store: the pure reducer, the causal view's grouping and the filters. */
import { describe, expect, it } from 'vitest';
import type { GEdge, GNode, Graph, Ranked } from '../../web/src/api.ts';
import {
  causalGraph,
  createStore,
  exportData,
  GROUP_PREFIX,
  groupMembers,
  initialState,
  reducer,
  TOP_INTERVENTIONS,
  visibleElements,
  type CausalData,
  type State,
} from '../../web/src/state.ts';

const node = (id: string, label: GNode['label'], extra: Partial<GNode> = {}): GNode => ({ id, label, name: id, nameEn: null, ...extra });
const edge = (source: string, type: string, target: string, properties: Record<string, unknown> = {}): GEdge => ({
  id: `${source}-[${type}]->${target}`,
  type,
  source,
  target,
  properties,
});
const graph = (nodes: GNode[], edges: GEdge[] = [], truncated = false): Graph => ({ nodes, edges, truncated });

const A = node('municipality:GM0034', 'Municipality');
const B = node('municipality:GM0637', 'Municipality');
const C = node('challenge:c', 'Challenge', { domains: ['wonen'] });
const N = node('actor:network', 'Actor');
const base = graph([A, B, N, C], [edge(A.id, 'MEMBER_OF', N.id, { role: 'signatory' }), edge(B.id, 'MEMBER_OF', N.id, { role: 'member' }), edge(A.id, 'FACES', C.id)]);

const run = (...actions: Parameters<typeof reducer>[1][]): State => actions.reduce(reducer, initialState('nl'));

describe('reducer: graph, history and selection', () => {
  it('setGraph replaces the graph, marks signatories, keeps edges whose ends exist, and lays out anew', () => {
    const s = run({ type: 'setGraph', graph: { ...base, edges: [...base.edges, edge(A.id, 'FACES', 'challenge:absent')] }, base: 'overview' });
    expect(Object.keys(s.graph.nodes).sort()).toEqual([N.id, C.id, A.id, B.id].sort());
    expect(s.graph.nodes[A.id]!.signatory).toBe(true);
    expect(s.graph.nodes[B.id]!.signatory).toBeUndefined();
    expect(Object.keys(s.graph.edges)).toHaveLength(3);
    expect(s.layoutKey).toBe(1);
    expect(s.loading).toBe(false);
  });

  it('keeps the selection across a new graph only when the node is still there', () => {
    const s1 = run({ type: 'setGraph', graph: base, base: 'overview' }, { type: 'select', id: C.id });
    expect(reducer(s1, { type: 'setGraph', graph: base, base: 'overview' }).selected).toBe(C.id);
    expect(reducer(s1, { type: 'setGraph', graph: graph([A]), base: A.id }).selected).toBeNull();
    expect(reducer(s1, { type: 'setGraph', graph: graph([A]), base: A.id, selected: A.id }).selected).toBe(A.id);
  });

  it('expands and collapses, removing only what the expansion alone added', () => {
    const s1 = run({ type: 'setGraph', graph: graph([A, C], [edge(A.id, 'FACES', C.id)]), base: A.id });
    const X = node('mechanism:x', 'Mechanism');
    const s2 = reducer(s1, { type: 'expand', id: C.id, graph: graph([C, X, B], [edge(X.id, 'CAUSES', C.id), edge(B.id, 'FACES', C.id)]) });
    expect(s2.graph.expanded).toEqual([C.id]);
    expect(s2.graph.expansions[C.id]!.sort()).toEqual([X.id, B.id].sort());
    const s3 = reducer(s2, { type: 'expand', id: B.id, graph: graph([B, X], [edge(B.id, 'MEMBER_OF', X.id)]) });
    const s4 = reducer(s3, { type: 'collapse', id: C.id });
    // B came with C's expansion (its own brought nothing new), so it goes, and is no longer expanded.
    expect(Object.keys(s4.graph.nodes).sort()).toEqual([A.id, C.id].sort());
    expect(s4.graph.expanded).toEqual([]);
  });

  it('removes a node with its edges, records it, and deselects it', () => {
    const s1 = run({ type: 'setGraph', graph: base, base: 'overview' }, { type: 'select', id: C.id }, { type: 'remove', id: C.id });
    expect(s1.graph.nodes[C.id]).toBeUndefined();
    expect(Object.values(s1.graph.edges).some((e) => e.target === C.id)).toBe(false);
    expect(s1.graph.removed).toEqual([C.id]);
    expect(s1.selected).toBeNull();
  });

  it('undoes and redoes graph changes, and a new change clears the redo stack', () => {
    const s1 = run({ type: 'setGraph', graph: base, base: 'overview' }, { type: 'remove', id: C.id });
    const undone = reducer(s1, { type: 'undo' });
    expect(undone.graph.nodes[C.id]).toBeDefined();
    expect(undone.future).toHaveLength(1);
    const redone = reducer(undone, { type: 'redo' });
    expect(redone.graph.nodes[C.id]).toBeUndefined();
    const branched = reducer(undone, { type: 'remove', id: B.id });
    expect(branched.future).toEqual([]);
    expect(reducer(branched, { type: 'redo' })).toBe(branched);
    expect(reducer(initialState('nl'), { type: 'undo' })).toEqual(initialState('nl'));
  });

  it('bounds the undo history', () => {
    let s = initialState('nl');
    for (let i = 0; i < 80; i++) s = reducer(s, { type: 'setGraph', graph: graph([node(`case:${i}`, 'Case')]), base: 'overview' });
    expect(s.past.length).toBe(50);
  });

  it('clears the path when the view or the challenge changes, and errors stop the busy state', () => {
    const s = run({ type: 'path', ids: ['a', 'b'] });
    expect(reducer(s, { type: 'view', view: 'causal' }).path).toEqual([]);
    expect(reducer(s, { type: 'challenge', id: C.id }).path).toEqual([]);
    const failed = run({ type: 'loading' }, { type: 'error', message: 'boom' });
    expect(failed).toMatchObject({ loading: false, error: 'boom', announcement: 'boom' });
  });

  it('ends the busy state when what was loading is cancelled, the graph and its history untouched', () => {
    const s = run({ type: 'setGraph', graph: base, base: 'overview' }, { type: 'loading' });
    const cancelled = reducer(s, { type: 'cancelled' });
    expect(cancelled.loading).toBe(false);
    expect({ ...cancelled, loading: true }).toEqual(s);
  });

  it('records loaded hyphenation patterns once per language, and the enlarged map, changing nothing else', () => {
    const s = run({ type: 'setGraph', graph: base, base: 'overview' });
    const nl = reducer(s, { type: 'hyphens', lang: 'nl' });
    expect(nl.hyphens).toEqual(['nl']);
    expect({ ...nl, hyphens: [] }).toEqual(s);
    // Again: the same state, so no view renders for it.
    expect(reducer(nl, { type: 'hyphens', lang: 'nl' })).toBe(nl);
    expect(reducer(nl, { type: 'hyphens', lang: 'en' }).hyphens).toEqual(['nl', 'en']);
    const wide = reducer(s, { type: 'wideMap', on: true });
    expect(wide.wideMap).toBe(true);
    // Neither the graph nor its layout key changes: the canvas refits, the state stays one.
    expect(wide.graph).toBe(s.graph);
    expect(wide.layoutKey).toBe(s.layoutKey);
    expect(reducer(wide, { type: 'wideMap', on: true })).toBe(wide);
    expect(reducer(wide, { type: 'wideMap', on: false }).wideMap).toBe(false);
  });
});

describe('store', () => {
  it('tells subscribers about changes, with the previous state, and only about changes', () => {
    const store = createStore(initialState('nl'));
    const seen: [string, string][] = [];
    store.subscribe((s, prev) => seen.push([s.lang, prev.lang]));
    store.dispatch({ type: 'lang', lang: 'en' });
    store.dispatch({ type: 'undo' });
    expect(seen).toEqual([['en', 'nl']]);
    expect(store.get().lang).toBe('en');
  });
});

// A chain: m1 -> m2 -> c, m3 -> c; eight interventions, best first.
const c = node('challenge:c', 'Challenge');
const m1 = node('mechanism:m1', 'Mechanism');
const m2 = node('mechanism:m2', 'Mechanism');
const m3 = node('mechanism:m3', 'Mechanism');
const chain = graph([c, m1, m2, m3], [edge(m1.id, 'CAUSES', m2.id, { polarity: '+' }), edge(m2.id, 'CAUSES', c.id, { polarity: '-' }), edge(m3.id, 'CAUSES', c.id, { polarity: '+' })]);

function ranked(i: number, target: GNode, also: GNode[] = []): Ranked {
  const intervention = node(`intervention:i${i}`, 'Intervention');
  const ref = (n: GNode) => ({ id: n.id, label: n.label, name: n.name, nameEn: n.nameEn });
  return {
    rank: i,
    intervention,
    score: 10 - i,
    distance: 1,
    evidenceLevel: null,
    confidence: 0.7,
    appliedInMunicipality: false,
    near: false,
    path: [ref(intervention), ref(target), ref(c)],
    pathEdges: [],
    reaches: [target, ...also].map((n) => ({ node: ref(n), confidence: 'indicative', properties: { confidence: 'indicative' }, sources: [] })),
    appliedIn: [],
  };
}
const targets = [c, m2, c, m3, m1, m2, m2, m3, node('mechanism:outside', 'Mechanism')];
const data: CausalData = { challenge: c.id, chain, code: null, ranking: targets.map((t, i) => ranked(i + 1, t, i === 0 ? [m1] : [])) };

describe('causal view: the best interventions, the rest grouped', () => {
  it('draws the top interventions with all their edges into the chain, and groups the rest per target', () => {
    const g = causalGraph(data, []);
    const interventions = g.nodes.filter((n) => n.id.startsWith('intervention:'));
    // i8 is alone below the top at m3: a group of one is drawn as itself.
    expect(interventions.map((n) => n.id)).toEqual(['intervention:i1', 'intervention:i2', 'intervention:i3', 'intervention:i4', 'intervention:i5', 'intervention:i8']);
    expect(interventions.map((n) => n.rank)).toEqual([1, 2, 3, 4, 5, 8]);
    // i1 reaches c and m1: both edges are drawn, so a path can run through either.
    expect(g.edges.filter((e) => e.source === 'intervention:i1').map((e) => e.target).sort()).toEqual([c.id, m1.id].sort());
    const groups = g.nodes.filter((n) => n.group);
    expect(groups.map((n) => [n.id, n.group!.members])).toEqual([[`${GROUP_PREFIX}${m2.id}`, ['intervention:i6', 'intervention:i7']]]);
    expect(groups[0]).toMatchObject({ name: '+2 interventies', nameEn: '+2 interventions', label: 'Intervention' });
    expect(g.edges.some((e) => e.source === `${GROUP_PREFIX}${m2.id}` && e.target === m2.id && e.type === 'ADDRESSES')).toBe(true);
    // One whose target is not in the chain is left out rather than floating free.
    expect(g.nodes.some((n) => n.id === 'intervention:i9')).toBe(false);
    expect(TOP_INTERVENTIONS).toBe(5);
  });

  it('draws an open group member by member', () => {
    const g = causalGraph(data, [m2.id]);
    expect(g.nodes.some((n) => n.id === `${GROUP_PREFIX}${m2.id}`)).toBe(false);
    expect(g.nodes.filter((n) => n.id === 'intervention:i6' || n.id === 'intervention:i7')).toHaveLength(2);
    expect(g.nodes.some((n) => n.id === `${GROUP_PREFIX}${m3.id}`)).toBe(false);
    expect(groupMembers(data, m2.id).map((r) => r.rank)).toEqual([6, 7]);
  });

  it('the causal action builds the graph; group actions open and close, with undo', () => {
    const s1 = run({ type: 'view', view: 'causal' }, { type: 'challenge', id: c.id }, { type: 'causal', data, selected: null });
    expect(s1.graph.base).toBe('causal');
    expect(s1.graph.nodes[`${GROUP_PREFIX}${m2.id}`]).toBeDefined();
    const opened = reducer(s1, { type: 'group', target: m2.id, open: true });
    expect(opened.openGroups).toEqual([m2.id]);
    expect(opened.graph.nodes['intervention:i6']).toBeDefined();
    expect(opened.selected).toBe('intervention:i6');
    expect(opened.layoutKey).toBe(s1.layoutKey + 1);
    // Opening what is open changes nothing.
    expect(reducer(opened, { type: 'group', target: m2.id, open: true })).toBe(opened);
    const closed = reducer(opened, { type: 'group', target: m2.id, open: false });
    expect(closed.openGroups).toEqual([]);
    expect(closed.graph.nodes['intervention:i6']).toBeUndefined();
    expect(closed.selected).toBe(`${GROUP_PREFIX}${m2.id}`);
    expect(reducer(opened, { type: 'undo' }).graph.nodes['intervention:i6']).toBeUndefined();
    // Restored from a link: groups open from the start.
    const restored = run({ type: 'causal', data, openGroups: [m2.id] });
    expect(restored.graph.nodes['intervention:i7']).toBeDefined();
  });
});

describe('visibleElements: the filters', () => {
  const loaded = () => run({ type: 'setGraph', graph: base, base: 'overview' });

  it('hides labels, other domains and edges of hidden confidence', () => {
    const withClaim = reducer(loaded(), { type: 'expand', id: C.id, graph: graph([C, m1], [edge(m1.id, 'CAUSES', C.id, { confidence: 'hypothesis' })]) });
    expect(visibleElements(reducer(withClaim, { type: 'filters', filters: { hiddenLabels: ['Municipality'] } })).nodes.has(A.id)).toBe(false);
    const byDomain = visibleElements(reducer(withClaim, { type: 'filters', filters: { domain: 'zorg' } }));
    // Knowledge nodes without the domain go; places and actors have no domains and stay.
    expect(byDomain.nodes.has(C.id)).toBe(false);
    expect(byDomain.nodes.has(m1.id)).toBe(false);
    expect(byDomain.nodes.has(A.id)).toBe(true);
    const byConfidence = visibleElements(reducer(withClaim, { type: 'filters', filters: { hiddenConfidences: ['hypothesis'] } }));
    expect(byConfidence.edges.has(`${m1.id}-[CAUSES]->${C.id}`)).toBe(false);
    // m1's one claim is hidden: m1 is left without any edge, and goes too; C keeps its others.
    expect(byConfidence.nodes.has(m1.id)).toBe(false);
    expect(byConfidence.nodes.has(C.id)).toBe(true);
    // Unless it is what the reader chose.
    const chosen = visibleElements(reducer(reducer(withClaim, { type: 'select', id: m1.id }), { type: 'filters', filters: { hiddenConfidences: ['hypothesis'] } }));
    expect(chosen.nodes.has(m1.id)).toBe(true);
  });

  it('keeps the undo history free of the empty graph before the first one', () => {
    const first = loaded();
    expect(first.past).toEqual([]);
    expect(reducer(first, { type: 'undo' })).toBe(first);
    const second = reducer(first, { type: 'setGraph', graph: base, base: 'x' });
    expect(second.past).toHaveLength(1);
  });

  it('opens a claim, keeps it across a graph that still has it, and closes it on another selection or view', () => {
    const id = `${m1.id}-[CAUSES]->${C.id}`;
    const withClaim = reducer(loaded(), { type: 'expand', id: C.id, graph: graph([C, m1], [edge(m1.id, 'CAUSES', C.id, { confidence: 'hypothesis' })]) });
    const open = reducer(withClaim, { type: 'claim', id });
    expect(open.claim).toBe(id);
    expect(reducer(open, { type: 'claim', id })).toBe(open);
    expect(reducer(open, { type: 'select', id: C.id }).claim).toBeNull();
    expect(reducer(open, { type: 'view', view: 'causal' }).claim).toBeNull();
    expect(reducer(open, { type: 'setGraph', graph: base, base: 'overview' }).claim).toBeNull();
  });

  it('hides nothing until the server has said what relates to the municipality, then keeps just that', () => {
    const asked = reducer(loaded(), { type: 'filters', filters: { municipality: A.id } });
    expect(visibleElements(asked).nodes.size).toBe(4);
    const answered = reducer(asked, { type: 'municipalityNodes', id: A.id, ids: [A.id, C.id, 'neighbourhood:not-loaded'], total: 3 });
    expect([...visibleElements(answered).nodes].sort()).toEqual([A.id, C.id].sort());
    expect([...visibleElements(answered).edges]).toEqual([`${A.id}-[FACES]->${C.id}`]);
    // An answer about another town does not filter this one.
    const stale = reducer(reducer(answered, { type: 'filters', filters: { municipality: B.id } }), { type: 'select', id: null });
    expect(visibleElements(stale).nodes.size).toBe(4);
  });

  it('keeps interventions and the challenge itself in the causal view', () => {
    const s = run(
      { type: 'view', view: 'causal' },
      { type: 'challenge', id: c.id },
      { type: 'causal', data },
      { type: 'filters', filters: { municipality: A.id } },
      { type: 'municipalityNodes', id: A.id, ids: [m2.id], total: 1 },
    );
    const vis = visibleElements(s);
    expect(vis.nodes.has(c.id)).toBe(true);
    expect(vis.nodes.has(m2.id)).toBe(true);
    expect(vis.nodes.has(m1.id)).toBe(false);
    expect(vis.nodes.has('intervention:i1')).toBe(true);
    expect(vis.nodes.has(`${GROUP_PREFIX}${m2.id}`)).toBe(true);
  });
});

describe('exportData: the real data of the view', () => {
  it('puts the interventions a group stands for in its place, with their edges, and nothing synthetic', () => {
    const s = run({ type: 'view', view: 'causal' }, { type: 'challenge', id: c.id }, { type: 'causal', data });
    expect(s.graph.nodes[`${GROUP_PREFIX}${m2.id}`]).toBeDefined();
    const d = exportData(s);
    expect(d.nodes.some((n) => n.id.startsWith(GROUP_PREFIX) || n.group)).toBe(false);
    expect(d.edges.some((e) => e.source.startsWith(GROUP_PREFIX) || e.target.startsWith(GROUP_PREFIX))).toBe(false);
    // i6 and i7 were in m2's group: now they are there as themselves, addressing m2.
    expect(d.nodes.filter((n) => n.id === 'intervention:i6' || n.id === 'intervention:i7').map((n) => n.rank)).toEqual([6, 7]);
    expect(d.edges.some((e) => e.source === 'intervention:i6' && e.target === m2.id && e.type === 'ADDRESSES' && e.properties.confidence === 'indicative')).toBe(true);
    // Everything else the map shows is exported as it is; what it leaves out stays out.
    for (const id of Object.keys(s.graph.nodes).filter((id) => !id.startsWith(GROUP_PREFIX))) expect(d.nodes.some((n) => n.id === id)).toBe(true);
    expect(d.nodes.some((n) => n.id === 'intervention:i9')).toBe(false);
    expect(new Set(d.nodes.map((n) => n.id)).size).toBe(d.nodes.length);
    // The same interventions as with every group open.
    const open = exportData(reducer(s, { type: 'group', target: m2.id, open: true }));
    expect(d.nodes.map((n) => n.id).sort()).toEqual(open.nodes.map((n) => n.id).sort());
    expect(d.edges.map((e) => e.id).sort()).toEqual(open.edges.map((e) => e.id).sort());
  });

  it('filters the members like the rest, and leaves a removed target out', () => {
    const s = run({ type: 'view', view: 'causal' }, { type: 'challenge', id: c.id }, { type: 'causal', data });
    expect(exportData(reducer(s, { type: 'filters', filters: { hiddenLabels: ['Intervention'] } })).nodes.some((n) => n.label === 'Intervention')).toBe(false);
    const removed = exportData(reducer(s, { type: 'remove', id: m2.id }));
    expect(removed.nodes.some((n) => n.id === m2.id)).toBe(false);
    expect(removed.edges.some((e) => e.target === m2.id)).toBe(false);
  });

  it('is the visible graph itself outside the causal view', () => {
    const s = run({ type: 'setGraph', graph: base, base: 'overview' });
    const vis = visibleElements(s);
    expect(exportData(s).nodes.map((n) => n.id).sort()).toEqual([...vis.nodes].sort());
    expect(exportData(s).edges.map((e) => e.id).sort()).toEqual([...vis.edges].sort());
  });
});

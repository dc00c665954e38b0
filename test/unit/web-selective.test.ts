/** Selective rendering: each view renders only when the part of the state it reads changed. */
import { describe, expect, it } from 'vitest';
import { selective } from '../../web/src/selective.ts';
import { createStore, initialState, type State } from '../../web/src/state.ts';

function setup() {
  const store = createStore(initialState('nl'));
  const calls: Record<string, (State | null)[]> = { canvas: [], busy: [], details: [] };
  const views = [
    selective(['graph', 'filters', 'selected', 'layoutKey'], (_s, prev) => calls.canvas!.push(prev)),
    selective(['loading'], (_s, prev) => calls.busy!.push(prev)),
    selective(['selected', 'graph', 'lang'], (_s, prev) => calls.details!.push(prev)),
  ];
  store.subscribe((s) => views.forEach((v) => v(s)));
  views.forEach((v) => v(store.get()));
  return { store, calls };
}

const graph = { nodes: [{ id: 'a', label: 'Challenge' as const, name: 'a', nameEn: null }], edges: [], truncated: false };

describe('selective rendering', () => {
  it('renders every view once at the start, then only those whose part of the state changed', () => {
    const { store, calls } = setup();
    expect([calls.canvas!.length, calls.busy!.length, calls.details!.length]).toEqual([1, 1, 1]);
    store.dispatch({ type: 'loading' });
    expect([calls.canvas!.length, calls.busy!.length, calls.details!.length]).toEqual([1, 2, 1]);
    store.dispatch({ type: 'announce', message: 'hallo' });
    expect([calls.canvas!.length, calls.busy!.length, calls.details!.length]).toEqual([1, 2, 1]);
    store.dispatch({ type: 'setGraph', graph, base: 'overview' });
    expect([calls.canvas!.length, calls.busy!.length, calls.details!.length]).toEqual([2, 3, 2]);
    store.dispatch({ type: 'lang', lang: 'en' });
    expect([calls.canvas!.length, calls.busy!.length, calls.details!.length]).toEqual([2, 3, 3]);
    store.dispatch({ type: 'filters', filters: { domain: 'wonen' } });
    expect([calls.canvas!.length, calls.busy!.length, calls.details!.length]).toEqual([3, 3, 3]);
  });

  it('hands a view the state it last rendered, not the state just before', () => {
    const { store, calls } = setup();
    const start = store.get();
    store.dispatch({ type: 'loading' });
    store.dispatch({ type: 'announce', message: 'x' });
    store.dispatch({ type: 'select', id: 'a' });
    expect(calls.canvas).toEqual([null, start]);
  });
});

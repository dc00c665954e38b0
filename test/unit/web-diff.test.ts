/** The map's picture of a dry run (web/src/diff.ts): signs and marks, never colour alone. */
import { describe, expect, it } from 'vitest';
import { contextGraph, previewGraph, type Diff } from '../../web/src/diff.ts';
import { queryFromState } from '../../web/src/url.ts';
import { initialState, reducer } from '../../web/src/state.ts';

const diff: Diff = {
  nodes: [
    { id: 'intervention:x', label: 'Intervention', name: 'Buurtconciërge', nameEn: 'Caretaker', change: 'new', properties: ['id', 'name'] },
    { id: 'challenge:y', label: 'Challenge', name: 'Armoede', nameEn: null, change: 'changed', properties: ['nameEn'] },
    { id: 'municipality:GM0034', label: 'Municipality', name: 'Almere', nameEn: null, change: 'context', properties: [] },
    { id: 'thing:z', label: 'NotALabel', name: 'Z', nameEn: null, change: 'new', properties: [] },
  ],
  relationships: [{ type: 'ADDRESSES', fromId: 'intervention:x', toId: 'challenge:y', change: 'new', properties: ['sources'] }],
  truncated: false,
};

describe('previewGraph', () => {
  it('signs and marks what is new or changed; what it reaches stays as it is; unknown labels are left out', () => {
    const g = previewGraph(diff);
    expect(g.nodes).toEqual([
      { id: 'intervention:x', label: 'Intervention', name: '＋ Buurtconciërge', nameEn: '＋ Caretaker', diff: 'new' },
      { id: 'challenge:y', label: 'Challenge', name: '✎ Armoede', nameEn: null, diff: 'changed' },
      { id: 'municipality:GM0034', label: 'Municipality', name: 'Almere', nameEn: null },
    ]);
    expect(g.edges).toEqual([{ id: 'intervention:x-[ADDRESSES]->challenge:y', type: 'ADDRESSES', source: 'intervention:x', target: 'challenge:y', properties: {}, diff: 'new' }]);
  });

  it('a flag\'s context marks its target only', () => {
    const g = contextGraph([{ id: 'a', label: 'Challenge', name: 'A', nameEn: null }, { id: 'b', label: 'Mechanism', name: 'B', nameEn: null }], new Set(['a']));
    expect(g.nodes.map((n) => [n.name, n.diff])).toEqual([['✎ A', 'changed'], ['B', undefined]]);
  });

  it('a preview on the map is no link of its own: the address stays the overview', () => {
    const s = reducer(initialState('nl'), { type: 'setGraph', graph: previewGraph(diff), base: 'preview' });
    expect(queryFromState(s)).toBe('?view=network');
  });
});

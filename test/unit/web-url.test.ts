/** Every view has a link: state -> query -> spec round trips, and tours travel in the fragment. */
import { describe, expect, it } from 'vitest';
import type { Graph } from '../../web/src/api.ts';
import { initialState, reducer, type Action, type State } from '../../web/src/state.ts';
import { encodeTour, queryFromState, specFromQuery, tourFromHash, tourHash } from '../../web/src/url.ts';

const run = (...actions: Action[]): State => actions.reduce(reducer, initialState('nl'));
const g: Graph = {
  nodes: [
    { id: 'municipality:GM0034', label: 'Municipality', name: 'Almere', nameEn: null },
    { id: 'challenge:c', label: 'Challenge', name: 'C', nameEn: null },
    { id: 'mechanism:m', label: 'Mechanism', name: 'M', nameEn: null },
  ],
  edges: [],
  truncated: false,
};

describe('state -> query -> spec', () => {
  it('round-trips a network view with focus, expansions, removals, selection and filters', () => {
    const s = run(
      { type: 'setGraph', graph: g, base: 'municipality:GM0034' },
      { type: 'expand', id: 'challenge:c', graph: { ...g, nodes: [g.nodes[1]!] } },
      { type: 'remove', id: 'mechanism:m' },
      { type: 'select', id: 'challenge:c' },
      { type: 'filters', filters: { hiddenLabels: ['Source', 'Case'], domain: 'wonen', municipality: 'municipality:GM0034', hiddenConfidences: ['hypothesis'] } },
    );
    const q = queryFromState(s);
    // Ids stay readable in links.
    expect(q).toContain('focus=municipality:GM0034');
    expect(q).toContain('hide=Source,Case');
    expect(specFromQuery(q)).toEqual({
      view: 'network',
      base: 'municipality:GM0034',
      expand: ['challenge:c'],
      remove: ['mechanism:m'],
      selected: 'challenge:c',
      claim: null,
      filters: { hiddenLabels: ['Source', 'Case'], domain: 'wonen', municipality: 'municipality:GM0034', hiddenConfidences: ['hypothesis'] },
      challenge: null,
      loops: false,
      path: [],
      compare: [],
      groups: [],
      wide: false,
    });
  });

  it('round-trips an open claim, its id readable in the link', () => {
    const id = 'mechanism:m-[CAUSES]->challenge:c';
    const s = { ...run({ type: 'setGraph', graph: g, base: 'municipality:GM0034' }), claim: id };
    const q = queryFromState(s);
    expect(q).toContain('claim=mechanism:m-[CAUSES]-%3Echallenge:c');
    expect(specFromQuery(q).claim).toBe(id);
  });

  it('round-trips the enlarged map, in the network and causal views but not in compare', () => {
    const causal = run({ type: 'view', view: 'causal' }, { type: 'challenge', id: 'challenge:c' }, { type: 'wideMap', on: true });
    expect(causal.wideMap).toBe(true);
    const q = queryFromState(causal);
    expect(q).toBe('?view=causal&challenge=challenge:c&wide=1');
    expect(specFromQuery(q)).toMatchObject({ view: 'causal', challenge: 'challenge:c', wide: true });
    expect(specFromQuery(queryFromState(run({ type: 'wideMap', on: true })))).toMatchObject({ view: 'network', wide: true });
    // Pressed again: gone from the link.
    expect(queryFromState(reducer(causal, { type: 'wideMap', on: false }))).toBe('?view=causal&challenge=challenge:c');
    // The compare view has no map.
    expect(queryFromState(run({ type: 'wideMap', on: true }, { type: 'view', view: 'compare' }))).not.toContain('wide');
    expect(specFromQuery('?view=causal&wide=yes').wide).toBe(false);
  });

  it('round-trips the causal view: challenge, loops, highlighted path and open groups', () => {
    const s: State = { ...run({ type: 'view', view: 'causal' }, { type: 'challenge', id: 'challenge:c' }, { type: 'loops', show: true, loops: [] }, { type: 'path', ids: ['mechanism:m', 'challenge:c'] }), openGroups: ['mechanism:m', 'challenge:c'] };
    const spec = specFromQuery(queryFromState(s));
    expect(spec).toMatchObject({ view: 'causal', challenge: 'challenge:c', loops: true, path: ['mechanism:m', 'challenge:c'], groups: ['mechanism:m', 'challenge:c'] });
    // Network-only parts do not leak into a causal link.
    expect(queryFromState(s)).not.toMatch(/focus=|expand=/);
  });

  it('round-trips the compare view and leaves the selection out of it', () => {
    const s = run({ type: 'view', view: 'compare' }, { type: 'compare', codes: ['municipality:GM0034', 'municipality:GM0637'] }, { type: 'select', id: 'challenge:c' });
    const q = queryFromState(s);
    expect(q).toBe('?view=compare&compare=municipality:GM0034,municipality:GM0637');
    expect(specFromQuery(q)).toMatchObject({ view: 'compare', compare: ['municipality:GM0034', 'municipality:GM0637'], selected: null });
  });

  it('ignores what it does not know: unknown views, labels and confidences', () => {
    const spec = specFromQuery('?view=map&hide=Municipality,Spaceship&hideConfidence=sure,indicative&expand=,a,');
    expect(spec.view).toBe('network');
    expect(spec.base).toBe('overview');
    expect(spec.filters.hiddenLabels).toEqual(['Municipality']);
    expect(spec.filters.hiddenConfidences).toEqual(['indicative']);
    expect(spec.expand).toEqual(['a']);
    expect(specFromQuery('')).toMatchObject({ view: 'network', selected: null, groups: [], filters: { municipality: null, domain: null } });
  });
});

describe('tours in the fragment', () => {
  const steps = [
    { title: 'Één', text: 'Het netwerk — “quotes” & ümlauts', query: '?view=network' },
    { title: 'Twee', text: 'Oorzaken', query: '?view=causal&challenge=challenge:c' },
  ];

  it('round-trips the steps, Unicode included, and the current step', () => {
    const hash = tourHash({ steps, index: 1, readOnly: false });
    expect(hash).toMatch(/^#tour=[A-Za-z0-9_-]+&step=2$/);
    expect(tourFromHash(hash)).toEqual({ steps, index: 1, readOnly: true });
    expect(tourFromHash(`#tour=${encodeTour(steps)}`)!.index).toBe(0);
  });

  it('clamps the step and refuses what is not a tour', () => {
    expect(tourFromHash(`#tour=${encodeTour(steps)}&step=99`)!.index).toBe(1);
    expect(tourFromHash('#tour=!!!')).toBeNull();
    expect(tourFromHash('#tour=bm90IGpzb24')).toBeNull();
    expect(tourFromHash(`#tour=${encodeTour([])}`)).toBeNull();
    expect(tourFromHash('')).toBeNull();
  });
});

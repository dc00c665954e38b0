/**
 * Controls of the causal view: which challenge, feedback loops on or off (listed with their kind),
 * and a path to highlight between two nodes of the chain.
 */
import type { Core } from 'cytoscape';
import type { GNode } from '../api.ts';
import { fill, h } from '../dom.ts';
import { t, type StringKey } from '../i18n.ts';
import { nodeName, type State, type Store } from '../state.ts';

const LOOP_KIND: Record<string, StringKey> = { REINFORCING: 'loopReinforcing', BALANCING: 'loopBalancing', UNDETERMINED: 'loopUndetermined' };

export function mountCausal(root: HTMLElement, store: Store, cy: () => Core, actions: { challenge(id: string): void; loops(show: boolean): void }) {
  let challenges: GNode[] = [];
  let lastKey = '';
  const panel = {
    setChallenges(list: GNode[]) {
      challenges = list;
      lastKey = '';
      panel.render(store.get());
    },
    render(s: State): void {
      if (s.view !== 'causal') {
        root.hidden = true;
        return;
      }
      root.hidden = false;
      const lang = s.lang;
      const inView = Object.values(s.graph.nodes).sort((a, b) => nodeName(a, lang).localeCompare(nodeName(b, lang), lang));
      const key = JSON.stringify([lang, s.challenge, s.showLoops, s.loops.length, s.path.length, challenges.length, inView.map((n) => n.id)]);
      if (key === lastKey) return;
      lastKey = key;
      const options = (sel: string | null) => inView.map((n) => h('option', { value: n.id, selected: sel === n.id }, nodeName(n, lang)));
      const names = new Map(Object.values(s.graph.nodes).map((n) => [n.id, nodeName(n, lang)]));
      const loops = s.loops.filter((l) => l.nodes.some((id) => s.graph.nodes[id]));
      fill(
        root,
        h('h2', { class: 'panel-title' }, t(lang, 'viewCausal')),
        h('p', { class: 'hint' }, t(lang, 'causalHelp')),
        h(
          'div',
          { class: 'field' },
          h('label', { for: 'causal-challenge' }, t(lang, 'challenge')),
          h(
            'select',
            { id: 'causal-challenge', onchange: (ev: Event) => actions.challenge((ev.target as HTMLSelectElement).value) },
            h('option', { value: '' }, t(lang, 'pickChallenge')),
            challenges.map((c) => h('option', { value: c.id, selected: s.challenge === c.id }, nodeName(c, lang))),
          ),
        ),
        h(
          'label',
          { class: 'check' },
          h('input', { type: 'checkbox', id: 'causal-loops', checked: s.showLoops, onchange: (ev: Event) => actions.loops((ev.target as HTMLInputElement).checked) }),
          h('span', {}, t(lang, 'showLoops')),
        ),
        s.showLoops
          ? h(
              'div',
              {},
              h('p', { class: 'legend-title' }, `${t(lang, 'loops')} (${loops.length})`),
              loops.length
                ? h(
                    'ul',
                    { class: 'loops' },
                    loops.slice(0, 20).map((l) =>
                      h(
                        'li',
                        {},
                        h(
                          'button',
                          { type: 'button', class: 'link', onclick: () => store.dispatch({ type: 'path', ids: [...l.nodes, ...l.edges] }) },
                          `${l.kind === 'REINFORCING' ? '↻ R' : l.kind === 'BALANCING' ? '⇄ B' : '? U'} · ${t(lang, LOOP_KIND[l.kind] ?? 'loopUndetermined')}: `,
                          l.nodes.map((id) => names.get(id) ?? id).join(' → '),
                        ),
                      ),
                    ),
                  )
                : h('p', { class: 'muted' }, t(lang, 'noLoops')),
            )
          : null,
        h(
          'fieldset',
          { class: 'path' },
          h('legend', {}, t(lang, 'highlightPath')),
          h('label', { for: 'path-from' }, t(lang, 'pathFrom')),
          h('select', { id: 'path-from' }, options(s.path[0] ?? null)),
          h('label', { for: 'path-to' }, t(lang, 'pathTo')),
          h('select', { id: 'path-to' }, options(s.challenge)),
          h(
            'div',
            { class: 'button-row' },
            h(
              'button',
              {
                type: 'button',
                class: 'btn',
                onclick: () => {
                  const from = (root.querySelector('#path-from') as HTMLSelectElement).value;
                  const to = (root.querySelector('#path-to') as HTMLSelectElement).value;
                  const ids = shortestPath(cy(), from, to);
                  store.dispatch({ type: 'path', ids });
                  store.dispatch({ type: 'announce', message: ids.length ? ids.filter((i) => names.has(i)).map((i) => names.get(i)).join(' → ') : t(lang, 'noPath') });
                },
              },
              t(lang, 'highlightPath'),
            ),
            h('button', { type: 'button', class: 'btn secondary', onclick: () => store.dispatch({ type: 'path', ids: [] }) }, t(lang, 'clearPath')),
          ),
        ),
      );
    },
  };
  return panel;
}

/** A directed shortest path (cause to effect); node and edge ids, or [] when there is none. */
export function shortestPath(cy: Core, from: string, to: string): string[] {
  if (!from || !to || from === to) return [];
  const result = cy.elements().aStar({ root: cy.getElementById(from), goal: cy.getElementById(to), directed: true });
  return result.found ? result.path.map((el) => el.id()) : [];
}

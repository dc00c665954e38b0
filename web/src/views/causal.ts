/**
 * Controls of the causal view: which challenge, the server's ranking of interventions (the best on
 * the map, the rest grouped), feedback loops on or off (listed with their kind), and a path to
 * highlight between two nodes of the chain.
 */
import type { Core } from 'cytoscape';
import { EVIDENCE_LEVEL_NAMES, type Lang } from '../../../server/ontology.ts';
import type { GNode, Ranked } from '../api.ts';
import { deferredChange, fill, h } from '../dom.ts';
import { t, type StringKey } from '../i18n.ts';
import { groupTarget, nodeName, TOP_INTERVENTIONS, type State, type Store } from '../state.ts';

const LOOP_KIND: Record<string, StringKey> = { REINFORCING: 'loopReinforcing', BALANCING: 'loopBalancing', UNDETERMINED: 'loopUndetermined' };

export interface CausalActions {
  challenge(id: string): void;
  loops(show: boolean): void;
  select(id: string): void;
  group(target: string, open?: boolean): void;
}

export function mountCausal(root: HTMLElement, store: Store, cy: () => Core, actions: CausalActions) {
  let challenges: GNode[] = [];
  let towns = new Map<string, GNode>();
  let lastKey = '';
  const panel = {
    /** Names for the municipality the ranking is made for (it is rarely on the causal canvas). */
    setMunicipalities(list: GNode[]) {
      towns = new Map(list.map((m) => [m.id, m]));
      lastKey = '';
      panel.render(store.get());
    },
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
      const key = JSON.stringify([lang, s.challenge, s.showLoops, s.loops.length, s.path.length, challenges.length, inView.map((n) => n.id), s.selected, s.causal?.code, s.causal?.ranking.length, s.openGroups]);
      if (key === lastKey) return;
      lastKey = key;
      // A path runs between nodes of the graph: a group ("+7 interventies") is a drawing aid, not one.
      const options = (sel: string | null) => inView.filter((n) => !n.group).map((n) => h('option', { value: n.id, selected: sel === n.id }, nodeName(n, lang)));
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
          deferredChange(
            h(
              'select',
              { id: 'causal-challenge', 'aria-describedby': 'causal-challenge-hint' },
              h('option', { value: '' }, t(lang, 'pickChallenge')),
              challenges.map((c) => h('option', { value: c.id, selected: s.challenge === c.id }, nodeName(c, lang))),
            ),
            (value) => actions.challenge(value),
          ),
          h('p', { class: 'hint', id: 'causal-challenge-hint' }, t(lang, 'selectApplies')),
        ),
        s.causal && s.causal.challenge === s.challenge ? rankingSection(s, actions, towns) : null,
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
                class: 'btn utrecht-button utrecht-button--primary-action',
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
            h('button', { type: 'button', class: 'btn secondary utrecht-button utrecht-button--secondary-action', onclick: () => store.dispatch({ type: 'path', ids: [] }) }, t(lang, 'clearPath')),
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

const num = (x: number, lang: Lang) => x.toLocaleString(lang === 'nl' ? 'nl-NL' : 'en-GB', { maximumFractionDigits: 2 });

/** The reasons for a rank in a few words, as the server gives them. */
export function rankReasons(r: Ranked, lang: Lang, town: string | null): string[] {
  const out = [r.distance === 0 ? t(lang, 'stepsZero') : r.distance === 1 ? t(lang, 'stepsOne') : t(lang, 'stepsMany', { n: r.distance })];
  out.push(t(lang, 'pathConfidence', { c: num(r.confidence, lang) }));
  const ev = r.evidenceLevel ? EVIDENCE_LEVEL_NAMES[r.evidenceLevel as keyof typeof EVIDENCE_LEVEL_NAMES]?.[lang] ?? r.evidenceLevel : t(lang, 'notRated');
  out.push(ev);
  if (r.appliedInMunicipality && town) out.push(t(lang, 'appliedHere', { name: town }));
  else if (r.near) out.push(t(lang, 'appliedNear'));
  else if (r.appliedIn.length) out.push(`${t(lang, 'appliedIn').toLowerCase()}: ${[...new Set(r.appliedIn.map((a) => (lang === 'en' && a.place.nameEn) || a.place.name))].slice(0, 3).join(', ')}`);
  else out.push(t(lang, 'notApplied'));
  return out;
}

function rankingSection(s: State, actions: CausalActions, towns: Map<string, GNode>): HTMLElement {
  const lang = s.lang;
  const data = s.causal!;
  const m = s.filters.municipality;
  const town = m ? s.graph.nodes[m] ?? towns.get(m) ?? null : null;
  const townName = town ? nodeName(town, lang) : data.code;
  return h(
    'section',
    { class: 'ranking', 'aria-labelledby': 'ranking-title' },
    h('h3', { id: 'ranking-title', class: 'legend-title' }, `${t(lang, 'ranking')} (${data.ranking.length})`),
    h('p', { class: 'hint' }, data.code ? t(lang, 'rankingFor', { name: townName ?? data.code }) : t(lang, 'rankingNoTown')),
    h('details', { class: 'how' }, h('summary', {}, t(lang, 'rankingHow')), h('p', { class: 'hint' }, t(lang, 'rankingHelp', { n: TOP_INTERVENTIONS }))),
    data.ranking.length
      ? h(
          'ol',
          { class: 'ranked' },
          data.ranking.map((r) => {
            const id = r.intervention.id;
            const onMap = Boolean(s.graph.nodes[id]);
            const target = groupTarget(r);
            const name = nodeName(r.intervention, lang);
            return h(
              'li',
              { class: s.selected === id ? 'selected' : null, 'data-id': id },
              h(
                'button',
                {
                  type: 'button',
                  class: 'link',
                  'aria-current': s.selected === id ? 'true' : null,
                  onclick: () => {
                    if (!onMap && target) actions.group(target, true);
                    actions.select(id);
                  },
                },
                name,
              ),
              h('span', { class: `tag ${onMap ? 'on-map' : 'grouped'}` }, t(lang, onMap ? 'onMap' : 'inGroup')),
              h('div', { class: 'reasons' }, `${t(lang, 'score')} ${num(r.score, lang)} · ${rankReasons(r, lang, townName ?? null).join(' · ')}`),
            );
          }),
        )
      : h('p', { class: 'muted' }, t(lang, 'rankingEmpty')),
  );
}

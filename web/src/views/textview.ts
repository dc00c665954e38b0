/**
 * The text view: a table of the visible nodes, in sync with the canvas, where every action (open,
 * expand/collapse, remove) is a button. It is the keyboard's way through the graph.
 */
import { CONFIDENCE_NAMES, RELATIONSHIPS, isRelationshipType, type Confidence } from '../../../server/ontology.ts';
import { fill, h } from '../dom.ts';
import { t } from '../i18n.ts';
import { nodeName, visibleElements, type State } from '../state.ts';
import { labelBadge } from './symbols.ts';
import { claimSentence } from './claim.ts';
import type { GNode } from '../api.ts';

/** Rows beyond this are summarised: a table of 10,000 rows helps nobody and slows the page. */
const MAX_ROWS = 400;

/** Claims listed beside the nodes; a causal view has a few dozen, the overview's are memberships. */
const MAX_CLAIMS = 200;

/**
 * One collator per language: localeCompare with a locale builds one per call, which cost more
 * than the rest of the table for a view of thousands of elements.
 */
const collators = new Map<string, (a: string, b: string) => number>();
const collator = (lang: string) => collators.get(lang) ?? collators.set(lang, new Intl.Collator(lang).compare).get(lang)!;

export function mountTextView(root: HTMLElement, actions: { open(id: string): void; expand(id: string): void; remove(id: string): void; claim(id: string, focus: boolean): void }) {
  let lastKey = '';
  return {
    render(s: State): void {
      const lang = s.lang;
      const vis = visibleElements(s);
      // Ranked interventions in the order of the ranking, groups after them.
      const order = (n: GNode) => n.rank ?? (n.group ? Number.MAX_SAFE_INTEGER : 0);
      const collate = collator(lang);
      const nodes = [...vis.nodes]
        .map((id) => s.graph.nodes[id]!)
        .map((n) => ({ n, name: nodeName(n, lang) }))
        .sort((a, b) => a.n.label.localeCompare(b.n.label) || order(a.n) - order(b.n) || collate(a.name, b.name))
        .map((k) => k.n);
      const edges = [...vis.edges].map((id) => s.graph.edges[id]!).filter((e) => !s.graph.nodes[e.source]?.group && !s.graph.nodes[e.target]?.group);
      const key = JSON.stringify([lang, s.selected, s.claim, s.graph.expanded, nodes.map((n) => n.id), edges.map((e) => e.id)]);
      if (key === lastKey) return;
      lastKey = key;
      const focusedId = (document.activeElement as HTMLElement | null)?.closest('tr[data-id]')?.getAttribute('data-id');
      const focusedAction = (document.activeElement as HTMLElement | null)?.dataset.action;
      const focusedClaim = (document.activeElement as HTMLElement | null)?.closest('tr[data-claim]')?.getAttribute('data-claim');
      const rows = nodes.slice(0, MAX_ROWS).map((n) => {
        const expanded = s.graph.expanded.includes(n.id);
        const name = nodeName(n, lang);
        if (n.group) {
          const label = t(lang, 'showGroup', { n: n.group.members.length });
          return h(
            'tr',
            { 'data-id': n.id, class: ['group', n.id === s.selected ? 'selected' : ''].join(' ').trim(), 'aria-current': n.id === s.selected ? 'true' : null },
            h('td', {}, labelBadge(n.label, lang), ' ', h('span', { class: 'tag grouped' }, t(lang, 'groupKind'))),
            h('th', { scope: 'row' }, h('button', { type: 'button', class: 'link', 'data-action': 'open', onclick: () => actions.open(n.id) }, name)),
            h('td', { class: 'actions' }, h('button', { type: 'button', class: 'btn small utrecht-button utrecht-button--primary-action', 'data-action': 'expand', 'aria-label': `${label}: ${name}`, onclick: () => actions.expand(n.id) }, label)),
          );
        }
        return h(
          'tr',
          { 'data-id': n.id, class: n.id === s.selected ? 'selected' : null, 'aria-current': n.id === s.selected ? 'true' : null },
          h('td', {}, labelBadge(n.label, lang)),
          h('th', { scope: 'row' }, n.rank ? h('span', { class: 'rank' }, t(lang, 'rank', { n: n.rank }) + ' · ') : null, h('button', { type: 'button', class: 'link', 'data-action': 'open', onclick: () => actions.open(n.id) }, name), n.signatory ? h('span', { class: 'tag-signatory small' }, ' ★ ' + t(lang, 'kopgroep')) : null),
          h(
            'td',
            { class: 'actions' },
            h('button', { type: 'button', class: 'btn small utrecht-button utrecht-button--primary-action', 'data-action': 'expand', 'aria-label': `${expanded ? t(lang, 'collapse') : t(lang, 'expand')}: ${name}`, onclick: () => actions.expand(n.id) }, expanded ? t(lang, 'collapse') : t(lang, 'expand')),
            h('button', { type: 'button', class: 'btn small secondary utrecht-button utrecht-button--secondary-action', 'data-action': 'remove', 'aria-label': `${t(lang, 'remove')}: ${name}`, onclick: () => actions.remove(n.id) }, t(lang, 'remove')),
          ),
        );
      });
      fill(
        root,
        h(
          'table',
          { class: 'nodes-table' },
          h('caption', {}, `${t(lang, 'visibleNodes')} (${nodes.length})`),
          h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, t(lang, 'kind')), h('th', { scope: 'col' }, t(lang, 'name')), h('th', { scope: 'col' }, t(lang, 'actions')))),
          h('tbody', {}, rows.length ? rows : h('tr', {}, h('td', { colspan: 3 }, t(lang, 'noNodes')))),
        ),
        nodes.length > MAX_ROWS ? h('p', { class: 'muted' }, `+ ${nodes.length - MAX_ROWS}`) : null,
        claimsTable(s, edges, actions.claim),
      );
      // Keep keyboard focus on the same row after a re-render (e.g. after expanding it).
      if (focusedId) (root.querySelector(`tr[data-id="${CSS.escape(focusedId)}"] [data-action="${focusedAction ?? 'open'}"]`) as HTMLElement | null)?.focus();
      else if (focusedClaim) (root.querySelector(`tr[data-claim="${CSS.escape(focusedClaim)}"] button`) as HTMLElement | null)?.focus();
    },
  };
}

/**
 * The claims on the map, one row each: the keyboard's way to a claim's card (the canvas's edges
 * are for the mouse). Focusing a row's button shows its card beside it; Enter or a click also
 * takes the reader there.
 */
function claimsTable(s: State, edges: State['graph']['edges'][string][], claim: (id: string, focus: boolean) => void): HTMLElement | null {
  if (!edges.length) return null;
  const lang = s.lang;
  const collate = collator(lang);
  const sorted = edges
    .map((e) => ({ e, sentence: claimSentence(e, s) }))
    .sort((a, b) => collate(a.sentence, b.sentence));
  return h(
    'table',
    { class: 'claims-table' },
    h('caption', {}, `${t(lang, 'claimsCaption')} (${edges.length})`),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, t(lang, 'claim')), h('th', { scope: 'col' }, t(lang, 'relation')), h('th', { scope: 'col' }, t(lang, 'confidence')))),
    h(
      'tbody',
      {},
      sorted.slice(0, MAX_CLAIMS).map(({ e, sentence }) => {
        const conf = e.properties.confidence as Confidence | undefined;
        return h(
          'tr',
          { 'data-claim': e.id, class: s.claim === e.id ? 'selected' : null, 'aria-current': s.claim === e.id ? 'true' : null },
          h('th', { scope: 'row' }, h('button', { type: 'button', class: 'link', onfocus: () => claim(e.id, false), onclick: () => claim(e.id, true) }, sentence)),
          h('td', {}, isRelationshipType(e.type) ? RELATIONSHIPS[e.type].names[lang] : e.type),
          h('td', {}, conf && CONFIDENCE_NAMES[conf] ? CONFIDENCE_NAMES[conf][lang] : '—'),
        );
      }),
    ),
  );
}

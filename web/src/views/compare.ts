/**
 * Municipalities side by side: which challenges and opportunities each faces, directly or through
 * one of its neighbourhoods. Built from `subgraph`, so it needs nothing beyond the graph queries.
 */
import { LABELS, RELATIONSHIPS } from '../../../server/ontology.ts';
import { subgraph, type GNode, type Graph } from '../api.ts';
import { fill, h } from '../dom.ts';
import { t } from '../i18n.ts';
import { nodeName, type State, type Store } from '../state.ts';

export function mountCompare(root: HTMLElement, store: Store) {
  let municipalities: GNode[] = [];
  let data: { key: string; graph: Graph } | null = null;
  let loadingKey = '';
  let lastKey = '';

  async function load(codes: string[]): Promise<void> {
    const key = codes.join(',');
    loadingKey = key;
    try {
      const graph = await subgraph(codes, 2, ['Neighbourhood', 'Challenge', 'Opportunity'], 1000);
      if (loadingKey === key) {
        data = { key, graph };
        lastKey = '';
        panel.render(store.get());
      }
    } catch (e) {
      store.dispatch({ type: 'error', message: t(store.get().lang, 'error', { m: (e as Error).message }) });
    }
  }

  const panel = {
    setMunicipalities(list: GNode[]) {
      municipalities = list.filter((m) => m.label === 'Municipality').sort((a, b) => a.name.localeCompare(b.name));
      lastKey = '';
      panel.render(store.get());
    },
    render(s: State): void {
      root.hidden = s.view !== 'compare';
      if (s.view !== 'compare') return;
      const lang = s.lang;
      const key = s.compare.join(',');
      if (key && data?.key !== key && loadingKey !== key) void load(s.compare);
      const renderKey = JSON.stringify([lang, key, data?.key, municipalities.length]);
      if (renderKey === lastKey) return;
      lastKey = renderKey;
      const toggle = (id: string, on: boolean) =>
        store.dispatch({ type: 'compare', codes: on ? [...s.compare, id] : s.compare.filter((c) => c !== id) });
      fill(
        root,
        h('h2', { class: 'panel-title' }, t(lang, 'compare')),
        h('p', { class: 'hint' }, t(lang, 'compareHelp')),
        h(
          'fieldset',
          { class: 'compare-picks' },
          h('legend', {}, LABELS.Municipality.plural[lang]),
          municipalities.map((m) =>
            h(
              'label',
              { class: 'check' },
              h('input', { type: 'checkbox', checked: s.compare.includes(m.id), onchange: (ev: Event) => toggle(m.id, (ev.target as HTMLInputElement).checked) }),
              h('span', {}, nodeName(m, lang)),
              m.signatory ? h('span', { class: 'tag-signatory small' }, ' ★') : null,
            ),
          ),
        ),
        data && data.key === key && s.compare.length ? table(s, data.graph) : null,
      );
    },
  };
  return panel;
}

function table(s: State, g: Graph) {
  const lang = s.lang;
  const byId = new Map(g.nodes.map((n) => [n.id, n]));
  const cols = s.compare.map((id) => byId.get(id)).filter((n): n is GNode => Boolean(n));
  // Neighbourhood -> municipality, so a wijk's challenge counts for its town.
  const town = new Map<string, string>();
  for (const e of g.edges) if (e.type === 'PART_OF' && s.compare.includes(e.target)) town.set(e.source, e.target);
  const cell = new Map<string, Set<string>>();
  for (const e of g.edges) {
    if (e.type !== 'FACES' && e.type !== 'HAS_OPPORTUNITY') continue;
    const m = s.compare.includes(e.source) ? e.source : town.get(e.source);
    if (!m) continue;
    const k = `${e.target}|${m}`;
    const via = cell.get(k) ?? new Set<string>();
    via.add(e.source === m ? '' : e.source);
    cell.set(k, via);
  }
  const rows = g.nodes
    .filter((n) => (n.label === 'Challenge' || n.label === 'Opportunity') && cols.some((c) => cell.has(`${n.id}|${c.id}`)))
    .sort((a, b) => a.label.localeCompare(b.label) || nodeName(a, lang).localeCompare(nodeName(b, lang), lang));
  return h(
    'div',
    { class: 'table-scroll', tabindex: 0, role: 'region', 'aria-label': t(lang, 'compareTable') },
    h(
      'table',
      { class: 'compare-table' },
      h('caption', {}, `${t(lang, 'compareTable')}: ${RELATIONSHIPS.FACES.names[lang]} / ${RELATIONSHIPS.HAS_OPPORTUNITY.names[lang]}`),
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, t(lang, 'name')), cols.map((c) => h('th', { scope: 'col' }, nodeName(c, lang))))),
      h(
        'tbody',
        {},
        rows.map((r) =>
          h(
            'tr',
            {},
            h('th', { scope: 'row' }, h('span', { class: 'symbol', 'aria-hidden': 'true', style: `color:${LABELS[r.label].colour}` }, LABELS[r.label].symbol + ' '), `${nodeName(r, lang)} (${LABELS[r.label].names[lang]})`),
            cols.map((c) => {
              const via = cell.get(`${r.id}|${c.id}`);
              if (!via) return h('td', { class: 'no' }, h('span', { 'aria-hidden': 'true' }, '—'), h('span', { class: 'sr-only' }, t(lang, 'no')));
              const wijken = [...via].filter(Boolean).map((id) => (byId.get(id) ? nodeName(byId.get(id)!, lang) : id));
              return h('td', { class: 'yes' }, h('span', { 'aria-hidden': 'true' }, '✓ '), t(lang, 'yes'), wijken.length ? h('span', { class: 'muted' }, ` (${wijken.join(', ')})`) : null);
            }),
          ),
        ),
      ),
    ),
  );
}

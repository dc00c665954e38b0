/**
 * Municipalities side by side: the server's comparison matrix (`compareMunicipalities`), rows the
 * challenges and opportunities, a cell per municipality saying whether it faces it, itself or
 * through which neighbourhoods, and on which sources that rests (as links).
 */
import { LABELS, RELATIONSHIPS, type Lang } from '../../../server/ontology.ts';
import { compareMunicipalities, LatestOnly, municipalityCode, type Comparison, type ComparisonCell, type GNode, type SourceRef } from '../api.ts';
import { fill, h } from '../dom.ts';
import { t } from '../i18n.ts';
import { reportError } from '../report.ts';
import { nodeName, type State, type Store } from '../state.ts';

export interface CompareActions {
  open(id: string): void;
  exportCsv(c: Comparison): void;
  exportSvg(c: Comparison): void;
  copyLink(): void;
}

export function mountCompare(root: HTMLElement, store: Store, actions: CompareActions) {
  let municipalities: GNode[] = [];
  let data: { key: string; comparison: Comparison } | null = null;
  let loadingKey = '';
  let lastKey = '';
  // Other towns chosen: the comparison of the ones before is no longer awaited.
  const asking = new LatestOnly();

  async function load(key: string, codes: string[]): Promise<void> {
    loadingKey = key;
    const signal = asking.next();
    try {
      const comparison = await compareMunicipalities(codes, signal);
      if (loadingKey === key) {
        data = { key, comparison };
        lastKey = '';
        panel.render(store.get());
      }
    } catch (e) {
      if (loadingKey === key) loadingKey = '';
      reportError(store, e);
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
      // The URL keeps municipality ids; the server compares by CBS code.
      const codes = s.compare.map(municipalityCode).filter((c): c is string => Boolean(c));
      const key = codes.join(',');
      if (key && data?.key !== key && loadingKey !== key) void load(key, codes);
      const renderKey = JSON.stringify([lang, key, data?.key, municipalities.length]);
      if (renderKey === lastKey) return;
      lastKey = renderKey;
      const toggle = (id: string, on: boolean) =>
        store.dispatch({ type: 'compare', codes: on ? [...s.compare, id] : s.compare.filter((c) => c !== id) });
      const ready = data && data.key === key && codes.length > 0 ? data.comparison : null;
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
              h('input', { type: 'checkbox', id: `compare-${m.id}`, checked: s.compare.includes(m.id), onchange: (ev: Event) => toggle(m.id, (ev.target as HTMLInputElement).checked) }),
              h('span', {}, nodeName(m, lang)),
              m.signatory ? h('span', { class: 'tag-signatory small' }, ' ★') : null,
            ),
          ),
        ),
        ready
          ? h(
              'div',
              { class: 'button-row', role: 'group', 'aria-label': t(lang, 'compareExport') },
              h('button', { type: 'button', id: 'compare-csv', class: 'btn small secondary utrecht-button utrecht-button--secondary-action', onclick: () => actions.exportCsv(ready) }, `CSV · ${t(lang, 'compareExport')}`),
              h('button', { type: 'button', id: 'compare-svg', class: 'btn small secondary utrecht-button utrecht-button--secondary-action', onclick: () => actions.exportSvg(ready) }, `SVG · ${t(lang, 'compareExport')}`),
              h('button', { type: 'button', id: 'compare-link', class: 'btn small secondary utrecht-button utrecht-button--secondary-action', onclick: () => actions.copyLink() }, t(lang, 'compareCopyLink')),
            )
          : null,
        ready?.missing.length ? h('p', { class: 'error', role: 'status' }, t(lang, 'compareMissing', { codes: ready.missing.join(', ') })) : null,
        ready ? table(lang, ready, actions.open) : codes.length ? h('p', { class: 'muted' }, t(lang, 'compareLoading')) : null,
      );
    },
  };
  return panel;
}

const refName = (n: { name: string; nameEn: string | null }, lang: Lang) => (lang === 'en' && n.nameEn) || n.name;

/** One line per source: the title (clipped on screen, whole for screen readers and on hover) and year. */
function sourceItem(src: SourceRef, lang: Lang): HTMLElement {
  const title = refName(src, lang);
  const full = [title, src.publisher, src.year].filter(Boolean).join(', ');
  const url = src.url && /^https?:\/\//.test(src.url) ? src.url : null;
  return h(
    'li',
    { title: full },
    url ? h('a', { href: url, rel: 'noopener noreferrer', target: '_blank', class: 'source-link' }, title) : h('span', { class: 'source-link' }, title),
    src.year ? h('span', { class: 'muted' }, String(src.year)) : null,
  );
}

function cellContent(cell: ComparisonCell, lang: Lang): (Node | string)[] {
  if (!cell.present) return [h('span', { 'aria-hidden': 'true' }, '—'), h('span', { class: 'sr-only' }, t(lang, 'no'))];
  const how = [cell.direct ? t(lang, 'compareItself') : null, cell.neighbourhoods.length ? t(lang, 'compareVia', { names: cell.neighbourhoods.map((n) => refName(n, lang)).join(', ') }) : null].filter(
    (x): x is string => Boolean(x),
  );
  return [
    h('span', { class: 'present' }, h('span', { 'aria-hidden': 'true' }, '✓ '), t(lang, 'yes')),
    how.length ? h('span', { class: 'how' }, ` — ${how.join('; ')}`) : '',
    cell.sources.length
      ? h('ul', { class: 'cell-sources', 'aria-label': t(lang, 'sources') }, cell.sources.map((src) => sourceItem(src, lang)))
      : h('p', { class: 'muted small' }, t(lang, 'compareNoSource')),
  ];
}

function table(lang: Lang, c: Comparison, open: (id: string) => void): HTMLElement {
  const cols = c.municipalities;
  return h(
    'div',
    { class: 'table-scroll utrecht-table-container', tabindex: 0, role: 'region', 'aria-labelledby': 'compare-caption' },
    h(
      'table',
      { class: 'compare-table utrecht-table utrecht-table--html-table' },
      h('caption', { id: 'compare-caption', class: 'utrecht-table__caption' }, `${t(lang, 'compareTable')}: ${RELATIONSHIPS.FACES.names[lang]} / ${RELATIONSHIPS.HAS_OPPORTUNITY.names[lang]}`),
      h(
        'thead',
        { class: 'utrecht-table__header' },
        h(
          'tr',
          { class: 'utrecht-table__row' },
          h('th', { scope: 'col', class: 'utrecht-table__header-cell' }, `${LABELS.Challenge.names[lang]} / ${LABELS.Opportunity.names[lang]}`),
          cols.map((m) => h('th', { scope: 'col', class: 'utrecht-table__header-cell' }, refName(m, lang))),
        ),
      ),
      h(
        'tbody',
        { class: 'utrecht-table__body' },
        c.rows.map((r) =>
          h(
            'tr',
            { class: 'utrecht-table__row', 'data-id': r.node.id },
            h(
              'th',
              { scope: 'row', class: 'utrecht-table__header-cell' },
              h('span', { class: 'symbol', 'aria-hidden': 'true', style: `color:${LABELS[r.node.label].colour}` }, LABELS[r.node.label].symbol + ' '),
              h('button', { type: 'button', class: 'link', onclick: () => open(r.node.id) }, refName(r.node, lang)),
              h('span', { class: 'muted small' }, ` ${LABELS[r.node.label].names[lang]}, ${t(lang, 'compareShared', { n: r.count, m: cols.length })}`),
            ),
            r.cells.map((cell) => h('td', { class: `utrecht-table__cell ${cell.present ? 'yes' : 'no'}` }, cellContent(cell, lang))),
          ),
        ),
      ),
    ),
  );
}

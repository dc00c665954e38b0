/**
 * Legend and filters in one: the legend is built from the ontology and each entry is a checkbox
 * that shows or hides its kind. Domain, municipality and confidence filters sit beside it.
 */
import {
  CONFIDENCES,
  CONFIDENCE_NAMES,
  DOMAINS,
  DOMAIN_NAMES,
  LABEL_NAMES,
  LABELS,
  POLARITIES,
  POLARITY_NAMES,
  type LabelName,
} from '../../../server/ontology.ts';
import { deferredChange, fill, h } from '../dom.ts';
import { t } from '../i18n.ts';
import { nodeName, visibleElements, type State, type Store } from '../state.ts';
import type { GNode } from '../api.ts';
import { CONFIDENCE_LINE, POLARITY_COLOURS } from '../graph-style.ts';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** An empty decorative svg of the given size (the legend's text says what it shows). */
function iconSvg(width: number, height: number): SVGElement {
  const svg = document.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
  svg.setAttribute('width', String(width));
  svg.setAttribute('height', String(height));
  svg.setAttribute('aria-hidden', 'true');
  return svg;
}

function shapeSvg(label: LabelName): SVGElement {
  const def = LABELS[label];
  const ns = SVG_NS;
  const svg = iconSvg(20, 20);
  const text = document.createElementNS(ns, 'text');
  text.setAttribute('x', '10');
  text.setAttribute('y', '15');
  text.setAttribute('text-anchor', 'middle');
  text.setAttribute('font-size', '16');
  text.setAttribute('fill', def.colour);
  text.textContent = def.symbol;
  svg.append(text);
  return svg;
}

function lineSample(colour: string, style: string, dash?: string): SVGElement {
  const ns = SVG_NS;
  const svg = iconSvg(36, 10);
  const line = document.createElementNS(ns, 'line');
  Object.entries({ x1: '1', y1: '5', x2: '35', y2: '5', stroke: colour, 'stroke-width': '3' }).forEach(([k, v]) => line.setAttribute(k, v));
  if (style === 'dashed') line.setAttribute('stroke-dasharray', dash ?? '6 4');
  if (style === 'dotted') line.setAttribute('stroke-dasharray', '2 4');
  svg.append(line);
  return svg;
}

/** A small group node as the canvas draws it: a dashed pill with "+n" inside. */
function groupSample(): SVGElement {
  const ns = SVG_NS;
  const svg = iconSvg(36, 20);
  const rect = document.createElementNS(ns, 'rect');
  const colour = LABELS.Intervention.colour;
  Object.entries({ x: '1.5', y: '1.5', width: '33', height: '17', rx: '5', fill: '#ffffff', stroke: colour, 'stroke-width': '2', 'stroke-dasharray': '4 3' }).forEach(([k, v]) => rect.setAttribute(k, v));
  const text = document.createElementNS(ns, 'text');
  Object.entries({ x: '18', y: '14.5', 'text-anchor': 'middle', 'font-size': '11', 'font-weight': 'bold', fill: colour }).forEach(([k, v]) => text.setAttribute(k, v));
  text.textContent = '+n';
  svg.append(rect, text);
  return svg;
}

export function mountLegend(root: HTMLElement, store: Store) {
  let lastKey = '';
  /** Every municipality the server knows, so the filter is not limited to the loaded graph. */
  let known: GNode[] = [];
  const legend = {
    setMunicipalities(list: GNode[]) {
      known = list;
      lastKey = '';
      legend.render(store.get());
    },
    render(s: State): void {
      const lang = s.lang;
      const counts = new Map<string, number>();
      // A group is no intervention of its own: the count is of the interventions drawn.
      for (const n of Object.values(s.graph.nodes)) if (!n.group) counts.set(n.label, (counts.get(n.label) ?? 0) + 1);
      const causal = s.view === 'causal';
      const loaded = Object.values(s.graph.nodes).filter((n) => n.label === 'Municipality');
      const municipalities = [...known, ...loaded.filter((m) => !known.some((k) => k.id === m.id))].sort((a, b) => nodeName(a, lang).localeCompare(nodeName(b, lang), lang));
      const chosen = s.filters.municipality ? municipalities.find((m) => m.id === s.filters.municipality) : undefined;
      const server = s.filters.municipality && s.municipalityNodes?.id === s.filters.municipality ? s.municipalityNodes : null;
      const onMap = server ? server.ids.filter((id) => visibleElements(s).nodes.has(id)).length : 0;
      const key = JSON.stringify([lang, causal, s.filters, [...counts], municipalities.map((m) => m.id), server?.total, onMap]);
      if (key === lastKey) return;
      lastKey = key;
      const f = s.filters;
      const toggleLabel = (l: LabelName, on: boolean) =>
        store.dispatch({ type: 'filters', filters: { hiddenLabels: on ? f.hiddenLabels.filter((x) => x !== l) : [...f.hiddenLabels, l] } });
      fill(
        root,
        h(
          'fieldset',
          { class: 'legend' },
          h('legend', {}, `${t(lang, 'legend')}: ${t(lang, 'labels').toLowerCase()}`),
          LABEL_NAMES.map((l) =>
            h(
              'label',
              { class: 'check' },
              h('input', { type: 'checkbox', id: `show-${l}`, checked: !f.hiddenLabels.includes(l), onchange: (ev: Event) => toggleLabel(l, (ev.target as HTMLInputElement).checked) }),
              shapeSvg(l),
              h('span', {}, LABELS[l].plural[lang]),
              h('span', { class: 'count' }, String(counts.get(l) ?? 0)),
            ),
          ),
          h('p', { class: 'hint' }, t(lang, 'kopgroepNote')),
        ),
        h(
          'fieldset',
          { class: 'legend' },
          h('legend', {}, t(lang, 'confidence')),
          CONFIDENCES.map((c) =>
            h(
              'label',
              { class: 'check' },
              h('input', {
                type: 'checkbox',
                id: `show-confidence-${c}`,
                checked: !f.hiddenConfidences.includes(c),
                onchange: (ev: Event) =>
                  store.dispatch({
                    type: 'filters',
                    filters: { hiddenConfidences: (ev.target as HTMLInputElement).checked ? f.hiddenConfidences.filter((x) => x !== c) : [...f.hiddenConfidences, c] },
                  }),
              }),
              lineSample('#333333', CONFIDENCE_LINE[c] ?? 'solid'),
              h('span', {}, CONFIDENCE_NAMES[c][lang]),
            ),
          ),
        ),
        h(
          'div',
          { class: 'legend static', role: 'group', 'aria-label': t(lang, 'polarity') },
          h('p', { class: 'legend-title' }, t(lang, 'polarity')),
          h(
            'ul',
            { class: 'plain' },
            POLARITIES.map((p) => h('li', {}, lineSample(POLARITY_COLOURS[p] ?? '#333', 'solid'), h('strong', { class: 'pol' }, p === '-' ? '−' : p), ' ', POLARITY_NAMES[p][lang])),
          ),
        ),
        causal
          ? h(
              'div',
              { class: 'legend static', id: 'legend-causal', role: 'group', 'aria-label': t(lang, 'viewCausal') },
              h('p', { class: 'legend-title' }, t(lang, 'viewCausal')),
              h('ul', { class: 'plain' }, h('li', {}, groupSample(), ' ', t(lang, 'legendGroup')), h('li', {}, t(lang, 'legendRank'))),
            )
          : null,
        h(
          'div',
          { class: 'field' },
          h('label', { for: 'filter-domain' }, t(lang, 'domain')),
          deferredChange(
            h('select', { id: 'filter-domain' }, h('option', { value: '' }, t(lang, 'all')), DOMAINS.map((d) => h('option', { value: d, selected: f.domain === d }, DOMAIN_NAMES[d][lang]))),
            (value) => store.dispatch({ type: 'filters', filters: { domain: value || null } }),
          ),
        ),
        h(
          'div',
          { class: 'field' },
          h('label', { for: 'filter-municipality' }, t(lang, 'municipality')),
          deferredChange(
            h('select', { id: 'filter-municipality' }, h('option', { value: '' }, t(lang, 'all')), municipalities.map((m) => h('option', { value: m.id, selected: f.municipality === m.id }, nodeName(m, lang)))),
            (value) => store.dispatch({ type: 'filters', filters: { municipality: value || null } }),
          ),
          f.municipality
            ? h(
                'p',
                { class: 'hint', id: 'municipality-status' },
                server
                  ? t(lang, 'municipalityCount', { n: server.total, name: chosen ? nodeName(chosen, lang) : f.municipality, v: onMap })
                  : t(lang, 'municipalityLoading', { name: chosen ? nodeName(chosen, lang) : f.municipality }),
              )
            : null,
        ),
      );
    },
  };
  return legend;
}

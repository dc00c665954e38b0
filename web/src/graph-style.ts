/**
 * The Cytoscape stylesheet, derived from the ontology: each label its colour, text colour, shape
 * and symbol. CAUSES edges carry polarity as label, colour and arrow shape, and confidence as
 * line style, so no meaning rests on colour alone.
 */
import type { StylesheetJson } from 'cytoscape';
import { LABELS } from '../../server/ontology.ts';

export const POLARITY_COLOURS: Record<string, string> = { '+': '#1b5e20', '-': '#a4161a', '?': '#4a4a4a' };
export const CONFIDENCE_LINE: Record<string, 'solid' | 'dashed' | 'dotted'> = {
  established: 'solid',
  indicative: 'dashed',
  hypothesis: 'dotted',
};

/**
 * `big` (thousands of elements): every property costs per element when styles are computed, so
 * the big sheet leaves out what cannot be seen at the zoom such a view is fitted at: label
 * backgrounds, wrapping (one measurement per word), the polarity signs on edges and arrows.
 * Polarity and confidence still show as edge colour and line style.
 */
export function stylesheet(big: boolean): StylesheetJson {
  // Cytoscape applies every property of every matching rule to each element one by one (a third
  // of a big view's first draw), so the big sheet also leaves out what equals Cytoscape's
  // default (no wrapping, no arrows) or styles an arrow it does not draw.
  const labelBox = big
    ? {}
    : {
        'text-wrap': 'wrap' as const,
        'text-max-width': '110px',
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.85,
        'text-background-padding': '2px',
        'text-background-shape': 'roundrectangle' as const,
      };
  const s: StylesheetJson = [
    {
      selector: 'node',
      style: {
        label: 'data(display)',
        'font-family': 'system-ui, "Segoe UI", Roboto, sans-serif',
        'font-size': 11,
        ...labelBox,
        'text-valign': 'bottom',
        'text-margin-y': 4,
        color: '#1a1a1a',
        width: 30,
        height: 30,
        'border-width': 1.5,
        'border-color': '#ffffff',
        'min-zoomed-font-size': big ? 10 : 0,
        // Per label, from the ontology, carried in the node's data (canvas.ts nodeData): one
        // mapped rule styles thousands of nodes far faster than one selector per label.
        'background-color': 'data(colour)',
        shape: 'data(shape)' as 'ellipse',
      },
    },
    // The network itself and signatories (kopgroep) stand out by size and a thick dark border.
    { selector: 'node[?signatory]', style: { 'border-width': 5, 'border-color': '#000000', width: 38, height: 38, 'font-weight': 'bold' } },
    { selector: 'node[?hub]', style: { width: 54, height: 54, 'font-size': 13, 'font-weight': 'bold' } },
    {
      selector: 'edge',
      style: {
        width: 1.5,
        'line-color': '#9aa0a6',
        ...(big ? {} : { 'target-arrow-color': '#9aa0a6', 'target-arrow-shape': 'triangle' as const, 'arrow-scale': 0.8 }),
        'curve-style': big ? 'haystack' : 'bezier',
        opacity: 0.9,
      },
    },
    {
      selector: 'edge[type = "CAUSES"]',
      style: big
        ? { width: 2.5 }
        : {
            width: 2.5,
            label: 'data(polaritySymbol)',
            'font-size': 14,
            'font-weight': 'bold',
            'text-background-color': '#ffffff',
            'text-background-opacity': 1,
            'text-background-padding': '1px',
            'text-background-shape': 'roundrectangle',
          },
    },
    ...Object.entries(POLARITY_COLOURS).map(([p, c]) => ({
      selector: `edge[polarity = "${p}"]`,
      style: big ? { 'line-color': c } : { 'line-color': c, 'target-arrow-color': c, color: c, 'target-arrow-shape': p === '-' ? 'tee' : 'triangle' },
    })),
    ...Object.entries(CONFIDENCE_LINE).map(([c, style]) => ({
      selector: `edge[confidence = "${c}"]`,
      style: { 'line-style': style, ...(style === 'dotted' ? { 'line-dash-pattern': [2, 4] } : {}) },
    })),
    { selector: 'edge[type = "ADDRESSES"]', style: { 'line-color': LABELS.Intervention.colour, ...(big ? {} : { 'target-arrow-color': LABELS.Intervention.colour }), width: 2 } },
    // Causal chains are fitted into the canvas whole, column by column: a large font in narrow
    // columns (more lines, less width) reads best at the zoom that fit gives.
    { selector: 'node.causal', style: { 'font-size': 20, width: 32, height: 32, 'text-max-width': '140px' } },
    // A group of the causal view ("+7 interventies"): the lower-ranked interventions it stands
    // for are not drawn one by one. Not a hexagon like an intervention but a dashed, open pill
    // with the count inside, so shape, line and text say it, not colour alone.
    {
      selector: 'node[?group]',
      style: {
        shape: 'round-rectangle',
        width: 'data(width)',
        height: 30,
        'background-color': '#ffffff',
        'border-width': 2.5,
        'border-style': 'dashed',
        'border-color': LABELS.Intervention.colour,
        color: LABELS.Intervention.colour,
        'font-size': 15,
        'font-weight': 'bold',
        'text-valign': 'center',
        'text-halign': 'center',
        'text-margin-y': 0,
        'text-wrap': 'none',
        'text-background-opacity': 0,
      },
    },
    { selector: '.hidden', style: { display: 'none' } },
    { selector: 'node:selected', style: { 'overlay-color': '#01689b', 'overlay-opacity': 0.25, 'overlay-padding': 6, 'border-color': '#01689b', 'border-width': 4 } },
    // The claim whose card is open: drawn wider, with a band under it (not colour alone).
    { selector: 'edge.claimed', style: { width: 6, 'underlay-color': '#01689b', 'underlay-opacity': 0.3, 'underlay-padding': 5, 'z-index': 20 } },
    { selector: '.faded', style: { opacity: 0.3 } },
    { selector: 'node.path', style: { 'border-color': '#ffb612', 'border-width': 6 } },
    { selector: 'edge.path', style: { width: 5, 'z-index': 10 } },
    { selector: 'edge.loop', style: { 'underlay-color': '#ffb612', 'underlay-opacity': 0.6, 'underlay-padding': 4 } },
    // A preview of a proposal (diff.ts): new dashed, changed double, besides the sign in the name
    // and a band of colour (so that the difference never rests on colour alone).
    { selector: 'node[diff = "new"]', style: { 'border-width': 4, 'border-style': 'dashed', 'border-color': '#000000', 'underlay-color': '#39870c', 'underlay-opacity': 0.35, 'underlay-padding': 6 } },
    { selector: 'node[diff = "changed"]', style: { 'border-width': 7, 'border-style': 'double', 'border-color': '#000000', 'underlay-color': '#ffb612', 'underlay-opacity': 0.45, 'underlay-padding': 6 } },
    { selector: 'edge[diff = "new"]', style: { 'line-style': 'dashed', width: 4 } },
    { selector: 'edge[diff = "changed"]', style: { 'line-style': 'dotted', width: 4 } },
  ];
  return s;
}

/**
 * Export the view: PNG from Cytoscape, SVG drawn from the node positions (shapes by label, edges
 * with their polarity and confidence styles), JSON and CSV of the visible data. Downloads go
 * through blob links, so nothing leaves the browser.
 */
import type { Core } from 'cytoscape';
import { LABELS, isLabel } from '../../server/ontology.ts';
import { exportData, nodeName, visibleElements, type State } from './state.ts';
import { CONFIDENCE_LINE, POLARITY_COLOURS } from './graph-style.ts';

export function download(filename: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

const stamp = () => new Date().toISOString().slice(0, 10);

export function exportPng(cy: Core): void {
  const blob = cy.png({ output: 'blob', full: true, bg: '#ffffff', scale: 2, maxWidth: 6000, maxHeight: 6000 });
  download(`newtowns-${stamp()}.png`, blob);
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function shapePath(shape: string, x: number, y: number, r: number): string {
  const poly = (n: number, rot = -Math.PI / 2) =>
    Array.from({ length: n }, (_, i) => `${x + r * Math.cos(rot + (2 * Math.PI * i) / n)},${y + r * Math.sin(rot + (2 * Math.PI * i) / n)}`).join(' ');
  switch (shape) {
    case 'ellipse':
      return `<circle cx="${x}" cy="${y}" r="${r}"`;
    case 'triangle':
    case 'round-triangle':
      return `<polygon points="${poly(3)}"`;
    case 'diamond':
      return `<polygon points="${poly(4)}"`;
    case 'hexagon':
      return `<polygon points="${poly(6, 0)}"`;
    case 'octagon':
      return `<polygon points="${poly(8, Math.PI / 8)}"`;
    case 'star': {
      const pts = Array.from({ length: 10 }, (_, i) => {
        const rr = i % 2 ? r * 0.45 : r;
        const a = -Math.PI / 2 + (Math.PI * i) / 5;
        return `${x + rr * Math.cos(a)},${y + rr * Math.sin(a)}`;
      });
      return `<polygon points="${pts.join(' ')}"`;
    }
    case 'round-rectangle':
    case 'barrel':
      return `<rect x="${x - r}" y="${y - r}" width="${2 * r}" height="${2 * r}" rx="${r / 3}"`;
    default:
      return `<rect x="${x - r}" y="${y - r}" width="${2 * r}" height="${2 * r}"`;
  }
}

export function buildSvg(cy: Core, s: State): string {
  const vis = visibleElements(s);
  const nodes = cy.nodes().filter((n) => vis.nodes.has(n.id()));
  const bb = nodes.boundingBox({ includeLabels: true });
  const pad = 40;
  const w = Math.max(1, bb.w + 2 * pad);
  const hgt = Math.max(1, bb.h + 2 * pad);
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${bb.x1 - pad} ${bb.y1 - pad} ${w} ${hgt}" width="${Math.round(w)}" height="${Math.round(hgt)}" font-family="system-ui, sans-serif">`,
    `<title>New Towns</title>`,
    `<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="6" markerHeight="6" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="context-stroke"/></marker></defs>`,
    `<rect x="${bb.x1 - pad}" y="${bb.y1 - pad}" width="${w}" height="${hgt}" fill="#ffffff"/>`,
  ];
  cy.edges().forEach((e) => {
    if (!vis.edges.has(e.id())) return;
    const a = e.source().position();
    const b = e.target().position();
    const pol = e.data('polarity') as string | undefined;
    const colour = pol ? POLARITY_COLOURS[pol] ?? '#555' : '#9aa0a6';
    const line = CONFIDENCE_LINE[(e.data('confidence') as string | undefined) ?? ''] ?? 'solid';
    const dash = line === 'dashed' ? ' stroke-dasharray="6 4"' : line === 'dotted' ? ' stroke-dasharray="2 4"' : '';
    // Stop the line at the target's edge so the arrow shows.
    const dx = b.x - a.x;
    const dy = b.y - a.y;
    const len = Math.hypot(dx, dy) || 1;
    const ex = b.x - (dx / len) * 17;
    const ey = b.y - (dy / len) * 17;
    out.push(`<line x1="${a.x}" y1="${a.y}" x2="${ex}" y2="${ey}" stroke="${colour}" stroke-width="${pol ? 2.5 : 1.5}"${dash} marker-end="url(#arrow)"><title>${esc(String(e.data('type')))}</title></line>`);
    if (pol) out.push(`<text x="${(a.x + b.x) / 2}" y="${(a.y + b.y) / 2}" font-size="14" font-weight="bold" fill="${colour}" text-anchor="middle">${pol === '-' ? '−' : esc(pol)}</text>`);
  });
  nodes.forEach((n) => {
    const label = n.data('label') as string;
    if (!isLabel(label)) return;
    const def = LABELS[label];
    const p = n.position();
    if (n.data('group')) {
      // As on the canvas: a dashed, open pill with "+n interventies" inside.
      const w = Number(n.data('width')) || 120;
      out.push(`<rect x="${p.x - w / 2}" y="${p.y - 15}" width="${w}" height="30" rx="8" fill="#ffffff" stroke="${def.colour}" stroke-width="2.5" stroke-dasharray="6 4"/>`);
      out.push(`<text x="${p.x}" y="${p.y + 5}" font-size="14" font-weight="bold" text-anchor="middle" fill="${def.colour}">${esc(String(n.data('display')))}</text>`);
      return;
    }
    const signatory = Boolean(n.data('signatory'));
    out.push(`${shapePath(def.shape, p.x, p.y, 15)} fill="${def.colour}" stroke="${signatory ? '#000' : '#fff'}" stroke-width="${signatory ? 4 : 1.5}"/>`);
    out.push(`<text x="${p.x}" y="${p.y + 5}" font-size="12" text-anchor="middle" fill="${def.textColour}">${esc(def.symbol)}</text>`);
    // One line: the canvas's own line breaks (and the hyphens it split long words with) go.
    const text = String(n.data('display')).replace(/-\n/g, '').replace(/\n/g, ' ');
    out.push(`<text x="${p.x}" y="${p.y + 30}" font-size="11" text-anchor="middle" fill="#1a1a1a">${esc(text)}</text>`);
  });
  out.push('</svg>');
  return out.join('\n');
}

export function exportSvg(cy: Core, s: State): void {
  download(`newtowns-${stamp()}.svg`, new Blob([buildSvg(cy, s)], { type: 'image/svg+xml' }));
}

/** The real data of the view: the causal view's groups give way to their interventions. */
const visibleData = exportData;

export function exportJson(s: State): void {
  const d = visibleData(s);
  const body = { exportedAt: new Date().toISOString(), view: s.view, nodes: d.nodes, edges: d.edges };
  download(`newtowns-${stamp()}.json`, new Blob([JSON.stringify(body, null, 2)], { type: 'application/json' }));
}

const csvCell = (v: unknown): string => {
  const text = v === null || v === undefined ? '' : Array.isArray(v) ? v.join('; ') : String(v);
  // Quote everything that could break a row, and defuse spreadsheet formulas.
  const safe = /^[=+\-@]/.test(text) && text.length > 1 ? `'${text}` : text;
  return /[",\n;]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
};

export function toCsv(s: State): string {
  const d = visibleData(s);
  const header = ['element', 'id', 'label_or_type', 'name', 'source', 'target', 'polarity', 'confidence', 'sources'];
  const rows = [
    ...d.nodes.map((n) => ['node', n.id, n.label, nodeName(n, s.lang), '', '', '', '', '']),
    ...d.edges.map((e) => ['edge', e.id, e.type, '', e.source, e.target, e.properties.polarity, e.properties.confidence, e.properties.sources]),
  ];
  return [header, ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

export function exportCsv(s: State): void {
  download(`newtowns-${stamp()}.csv`, new Blob(['\ufeff' + toCsv(s)], { type: 'text/csv;charset=utf-8' }));
}

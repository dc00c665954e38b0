/**
 * Exports fit for a meeting: the map as SVG and PNG (one drawing: the PNG is the SVG rendered)
 * with a title, the town or challenge, a legend of what is on it, the caveat and the date, and no
 * selection halo; JSON of the visible data; CSV in the reader's language with names, notes and
 * sources, semicolon-separated with a UTF-8 BOM as Dutch spreadsheets expect; the comparison as
 * CSV and SVG too. Downloads go through blob links, so nothing leaves the browser.
 */
import type { Core } from 'cytoscape';
import { CONFIDENCE_NAMES, CONFIDENCES, LABELS, POLARITIES, POLARITY_NAMES, RELATIONSHIPS, isLabel, isRelationshipType, type Lang, type LabelName } from '../../server/ontology.ts';
import { sources as askSources, type Comparison, type SourceRef } from './api.ts';
import { formatDate, t } from './i18n.ts';
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

/** What the picture is of: the view, and the town or challenge it is about. */
function heading(s: State): { title: string; subtitle: string } {
  const lang = s.lang;
  const name = (id: string | null) => (id && s.graph.nodes[id] ? nodeName(s.graph.nodes[id]!, lang) : null);
  const town = s.filters.municipality ? name(s.filters.municipality) ?? s.filters.municipality : null;
  if (s.view === 'causal') {
    return { title: `${t(lang, 'viewCausal')}: ${name(s.challenge) ?? '—'}`, subtitle: [town ? `${t(lang, 'municipality')}: ${town}` : null].filter(Boolean).join(' · ') };
  }
  const base = s.graph.base !== 'overview' ? name(s.graph.base) : null;
  return { title: `${t(lang, 'exportNetwork')}${base ? `: ${base}` : ''}`, subtitle: [town ? `${t(lang, 'municipality')}: ${town}` : null, t(lang, 'title')].filter(Boolean).join(' · ') };
}

/** Lines of at most `max` characters, at spaces. */
function lines(text: string, max: number): string[] {
  const out: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && line.length + word.length + 1 > max) {
      out.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) out.push(line);
  return out;
}

const FONT = 'font-family="system-ui, Segoe UI, Roboto, Arial, sans-serif"';

/**
 * A sheet around a drawing: title and subtitle above; legend, caveat and date below. `body` is
 * drawn in a box of `w` by `h` at the origin.
 */
function sheet(lang: Lang, head: { title: string; subtitle: string }, legend: string[], w: number, h: number, body: string): string {
  const width = Math.max(w, 760);
  const top = 86;
  const legendTop = top + h + 24;
  const legendRows = Math.ceil(legend.length / 3);
  const caveat = lines(t(lang, 'caveat'), Math.floor(width / 7.2));
  const bottom = legendTop + legendRows * 24 + 16;
  const height = bottom + caveat.length * 18 + 40;
  const col = width / 3;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${Math.round(width + 48)}" height="${Math.round(height)}" viewBox="-24 0 ${Math.round(width + 48)} ${Math.round(height)}" ${FONT}>`,
    `<title>${esc(head.title)}</title>`,
    `<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="6" markerHeight="6" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="context-stroke"/></marker></defs>`,
    `<rect x="-24" y="0" width="${width + 48}" height="${height}" fill="#ffffff"/>`,
    `<rect x="-24" y="0" width="${width + 48}" height="8" fill="#154273"/>`,
    `<text x="0" y="44" font-size="24" font-weight="bold" fill="#154273">${esc(head.title)}</text>`,
    head.subtitle ? `<text x="0" y="70" font-size="15" fill="#333333">${esc(head.subtitle)}</text>` : '',
    `<g transform="translate(${(width - w) / 2} ${top})">${body}</g>`,
    `<line x1="0" y1="${legendTop - 12}" x2="${width}" y2="${legendTop - 12}" stroke="#cccccc"/>`,
    `<g font-size="13" fill="#1a1a1a">${legend.map((item, i) => `<g transform="translate(${(i % 3) * col} ${legendTop + Math.floor(i / 3) * 24})">${item}</g>`).join('')}</g>`,
    `<g font-size="13" fill="#1a1a1a">${caveat.map((l, i) => `<text x="0" y="${bottom + 14 + i * 18}">${esc(l)}</text>`).join('')}</g>`,
    `<text x="0" y="${height - 14}" font-size="12" fill="#535353">${esc(t(lang, 'exportedOn', { date: formatDate(new Date().toISOString(), lang) }))}</text>`,
    '</svg>',
  ].join('\n');
}

/** The legend of a map: the kinds of node on it, the polarities and confidences of its claims. */
function mapLegend(lang: Lang, labels: Set<LabelName>, hasClaims: boolean): string[] {
  const out = [...labels].map((l) => {
    const def = LABELS[l];
    return `${shapePath(def.shape, 9, 0, 8)} fill="${def.colour}"/><text x="24" y="5">${esc(def.plural[lang])}</text>`;
  });
  if (!hasClaims) return out;
  for (const p of POLARITIES) out.push(`<line x1="0" y1="0" x2="18" y2="0" stroke="${POLARITY_COLOURS[p] ?? '#333'}" stroke-width="3"/><text x="24" y="5">${esc(`${p === '-' ? '−' : p} ${POLARITY_NAMES[p][lang]}`)}</text>`);
  for (const c of CONFIDENCES) {
    const line = CONFIDENCE_LINE[c];
    const dash = line === 'dashed' ? ' stroke-dasharray="6 4"' : line === 'dotted' ? ' stroke-dasharray="2 4"' : '';
    out.push(`<line x1="0" y1="0" x2="18" y2="0" stroke="#333333" stroke-width="3"${dash}/><text x="24" y="5">${esc(`${t(lang, 'confidence')}: ${CONFIDENCE_NAMES[c][lang]}`)}</text>`);
  }
  return out;
}

export function buildSvg(cy: Core, s: State): string {
  const vis = visibleElements(s);
  const nodes = cy.nodes().filter((n) => vis.nodes.has(n.id()));
  const bb = nodes.boundingBox({ includeLabels: true });
  const pad = 30;
  const w = Math.max(1, bb.w + 2 * pad);
  const hgt = Math.max(1, bb.h + 2 * pad);
  const out: string[] = [`<g transform="translate(${pad - bb.x1} ${pad - bb.y1})">`];
  let claims = false;
  cy.edges().forEach((e) => {
    if (!vis.edges.has(e.id())) return;
    const a = e.source().position();
    const b = e.target().position();
    const pol = e.data('polarity') as string | undefined;
    if (pol) claims = true;
    const colour = pol ? POLARITY_COLOURS[pol] ?? '#555' : '#9aa0a6';
    const line = CONFIDENCE_LINE[(e.data('confidence') as string | undefined) ?? ''] ?? 'solid';
    const dash = line === 'dashed' ? ' stroke-dasharray="6 4"' : line === 'dotted' ? ' stroke-dasharray="2 4"' : '';
    // Stop the line at the target's edge so the arrow shows.
    const dx = b.x - a.x;
    const dy = b.y - a.y;
    const len = Math.hypot(dx, dy) || 1;
    const ex = b.x - (dx / len) * 17;
    const ey = b.y - (dy / len) * 17;
    const type = String(e.data('type'));
    out.push(`<line x1="${a.x}" y1="${a.y}" x2="${ex}" y2="${ey}" stroke="${colour}" stroke-width="${pol ? 2.5 : 1.5}"${dash} marker-end="url(#arrow)"><title>${esc(isRelationshipType(type) ? RELATIONSHIPS[type].names[s.lang] : type)}</title></line>`);
    if (pol) out.push(`<text x="${(a.x + b.x) / 2}" y="${(a.y + b.y) / 2}" font-size="14" font-weight="bold" fill="${colour}" text-anchor="middle">${pol === '-' ? '−' : esc(pol)}</text>`);
  });
  const labels = new Set<LabelName>();
  nodes.forEach((n) => {
    const label = n.data('label') as string;
    if (!isLabel(label)) return;
    labels.add(label);
    const def = LABELS[label];
    const p = n.position();
    if (n.data('group')) {
      // As on the canvas: a dashed, open pill with "+n interventies" inside.
      const w = Number(n.data('width')) || 120;
      out.push(`<rect x="${p.x - w / 2}" y="${p.y - 15}" width="${w}" height="30" rx="8" fill="#ffffff" stroke="${def.colour}" stroke-width="2.5" stroke-dasharray="6 4"/>`);
      out.push(`<text x="${p.x}" y="${p.y + 5}" font-size="14" font-weight="bold" text-anchor="middle" fill="${def.colour}">${esc(String(n.data('display')))}</text>`);
      return;
    }
    // No selection halo: the picture is of the graph, not of where the reader clicked.
    const signatory = Boolean(n.data('signatory'));
    out.push(`${shapePath(def.shape, p.x, p.y, 15)} fill="${def.colour}" stroke="${signatory ? '#000' : '#fff'}" stroke-width="${signatory ? 4 : 1.5}"/>`);
    out.push(`<text x="${p.x}" y="${p.y + 5}" font-size="12" text-anchor="middle" fill="${def.textColour}">${esc(def.symbol)}</text>`);
    // The canvas's own line breaks (and the hyphens it split long words with) as lines of text.
    const text = String(n.data('display')).replace(/-\n/g, '\u0000').split('\n').map((l) => l.replace(/\u0000/g, '-'));
    const size = s.view === 'causal' ? 16 : 12;
    out.push(`<text x="${p.x}" y="${p.y + 32}" font-size="${size}" text-anchor="middle" fill="#1a1a1a">${text.map((l, i) => `<tspan x="${p.x}" dy="${i ? size * 1.15 : 0}">${esc(l)}</tspan>`).join('')}</text>`);
  });
  out.push('</g>');
  return sheet(s.lang, heading(s), mapLegend(s.lang, labels, claims), w, hgt, out.join('\n'));
}

export function exportSvg(cy: Core, s: State): void {
  download(`newtowns-${stamp()}.svg`, new Blob([buildSvg(cy, s)], { type: 'image/svg+xml' }));
}

/** An SVG as a PNG of twice its size: the browser draws it on a canvas. */
async function svgToPng(svg: string): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    const scale = Math.min(2, 8000 / Math.max(img.width, img.height));
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(img.width * scale);
    canvas.height = Math.round(img.height * scale);
    const ctx = canvas.getContext('2d')!;
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG could not be made'))), 'image/png'));
  } finally {
    URL.revokeObjectURL(url);
  }
}

export async function exportPng(cy: Core, s: State): Promise<void> {
  download(`newtowns-${stamp()}.png`, await svgToPng(buildSvg(cy, s)));
}

/** The real data of the view: the causal view's groups give way to their interventions. */
const visibleData = exportData;

export function exportJson(s: State): void {
  const d = visibleData(s);
  const body = { exportedAt: new Date().toISOString(), view: s.view, nodes: d.nodes, edges: d.edges };
  download(`newtowns-${stamp()}.json`, new Blob([JSON.stringify(body, null, 2)], { type: 'application/json' }));
}

export const csvCell = (v: unknown): string => {
  const text = v === null || v === undefined ? '' : Array.isArray(v) ? v.join('; ') : String(v);
  // Quote everything that could break a row, and defuse spreadsheet formulas.
  const safe = /^[=+\-@\t\r]/.test(text) && text.length > 1 ? `'${text}` : text;
  return /[",\n\r;]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
};
/** Semicolons: what a spreadsheet set to Dutch splits on (a comma is the decimal sign there). */
const csvRows = (rows: unknown[][]): string => rows.map((r) => r.map(csvCell).join(';')).join('\r\n') + '\r\n';

const sourceText = (src: SourceRef | undefined, id: string, lang: Lang) =>
  src ? [(lang === 'en' && src.nameEn) || src.name, src.publisher, src.year].filter(Boolean).join(', ') + (src.url ? ` <${src.url}>` : '') : id;
const asList = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : typeof v === 'string' ? [v] : []);

/**
 * The visible data as a table in the reader's language: a row per node (kind, name, description)
 * and a row per claim (from, relationship, to, direction, confidence, note, sources by name,
 * publisher and year), with the ids last for whoever joins it to other data.
 */
export function toCsv(s: State, sources: Map<string, SourceRef> = new Map()): string {
  const lang = s.lang;
  const d = visibleData(s);
  const names = new Map(d.nodes.map((n) => [n.id, nodeName(n, lang)]));
  const text = (en: unknown, nl: unknown) => String((lang === 'en' ? en ?? nl : nl ?? en) ?? '');
  const header = [t(lang, 'csvElement'), t(lang, 'csvKind'), t(lang, 'csvName'), t(lang, 'csvFrom'), t(lang, 'relation'), t(lang, 'csvTo'), t(lang, 'direction'), t(lang, 'confidence'), t(lang, 'note'), t(lang, 'csvSources'), t(lang, 'csvId')];
  const rows: unknown[][] = [
    ...d.nodes.map((n) => [t(lang, 'csvNode'), isLabel(n.label) ? LABELS[n.label].names[lang] : n.label, nodeName(n, lang), '', '', '', '', '', '', '', n.id]),
    ...d.edges.map((e) => {
      const p = e.properties;
      const pol = p.polarity as keyof typeof POLARITY_NAMES | undefined;
      const conf = p.confidence as keyof typeof CONFIDENCE_NAMES | undefined;
      return [
        t(lang, 'csvEdge'),
        isRelationshipType(e.type) ? RELATIONSHIPS[e.type].names[lang] : e.type,
        '',
        names.get(e.source) ?? e.source,
        isRelationshipType(e.type) ? RELATIONSHIPS[e.type].names[lang] : e.type,
        names.get(e.target) ?? e.target,
        pol && POLARITY_NAMES[pol] ? `${pol === '-' ? '−' : pol} ${POLARITY_NAMES[pol][lang]}` : '',
        conf && CONFIDENCE_NAMES[conf] ? CONFIDENCE_NAMES[conf][lang] : '',
        text(p.noteEn, p.note),
        asList(p.sources).map((id) => sourceText(sources.get(id), id, lang)).join(' | '),
        e.id,
      ];
    }),
  ];
  return csvRows([header, ...rows]);
}

export async function exportCsv(s: State): Promise<void> {
  const ids = [...new Set(visibleData(s).edges.flatMap((e) => asList(e.properties.sources)))];
  const sources = ids.length ? await askSources(ids) : new Map<string, SourceRef>();
  download(`newtowns-${stamp()}.csv`, new Blob(['\ufeff' + toCsv(s, sources)], { type: 'text/csv;charset=utf-8' }));
}

// ---------------------------------------------------------------------------------------------
// The comparison

const refName = (n: { name: string; nameEn: string | null }, lang: Lang) => (lang === 'en' && n.nameEn) || n.name;

/** A row per challenge or opportunity, a column per town: yes/no, how, and on which sources. */
export function compareCsv(c: Comparison, lang: Lang): string {
  const header = [`${LABELS.Challenge.names[lang]} / ${LABELS.Opportunity.names[lang]}`, t(lang, 'csvKind'), ...c.municipalities.map((m) => refName(m, lang)), ...c.municipalities.map((m) => `${t(lang, 'csvSources')}: ${refName(m, lang)}`)];
  const rows = c.rows.map((r) => [
    refName(r.node, lang),
    LABELS[r.node.label].names[lang],
    ...r.cells.map((cell) =>
      cell.present
        ? [t(lang, 'yes'), cell.direct ? t(lang, 'compareItself') : null, cell.neighbourhoods.length ? t(lang, 'compareVia', { names: cell.neighbourhoods.map((n) => refName(n, lang)).join(', ') }) : null].filter(Boolean).join(' — ')
        : t(lang, 'no'),
    ),
    ...r.cells.map((cell) => cell.sources.map((src) => sourceText(src, src.id, lang)).join(' | ')),
  ]);
  return csvRows([header, ...rows]);
}

export function exportCompareCsv(c: Comparison, lang: Lang): void {
  download(`newtowns-vergelijking-${stamp()}.csv`, new Blob(['\ufeff' + compareCsv(c, lang)], { type: 'text/csv;charset=utf-8' }));
}

/** The comparison as a picture: the table's rows with a mark per town, on the same sheet as the maps. */
export function compareSvg(c: Comparison, lang: Lang): string {
  const nameW = 300;
  const colW = 130;
  const rowH = 26;
  const w = nameW + c.municipalities.length * colW;
  const h = (c.rows.length + 1) * rowH + 8;
  const out: string[] = [];
  c.municipalities.forEach((m, i) => out.push(`<text x="${nameW + i * colW + colW / 2}" y="18" font-size="14" font-weight="bold" text-anchor="middle">${esc(refName(m, lang))}</text>`));
  c.rows.forEach((r, j) => {
    const y = (j + 1) * rowH;
    if (j % 2 === 0) out.push(`<rect x="0" y="${y}" width="${w}" height="${rowH}" fill="#f3f3f3"/>`);
    const def = LABELS[r.node.label];
    out.push(`<text x="4" y="${y + 18}" font-size="13"><tspan fill="${def.colour}">${esc(def.symbol)}</tspan> ${esc(lines(refName(r.node, lang), 40)[0] ?? '')}</text>`);
    r.cells.forEach((cell, i) => {
      const x = nameW + i * colW + colW / 2;
      out.push(cell.present ? `<text x="${x}" y="${y + 18}" font-size="14" font-weight="bold" fill="#1b5e20" text-anchor="middle">✓ ${esc(t(lang, 'yes'))}</text>` : `<text x="${x}" y="${y + 18}" font-size="14" fill="#535353" text-anchor="middle">—</text>`);
    });
  });
  const labels = new Set<LabelName>(c.rows.map((r) => r.node.label));
  const legend = [...mapLegend(lang, labels, false), `<text x="0" y="5">✓ ${esc(t(lang, 'yes'))} · — ${esc(t(lang, 'no'))}</text>`];
  return sheet(lang, { title: t(lang, 'exportCompare'), subtitle: c.municipalities.map((m) => refName(m, lang)).join(' · ') }, legend, w, h, `<g font-size="13" fill="#1a1a1a">${out.join('\n')}</g>`);
}

export function exportCompareSvg(c: Comparison, lang: Lang): void {
  download(`newtowns-vergelijking-${stamp()}.svg`, new Blob([compareSvg(c, lang)], { type: 'image/svg+xml' }));
}

/**
 * The graph canvas (Cytoscape). It mirrors the store: elements are added and removed by diff, the
 * filters become a `hidden` class, and layouts run in full only for a new base graph; expanding
 * places the new nodes around their anchor and leaves every other node where it was.
 */
import cytoscape, { type Core, type ElementDefinition, type LayoutOptions, type NodeSingular } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { isLabel, LABELS, type Lang } from '../../../server/ontology.ts';
import type { GEdge, GNode } from '../api.ts';
import { nodeName, visibleElements, type State } from '../state.ts';
import { stylesheet } from '../graph-style.ts';
import { fastLayout } from './fast-layout.ts';
import { hyphenator, type Hyphenate } from '../hyphenation.ts';
import { wrapLabel } from '../wrap.ts';

cytoscape.use(fcose);

// dagre (with graphlib) is only for the causal view: loaded on its first use, not with the page.
let dagreLoaded: Promise<void> | null = null;
let dagreReady = false;
const loadDagre = () =>
  (dagreLoaded ??= import('cytoscape-dagre').then(
    (m) => {
      cytoscape.use(m.default);
      dagreReady = true;
    },
    (e: unknown) => ((dagreLoaded = null), Promise.reject(e)),
  ));

/**
 * Above this many elements the canvas trades looks for speed: haystack edges, no arrows, labels
 * only when zoomed in, a cached texture while panning.
 */
export const BIG = 1500;
/**
 * Above this many, `?webgl=1` turns on Cytoscape's experimental WebGL renderer. Off by default:
 * in headless Chromium without a GPU it panned at ~1 frame/s against ~60 for the canvas with
 * textureOnViewport (test/bench/web.ts); worth re-measuring on real hardware.
 */
export const HUGE = 5000;
/** Up to this many elements the layout is animated (from where the nodes were). */
const ANIMATE = 600;
/**
 * Above this many elements fastLayout replaces fcose. fcose (quality 'default') needs over a
 * second for 900 elements in headless Chromium here; fastLayout a tenth of that. Its 'draft'
 * mode (spectral only) is hardly faster than fastLayout is at 10,000 and leaves hubs and their
 * leaves in one clump. The same line as animation: below it the look is fcose's, as always.
 */
const FAST_LAYOUT = ANIMATE;
export const reducedMotion = (): boolean => matchMedia('(prefers-reduced-motion: reduce)').matches;

export interface CanvasEvents {
  select(id: string | null): void;
  expand(id: string): void;
}

const NETWORK_ID = 'actor:leernetwerk-toekomstbestendige-new-towns';

let measure: CanvasRenderingContext2D | null = null;
/** The width of a group's pill: its text (bold, as styled) and some room either side. */
function pillWidth(text: string): number {
  measure ??= document.createElement('canvas').getContext('2d');
  if (!measure) return text.length * 9 + 28;
  measure.font = 'bold 15px system-ui, "Segoe UI", Roboto, sans-serif';
  return Math.ceil(measure.measureText(text).width) + 28;
}

/** The causal view's labels: font and wrapping width as in graph-style.ts (node.causal). */
const CAUSAL_FONT = '20px system-ui, "Segoe UI", Roboto, sans-serif';
const CAUSAL_WIDTH = 140;
const CAUSAL_WORD = 175;
const wrapped = new Map<string, string>();

/**
 * A label in lines of at most CAUSAL_WIDTH as measured in the canvas's font (wrap.ts), a word
 * too long for one line split at a break point of the language once its hyphenation patterns
 * have loaded (`hyphenate`), by letters until then.
 */
function wrapCausal(text: string, lang: Lang, hyphenate: Hyphenate | null): string {
  const key = `${hyphenate ? lang : '-'}\u0000${text}`;
  const known = wrapped.get(key);
  if (known !== undefined) return known;
  measure ??= document.createElement('canvas').getContext('2d');
  if (!measure) return text;
  measure.font = CAUSAL_FONT;
  const out = wrapLabel(text, { width: CAUSAL_WIDTH, wordWidth: CAUSAL_WORD, measure: (t) => Math.ceil(measure!.measureText(t).width), hyphenate });
  wrapped.set(key, out);
  return out;
}

/**
 * What the canvas writes on a node: its name; in the causal view a drawn intervention's place in
 * the ranking before it ("1. ..."), as numbered in the ranking list beside the map, and the name
 * wrapped in lines (wrapCausal).
 */
export function displayName(n: GNode, s: Pick<State, 'lang' | 'view' | 'hyphens'>): string {
  const name = nodeName(n, s.lang);
  if (n.group || s.view !== 'causal') return name;
  return wrapCausal(n.rank ? `${n.rank}. ${name}` : name, s.lang, s.hyphens.includes(s.lang) ? hyphenator(s.lang) : null);
}

export function nodeData(n: GNode, s: State) {
  const display = displayName(n, s);
  return {
    id: n.id,
    label: n.label,
    display,
    signatory: n.signatory ?? false,
    hub: n.id === NETWORK_ID,
    // A group of lower-ranked interventions (causal view), styled as such (graph-style.ts).
    group: Boolean(n.group),
    ...(n.group ? { members: n.group.members.length, width: pillWidth(display) } : {}),
    ...(n.rank && !n.group ? { rank: n.rank } : {}),
    // Colour and shape as data, mapped in the stylesheet: one rule instead of a selector per
    // label that every node is matched against, which counts at thousands of nodes.
    colour: isLabel(n.label) ? LABELS[n.label].colour : '#777777',
    shape: isLabel(n.label) ? LABELS[n.label].shape : 'ellipse',
  };
}
function edgeData(e: GEdge) {
  const polarity = typeof e.properties.polarity === 'string' ? e.properties.polarity : undefined;
  return {
    id: e.id,
    source: e.source,
    target: e.target,
    type: e.type,
    polarity,
    // U+2212 minus reads better than a hyphen at small sizes.
    polaritySymbol: polarity === '-' ? '−' : polarity ?? '',
    confidence: typeof e.properties.confidence === 'string' ? e.properties.confidence : undefined,
  };
}

/**
 * Gives `cls` to exactly `want` among `all`, touching only the elements whose class changes:
 * every touched element is restyled, and a state change (a selection, a filter) should not
 * restyle thousands of elements that stay as they were.
 */
function setClass(all: cytoscape.CollectionReturnValue, cls: string, want: cytoscape.CollectionReturnValue): void {
  const has = all.filter(`.${cls}`);
  has.difference(want).removeClass(cls);
  want.difference(has).addClass(cls);
}

/** Room between a label and the next node in a column of the causal view (model px). */
const COLUMN_GAP = 12;
/** Room between the two lanes of a column, and what a second lane adds between columns. */
const LANE_GAP = 16;

interface Item {
  id: string;
  x: number;
  y: number;
  /** Extents of node and label around the node's centre. */
  top: number;
  bottom: number;
  left: number;
  right: number;
}
interface Column {
  items: Item[];
  x: number;
  width: number;
  lanes: 1 | 2;
}

const height = (items: { top: number; bottom: number }[]) => items.reduce((sum, c) => sum + c.bottom - c.top + COLUMN_GAP, 0);

/**
 * Top to bottom in dagre's order, each node moved down as far as the one above it needs, then the
 * whole moved back up by half of that, so it stays level with its neighbours.
 */
function sweep(items: Item[]): number[] {
  let shift = 0;
  let below = -Infinity;
  const ys = items.map((c) => {
    let y = c.y + shift;
    const need = below + COLUMN_GAP - (y + c.top);
    if (need > 0) {
      shift += need;
      y += need;
    }
    below = y + c.bottom;
    return y;
  });
  return ys.map((y) => y - shift / 2);
}

/**
 * Positions for columns of one or two lanes; a second lane pushes the columns after it right.
 * `middle`: each lane centred on it, instead of where dagre put it (dagre lines up long chains,
 * which can stretch the whole diagonally).
 */
function place(cols: Column[], middle: number | null): Map<string, cytoscape.Position> {
  const out = new Map<string, cytoscape.Position>();
  let offset = 0;
  const put = (lane: Item[], x: number) => {
    const ys = sweep(lane);
    let shift = 0;
    if (middle !== null) {
      const top = Math.min(...lane.map((c, i) => ys[i]! + c.top));
      const bottom = Math.max(...lane.map((c, i) => ys[i]! + c.bottom));
      shift = middle - (top + bottom) / 2;
    }
    lane.forEach((c, i) => out.set(c.id, { x, y: ys[i]! + shift }));
  };
  for (const col of cols) {
    if (col.lanes === 1) {
      put(col.items, col.x + offset);
      continue;
    }
    const extra = col.width + LANE_GAP;
    put(col.items.filter((_, i) => i % 2 === 0), col.x + offset);
    put(col.items.filter((_, i) => i % 2 === 1), col.x + offset + extra);
    offset += extra;
  }
  return out;
}

/**
 * A dagre `transform` that keeps the nodes of each column (a rank, left to right) apart with
 * their labels. dagre centres the box of a node and its label on the node, but the label hangs
 * under it: a node with a four-line name reached over a neighbour with a one-line name below.
 * Each column is swept apart (sweep); the challenge's own interventions get columns right of it;
 * and when the chain is fitted by its height, its tallest columns get a second lane.
 */
function columnsApart(
  cy: Core,
  nodes: cytoscape.NodeCollection,
  root: cytoscape.CollectionReturnValue,
  beside: cytoscape.NodeCollection,
): (node: NodeSingular, pos: cytoscape.Position) => cytoscape.Position {
  let result: Map<string, cytoscape.Position> | null = null;
  // Extents around a node's centre (label included): the same wherever it stands.
  const extent = (n: NodeSingular) => {
    const p = n.position();
    const bb = n.boundingBox({ includeLabels: true, includeOverlays: false });
    return { top: bb.y1 - p.y, bottom: bb.y2 - p.y, left: bb.x1 - p.x, right: bb.x2 - p.x };
  };
  const compute = () => {
    const columns = new Map<string, Item[]>();
    const apart = new Set(beside.map((n) => n.id()));
    nodes.forEach((n) => {
      const d = n.scratch('dagre') as { x: number; y: number } | undefined;
      if (!d || apart.has(n.id())) return;
      const key = String(Math.round(d.x));
      columns.set(key, [...(columns.get(key) ?? []), { id: n.id(), x: d.x, y: d.y, ...extent(n) }]);
    });
    // The challenge's own interventions: columns right of it, best first, centred on it, as
    // many as keep them no taller than the tallest column of the chain.
    const r = root.nonempty() ? (root.scratch('dagre') as { x: number; y: number } | undefined) : undefined;
    if (r && beside.nonempty()) {
      const list = beside.map((n) => ({ id: n.id(), rank: (n.data('rank') as number | undefined) ?? Number.MAX_SAFE_INTEGER, ...extent(n as NodeSingular) }));
      list.sort((a, b) => a.rank - b.rank);
      const tallest = Math.max(1, ...[...columns.values()].map(height));
      const count = Math.max(1, Math.ceil(height(list) / tallest));
      const per = Math.ceil(list.length / count);
      let x = r.x + extent(root.first() as NodeSingular).right + 40;
      for (let k = 0; k < count; k++) {
        const part = list.slice(k * per, (k + 1) * per);
        if (!part.length) break;
        const cx = x + Math.max(...part.map((c) => -c.left));
        columns.set(`beside ${k}`, part.map((c, i) => ({ ...c, x: cx, y: r.y + i })));
        x = cx + Math.max(...part.map((c) => c.right)) + 30;
      }
    }
    // Each column swept apart (sweep), in dagre's order left to right.
    const cols: Column[] = [...columns.values()]
      .filter((items) => items.length)
      .map((items) => {
        items.sort((a, b) => a.y - b.y);
        return { items, x: items[0]!.x, width: Math.max(...items.map((c) => c.right - c.left)), lanes: 1 as const };
      })
      .sort((a, b) => a.x - b.x);
    // A chain fitted by its height (a few long columns) leaves the canvas's width unused: the
    // tallest columns then take two lanes, zigzag, as long as that lets the fit zoom in further.
    const fit = (placed: Map<string, cytoscape.Position>) => {
      let x1 = Infinity;
      let x2 = -Infinity;
      let y1 = Infinity;
      let y2 = -Infinity;
      for (const col of cols) {
        for (const c of col.items) {
          const p = placed.get(c.id)!;
          x1 = Math.min(x1, p.x + c.left);
          x2 = Math.max(x2, p.x + c.right);
          y1 = Math.min(y1, p.y + c.top);
          y2 = Math.max(y2, p.y + c.bottom);
        }
      }
      return Math.min((cy.width() - 40) / Math.max(1, x2 - x1), (cy.height() - 40) / Math.max(1, y2 - y1));
    };
    // Tried: dagre's heights or every column centred, with the k tallest in two lanes for each
    // k; the best fit wins, and a tie goes to dagre's heights and fewer lanes.
    const all = cols.flatMap((c) => c.items);
    const middle = all.reduce((sum, c) => sum + c.y, 0) / Math.max(1, all.length);
    const tall = cols.filter((c) => c.items.length >= 4).sort((a, b) => height(b.items) - height(a.items));
    let best = { k: 0, middle: null as number | null, zoom: fit(place(cols, null)) };
    for (const m of [null, middle]) {
      for (let k = 0; k <= tall.length; k++) {
        tall.forEach((c, i) => (c.lanes = i < k ? 2 : 1));
        const zoom = fit(place(cols, m));
        if (zoom > best.zoom * 1.02) best = { k, middle: m, zoom };
      }
    }
    tall.forEach((c, i) => (c.lanes = i < best.k ? 2 : 1));
    return place(cols, best.middle);
  };
  return (node, pos) => (result ??= compute()).get(node.id()) ?? pos;
}

export class Canvas {
  cy: Core;
  private layoutKey = -1;
  private tier = 0;
  private view = '';
  /** performance.now() at the end of the last layout, for the bench. */
  lastLayoutMs = 0;
  /** Where the last full render spent its time (ms), for the bench. */
  timings = { elements: 0, layout: 0, positions: 0 };
  /** Bumped by each layout, so a layout waiting for its code does not run after a newer one. */
  private layoutRun = 0;
  /** The first layout has nothing to animate from (the first screen is drawn at once). */
  private laidOut = false;

  constructor(private readonly container: HTMLElement, private readonly events: CanvasEvents) {
    this.cy = this.create(container, 0);
  }

  private create(container: HTMLElement, tier: number): Core {
    this.laidOut = false;
    const big = tier > 0;
    const huge = tier > 1 && new URLSearchParams(location.search).get('webgl') === '1';
    const cy = cytoscape({
      // WebGL (experimental in Cytoscape 3.31+) for the biggest views, on request.
      ...(huge ? { webgl: true } : {}),
      container,
      style: stylesheet(big),
      wheelSensitivity: 0.3,
      minZoom: 0.05,
      maxZoom: 4,
      boxSelectionEnabled: false,
      // Big graphs: draw a cached texture while panning, skip edges, one device pixel per pixel.
      hideEdgesOnViewport: big,
      textureOnViewport: big,
      motionBlur: false,
      pixelRatio: big ? 1 : 'auto',
    });
    cy.on('tap', 'node', (ev) => this.events.select((ev.target as NodeSingular).id()));
    cy.on('tap', (ev) => {
      if (ev.target === cy) this.events.select(null);
    });
    cy.on('dbltap', 'node', (ev) => this.events.expand((ev.target as NodeSingular).id()));
    return cy;
  }

  render(s: State, prev: State | null): void {
    const cy = this.cy;
    const g = s.graph;
    const count = Object.keys(g.nodes).length + Object.keys(g.edges).length;
    const tier = count > HUGE ? 2 : count > BIG ? 1 : 0;
    if (tier !== this.tier) {
      // Renderer options are fixed at creation: a new renderer for the other side of the line.
      this.tier = tier;
      this.cy.destroy();
      this.cy = this.create(this.container, tier);
      this.layoutKey = -1;
      return this.render(s, null);
    }
    const t0 = performance.now();
    const added: string[] = [];
    // Whole-collection operations only: per-element calls each emit events, which dominates
    // the cost at a few thousand elements.
    const vis = visibleElements(s);
    const causal = s.view === 'causal';
    let relabelled = 0;
    cy.batch(() => {
      cy.remove(cy.elements().filter((el) => (el.isNode() ? !g.nodes[el.id()] : !g.edges[el.id()])));
      const defs: ElementDefinition[] = [];
      const existing = new Map<string, NodeSingular>();
      cy.nodes().forEach((el) => {
        existing.set(el.id(), el);
      });
      for (const n of Object.values(g.nodes)) {
        const el = existing.get(n.id);
        if (!el) {
          // Classes at creation: a class change afterwards restyles the element a second time.
          defs.push({ group: 'nodes', data: nodeData(n, s), classes: [vis.nodes.has(n.id) ? '' : 'hidden', causal ? 'causal' : ''].join(' ') });
          added.push(n.id);
        } else if (el.data('display') !== displayName(n, s) || el.data('signatory') !== (n.signatory ?? false)) {
          if (el.data('display') !== displayName(n, s)) relabelled++;
          el.data(nodeData(n, s));
        }
      }
      const edgeIds = new Set(cy.edges().map((e) => e.id()));
      for (const e of Object.values(g.edges)) if (!edgeIds.has(e.id)) defs.push({ group: 'edges', data: edgeData(e), classes: vis.edges.has(e.id) ? '' : 'hidden' });
      if (defs.length) cy.add(defs);
      const all = cy.elements();
      setClass(all, 'hidden', all.filter((el) => !(el.isNode() ? vis.nodes.has(el.id()) : vis.edges.has(el.id()))));
      // Causal chains are wide and shallow: bigger labels keep them readable when fitted.
      setClass(all, 'causal', causal ? all.filter((el) => el.isNode()) : cy.collection());
      const on = new Set(causal ? s.path : []);
      const onPath = on.size ? all.filter((el) => on.has(el.id())) : cy.collection();
      setClass(all, 'path', onPath);
      setClass(all, 'faded', on.size ? all.difference(onPath) : cy.collection());
      const loops = new Set(causal && s.showLoops ? s.loops.flatMap((l) => l.edges) : []);
      setClass(all, 'loop', loops.size ? all.filter((el) => el.isEdge() && loops.has(el.id())) : cy.collection());
      const selected = s.selected ? cy.getElementById(s.selected) : cy.collection();
      cy.$(':selected').difference(selected).unselect();
      if (selected.nonempty() && !selected.selected()) selected.select();
    });
    // The causal view's layout is made for its labels: names in the other language, or broken at
    // other places (its hyphenation patterns have loaded), need another; and so does another
    // width of the canvas, for which it chooses its lanes (columnsApart).
    const resized = prev !== null && prev.wideMap !== s.wideMap;
    if (resized) cy.resize();
    const relaid = causal && prev !== null && (prev.lang !== s.lang || relabelled > 0 || resized);
    const fullLayout = s.layoutKey !== this.layoutKey || s.view !== this.view || relaid;
    this.view = s.view;
    if (fullLayout) {
      this.layoutKey = s.layoutKey;
      const t1 = performance.now();
      this.timings = { elements: t1 - t0, layout: 0, positions: 0 };
      this.layout(s.view === 'causal' ? 'dagre' : 'fcose', undefined, s.challenge);
      this.timings.layout = performance.now() - t1;
    } else if (added.length > 0) {
      this.placeAround(added, prev);
    } else if (resized) {
      this.fit();
    }
  }

  /** `root`: in a causal chain, edges out of it close loops; leaving them out keeps it at the end. */
  layout(kind: 'fcose' | 'dagre', done?: () => void, root?: string | null): void {
    const cy = this.cy;
    const run = ++this.layoutRun;
    if (kind === 'dagre' && !dagreReady) {
      loadDagre().then(
        () => {
          if (run === this.layoutRun && cy === this.cy && !cy.destroyed()) this.layout(kind, done, root);
        },
        (e: unknown) => console.error(e),
      );
      return;
    }
    // Only what is shown: a class test, where ':visible' would compute every element's style.
    let eles = cy.elements().not('.hidden');
    // Labels measured anew: after a name changed (another language) Cytoscape keeps the old
    // label's size until the next frame is drawn, and dagre and columnsApart go by it.
    if (kind === 'dagre') eles.nodes().boundingBox({ includeLabels: true, useCache: false } as cytoscape.BoundingBoxOptions);
    // Interventions that address the challenge itself and nothing else in the chain get a column
    // of their own right of it (see besideRoot); dagre would stack them with the causes there.
    let beside = cy.collection();
    const challenge = kind === 'dagre' && root ? cy.getElementById(root) : cy.collection();
    if (challenge.nonempty() && !challenge.hasClass('hidden')) {
      eles = eles.not(challenge.outgoers('edge'));
      beside = challenge
        .incomers('node')
        .filter((m) => {
          const node = m as NodeSingular;
          if (node.data('label') !== 'Intervention' || node.hasClass('hidden')) return false;
          return node.outgoers('edge').not('.hidden').every((e) => (e as cytoscape.EdgeSingular).target().id() === root);
        });
      eles = eles.not(beside.edgesTo(challenge));
    }
    const n = cy.elements().length;
    const animate = !reducedMotion() && n < ANIMATE && this.laidOut;
    if (eles.nodes().nonempty()) this.laidOut = true;
    const finish = () => {
      this.lastLayoutMs = performance.now();
      done?.();
    };
    if (kind === 'fcose' && n > FAST_LAYOUT) {
      this.fastLayout(eles);
      finish();
      return;
    }
    const options: LayoutOptions =
      kind === 'dagre'
        ? // Labels count as part of a node: without that, dagre spaced the bare 36 px shapes 16 px
          // apart and the wrapped names under them (two to four lines) lay over the next node.
          ({
            name: 'dagre',
            rankDir: 'LR',
            ranker: 'longest-path',
            nodeDimensionsIncludeLabels: true,
            nodeSep: 14,
            rankSep: 30,
            edgeSep: 8,
            animate,
            animationDuration: 400,
            fit: true,
            padding: 20,
            transform: columnsApart(cy, eles.nodes(), beside.nonempty() ? challenge : cy.collection(), beside),
          } as LayoutOptions)
        : ({
            name: 'fcose',
            quality: 'default',
            randomize: true,
            animate,
            animationDuration: 500,
            fit: true,
            padding: 30,
            nodeRepulsion: 9000,
            idealEdgeLength: 85,
            numIter: 2500,
            nodeDimensionsIncludeLabels: true,
            packComponents: true,
          } as LayoutOptions);
    const layout = eles.layout(options);
    layout.one('layoutstop', finish);
    layout.run();
  }

  private fastLayout(eles: cytoscape.CollectionReturnValue): void {
    const nodes = eles.nodes();
    const index = new Map<string, number>();
    nodes.forEach((node, i) => {
      index.set(node.id(), i);
    });
    const pairs: number[] = [];
    eles.edges().forEach((e) => {
      const a = index.get(e.data('source') as string);
      const b = index.get(e.data('target') as string);
      if (a !== undefined && b !== undefined) pairs.push(a, b);
    });
    // Label sizes from the text length (measuring thousands of labels would cost more than the
    // layout): 11 px system-ui averages under 6.5 px a character; wrapped at 110 px below BIG.
    const wrap = this.tier === 0;
    const labelWidth = new Float64Array(nodes.length);
    const labelHeight = new Float64Array(nodes.length);
    nodes.forEach((node, i) => {
      const text = String(node.data('display') ?? '');
      const w = text.length * 6.5 + 6;
      const lines = wrap ? Math.max(1, Math.ceil(w / 110)) : 1;
      labelWidth[i] = Math.max(38, wrap ? Math.min(w, 114) : w);
      labelHeight[i] = 38 + 4 + lines * 15;
    });
    const t0 = performance.now();
    const { x, y } = fastLayout(nodes.length, pairs, { edgeLength: 85, iterations: nodes.length > 2500 ? 30 : 50, labelWidth, labelHeight });
    this.timings.positions = performance.now() - t0;
    this.cy.batch(() => {
      nodes.positions((_node, i) => ({ x: x[i]!, y: y[i]! }));
    });
    // cy.fit(), not a viewport computed from x and y (which would skip measuring labels): with
    // the latter, panning 10,000 elements redrew everything each frame (8 frames/s instead of
    // 60 in test/bench/web.ts), as Cytoscape's layer textures were not used.
    this.cy.fit(eles, 30);
  }

  /** New nodes on a ring around the node they came from; nothing else moves. */
  private placeAround(ids: string[], prev: State | null): void {
    const cy = this.cy;
    const byAnchor = new Map<string, NodeSingular[]>();
    for (const id of ids) {
      const node = cy.getElementById(id) as NodeSingular;
      const anchor = node
        .neighborhood('node')
        .filter((m) => !ids.includes(m.id()) && Boolean(prev?.graph.nodes[m.id()]))
        .first() as NodeSingular;
      const key = anchor.nonempty() ? anchor.id() : '';
      byAnchor.set(key, [...(byAnchor.get(key) ?? []), node]);
    }
    const fresh = new Set(ids);
    const centre = cy.nodes().filter((m) => !fresh.has(m.id())).boundingBox();
    const cx = (centre.x1 + centre.x2) / 2 || 0;
    const cyy = (centre.y1 + centre.y2) / 2 || 0;
    for (const [anchorId, nodes] of byAnchor) {
      const a = anchorId ? cy.getElementById(anchorId).position() : { x: cx, y: cyy };
      // Fan out away from the centre of the existing graph.
      const away = Math.atan2(a.y - cyy, a.x - cx);
      const spread = nodes.length > 6 ? 2 * Math.PI : Math.PI;
      const radius = 90 + nodes.length * 6;
      nodes.forEach((node, i) => {
        const angle = away - spread / 2 + (spread * (i + 0.5)) / nodes.length;
        const target = { x: a.x + radius * Math.cos(angle), y: a.y + radius * Math.sin(angle) };
        if (reducedMotion()) node.position(target);
        else {
          node.position(a);
          node.animate({ position: target }, { duration: 350 });
        }
      });
    }
    this.lastLayoutMs = performance.now();
  }

  fit(): void {
    this.cy.animate({ fit: { eles: this.cy.elements(':visible'), padding: 30 } }, { duration: reducedMotion() ? 0 : 300 });
  }

  /** Bring a node into view, only when it is outside it (no needless jumps). */
  focus(id: string): void {
    const n = this.cy.getElementById(id);
    const e = this.cy.extent();
    const p = n.nonempty() ? n.position() : null;
    if (p && p.x > e.x1 + 20 && p.x < e.x2 - 20 && p.y > e.y1 + 20 && p.y < e.y2 - 20) return;
    if (n.nonempty()) this.cy.animate({ center: { eles: n } }, { duration: reducedMotion() ? 0 : 300 });
  }
}

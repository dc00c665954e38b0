/**
 * The graph canvas (Cytoscape). It mirrors the store: elements are added and removed by diff, the
 * filters become a `hidden` class, and layouts run in full only for a new base graph; expanding
 * places the new nodes around their anchor and leaves every other node where it was.
 */
import cytoscape, { type Core, type ElementDefinition, type LayoutOptions, type NodeSingular } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { isLabel, LABELS } from '../../../server/ontology.ts';
import type { GEdge, GNode } from '../api.ts';
import { visibleElements, type State } from '../state.ts';
import { stylesheet } from '../graph-style.ts';
import { fastLayout } from './fast-layout.ts';
import { columnsApart } from './causal-layout.ts';
import { displayName, pillWidth } from './labels.ts';

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
  /** An edge was tapped: open its claim card. */
  claim(id: string): void;
}

/** The smallest a label may be on screen at the zoom a view opens at (px). */
export const READABLE_PX = 10;

/**
 * A pseudo-random sequence from a text (FNV-1a, then mulberry32): fcose starts from random
 * positions, and the same graph must give the same picture each time its link is opened.
 */
export function seededRandom(seedText: string): () => number {
  let a = 2166136261;
  for (let i = 0; i < seedText.length; i++) a = Math.imul(a ^ seedText.charCodeAt(i), 16777619);
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Runs `run` with Math.random replaced by `random`: fcose takes its randomness from Math.random
 * and offers no seed. Its layout is computed synchronously inside `run()`.
 */
function withRandom(random: () => number, run: () => void): void {
  const original = Math.random;
  Math.random = random;
  try {
    run();
  } finally {
    Math.random = original;
  }
}

const NETWORK_ID = 'actor:leernetwerk-toekomstbestendige-new-towns';

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
    // Always set: an element's data is merged, and a node that leaves a preview loses its mark.
    diff: n.diff ?? null,
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
    diff: e.diff ?? null,
  };
}

/**
 * Gives `cls` to exactly `want` among `all`, touching only the elements whose class changes:
 * every touched element is restyled, and a state change (a selection, a filter) should not
 * restyle thousands of elements that stay as they were.
 */
function setClass(all: cytoscape.CollectionReturnValue, cls: string, want: cytoscape.CollectionReturnValue, fresh = false): void {
  // `fresh`: every element was just created, without the class (a filter over thousands saved).
  if (fresh && want.empty()) return;
  const has = fresh ? want.cy().collection() : all.filter(`.${cls}`);
  has.difference(want).removeClass(cls);
  want.difference(has).addClass(cls);
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
  /** The selected node, for the zoom a layout ends at (readable). */
  private selected: string | null = null;
  /** How many pixels at the bottom of the canvas something covers (the phone's details sheet). */
  coveredBelow: () => number = () => 0;

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
    cy.on('tap', 'edge', (ev) => this.events.claim((ev.target as cytoscape.EdgeSingular).id()));
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
        } else if (el.data('display') !== displayName(n, s) || el.data('signatory') !== (n.signatory ?? false) || el.data('diff') !== (n.diff ?? null)) {
          if (el.data('display') !== displayName(n, s)) relabelled++;
          el.data(nodeData(n, s));
        }
      }
      const edgeIds = new Set(cy.edges().map((e) => e.id()));
      for (const e of Object.values(g.edges)) {
        if (!edgeIds.has(e.id)) defs.push({ group: 'edges', data: edgeData(e), classes: vis.edges.has(e.id) ? '' : 'hidden' });
        else if (cy.getElementById(e.id).data('diff') !== (e.diff ?? null)) cy.getElementById(e.id).data('diff', e.diff ?? null);
      }
      if (defs.length) cy.add(defs);
      const all = cy.elements();
      // An empty canvas before: every element is new, created with its 'hidden' and 'causal'.
      const fresh = existing.size === 0 && edgeIds.size === 0;
      if (!fresh) {
        setClass(all, 'hidden', all.filter((el) => !(el.isNode() ? vis.nodes.has(el.id()) : vis.edges.has(el.id()))));
        // Causal chains are wide and shallow: bigger labels keep them readable when fitted.
        setClass(all, 'causal', causal ? all.filter((el) => el.isNode()) : cy.collection());
      }
      const on = new Set(causal ? s.path : []);
      const onPath = on.size ? all.filter((el) => on.has(el.id())) : cy.collection();
      setClass(all, 'path', onPath, fresh);
      setClass(all, 'faded', on.size ? all.difference(onPath) : cy.collection(), fresh);
      const loops = new Set(causal && s.showLoops ? s.loops.flatMap((l) => l.edges) : []);
      setClass(all, 'loop', loops.size ? all.filter((el) => el.isEdge() && loops.has(el.id())) : cy.collection(), fresh);
      const selected = s.selected ? cy.getElementById(s.selected) : cy.collection();
      if (!fresh) cy.$(':selected').difference(selected).unselect();
      if (selected.nonempty() && !selected.selected()) selected.select();
      setClass(all, 'claimed', s.claim ? all.filter((el) => el.isEdge() && el.id() === s.claim) : cy.collection(), fresh);
    });
    // The causal view's layout is made for its labels: names in the other language, or broken at
    // other places (its hyphenation patterns have loaded), need another; and so does another
    // width of the canvas, for which it chooses its lanes (columnsApart).
    const resized = prev !== null && prev.wideMap !== s.wideMap;
    if (resized) cy.resize();
    this.selected = s.selected;
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
      this.readable(root);
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
    // The same elements give the same picture: fcose's random start is seeded by their ids.
    const seed = eles.map((el) => el.id()).sort().join('\u0000');
    withRandom(seededRandom(seed), () => layout.run());
  }

  /**
   * The zoom a view opens at: fitted, unless that makes labels smaller than READABLE_PX; then the
   * zoom at which they are that size, around the chosen node (or the challenge, in the causal
   * view), and the rest of the map a pan away. Big views (BIG and up) hide small labels instead.
   */
  readable(around?: string | null): void {
    const cy = this.cy;
    if (this.tier > 0 || cy.nodes().empty()) return;
    const font = cy.nodes().not('.hidden').not('[?group]').map((n) => parseFloat(String(n.style('font-size'))) || 11);
    const smallest = font.length ? Math.min(...font) : 11;
    const zoom = READABLE_PX / smallest;
    const focus = [this.selected, around].map((id) => (id ? cy.getElementById(id) : cy.collection())).find((n) => n.nonempty() && !n.hasClass('hidden'));
    if (cy.zoom() < zoom - 1e-6) {
      cy.zoom(zoom);
      if (!focus) cy.center(cy.elements().not('.hidden'));
      else cy.center(focus);
    }
    // The chosen node in sight, above the phone's details sheet if it is open.
    if (focus && this.selected === focus.id()) this.focus(focus.id(), undefined, true);
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

  /**
   * Bring a node into view, only when it is outside it (no needless jumps). `coveredBelow`: how
   * many pixels at the bottom of the canvas something lies over (the phone's details sheet); the
   * node then goes to the middle of what is left.
   */
  focus(id: string, coveredBelow = this.coveredBelow(), now = false): void {
    const cy = this.cy;
    const n = cy.getElementById(id);
    if (n.empty()) return;
    const r = n.renderedPosition();
    const bottom = cy.height() - coveredBelow;
    if (r.x > 20 && r.x < cy.width() - 20 && r.y > 20 && r.y < bottom - 20) return;
    const pan = { x: cy.pan().x + cy.width() / 2 - r.x, y: cy.pan().y + Math.max(40, bottom / 2) - r.y };
    if (now || reducedMotion()) cy.pan(pan);
    else cy.animate({ pan }, { duration: 300 });
  }
}

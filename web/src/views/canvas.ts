/**
 * The graph canvas (Cytoscape). It mirrors the store: elements are added and removed by diff, the
 * filters become a `hidden` class, and layouts run in full only for a new base graph; expanding
 * places the new nodes around their anchor and leaves every other node where it was.
 */
import cytoscape, { type Core, type ElementDefinition, type LayoutOptions, type NodeSingular } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { isLabel, LABELS } from '../../../server/ontology.ts';
import type { GEdge, GNode } from '../api.ts';
import { nodeName, visibleElements, type State } from '../state.ts';
import { stylesheet } from '../graph-style.ts';
import { fastLayout } from './fast-layout.ts';

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

function nodeData(n: GNode, s: State) {
  return {
    id: n.id,
    label: n.label,
    display: nodeName(n, s.lang),
    signatory: n.signatory ?? false,
    hub: n.id === NETWORK_ID,
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
        } else if (el.data('display') !== nodeName(n, s.lang) || el.data('signatory') !== (n.signatory ?? false)) el.data(nodeData(n, s));
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
    const fullLayout = s.layoutKey !== this.layoutKey || s.view !== this.view;
    this.view = s.view;
    if (fullLayout) {
      this.layoutKey = s.layoutKey;
      const t1 = performance.now();
      this.timings = { elements: t1 - t0, layout: 0, positions: 0 };
      this.layout(s.view === 'causal' ? 'dagre' : 'fcose', undefined, s.challenge);
      this.timings.layout = performance.now() - t1;
    } else if (added.length > 0) {
      this.placeAround(added, prev);
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
    if (kind === 'dagre' && root) eles = eles.not(cy.getElementById(root).outgoers('edge'));
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
        ? ({ name: 'dagre', rankDir: 'LR', ranker: 'longest-path', nodeSep: 16, rankSep: 170, edgeSep: 8, animate, animationDuration: 400, fit: true, padding: 30 } as LayoutOptions)
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
    const t0 = performance.now();
    const { x, y } = fastLayout(nodes.length, pairs, { edgeLength: 85, iterations: nodes.length > 2500 ? 30 : 50 });
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

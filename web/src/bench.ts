/**
 * A test hook, in test builds only (vite --mode test; app.ts imports it under import.meta.env.MODE
 * 'test', which the production build drops): `window.__explorer` loads a synthetic graph of n elements and measures
 * layout+render time and a pan frame rate in the browser, and records when the first screen was
 * drawn. test/bench/web.ts drives it; the synthetic graphs read nothing from the server, so those
 * numbers are the canvas's alone.
 */
import { LABEL_NAMES, type LabelName } from '../../server/ontology.ts';
import type { GEdge, GNode } from './api.ts';
import type { Store } from './state.ts';
import type { Canvas } from './views/canvas.ts';

export interface BenchResult {
  elements: number;
  nodes: number;
  edges: number;
  layoutAndRenderMs: number;
  /** Of which: state, adding the elements and the layout until it stopped. */
  layoutMs: number;
  /** Of that: the canvas's diff of the state into elements, and the layout computation. */
  elementsMs: number;
  layoutOnlyMs: number;
  /** Of the layout: computing the positions (fastLayout on big graphs; 0 for fcose). */
  positionsMs: number;
}

/** Frames while panning: requestAnimationFrame callbacks, and frames Cytoscape actually drew. */
export interface PanResult {
  fps: number;
  drawnFps: number;
  /** Cytoscape's mean time per drawn frame (ms). */
  drawMs: number;
  /** How far the view moved (px): 0 means the pan did not happen. */
  moved: number;
}

/** performance.now() marks of the first screen (ms since navigation start). */
export interface FirstScreen {
  /** The module ran: the search box, the buttons and the canvas answer input. */
  scriptMs: number;
  /** The first GraphQL request (the overview) was sent, and its response was in. */
  requestMs: number;
  responseMs: number;
  /** The graph was in the store and the canvas had laid it out. */
  dataMs: number;
  /** The overview was laid out and the frame showing it drawn. */
  drawnMs: number;
  nodes: number;
  /** Of the time to 'laid out': the canvas's diff into elements, and its layout (ms). */
  canvasElementsMs: number;
  canvasLayoutMs: number;
}

export interface DrawnNode {
  id: string;
  data: Record<string, unknown>;
  position: { x: number; y: number };
  shape: string;
  borderStyle: string;
  /** Model coordinates of the node with its label (no overlays). */
  box: { x1: number; y1: number; x2: number; y2: number };
  /** The label's font size on screen at the current zoom (px). */
  fontPx: number;
  /** Where the node is on the canvas (px from its top left). */
  rendered: { x: number; y: number };
}

export interface DrawnEdge {
  id: string;
  /** The middle of the edge on the canvas (px from its top left), where a tap hits it. */
  midpoint: { x: number; y: number };
}

declare global {
  interface Window {
    __explorer?: {
      loadSynthetic(n: number): Promise<BenchResult>;
      panFps(ms?: number): Promise<number>;
      /** Counts frames for `ms` while something else (the bench, with the mouse) pans. */
      frames(ms?: number): Promise<PanResult>;
      firstScreen(): Promise<FirstScreen>;
      state(): unknown;
      /** The canvas's visible nodes as drawn: data, a few computed styles, box with label. */
      nodes(): DrawnNode[];
      /** The canvas's visible edges, where they are drawn. */
      edges(): DrawnEdge[];
      /** Centres the canvas on a node or edge. */
      reveal(id: string): void;
    };
  }
}

/** A deterministic pseudo-random graph: a few hubs and many leaves, like the real one. */
export function syntheticGraph(n: number): { nodes: GNode[]; edges: GEdge[] } {
  let seed = 42;
  const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const nodeCount = Math.max(2, Math.round(n * 0.4));
  const edgeCount = n - nodeCount;
  const nodes: GNode[] = Array.from({ length: nodeCount }, (_, i) => {
    const label = LABEL_NAMES[i % LABEL_NAMES.length] as LabelName;
    return { id: `bench:${i}`, label, name: `${label} ${i}`, nameEn: null };
  });
  const edges: GEdge[] = [];
  const seen = new Set<string>();
  while (edges.length < edgeCount) {
    const a = Math.floor(rand() * nodeCount);
    // Preferential: half the edges go to the first 5% of nodes.
    const b = rand() < 0.5 ? Math.floor(rand() * Math.max(1, nodeCount / 20)) : Math.floor(rand() * nodeCount);
    const id = `bench:${a}-[CAUSES]->bench:${b}`;
    if (a === b || seen.has(id)) continue;
    seen.add(id);
    edges.push({ id, type: 'CAUSES', source: `bench:${a}`, target: `bench:${b}`, properties: { polarity: rand() < 0.5 ? '+' : '-', confidence: 'indicative' } });
  }
  return { nodes, edges };
}

let installed: (hook: NonNullable<Window['__explorer']>) => void = () => {};
const installation = new Promise<NonNullable<Window['__explorer']>>((resolve) => (installed = resolve));
/** The hook, once installBenchHook has run. */
export const whenInstalled = (): Promise<NonNullable<Window['__explorer']>> => installation;

export function installBenchHook(store: Store, canvas: Canvas): void {
  const scriptMs = performance.now();
  let dataMs = 0;
  const firstScreen = new Promise<FirstScreen>((resolve) => {
    // Subscribed after the page's own renderer, so the canvas has the graph when this runs. The
    // hook's chunk may come in after the first graph: then that one is it.
    const arrived = (s: ReturnType<Store['get']>, prev: ReturnType<Store['get']> | null) => {
      if (dataMs || s.loading || s.graph === prev?.graph || Object.keys(s.graph.nodes).length === 0) return;
      dataMs = performance.now();
      const drawn = () => {
        const graphql = performance.getEntriesByType('resource').filter((e) => e.name.includes('/graphql')) as PerformanceResourceTiming[];
        const first = graphql.sort((a, b) => a.startTime - b.startTime)[0];
        resolve({
          scriptMs,
          requestMs: first?.startTime ?? NaN,
          responseMs: first?.responseEnd ?? NaN,
          dataMs,
          drawnMs: performance.now(),
          nodes: Object.keys(s.graph.nodes).length,
          canvasElementsMs: canvas.timings.elements,
          canvasLayoutMs: canvas.timings.layout,
        });
      };
      // The layout may still be running (animated); then the frame after it stopped.
      const wait = () => {
        if (canvas.lastLayoutMs === 0) requestAnimationFrame(wait);
        else canvas.cy.one('render', () => requestAnimationFrame(drawn));
      };
      wait();
    };
    store.subscribe(arrived);
    arrived(store.get(), null);
  });
  window.__explorer = {
    firstScreen: () => firstScreen,
    state: () => store.get(),
    nodes: () =>
      canvas.cy
        .nodes(':visible')
        .map((n) => {
          const b = n.boundingBox({ includeLabels: true, includeOverlays: false });
          return {
            id: n.id(),
            data: { ...(n.data() as Record<string, unknown>) },
            position: { ...n.position() },
            shape: String(n.style('shape')),
            borderStyle: String(n.style('border-style')),
            box: { x1: b.x1, y1: b.y1, x2: b.x2, y2: b.y2 },
            fontPx: parseFloat(String(n.style('font-size'))) * canvas.cy.zoom(),
            rendered: { ...n.renderedPosition() },
          };
        }),
    reveal: (id) => void canvas.cy.center(canvas.cy.getElementById(id)),
    edges: () => canvas.cy.edges(':visible').map((e) => ({ id: e.id(), midpoint: { ...e.renderedMidpoint() } })),
    loadSynthetic(n: number): Promise<BenchResult> {
      const g = syntheticGraph(n);
      return new Promise((resolve) => {
        const t0 = performance.now();
        const before = canvas.lastLayoutMs;
        store.dispatch({ type: 'setGraph', graph: { ...g, truncated: false }, base: 'bench', selected: null });
        // The layout runs synchronously for big graphs (no animation); wait for it to stop, then
        // for the next frame Cytoscape draws.
        const poll = () => {
          if (canvas.lastLayoutMs === before) {
            requestAnimationFrame(poll);
            return;
          }
          const layoutMs = Math.round(canvas.lastLayoutMs - t0);
          let done = false;
          const finish = () => {
            if (done) return;
            done = true;
            resolve({
              elements: n,
              nodes: g.nodes.length,
              edges: g.edges.length,
              layoutMs,
              layoutAndRenderMs: Math.round(performance.now() - t0),
              elementsMs: Math.round(canvas.timings.elements),
              layoutOnlyMs: Math.round(canvas.timings.layout),
              positionsMs: Math.round(canvas.timings.positions),
            });
          };
          canvas.cy.one('render', () => requestAnimationFrame(finish));
          // A frame may already have been drawn: then the next animation frame is the end.
          requestAnimationFrame(() => requestAnimationFrame(finish));
        };
        poll();
      });
    },
    panFps(ms = 2000): Promise<number> {
      return new Promise((resolve) => {
        const cy = canvas.cy;
        let frames = 0;
        const t0 = performance.now();
        const step = () => {
          const elapsed = performance.now() - t0;
          if (elapsed >= ms) {
            resolve(Math.round((frames * 1000) / elapsed));
            return;
          }
          cy.panBy({ x: Math.sin(elapsed / 200) * 15, y: Math.cos(elapsed / 200) * 15 });
          frames++;
          requestAnimationFrame(step);
        };
        requestAnimationFrame(step);
      });
    },
    frames(ms = 2000): Promise<PanResult> {
      return new Promise((resolve) => {
        const cy = canvas.cy;
        // The renderer's own bookkeeping: not public API, but the only per-frame draw time there is.
        const r = (cy as unknown as { renderer(): { redrawTotalTime?: number; redrawCount?: number } }).renderer();
        const total0 = r.redrawTotalTime ?? 0;
        const count0 = r.redrawCount ?? 0;
        let frames = 0;
        let drawn = 0;
        const onRender = () => drawn++;
        cy.on('render', onRender);
        const pan0 = { ...cy.pan() };
        const t0 = performance.now();
        const step = () => {
          const elapsed = performance.now() - t0;
          if (elapsed < ms) {
            frames++;
            requestAnimationFrame(step);
            return;
          }
          cy.off('render', onRender);
          const count = (r.redrawCount ?? 0) - count0;
          resolve({
            moved: Math.round(Math.hypot(cy.pan().x - pan0.x, cy.pan().y - pan0.y)),
            fps: Math.round((frames * 1000) / elapsed),
            drawnFps: Math.round((drawn * 1000) / elapsed),
            drawMs: count ? Math.round((((r.redrawTotalTime ?? 0) - total0) / count) * 10) / 10 : 0,
          });
        };
        requestAnimationFrame(step);
      });
    },
  };
  installed(window.__explorer);
}

/**
 * A test hook in the build: `window.__explorer` loads a synthetic graph of n elements and measures
 * layout+render time and a pan frame rate in the browser. test/bench/web.ts drives it; it reads
 * nothing from the server, so the numbers are the canvas's alone.
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
}

declare global {
  interface Window {
    __explorer?: {
      loadSynthetic(n: number): Promise<BenchResult>;
      panFps(ms?: number): Promise<number>;
      state(): unknown;
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

export function installBenchHook(store: Store, canvas: Canvas): void {
  window.__explorer = {
    state: () => store.get(),
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
            resolve({ elements: n, nodes: g.nodes.length, edges: g.edges.length, layoutMs, layoutAndRenderMs: Math.round(performance.now() - t0) });
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
  };
}

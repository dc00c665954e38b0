/** The quick layout of big views: unconnected nodes around the rest, no two labels on each other. */
import { describe, expect, it } from 'vitest';
import { fastLayout } from '../../web/src/views/fast-layout.ts';

interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}
/** A node with its label under it, as the canvas draws it: top at 15 px above the centre. */
const box = (x: number, y: number, w: number, h: number): Box => ({ x1: x - w / 2, x2: x + w / 2, y1: y - 15, y2: y - 15 + h });
const overlap = (a: Box, b: Box) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

/** A star of `hub` nodes (0 in the middle), a few pairs, then `loose` nodes without edges. */
function graph(hub: number, pairs: number, loose: number) {
  const edges: number[] = [];
  for (let i = 1; i < hub; i++) edges.push(0, i);
  for (let p = 0; p < pairs; p++) edges.push(hub + 2 * p, hub + 2 * p + 1);
  const n = hub + 2 * pairs + loose;
  // Labels of very different lengths, the longest far wider than an edge.
  const labelWidth = Float64Array.from({ length: n }, (_, i) => 40 + ((i * 37) % 130));
  const labelHeight = Float64Array.from({ length: n }, (_, i) => 57 + (i % 3) * 15);
  return { n, edges, labelWidth, labelHeight, looseFrom: hub + 2 * pairs };
}

describe('fastLayout', () => {
  it('puts unconnected nodes on a grid around the connected part, their labels apart from each other and from it', () => {
    const g = graph(60, 10, 150);
    const { x, y } = fastLayout(g.n, g.edges, { edgeLength: 85, iterations: 30, labelWidth: g.labelWidth, labelHeight: g.labelHeight });
    const loose: Box[] = [];
    for (let v = g.looseFrom; v < g.n; v++) loose.push(box(x[v]!, y[v]!, g.labelWidth[v]!, g.labelHeight[v]!));
    for (let i = 0; i < loose.length; i++) for (let j = i + 1; j < loose.length; j++) expect(overlap(loose[i]!, loose[j]!), `loose ${i} and ${j}`).toBe(false);
    const connected: Box[] = [];
    for (let v = 0; v < g.looseFrom; v++) connected.push(box(x[v]!, y[v]!, g.labelWidth[v]!, g.labelHeight[v]!));
    for (const a of loose) for (const b of connected) expect(overlap(a, b)).toBe(false);
    // Around it, not in a long row off to one side: the whole stays roughly square.
    const xs = [...x];
    const ys = [...y];
    const w = Math.max(...xs) - Math.min(...xs);
    const h = Math.max(...ys) - Math.min(...ys);
    expect(w / h).toBeGreaterThan(0.4);
    expect(w / h).toBeLessThan(2.5);
    // Unconnected nodes sit on all four sides of the connected part.
    const cb = connected.reduce((a, b) => ({ x1: Math.min(a.x1, b.x1), y1: Math.min(a.y1, b.y1), x2: Math.max(a.x2, b.x2), y2: Math.max(a.y2, b.y2) }));
    expect(loose.some((b) => b.x2 <= cb.x1)).toBe(true);
    expect(loose.some((b) => b.x1 >= cb.x2)).toBe(true);
    expect(loose.some((b) => b.y2 <= cb.y1)).toBe(true);
    expect(loose.some((b) => b.y1 >= cb.y2)).toBe(true);
  });

  it('lays out a graph of unconnected nodes only as a grid of label-sized cells', () => {
    const g = graph(0, 0, 40);
    const { x, y } = fastLayout(g.n, [], { labelWidth: g.labelWidth, labelHeight: g.labelHeight });
    const boxes = Array.from({ length: g.n }, (_, v) => box(x[v]!, y[v]!, g.labelWidth[v]!, g.labelHeight[v]!));
    for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) expect(overlap(boxes[i]!, boxes[j]!)).toBe(false);
  });

  it('keeps working without label sizes, every position a number', () => {
    const g = graph(30, 5, 20);
    const { x, y } = fastLayout(g.n, g.edges);
    expect([...x, ...y].every(Number.isFinite)).toBe(true);
    // Still no two unconnected nodes in one place.
    const at = new Set(Array.from({ length: g.n - g.looseFrom }, (_, i) => `${x[g.looseFrom + i]},${y[g.looseFrom + i]}`));
    expect(at.size).toBe(g.n - g.looseFrom);
  });
});

/**
 * The layout for big views (thousands of elements). fcose needs seconds there, most of it in
 * Cytoscape collection operations (its component search alone builds a collection per node), and
 * its fast 'draft' mode leaves hubs and their leaves in one clump. This works on plain arrays:
 * a radial tree from the best-connected node of each component as the start (so the global shape
 * is right from the first step), a short force pass with grid-bucketed repulsion (linear per step,
 * not quadratic), then the components packed in rows, biggest first.
 */

export interface FastLayoutOptions {
  /** Ideal edge length in model pixels (fcose's idealEdgeLength for the same look). */
  edgeLength?: number;
  /** Force steps; the radial start makes a few dozen enough. */
  iterations?: number;
  /**
   * Per node index, the width and height in model pixels of the node with its label (the label
   * under the node, as the stylesheet draws it). Unconnected nodes get grid cells this big, and
   * components keep their labels' width apart. Without them, a cell of edgeLength.
   */
  labelWidth?: ArrayLike<number>;
  labelHeight?: ArrayLike<number>;
}

/** Room between the labels of unconnected nodes, and between them and the rest (model px). */
const GAP = 16;

/** `edges`: pairs of node indexes. Returns x, y per node index. */
export function fastLayout(n: number, edges: ArrayLike<number>, options: FastLayoutOptions = {}): { x: Float64Array; y: Float64Array } {
  const L = options.edgeLength ?? 85;
  const x = new Float64Array(n);
  const y = new Float64Array(n);
  if (n === 0) return { x, y };

  // Adjacency in compressed rows.
  const degree = new Int32Array(n);
  for (let i = 0; i < edges.length; i += 2) {
    const a = edges[i]!;
    const b = edges[i + 1]!;
    if (a === b) continue;
    degree[a]!++;
    degree[b]!++;
  }
  const start = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) start[i + 1] = start[i]! + degree[i]!;
  const adj = new Int32Array(start[n]!);
  const fill = start.slice(0, n);
  for (let i = 0; i < edges.length; i += 2) {
    const a = edges[i]!;
    const b = edges[i + 1]!;
    if (a === b) continue;
    adj[fill[a]!++] = b;
    adj[fill[b]!++] = a;
  }

  // Components, each as a BFS order from its highest-degree node (nodes sorted by degree first).
  const byDegree = Array.from({ length: n }, (_, i) => i).sort((a, b) => degree[b]! - degree[a]!);
  const component = new Int32Array(n).fill(-1);
  const parent = new Int32Array(n).fill(-1);
  const depth = new Int32Array(n);
  const order = new Int32Array(n);
  const comps: { from: number; to: number }[] = [];
  let head = 0;
  for (const root of byDegree) {
    if (component[root] !== -1) continue;
    const from = head;
    let tail = head;
    order[tail++] = root;
    component[root] = comps.length;
    while (head < tail) {
      const v = order[head++]!;
      for (let k = start[v]!; k < start[v + 1]!; k++) {
        const w = adj[k]!;
        if (component[w] !== -1) continue;
        component[w] = comps.length;
        parent[w] = v;
        depth[w] = depth[v]! + 1;
        order[tail++] = w;
      }
    }
    comps.push({ from, to: tail });
  }

  // Radial start: each subtree gets an angle in proportion to its size, and each ring an area in
  // proportion to its nodes, so the start is evenly dense (a ring per BFS level as wide as its
  // nodes need would put a small-world graph's second level kilometres out).
  const size = new Float64Array(n).fill(1);
  for (let i = n - 1; i >= 0; i--) {
    const v = order[i]!;
    if (parent[v]! >= 0) size[parent[v]!]! += size[v]!;
  }
  const angle = new Float64Array(n);
  const span = new Float64Array(n);
  const next = new Float64Array(n);
  for (const c of comps) {
    const root = order[c.from]!;
    span[root] = 2 * Math.PI;
    next[root] = 0;
    let maxDepth = 0;
    for (let i = c.from; i < c.to; i++) maxDepth = Math.max(maxDepth, depth[order[i]!]!);
    const upTo = new Int32Array(maxDepth + 1);
    for (let i = c.from; i < c.to; i++) upTo[depth[order[i]!]!]!++;
    for (let d = 1; d <= maxDepth; d++) upTo[d]! += upTo[d - 1]!;
    // About L² of area per node: the spacing the forces settle at.
    const outer = L * Math.sqrt((c.to - c.from) / Math.PI);
    const radius = new Float64Array(maxDepth + 1);
    for (let d = 1; d <= maxDepth; d++) radius[d] = Math.max(L * 0.8 * d, outer * Math.sqrt((upTo[d - 1]! + upTo[d]!) / 2 / (c.to - c.from)));
    for (let i = c.from; i < c.to; i++) {
      const v = order[i]!;
      const p = parent[v]!;
      if (p >= 0) {
        span[v] = (span[p]! * size[v]!) / Math.max(1, size[p]! - 1);
        angle[v] = next[p]! + span[v]! / 2;
        next[p]! += span[v]!;
      } else angle[v] = 0;
      next[v] = angle[v]! - span[v]! / 2;
      x[v] = radius[depth[v]!]! * Math.cos(angle[v]!);
      y[v] = radius[depth[v]!]! * Math.sin(angle[v]!);
    }
  }

  // Force pass per component (forceStep).
  const iterations = options.iterations ?? 50;
  // Each component's coordinates in arrays of its own, in its BFS order, with its edges in local
  // indexes: the inner loop then reads memory in sequence, not through an index per access.
  const local = new Int32Array(n);
  for (const c of comps) {
    const m = c.to - c.from;
    if (m < 3) continue;
    const nodes = order.subarray(c.from, c.to);
    const px = new Float64Array(m);
    const py = new Float64Array(m);
    const fx = new Float64Array(m);
    const fy = new Float64Array(m);
    for (let i = 0; i < m; i++) {
      const v = nodes[i]!;
      local[v] = i;
      px[i] = x[v]!;
      py[i] = y[v]!;
    }
    const lstart = new Int32Array(m + 1);
    for (let i = 0; i < m; i++) lstart[i + 1] = lstart[i]! + (start[nodes[i]! + 1]! - start[nodes[i]!]!);
    const ladj = new Int32Array(lstart[m]!);
    for (let i = 0; i < m; i++) {
      const v = nodes[i]!;
      for (let k = start[v]!, o = lstart[i]!; k < start[v + 1]!; k++, o++) ladj[o] = local[adj[k]!]!;
    }
    const grid: Grid = { cellOf: new Int32Array(m), cellNext: new Int32Array(m), heads: new Int32Array(0) };
    for (let it = 0; it < iterations; it++) forceStep(px, py, fx, fy, lstart, ladj, grid, L, 2 * L * (1 - it / iterations) + L * 0.05);
    for (let i = 0; i < m; i++) {
      x[nodes[i]!] = px[i]!;
      y[nodes[i]!] = py[i]!;
    }
  }

  // Pack: components in rows of about the width that makes the whole roughly 3:2. Unconnected
  // nodes are placed afterwards, on a grid around what this packs.
  const connected = comps.filter((c) => c.to - c.from > 1);
  const isolated = comps.filter((c) => c.to - c.from === 1).map((c) => order[c.from]!);
  const labelW = (v: number) => options.labelWidth?.[v] ?? 0;
  const boxes = connected.map((c) => {
    let x1 = Infinity;
    let y1 = Infinity;
    let x2 = -Infinity;
    let y2 = -Infinity;
    for (let i = c.from; i < c.to; i++) {
      const v = order[i]!;
      x1 = Math.min(x1, x[v]!);
      y1 = Math.min(y1, y[v]!);
      x2 = Math.max(x2, x[v]!);
      y2 = Math.max(y2, y[v]!);
    }
    // Labels stick out sideways by half their width: a component whose labels are wider than an
    // edge keeps that much from its neighbour.
    let wide = 0;
    for (let i = c.from; i < c.to; i++) wide = Math.max(wide, labelW(order[i]!));
    return { c, x1, y1, w: x2 - x1 + Math.max(L, wide + GAP), h: y2 - y1 + L };
  });
  boxes.sort((a, b) => b.h - a.h);
  const area = boxes.reduce((s, b) => s + b.w * b.h, 0);
  const rowWidth = Math.max(boxes[0]?.w ?? 0, Math.sqrt(area * 1.5));
  let cx = 0;
  let cy = 0;
  let rowHeight = 0;
  for (const b of boxes) {
    if (cx > 0 && cx + b.w > rowWidth) {
      cx = 0;
      cy += rowHeight;
      rowHeight = 0;
    }
    for (let i = b.c.from; i < b.c.to; i++) {
      const v = order[i]!;
      x[v] = x[v]! - b.x1 + cx;
      y[v] = y[v]! - b.y1 + cy;
    }
    cx += b.w;
    rowHeight = Math.max(rowHeight, b.h);
  }
  if (isolated.length) {
    // What the components cover, labels included (generously: a node's top at half an edge).
    let box: { x1: number; y1: number; x2: number; y2: number } | null = null;
    for (const c of connected) {
      for (let i = c.from; i < c.to; i++) {
        const v = order[i]!;
        const half = Math.max(labelW(v), L) / 2;
        box ??= { x1: Infinity, y1: Infinity, x2: -Infinity, y2: -Infinity };
        box.x1 = Math.min(box.x1, x[v]! - half);
        box.x2 = Math.max(box.x2, x[v]! + half);
        box.y1 = Math.min(box.y1, y[v]! - L / 2);
        box.y2 = Math.max(box.y2, y[v]! + (options.labelHeight?.[v] ?? L));
      }
    }
    placeAround(isolated, box, x, y, L, options);
  }
  return { x, y };
}

/** The grid the repulsion looks partners up in, reused between steps. */
interface Grid {
  cellOf: Int32Array;
  cellNext: Int32Array;
  heads: Int32Array;
}

/**
 * One step of the force pass over a component (its coordinates, forces and edges in local
 * indexes). A function of its own, small, so that the browser compiles it to optimised code
 * after a few steps: inside the one large function the loop ran unoptimised for most of the pass
 * and boxed every intermediate number (~22 MB of garbage for 2,000 elements).
 */
function forceStep(px: Float64Array, py: Float64Array, fx: Float64Array, fy: Float64Array, lstart: Int32Array, ladj: Int32Array, grid: Grid, L: number, temperature: number): void {
  const m = px.length;
  // Fruchterman-Reingold forces, repulsion cut off at R so a grid of R-sized cells finds every
  // partner.
  const R = 2 * L;
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (let i = 0; i < m; i++) {
    const vx = px[i]!;
    const vy = py[i]!;
    if (vx < minX) minX = vx;
    if (vx > maxX) maxX = vx;
    if (vy < minY) minY = vy;
    if (vy > maxY) maxY = vy;
  }
  fx.fill(0);
  fy.fill(0);
  // A flat grid (a Map per cell lookup costs more than the force itself). Cells are at least
  // R wide, wider when the component is spread out, so the grid stays within 16m cells.
  const cell = Math.max(R, Math.sqrt(((maxX - minX) * (maxY - minY)) / (16 * m)));
  const gw = Math.floor((maxX - minX) / cell) + 1;
  const gh = Math.floor((maxY - minY) / cell) + 1;
  if (grid.heads.length < gw * gh) grid.heads = new Int32Array(gw * gh);
  const { heads, cellOf, cellNext } = grid;
  heads.fill(-1, 0, gw * gh);
  for (let i = 0; i < m; i++) {
    const c = Math.floor((px[i]! - minX) / cell) * gh + Math.floor((py[i]! - minY) / cell);
    cellOf[i] = c;
    cellNext[i] = heads[c]!;
    heads[c] = i;
  }
  const R2 = R * R;
  const L2 = L * L;
  for (let i = 0; i < m; i++) {
    const cx = Math.floor(cellOf[i]! / gh);
    const cy = cellOf[i]! - cx * gh;
    const vx = px[i]!;
    const vy = py[i]!;
    let sx = 0;
    let sy = 0;
    const gx1 = Math.min(gw - 1, cx + 1);
    const gy0 = Math.max(0, cy - 1);
    const gy1 = Math.min(gh - 1, cy + 1);
    for (let gx = Math.max(0, cx - 1); gx <= gx1; gx++) {
      for (let gy = gy0; gy <= gy1; gy++) {
        for (let j = heads[gx * gh + gy]!; j !== -1; j = cellNext[j]!) {
          if (j === i) continue;
          let ddx = vx - px[j]!;
          let ddy = vy - py[j]!;
          let d2 = ddx * ddx + ddy * ddy;
          if (d2 > R2) continue;
          if (d2 === 0) {
            // Coincident nodes: push apart in a direction that depends on the pair.
            ddx = ((i * 7 + j * 13) % 11) - 5 || 1;
            ddy = ((i * 11 + j * 5) % 7) - 3 || 1;
            d2 = ddx * ddx + ddy * ddy;
          }
          const f = L2 / d2;
          sx += ddx * f;
          sy += ddy * f;
        }
      }
    }
    // Each edge is seen from both ends: each end takes its own pull. A spring with rest
    // length L: Fruchterman-Reingold's d²/L pull collapses dense graphs into clumps, which
    // the cut-off repulsion cannot hold apart.
    for (let k = lstart[i]!; k < lstart[i + 1]!; k++) {
      const w = ladj[k]!;
      const ddx = vx - px[w]!;
      const ddy = vy - py[w]!;
      const d = Math.sqrt(ddx * ddx + ddy * ddy);
      if (d === 0) continue;
      const f = (d - L) / d;
      sx -= ddx * f;
      sy -= ddy * f;
    }
    fx[i] = sx;
    fy[i] = sy;
  }
  for (let i = 0; i < m; i++) {
    const d = Math.sqrt(fx[i]! * fx[i]! + fy[i]! * fy[i]!);
    if (d === 0) continue;
    const s = Math.min(d, temperature) / d;
    px[i]! += fx[i]! * s;
    py[i]! += fy[i]! * s;
  }
}

/**
 * Unconnected nodes on a grid around the packed components, ring by ring (a square spiral), in
 * cells as big as the largest of their labels, so no two labels meet and none lies over the rest.
 * Without components, a plain grid of about 3:2.
 */
function placeAround(
  nodes: number[],
  box: { x1: number; y1: number; x2: number; y2: number } | null,
  x: Float64Array,
  y: Float64Array,
  L: number,
  options: FastLayoutOptions,
): void {
  let w = 0;
  let h = 0;
  for (const v of nodes) {
    w = Math.max(w, options.labelWidth?.[v] ?? L - GAP);
    h = Math.max(h, options.labelHeight?.[v] ?? L - GAP);
  }
  const cw = w + GAP;
  const ch = h + GAP;
  if (!box) {
    const cols = Math.max(1, Math.ceil(Math.sqrt((nodes.length * 1.5 * ch) / cw)));
    nodes.forEach((v, i) => {
      x[v] = (i % cols) * cw;
      y[v] = Math.floor(i / cols) * ch;
    });
    return;
  }
  // The components' box in whole cells (with a cell's margin), centred on theirs.
  const cols = Math.ceil((box.x2 - box.x1 + cw) / cw);
  const rows = Math.ceil((box.y2 - box.y1 + ch) / ch);
  const ox = (box.x1 + box.x2) / 2 - (cols * cw) / 2;
  const oy = (box.y1 + box.y2) / 2 - (rows * ch) / 2;
  // Cell (i, j) has its centre at ox + (i + 0.5) cw; the box covers i in [0, cols), j in [0, rows).
  let k = 0;
  for (let ring = 1; k < nodes.length; ring++) {
    const i0 = -ring;
    const i1 = cols - 1 + ring;
    const j0 = -ring;
    const j1 = rows - 1 + ring;
    const cells: [number, number][] = [];
    for (let i = i0; i <= i1; i++) cells.push([i, j0]);
    for (let j = j0 + 1; j <= j1; j++) cells.push([i1, j]);
    for (let i = i1 - 1; i >= i0; i--) cells.push([i, j1]);
    for (let j = j1 - 1; j > j0; j--) cells.push([i0, j]);
    for (const [i, j] of cells) {
      if (k >= nodes.length) break;
      const v = nodes[k++]!;
      x[v] = ox + (i + 0.5) * cw;
      y[v] = oy + (j + 0.5) * ch;
    }
  }
}

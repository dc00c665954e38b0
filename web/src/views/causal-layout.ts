/**
 * The causal view's layout on top of dagre: columns kept apart with their labels (a label hangs
 * under its node, dagre centres the box on it), the challenge's own interventions in columns right
 * of it, and the tallest columns in two lanes when that lets the fit zoom in further.
 */
import type cytoscape from 'cytoscape';
import type { Core, NodeSingular } from 'cytoscape';

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
export function columnsApart(
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


/**
 * Causal analysis over CAUSES: the chain upstream of a challenge (breadth-first, one query per
 * hop) and feedback loops (simple cycles, found in memory over the CAUSES edges, which are few
 * compared with the rest of the graph; rotations are never reported twice).
 */
import neo4j from 'neo4j-driver';
import { cypher, plain, type Db } from '../db/driver.ts';
import { type LabelName } from '../ontology.ts';
import { inducedEdgesOfType } from './edges.ts';
import { InputError, knowledgeLabel, toGraphNode, toNode, type Graph, type GraphEdge, type GraphNode } from '../graph/model.ts';

export const CAUSAL_LABELS: readonly LabelName[] = ['Mechanism', 'Challenge', 'Opportunity'];

export interface CausalChain extends Graph {
  /** Element ids of the nodes, in the order of `nodes` (for follow-up queries). */
  eids: string[];
}

const chainStart = cypher(
  'causal.start',
  'MATCH (c:Challenge {id: $id}) RETURN elementId(c) AS eid, labels(c) AS labels, properties(c) AS props',
);
const chainHop = cypher(
  'causal.hop',
  `MATCH (a) WHERE elementId(a) IN $frontier
   MATCH (b)-[:CAUSES]->(a) WHERE NOT elementId(b) IN $seen AND (b:Mechanism OR b:Challenge OR b:Opportunity)
   WITH DISTINCT b ORDER BY b.name, b.id LIMIT $remaining
   RETURN elementId(b) AS eid, labels(b) AS labels, properties(b) AS props`,
);

/**
 * Everything upstream of a challenge via CAUSES, up to `maxDepth` hops, with every CAUSES edge
 * among those nodes (so loops through the chain show). Null when the challenge does not exist.
 */
export async function causalChain(db: Db, challengeId: string, maxDepth: number, limit = 2000): Promise<CausalChain | null> {
  const start = await db.read(chainStart, { id: challengeId });
  const first = start.records[0];
  if (!first) return null;
  const nodes: GraphNode[] = [toGraphNode(toNode('Challenge', first.get('props')), 0)];
  const eids: string[] = [first.get('eid')];
  let frontier = [...eids];
  let truncated = false;
  for (let d = 1; d <= maxDepth && frontier.length > 0 && !truncated; d++) {
    const remaining = limit - nodes.length;
    const result = await db.read(chainHop, { frontier, seen: eids, remaining: neo4j.int(remaining + 1) });
    let rows = result.records;
    if (rows.length > remaining) {
      truncated = true;
      rows = rows.slice(0, remaining);
    }
    frontier = [];
    for (const r of rows) {
      const label = knowledgeLabel(r.get('labels'));
      if (!label) continue;
      nodes.push(toGraphNode(toNode(label, r.get('props')), d));
      eids.push(r.get('eid'));
      frontier.push(r.get('eid'));
    }
  }
  const edges = await inducedEdgesOfType(db, eids, 'CAUSES', limit * 4);
  return { nodes, edges: edges.edges, truncated: truncated || edges.truncated, eids };
}

// ---------------------------------------------------------------------------------------------
// Feedback loops

export type LoopKind = 'REINFORCING' | 'BALANCING' | 'UNDETERMINED';

export interface FeedbackLoop {
  /** The edge ids of the loop, starting at its smallest node id: the same loop always gets the same id. */
  id: string;
  kind: LoopKind;
  length: number;
  nodes: GraphNode[];
  edges: GraphEdge[];
}

/** REINFORCING: an even number of '-'; BALANCING: odd; UNDETERMINED: any '?' (or a missing polarity). */
export function loopKind(polarities: readonly unknown[]): LoopKind {
  if (polarities.some((p) => p !== '+' && p !== '-')) return 'UNDETERMINED';
  return polarities.filter((p) => p === '-').length % 2 === 0 ? 'REINFORCING' : 'BALANCING';
}

const allCauses = cypher(
  'causal.allCauses',
  `MATCH (a)-[r:CAUSES]->(b)
   RETURN a.id AS source, labels(a) AS sourceLabels, properties(a) AS sourceProps,
          b.id AS target, labels(b) AS targetLabels, properties(b) AS targetProps, properties(r) AS props
   ORDER BY source, target LIMIT $limit`,
);

export interface LoopOptions {
  maxLength: number;
  /** Only loops through this node. */
  through?: string | null;
  kind?: LoopKind | null;
  first: number;
  /** Most CAUSES edges considered. */
  maxEdges?: number;
}

/**
 * Simple cycles of length <= maxLength. Each cycle is found once, from its smallest node id,
 * walking only through larger ids (so rotations never repeat). Parallel edges give distinct loops.
 */
export async function feedbackLoops(db: Db, options: LoopOptions): Promise<{ loops: FeedbackLoop[]; truncated: boolean }> {
  const maxEdges = options.maxEdges ?? 50_000;
  const result = await db.read(allCauses, { limit: neo4j.int(maxEdges + 1) });
  let truncated = result.records.length > maxEdges;
  const nodes = new Map<string, GraphNode>();
  const out = new Map<string, GraphEdge[]>();
  for (const r of result.records.slice(0, maxEdges)) {
    for (const side of ['source', 'target'] as const) {
      const id = r.get(side) as string;
      if (!nodes.has(id)) {
        const label = knowledgeLabel(r.get(`${side}Labels`));
        if (label) nodes.set(id, toGraphNode(toNode(label, r.get(`${side}Props`))));
      }
    }
    const source = r.get('source') as string;
    const target = r.get('target') as string;
    const properties = plain(r.get('props')) as Record<string, unknown>;
    const list = out.get(source) ?? [];
    list.push({ id: `${source}-[CAUSES]->${target}`, type: 'CAUSES', source, target, properties });
    out.set(source, list);
  }
  const loops: FeedbackLoop[] = [];
  const cap = 10_000;
  const starts = [...nodes.keys()].sort();
  for (const s of starts) {
    const path: GraphEdge[] = [];
    const onPath = new Set<string>([s]);
    const walk = (at: string): void => {
      if (loops.length >= cap) {
        truncated = true;
        return;
      }
      for (const e of out.get(at) ?? []) {
        if (e.target === s) {
          const edges = [...path, e];
          const ids = edges.map((x) => x.source);
          if (options.through && !ids.includes(options.through)) continue;
          const kind = loopKind(edges.map((x) => x.properties.polarity));
          if (options.kind && kind !== options.kind) continue;
          loops.push({
            id: edges.map((x) => x.id).join(' '),
            kind,
            length: edges.length,
            nodes: ids.map((id) => nodes.get(id)!).filter(Boolean),
            edges,
          });
        } else if (e.target > s && !onPath.has(e.target) && path.length + 1 < options.maxLength) {
          onPath.add(e.target);
          path.push(e);
          walk(e.target);
          path.pop();
          onPath.delete(e.target);
        }
      }
    };
    walk(s);
  }
  loops.sort((a, b) => a.length - b.length || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  if (loops.length > options.first) truncated = true;
  return { loops: loops.slice(0, options.first), truncated };
}

export function checkDepth(name: string, value: number | null | undefined, fallback: number, max: number): number {
  if (value === null || value === undefined) return fallback;
  if (!Number.isInteger(value) || value < 1 || value > max) throw new InputError(`${name} must be between 1 and ${max}`);
  return value;
}

/**
 * Causal analysis over CAUSES: the chain upstream of a challenge (one query) and feedback loops
 * (simple cycles, found in memory over the CAUSES edges, which are few compared with the rest of
 * the graph; rotations are never reported twice).
 */
import neo4j from 'neo4j-driver';
import { cypher, plain, type Db } from '../db/driver.ts';
import { type EvidenceGrade, type LabelName } from '../ontology.ts';
import { ALL_PROPERTIES, edgeProperties, ProjectionQuery, readProjected, type EdgeProjection, type GraphShape } from '../graph/projection.ts';
import { graphEdge, InputError, knowledgeLabel, toGraphNode, toNode, type Graph, type GraphEdge, type GraphNode } from '../graph/model.ts';
import { claimsMeeting } from './graded.ts';

export const CAUSAL_LABELS: readonly LabelName[] = ['Mechanism', 'Challenge', 'Opportunity'];

export interface CausalChain extends Graph {
  /** Element ids of the nodes, in the order of `nodes` (for follow-up queries), when asked for. */
  eids: string[];
}

export interface ChainOptions extends GraphShape {
  /** Most nodes (the challenge included). */
  limit?: number;
  /** Also return the nodes' element ids. */
  elementIds?: boolean;
  /** Only CAUSES claims whose evidence reaches this grade. */
  minEvidence?: EvidenceGrade | null;
}

/** The deepest causal chain asked for (the quantifier below must be a literal: a checked integer). */
export const MAX_CHAIN_DEPTH = 6;

/**
 * One query: every node upstream of the challenge with its distance, cut at $limit in
 * (depth, name, id) order, and the CAUSES edges leaving the nodes kept (those among them are picked
 * in JS: a set beats Cypher's linear list membership).
 * The distance is written as min(length(p)) over a variable-length pattern on purpose: Neo4j plans
 * that as a pruning breadth-first expand (VarLengthExpand(Pruning,BFS)), which visits each node
 * once, at its smallest depth, and emits in depth order. It does not enumerate paths, so dense
 * causal webs stay cheap; ANY SHORTEST gives the same answer with 3-4 times the db hits
 * (test/integration/causal-dense.test.ts keeps it so). Graded (`minEvidence`), every edge of a path
 * and every edge returned must be one of the claims in $ok.
 */
export const chainQuery = (depth: number, q: ProjectionQuery, edges: EdgeProjection, elementIds: boolean, graded = false) =>
  cypher(
    `causal.chain.${depth}${graded ? '.graded' : ''}`,
    `MATCH (c:Challenge {id: $id})
     CALL (c) {
       MATCH p = (b)-[:CAUSES*1..${depth}]->(c)
       WHERE b <> c AND (b:Mechanism OR b:Challenge OR b:Opportunity)${graded ? ' AND all(r IN relationships(p) WHERE elementId(r) IN $ok)' : ''}
       WITH b, min(length(p)) AS depth
       RETURN b, depth ORDER BY depth, b.name, b.id LIMIT $limit
     }
     WITH c, collect({n: b, depth: depth}) AS upstream
     WITH [{n: c, depth: 0}] + upstream AS found
     WITH found[0..$limit] AS kept, size(found) > $limit AS truncated
     CALL (kept) {
       UNWIND kept AS k
       WITH k.n AS a
       MATCH (a)-[r:CAUSES]->(x)${graded ? ' WHERE elementId(r) IN $ok' : ''}
       WITH a, r, x LIMIT $edgeScan
       RETURN collect([a.id, x.id, ${edgeProperties('r', edges)}]) AS edges
     }
     CALL (kept) {
       UNWIND kept AS k
       WITH k.n AS n, k.depth AS depth
       RETURN collect([${q.list('n')}, depth, ${elementIds ? 'elementId(n)' : 'null'}]) AS nodes
     }
     RETURN nodes, edges, truncated`,
  );

/**
 * Everything upstream of a challenge via CAUSES, up to `maxDepth` hops, with every CAUSES edge
 * among those nodes (so loops through the chain show). Null when the challenge does not exist.
 */
export async function causalChain(db: Db, challengeId: string, maxDepth: number, options: ChainOptions = {}): Promise<CausalChain | null> {
  const { limit = 2000, projection = ALL_PROPERTIES, edges: edgeProjection = 'all', elementIds = false, minEvidence = null } = options;
  if (!Number.isInteger(maxDepth) || maxDepth < 1 || maxDepth > MAX_CHAIN_DEPTH) throw new InputError(`maxDepth must be between 1 and ${MAX_CHAIN_DEPTH}`);
  const q = new ProjectionQuery(projection);
  const ok = await claimsMeeting(db, ['CAUSES'], minEvidence);
  const query = chainQuery(maxDepth, q, edgeProjection, elementIds, ok !== null);
  const maxEdges = limit * 4;
  const result = await db.read(query, {
    ...q.params,
    ...(ok !== null ? { ok } : {}),
    id: challengeId,
    limit: neo4j.int(limit),
    edgeScan: neo4j.int(maxEdges * 5),
  });
  const record = result.records[0];
  if (!record) return null;
  const nodes: GraphNode[] = [];
  const eids: string[] = [];
  for (const [row, depth, eid] of record.get('nodes') as [unknown, unknown, string | null][]) {
    const node = readProjected(row, projection);
    if (!node) continue;
    nodes.push(toGraphNode(node, Number(plain(depth))));
    if (eid) eids.push(eid);
  }
  const kept = new Set(nodes.map((n) => n.id));
  const scanned = record.get('edges') as [string, string, unknown][];
  const edges: GraphEdge[] = scanned
    .filter(([, target]) => kept.has(target))
    .map(([source, target, props]) => graphEdge(source, 'CAUSES', target, props))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const truncated = Boolean(record.get('truncated')) || scanned.length >= maxEdges * 5 || edges.length > maxEdges;
  return { nodes, edges: edges.slice(0, maxEdges), truncated, eids };
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
  `MATCH (a)-[r:CAUSES]->(b) WHERE $ok IS NULL OR elementId(r) IN $ok
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
  /** Only CAUSES claims whose evidence reaches this grade. */
  minEvidence?: EvidenceGrade | null;
}

/**
 * Simple cycles of length <= maxLength. Each cycle is found once, from its smallest node id,
 * walking only through larger ids (so rotations never repeat). Parallel edges give distinct loops.
 */
export async function feedbackLoops(db: Db, options: LoopOptions): Promise<{ loops: FeedbackLoop[]; truncated: boolean }> {
  const maxEdges = options.maxEdges ?? 50_000;
  const ok = await claimsMeeting(db, ['CAUSES'], options.minEvidence ?? null);
  const result = await db.read(allCauses, { limit: neo4j.int(maxEdges + 1), ok });
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
    const list = out.get(source) ?? [];
    list.push(graphEdge(source, 'CAUSES', target, r.get('props')));
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

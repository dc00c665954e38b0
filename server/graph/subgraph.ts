/**
 * Neighbourhoods of nodes for the explorer, in the Graph shape (Cytoscape-ready): a breadth-first
 * walk, one query per hop (never a path enumeration), then one query for every relationship among
 * the nodes kept. `truncated` says when the node limit cut the walk short.
 */
import neo4j from 'neo4j-driver';
import { cypher, type Db } from '../db/driver.ts';
import { LABEL_NAMES, RELATIONSHIP_TYPES, type LabelName } from '../ontology.ts';
import { graphEdge, labelPredicate, matchByIds, toGraphNode, type Graph, type GraphEdge, type GraphNode } from './model.ts';
import { ALL_PROPERTIES, edgeProperties, ProjectionQuery, readProjected, type EdgeProjection, type GraphShape, type NodeProjection } from './projection.ts';

interface Found {
  eid: string;
  node: GraphNode;
}

function rowsToFound(records: { get(key: string): unknown }[], depth: number, projection: NodeProjection): Found[] {
  return records.flatMap((r) => {
    const node = readProjected(r.get('node'), projection);
    return node ? [{ eid: r.get('eid') as string, node: toGraphNode(node, depth) }] : [];
  });
}

/** Every ontology relationship among the given nodes (by element id), at most `maxEdges`. */
export async function inducedEdges(
  db: Db,
  eids: readonly string[],
  maxEdges: number,
  edgeProjection: EdgeProjection = 'all',
): Promise<{ edges: GraphEdge[]; truncated: boolean }> {
  if (eids.length === 0) return { edges: [], truncated: false };
  const result = await db.read(
    cypher(
      'subgraph.edges',
      `MATCH (a)-[r]->(b) WHERE elementId(a) IN $eids AND elementId(b) IN $eids AND type(r) IN $types
       RETURN a.id AS source, type(r) AS type, b.id AS target, ${edgeProperties('r', edgeProjection)} AS props
       ORDER BY source, type, target LIMIT $limit`,
    ),
    { eids, types: RELATIONSHIP_TYPES, limit: neo4j.int(maxEdges + 1) },
  );
  const edges = result.records.map((r) => graphEdge(r.get('source') as string, r.get('type') as string, r.get('target') as string, r.get('props')));
  return { edges: edges.slice(0, maxEdges), truncated: edges.length > maxEdges };
}

/**
 * Depth 0 or 1 (the explorer's "expand"): one query for the nodes, their neighbours and every
 * relationship among them.
 */
async function oneHop(
  db: Db,
  match: { text: string; params: Record<string, string[]> },
  depth: number,
  labels: readonly LabelName[],
  limit: number,
  projection: NodeProjection,
  edgeProjection: EdgeProjection,
): Promise<Graph> {
  const maxEdges = Math.max(limit * 4, 100);
  const q = new ProjectionQuery(projection);
  const text = `${match.text}
     WITH n ORDER BY n.name, n.id LIMIT $limitPlus
     WITH collect(n) AS found
     WITH found[0..$limit] AS starts, size(found) > $limit AS cut
     CALL (starts) {
       UNWIND (CASE WHEN $depth > 0 THEN starts ELSE [] END) AS a
       MATCH (a)-[r]-(b) WHERE type(r) IN $types AND ${labelPredicate('b', labels)} AND NOT b IN starts
       WITH DISTINCT b ORDER BY b.name, b.id
       RETURN collect(b) AS around
     }
     WITH starts, cut, around[0..($limit - size(starts))] AS next, size(around) > $limit - size(starts) AS cut2
     WITH starts + next AS kept, starts, cut OR cut2 AS truncated
     CALL (kept) {
       UNWIND kept AS a
       MATCH (a)-[r]->(b) WHERE type(r) IN $types
       WITH a, r, b LIMIT $edgeScan
       RETURN collect([a.id, type(r), b.id, ${edgeProperties('r', edgeProjection)}]) AS edges
     }
     RETURN [x IN kept | [${q.list('x')}, x IN starts]] AS nodes, edges, truncated`;
  const result = await db.read(cypher('subgraph.oneHop', text), {
    ...match.params,
    ...q.params,
    depth: neo4j.int(depth),
    types: RELATIONSHIP_TYPES,
    limit: neo4j.int(limit),
    limitPlus: neo4j.int(limit + 1),
    edgeScan: neo4j.int(maxEdges * 5),
  });
  const record = result.records[0];
  if (!record) return { nodes: [], edges: [], truncated: false };
  const nodes = (record.get('nodes') as [unknown, boolean][]).flatMap(([row, start]) => {
    const node = readProjected(row, projection);
    return node ? [toGraphNode(node, start ? 0 : 1)] : [];
  });
  // Relationships leaving the kept nodes, filtered here to those among them (a set beats Cypher's
  // list membership, which is linear).
  const keptIds = new Set(nodes.map((n) => n.id));
  const scanned = record.get('edges') as [string, string, string, unknown][];
  const scanCut = scanned.length >= maxEdges * 5;
  const edges = scanned
    .filter(([, , target]) => keptIds.has(target))
    .map(([source, type, target, props]) => graphEdge(source, type, target, props))
    .sort((x, y) => (x.source < y.source ? -1 : x.source > y.source ? 1 : x.type < y.type ? -1 : x.type > y.type ? 1 : x.target < y.target ? -1 : x.target > y.target ? 1 : 0));
  return { nodes, edges: edges.slice(0, maxEdges), truncated: Boolean(record.get('truncated')) || scanCut || edges.length > maxEdges };
}

export async function subgraph(
  db: Db,
  ids: readonly string[],
  depth: number,
  labels: readonly LabelName[],
  limit: number,
  { projection = ALL_PROPERTIES, edges: edgeProjection = 'all' }: GraphShape = {},
): Promise<Graph> {
  const match = matchByIds(ids);
  if (!match) return { nodes: [], edges: [], truncated: false };
  if (depth <= 1) return oneHop(db, match, depth, labels, limit, projection, edgeProjection);
  const q = new ProjectionQuery(projection);
  const start = await db.read(
    cypher('subgraph.start', `${match.text} RETURN elementId(n) AS eid, ${q.list('n')} AS node ORDER BY n.name, n.id LIMIT $limit`),
    { ...match.params, ...q.params, limit: neo4j.int(limit + 1) },
  );
  let found = rowsToFound(start.records, 0, projection);
  let truncated = found.length > limit;
  found = found.slice(0, limit);
  const all: Found[] = [...found];
  let frontier = found.map((f) => f.eid);
  const level = cypher(
    'subgraph.hop',
    `MATCH (a) WHERE elementId(a) IN $frontier
     MATCH (a)-[r]-(b) WHERE type(r) IN $types AND ${labelPredicate('b', labels)} AND NOT elementId(b) IN $seen
     WITH DISTINCT b ORDER BY b.name, b.id LIMIT $remaining
     RETURN elementId(b) AS eid, ${q.list('b')} AS node`,
  );
  for (let d = 1; d <= depth && frontier.length > 0 && !truncated; d++) {
    const remaining = limit - all.length;
    const result = await db.read(level, {
      ...q.params,
      frontier,
      types: RELATIONSHIP_TYPES,
      seen: all.map((f) => f.eid),
      remaining: neo4j.int(remaining + 1),
    });
    let next = rowsToFound(result.records, d, projection);
    if (next.length > remaining) {
      truncated = true;
      next = next.slice(0, remaining);
    }
    all.push(...next);
    frontier = next.map((f) => f.eid);
  }
  const edges = await inducedEdges(db, all.map((f) => f.eid), Math.max(limit * 4, 100), edgeProjection);
  return { nodes: all.map((f) => f.node), edges: edges.edges, truncated: truncated || edges.truncated };
}

/** The learning network's id as the brief names it and as the seed graph spells it. */
export const NETWORK_ACTOR_IDS = ['actor:leernetwerk-new-towns', 'actor:leernetwerk-toekomstbestendige-new-towns'];

const overviewNodes = (q: ProjectionQuery) =>
  cypher(
    'subgraph.overview',
    `CALL {
     MATCH (a:Actor) WHERE a.id IN $networks OR a.kind = 'network' RETURN a AS n
     UNION
     MATCH (m)-[:MEMBER_OF]->(a:Actor) WHERE (a.id IN $networks OR a.kind = 'network') AND (m:Municipality OR m:Actor) RETURN m AS n
     UNION
     MATCH (m:Municipality {groeikern: true}) RETURN m AS n
   }
   RETURN elementId(n) AS eid, ${q.list('n')} AS node ORDER BY n.name, n.id LIMIT $limit`,
  );

/** The explorer's first screen: the learning network(s), their members and every former groeikern. */
export async function overview(db: Db, limit = 1000, { projection = ALL_PROPERTIES, edges: edgeProjection = 'all' }: GraphShape = {}): Promise<Graph> {
  const q = new ProjectionQuery(projection);
  const result = await db.read(overviewNodes(q), { ...q.params, networks: NETWORK_ACTOR_IDS, limit: neo4j.int(limit + 1) });
  const found = rowsToFound(result.records, 0, projection);
  const kept = found.slice(0, limit);
  const edges = await inducedEdges(db, kept.map((f) => f.eid), limit * 4, edgeProjection);
  return { nodes: kept.map((f) => f.node), edges: edges.edges, truncated: found.length > limit || edges.truncated };
}

export { LABEL_NAMES };

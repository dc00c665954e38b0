import neo4j from 'neo4j-driver';
import { cypher, plain, type Db } from '../db/driver.ts';
import { edgeId, type GraphEdge } from '../graph/model.ts';
import type { RelationshipType } from '../ontology.ts';

/** Relationships of one (allow-listed) type among nodes given by element id. */
export async function inducedEdgesOfType(
  db: Db,
  eids: readonly string[],
  type: RelationshipType,
  maxEdges: number,
): Promise<{ edges: GraphEdge[]; truncated: boolean }> {
  if (eids.length === 0) return { edges: [], truncated: false };
  const result = await db.read(
    cypher(
      `analysis.edges.${type}`,
      `MATCH (a)-[r:${type}]->(b) WHERE elementId(a) IN $eids AND elementId(b) IN $eids
       RETURN a.id AS source, b.id AS target, properties(r) AS props ORDER BY source, target LIMIT $limit`,
    ),
    { eids, limit: neo4j.int(maxEdges + 1) },
  );
  const edges = result.records.map((r) => {
    const source = r.get('source') as string;
    const target = r.get('target') as string;
    return { id: edgeId(source, type, target), type, source, target, properties: plain(r.get('props')) as Record<string, unknown> };
  });
  return { edges: edges.slice(0, maxEdges), truncated: edges.length > maxEdges };
}

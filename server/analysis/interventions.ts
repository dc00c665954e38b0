/**
 * Which interventions to consider for a challenge, ranked.
 *
 * Candidates: interventions that ADDRESS the challenge or any node upstream of it via CAUSES
 * (up to `maxDepth` hops). For each candidate and each node it reaches, the shortest causal path
 * from that node to the challenge is taken; the best-scoring one gives `path` and `distance`.
 *
 * Score (higher first; ties by name, then id):
 *   3 x pathConfidence / (1 + distance)       directness, weighted by how sure the links are
 * + evidenceRank                              0 none, 1 goed_beschreven, 2 goed_onderbouwd, 3 effectief
 * + 1.5 if applied in the municipality (or one of its neighbourhoods),
 *   else 0.75 if applied near it (same province, or both members of a network actor),
 *   else 0.25 if applied anywhere
 * where pathConfidence = w(ADDRESSES.confidence) x product of w(CAUSES.confidence) along the path,
 * w(established) = 1, w(indicative) = 0.7, w(hypothesis or missing) = 0.4.
 */
import { cypher, plain, type Db } from '../db/driver.ts';
import { evidenceRank, type EvidenceGrade } from '../ontology.ts';
import { knowledgeLabel, toNode, type GraphEdge, type GraphNode, type KnowledgeNode } from '../graph/model.ts';
import { causalChain } from './causal.ts';
import { claimsMeeting } from './graded.ts';

export const CONFIDENCE_WEIGHT: Record<string, number> = { established: 1, indicative: 0.7, hypothesis: 0.4 };
const weight = (c: unknown) => CONFIDENCE_WEIGHT[String(c)] ?? 0.4;

export interface Application {
  place: KnowledgeNode;
  /** CBS code of the municipality the place is (in). */
  municipalityCode: string | null;
  province: string | null;
  networks: string[];
  properties: Record<string, unknown>;
}

export interface RankedIntervention {
  intervention: KnowledgeNode;
  score: number;
  /** Hops from the addressed node to the challenge (0: addresses the challenge itself). */
  distance: number;
  /** Intervention -> addressed node -> ... -> challenge. */
  path: GraphNode[];
  pathEdges: GraphEdge[];
  /** Every node of the chain it ADDRESSES, with the ADDRESSES properties. */
  reaches: { node: GraphNode; properties: Record<string, unknown> }[];
  evidenceLevel: string | null;
  confidence: number;
  appliedIn: Application[];
  appliedInMunicipality: boolean;
  near: boolean;
}

const candidates = cypher(
  'analysis.interventions.candidates',
  `MATCH (t) WHERE elementId(t) IN $eids
   MATCH (i:Intervention)-[a:ADDRESSES]->(t)
   WHERE $ok IS NULL OR elementId(a) IN $ok
   WITH i, collect({target: t.id, props: properties(a)}) AS reaches
   CALL (i) {
     OPTIONAL MATCH (i)-[ap:APPLIED_IN]->(place)
     OPTIONAL MATCH (place)-[:PART_OF*0..2]->(pm:Municipality)
     WITH ap, place, pm WHERE place IS NOT NULL
     RETURN collect({app: properties(ap), labels: labels(place), place: properties(place), code: pm.code, province: pm.province,
                     networks: COLLECT { MATCH (pm)-[:MEMBER_OF]->(n:Actor {kind: 'network'}) RETURN n.id }}) AS apps
   }
   RETURN properties(i) AS props, reaches, apps`,
);

const municipalityContext = cypher(
  'analysis.interventions.municipality',
  `MATCH (m:Municipality {code: $code})
   RETURN m.province AS province, COLLECT { MATCH (m)-[:MEMBER_OF]->(n:Actor {kind: 'network'}) RETURN n.id } AS networks`,
);

export interface RankOptions {
  maxDepth: number;
  municipalityCode?: string | null;
  first: number;
  /** Only ADDRESSES and CAUSES claims whose evidence reaches this grade. */
  minEvidence?: EvidenceGrade | null;
}

/** The best `first` interventions, and how many there were in all. Null when the challenge does not exist. */
export async function interventionsFor(
  db: Db,
  challengeId: string,
  options: RankOptions,
): Promise<{ ranked: RankedIntervention[]; total: number } | null> {
  const minEvidence = options.minEvidence ?? null;
  const [chain, ok] = await Promise.all([
    causalChain(db, challengeId, options.maxDepth, { elementIds: true, minEvidence }),
    claimsMeeting(db, ['ADDRESSES'], minEvidence),
  ]);
  if (!chain) return null;
  const [result, context] = await Promise.all([
    db.read(candidates, { eids: chain.eids, ok }),
    options.municipalityCode ? db.read(municipalityContext, { code: options.municipalityCode }) : Promise.resolve(null),
  ]);
  const here = context?.records[0];
  const province = (here?.get('province') as string | null) ?? null;
  const networks = new Set<string>((here?.get('networks') as string[] | undefined) ?? []);

  // Shortest path from every chain node to the challenge: breadth-first over CAUSES, backwards.
  const byId = new Map(chain.nodes.map((n) => [n.id, n]));
  const challenge = chain.nodes[0]!;
  const next = new Map<string, GraphEdge>(); // node -> first edge on its shortest path
  const dist = new Map<string, number>([[challenge.id, 0]]);
  let frontier = [challenge.id];
  while (frontier.length > 0) {
    const later: string[] = [];
    for (const v of frontier) {
      for (const e of chain.edges) {
        if (e.target === v && !dist.has(e.source)) {
          dist.set(e.source, dist.get(v)! + 1);
          next.set(e.source, e);
          later.push(e.source);
        }
      }
    }
    frontier = later;
  }

  const ranked = result.records.map((r): RankedIntervention => {
    const intervention = toNode('Intervention', r.get('props'));
    const reachesRaw = (r.get('reaches') as { target: string; props: unknown }[]).map((x) => ({
      target: x.target,
      properties: plain(x.props) as Record<string, unknown>,
    }));
    const appliedIn: Application[] = (r.get('apps') as Record<string, unknown>[]).flatMap((a) => {
      const label = knowledgeLabel(a.labels as string[]);
      if (!label) return [];
      return [
        {
          place: toNode(label, a.place),
          municipalityCode: (a.code as string | null) ?? null,
          province: (a.province as string | null) ?? null,
          networks: (a.networks as string[] | null) ?? [],
          properties: (plain(a.app) as Record<string, unknown>) ?? {},
        },
      ];
    });
    let best: { directness: number; distance: number; target: string; confidence: number } | null = null;
    for (const x of reachesRaw) {
      const d = dist.get(x.target);
      if (d === undefined) continue;
      let confidence = weight(x.properties.confidence);
      for (let at = x.target; at !== challenge.id; at = next.get(at)!.target) confidence *= weight(next.get(at)!.properties.confidence);
      const directness = (3 * confidence) / (1 + d);
      if (!best || directness > best.directness || (directness === best.directness && x.target < best.target)) {
        best = { directness, distance: d, target: x.target, confidence };
      }
    }
    const path: GraphNode[] = [];
    const pathEdges: GraphEdge[] = [];
    if (best) {
      path.push({ id: intervention.id, label: 'Intervention', name: intervention.name, nameEn: (intervention.nameEn as string) ?? null, node: intervention });
      for (let at = best.target; ; ) {
        path.push(byId.get(at)!);
        if (at === challenge.id) break;
        const e = next.get(at)!;
        pathEdges.push(e);
        at = e.target;
      }
    }
    const code = options.municipalityCode ?? null;
    const appliedInMunicipality = code !== null && appliedIn.some((a) => a.municipalityCode === code);
    const near =
      code !== null &&
      !appliedInMunicipality &&
      appliedIn.some((a) => (province !== null && a.province === province) || a.networks.some((n) => networks.has(n)));
    const evidenceLevel = (intervention.evidenceLevel as string | undefined) ?? null;
    const placeBonus = appliedInMunicipality ? 1.5 : near ? 0.75 : appliedIn.length > 0 ? 0.25 : 0;
    const score = (best?.directness ?? 0) + evidenceRank(evidenceLevel) + placeBonus;
    return {
      intervention,
      score: Math.round(score * 1000) / 1000,
      distance: best?.distance ?? 0,
      path,
      pathEdges,
      reaches: reachesRaw.filter((x) => byId.has(x.target)).map((x) => ({ node: byId.get(x.target)!, properties: x.properties })),
      evidenceLevel,
      confidence: Math.round((best?.confidence ?? 0) * 1000) / 1000,
      appliedIn,
      appliedInMunicipality,
      near,
    };
  });
  ranked.sort(
    (a, b) =>
      b.score - a.score ||
      a.intervention.name.localeCompare(b.intervention.name) ||
      (a.intervention.id < b.intervention.id ? -1 : 1),
  );
  return { ranked: ranked.slice(0, options.first), total: ranked.length };
}

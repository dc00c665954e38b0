/**
 * Which claims reach an evidence grade, for the analyses' `minEvidence`: the element ids of the
 * relationships of the given claim types whose evidence summary (server/graph/evidence.ts) is at
 * least the grade. One query per call; only asked for when `minEvidence` is given.
 */
import { cypher, plain, type Db } from '../db/driver.ts';
import { evidenceSummary, meets, type SourceFacts } from '../graph/evidence.ts';
import type { EvidenceGrade } from '../ontology.ts';

/** The claim types the analyses read, each with its own named query (types are never parameters). */
const CLAIM_TYPES = ['CAUSES', 'ADDRESSES', 'FACES', 'HAS_OPPORTUNITY'] as const;
export type GradedType = (typeof CLAIM_TYPES)[number];

const claimsQuery = (types: readonly GradedType[]) =>
  cypher(
    `analysis.graded.${[...types].sort().join('.')}`,
    `MATCH ()-[r:${types.filter((t) => (CLAIM_TYPES as readonly string[]).includes(t)).join('|')}]->()
     RETURN elementId(r) AS eid, r.confidence AS confidence,
            COLLECT { MATCH (s:Source) WHERE s.id IN coalesce(r.sources, []) RETURN s {.kind, .publisher, .secondary} } AS sources`,
  );

/** Element ids of the claims of `types` that reach `min`; null when `min` is null (no restriction). */
export async function claimsMeeting(db: Db, types: readonly GradedType[], min: EvidenceGrade | null): Promise<string[] | null> {
  if (min === null) return null;
  const result = await db.read(claimsQuery(types), {});
  return result.records
    .filter((r) => meets(evidenceSummary(plain(r.get('sources')) as SourceFacts[], r.get('confidence')), min))
    .map((r) => r.get('eid') as string);
}

/**
 * How well the graph's knowledge is sourced and connected, in figures: sources by kind and against
 * the source policy, claims by evidence grade, and the gaps the knowledge issue (#17) closes
 * (challenges without a cause or an intervention, interventions nobody implements, towns without a
 * sourced challenge of their own). `newtowns coverage` prints it; docs/data.md shows it for the
 * seed and the seed test keeps that table true.
 */
import { cypher, plain, type Db } from '../db/driver.ts';
import { copyHostOf } from '../source-policy.ts';
import { EVIDENCE_GRADES, SOURCE_KINDS, type EvidenceGrade } from '../ontology.ts';
import { evidenceSummary, type SourceFacts } from './evidence.ts';

/** The claim types the knowledge issue summarises. */
export const CLAIM_TYPES = ['FACES', 'HAS_OPPORTUNITY', 'CAUSES', 'ADDRESSES', 'APPLIED_IN', 'IMPLEMENTS'] as const;

export interface Coverage {
  sources: number;
  sourcesByKind: Record<string, number>;
  sourcesWithoutPublisher: string[];
  sourcesWithoutYear: string[];
  sourcesOnCopyHosts: string[];
  claims: number;
  claimsByGrade: Record<EvidenceGrade, number>;
  challenges: number;
  challengesWithoutCause: string[];
  challengesWithoutIntervention: string[];
  interventions: number;
  interventionsWithoutActor: string[];
  /** Groeikernen without a sourced FACES or HAS_OPPORTUNITY of their own or of one of their neighbourhoods. */
  townsWithoutSourcedProfile: string[];
  /** Groeikernen without a population, or with one of another year than the rest. */
  populationYears: Record<string, number>;
  neighbourhoods: number;
  neighbourhoodsWithCbsCode: number;
}

const sourcesQuery = cypher('coverage.sources', 'MATCH (s:Source) RETURN s.id AS id, s {.kind, .publisher, .year, .url, .secondary} AS props ORDER BY id');
const claimsQuery = cypher(
  'coverage.claims',
  `MATCH ()-[r:${CLAIM_TYPES.join('|')}]->()
   RETURN r.confidence AS confidence,
          COLLECT { MATCH (s:Source) WHERE s.id IN coalesce(r.sources, []) RETURN s {.kind, .publisher, .secondary} } AS sources`,
);
const gapsQuery = cypher(
  'coverage.gaps',
  `RETURN
     COUNT { MATCH (c:Challenge) } AS challenges,
     COLLECT { MATCH (c:Challenge) WHERE NOT EXISTS { (c)<-[:CAUSES]-() } RETURN c.id ORDER BY c.id } AS withoutCause,
     COLLECT { MATCH (c:Challenge) WHERE NOT EXISTS { (c)<-[:ADDRESSES]-(:Intervention) } RETURN c.id ORDER BY c.id } AS withoutIntervention,
     COUNT { MATCH (i:Intervention) } AS interventions,
     COLLECT { MATCH (i:Intervention) WHERE NOT EXISTS { (i)<-[:IMPLEMENTS]-() } RETURN i.id ORDER BY i.id } AS withoutActor,
     COLLECT { MATCH (m:Municipality {groeikern: true})
               WHERE NOT EXISTS { (m)<-[:PART_OF*0..2]-()-[f:FACES|HAS_OPPORTUNITY]->() WHERE size(coalesce(f.sources, [])) > 0 }
               RETURN m.id ORDER BY m.id } AS withoutProfile,
     COLLECT { MATCH (m:Municipality {groeikern: true}) RETURN coalesce(toString(m.populationYear), 'none') } AS populationYears,
     COUNT { MATCH (n:Neighbourhood) } AS neighbourhoods,
     COUNT { MATCH (n:Neighbourhood) WHERE n.code IS NOT NULL } AS coded`,
);

const tally = (values: readonly string[]) => {
  const out: Record<string, number> = {};
  for (const v of values) out[v] = (out[v] ?? 0) + 1;
  return out;
};

export async function coverage(db: Db): Promise<Coverage> {
  const [sources, claims, gaps] = await Promise.all([db.read(sourcesQuery), db.read(claimsQuery), db.read(gapsQuery)]);
  const rows = sources.records.map((r) => ({ id: r.get('id') as string, props: plain(r.get('props')) as Record<string, unknown> }));
  const byKind: Record<string, number> = Object.fromEntries(SOURCE_KINDS.map((k) => [k, 0]));
  for (const { props } of rows) byKind[String(props.kind ?? 'none')] = (byKind[String(props.kind ?? 'none')] ?? 0) + 1;
  const grades = Object.fromEntries(EVIDENCE_GRADES.map((g) => [g, 0])) as Record<EvidenceGrade, number>;
  for (const r of claims.records) grades[evidenceSummary(plain(r.get('sources')) as SourceFacts[], r.get('confidence')).grade]++;
  const g = gaps.records[0]!;
  return {
    sources: rows.length,
    sourcesByKind: byKind,
    sourcesWithoutPublisher: rows.filter(({ props }) => !props.publisher).map((r) => r.id),
    sourcesWithoutYear: rows.filter(({ props }) => props.year == null).map((r) => r.id),
    sourcesOnCopyHosts: rows.filter(({ props }) => typeof props.url === 'string' && copyHostOf(props.url)).map((r) => r.id),
    claims: claims.records.length,
    claimsByGrade: grades,
    challenges: Number(plain(g.get('challenges'))),
    challengesWithoutCause: g.get('withoutCause'),
    challengesWithoutIntervention: g.get('withoutIntervention'),
    interventions: Number(plain(g.get('interventions'))),
    interventionsWithoutActor: g.get('withoutActor'),
    townsWithoutSourcedProfile: g.get('withoutProfile'),
    populationYears: tally(g.get('populationYears') as string[]),
    neighbourhoods: Number(plain(g.get('neighbourhoods'))),
    neighbourhoodsWithCbsCode: Number(plain(g.get('coded'))),
  };
}

/** The figures as plain text lines (for `newtowns coverage`). */
export function coverageText(c: Coverage): string {
  const list = (xs: readonly string[]) => (xs.length ? `${xs.length}: ${xs.join(', ')}` : '0');
  const counts = (o: Record<string, number>) =>
    Object.entries(o)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ');
  return [
    `sources: ${c.sources} (${counts(c.sourcesByKind)})`,
    `sources without publisher: ${list(c.sourcesWithoutPublisher)}`,
    `sources without year: ${list(c.sourcesWithoutYear)}`,
    `sources on a copy or content site: ${list(c.sourcesOnCopyHosts)}`,
    `claims: ${c.claims} by evidence grade (${counts(c.claimsByGrade)})`,
    `challenges: ${c.challenges}; without a cause: ${list(c.challengesWithoutCause)}`,
    `challenges without an intervention: ${list(c.challengesWithoutIntervention)}`,
    `interventions: ${c.interventions}; without an implementing actor: ${list(c.interventionsWithoutActor)}`,
    `groeikernen without a sourced challenge or opportunity of their own: ${list(c.townsWithoutSourcedProfile)}`,
    `groeikernen by population year: ${counts(c.populationYears)}`,
    `neighbourhoods: ${c.neighbourhoods}, with a CBS code: ${c.neighbourhoodsWithCbsCode}`,
  ].join('\n');
}

/** The coverage as the rows of docs/data.md's coverage table: what a reader checks, and the seed test keeps true. */
export function coverageRows(c: Coverage): [string, number][] {
  return [
    ['sources', c.sources],
    ...Object.entries(c.sourcesByKind).map(([k, v]): [string, number] => [`sources of kind ${k}`, v]),
    ['sources without publisher', c.sourcesWithoutPublisher.length],
    ['sources without year', c.sourcesWithoutYear.length],
    ['sources on a copy or content site', c.sourcesOnCopyHosts.length],
    ['claims', c.claims],
    ...Object.entries(c.claimsByGrade).map(([k, v]): [string, number] => [`claims graded ${k}`, v]),
    ['challenges', c.challenges],
    ['challenges without a cause', c.challengesWithoutCause.length],
    ['challenges without an intervention', c.challengesWithoutIntervention.length],
    ['interventions', c.interventions],
    ['interventions without an implementing actor', c.interventionsWithoutActor.length],
    ['groeikernen without a sourced challenge or opportunity', c.townsWithoutSourcedProfile.length],
    ['groeikernen with a population', Object.entries(c.populationYears).reduce((n, [year, count]) => (year === 'none' ? n : n + count), 0)],
    ['neighbourhoods', c.neighbourhoods],
    ['neighbourhoods with a CBS code', c.neighbourhoodsWithCbsCode],
  ];
}

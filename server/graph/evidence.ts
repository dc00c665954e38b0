/**
 * A claim's evidence summary, computed from its sources and confidence: the best kind among its
 * sources on the credibility scale, how many independent publishers stand behind it, whether it
 * rests on secondary texts only, and the grade that follows (EVIDENCE_GRADES in the ontology).
 * Pure: GraphQL serves it on every claim, and the analyses' `minEvidence` keeps what reaches a grade.
 */
import { EVIDENCE_GRADES, SECONDARY_KINDS, SOURCE_KINDS, type EvidenceGrade, type SourceKind } from '../ontology.ts';
import { InputError } from './model.ts';

/** A Source's properties; the summary reads `kind`, `publisher` and `secondary`. */
export type SourceFacts = Readonly<Record<string, unknown>>;

export interface EvidenceSummary {
  grade: EvidenceGrade;
  /** The most credible kind among the sources; null when none says its kind. */
  bestKind: SourceKind | null;
  /** Independent publishers: distinct publisher names, compared without case and spacing. */
  publishers: number;
  /** Sources found. */
  sources: number;
  /** Every source is news or a secondary text (or flagged secondary). */
  secondaryOnly: boolean;
}

/** Official statistics, research and government documents: the primary part of the scale. */
const PRIMARY_KINDS: readonly SourceKind[] = ['official_statistics', 'research', 'government_policy'];

const kindRank = (kind: unknown): number => {
  const i = SOURCE_KINDS.indexOf(kind as SourceKind);
  return i < 0 ? SOURCE_KINDS.length : i;
};

const isSecondary = (s: SourceFacts) => s.secondary === true || SECONDARY_KINDS.includes(s.kind as SourceKind);

const publisherKey = (p: unknown) => (typeof p === 'string' ? p.toLowerCase().replace(/\s+/g, ' ').trim() : '');

export function evidenceSummary(sources: readonly SourceFacts[], confidence?: unknown): EvidenceSummary {
  const ranked = sources.map((s) => kindRank(s.kind)).sort((a, b) => a - b);
  const bestKind = ranked.length && ranked[0]! < SOURCE_KINDS.length ? SOURCE_KINDS[ranked[0]!]! : null;
  const publishers = new Set(sources.map((s) => publisherKey(s.publisher)).filter((p) => p !== '')).size;
  const secondaryOnly = sources.length > 0 && sources.every(isSecondary);
  const primary = sources.filter((s) => !isSecondary(s) && PRIMARY_KINDS.includes(s.kind as SourceKind));
  const hypothesis = confidence === 'hypothesis';
  let grade: EvidenceGrade;
  if (sources.length === 0) grade = 'none';
  else if (secondaryOnly || bestKind === null || SECONDARY_KINDS.includes(bestKind)) grade = 'weak';
  else if (primary.length === 0 || hypothesis) grade = 'fair';
  else grade = publishers >= 2 ? 'strong' : 'good';
  return { grade, bestKind, publishers, sources: sources.length, secondaryOnly };
}

export const gradeRank = (grade: EvidenceGrade): number => EVIDENCE_GRADES.indexOf(grade);

/** A `minEvidence` argument: null when not given, an error naming the grades when unknown. */
export function checkGrade(value: string | null | undefined): EvidenceGrade | null {
  if (value === null || value === undefined) return null;
  if (!(EVIDENCE_GRADES as readonly string[]).includes(value)) {
    throw new InputError(`minEvidence must be one of ${EVIDENCE_GRADES.join(', ')} (lowest first), not '${value}'`);
  }
  return value as EvidenceGrade;
}

export const meets = (summary: EvidenceSummary, min: EvidenceGrade | null): boolean => min === null || gradeRank(summary.grade) >= gradeRank(min);

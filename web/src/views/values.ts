/** A property value in words: ontology value names where the ontology has them. */
import {
  ACTOR_KIND_NAMES,
  CONFIDENCE_NAMES,
  DOMAIN_NAMES,
  EVIDENCE_LEVEL_NAMES,
  INTERVENTION_KIND_NAMES,
  POLARITY_NAMES,
  SOURCE_KIND_NAMES,
  type Lang,
  type Names,
  type PropertyDef,
} from '../../../server/ontology.ts';

const TABLES: Record<string, Readonly<Record<string, Names>>> = {
  domains: DOMAIN_NAMES,
  evidenceLevel: EVIDENCE_LEVEL_NAMES,
  confidence: CONFIDENCE_NAMES,
  polarity: POLARITY_NAMES,
};

export function valueName(key: string, value: string, pd: PropertyDef | undefined, lang: Lang): string {
  const table = TABLES[key] ?? (key === 'kind' ? { ...ACTOR_KIND_NAMES, ...INTERVENTION_KIND_NAMES, ...SOURCE_KIND_NAMES } : undefined);
  const named = table?.[value]?.[lang];
  if (named) return named;
  // Other enumerations: the raw value, readable.
  return pd?.values ? value.replace(/_/g, ' ') : value;
}

/**
 * The ontology is the one source of truth: the files derived from it must agree with it, and it
 * must be internally consistent (endpoints, prefixes, names, accessible colours and shapes).
 */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GENERATED } from '../../server/generate.ts';
import {
  LABELS,
  LABEL_NAMES,
  RELATIONSHIPS,
  RELATIONSHIP_TYPES,
  allowsEndpoints,
  evidenceRank,
  isLabel,
  labelOfId,
  relationshipsOf,
  type PropertyDef,
  type RelationshipDef,
} from '../../server/ontology.ts';
import { schemaStatements } from '../../server/db/schema.ts';

function luminance(hex: string): number {
  const channels = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  const [r, g, b] = channels.map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
const contrast = (a: string, b: string) => {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p) as [number, number];
  return (x + 0.05) / (y + 0.05);
};

describe('generated files', () => {
  for (const { file, text } of GENERATED) {
    it(`${file.split('/').slice(-2).join('/')} is current (run \`npm run generate\` after changing the ontology, the schema or the explorer's queries)`, async () => {
      expect(fs.readFileSync(file, 'utf8')).toBe(await text());
    });
  }

  it('schema.cypher has a uniqueness constraint on id for every label, and the Dutch full-text index', () => {
    const text = fs.readFileSync(GENERATED[0]!.file, 'utf8');
    for (const label of LABEL_NAMES) expect(text).toMatch(new RegExp(`FOR \\(n:${label}\\) REQUIRE n\\.id IS UNIQUE`));
    expect(text).toMatch(/CREATE FULLTEXT INDEX node_text .*`fulltext\.analyzer`: 'dutch'/);
    // And the one of names, unstemmed, for search as you type.
    expect(text).toMatch(/CREATE FULLTEXT INDEX node_name .*ON EACH \[n\.name, n\.nameEn\] .*`fulltext\.analyzer`: 'standard-folding'/);
    expect(schemaStatements().filter((s) => s.kind === 'fulltext').map((s) => s.name)).toEqual(['node_text', 'node_name']);
  });

  it('docs/ontology.md names every label and relationship type in Dutch and English', () => {
    const text = fs.readFileSync(GENERATED[1]!.file, 'utf8');
    for (const label of LABEL_NAMES) expect(text).toContain(`### ${label} (${LABELS[label].names.nl} / ${LABELS[label].names.en})`);
    for (const type of RELATIONSHIP_TYPES) expect(text).toContain(`### ${type} (`);
  });
});

describe('vocabulary version 1', () => {
  it('has the labels and relationship types of the public contract', () => {
    expect(LABEL_NAMES).toEqual(
      expect.arrayContaining(['Municipality', 'Neighbourhood', 'Challenge', 'Opportunity', 'Mechanism', 'Intervention', 'Actor', 'Source', 'Case']),
    );
    expect(RELATIONSHIP_TYPES).toEqual(
      expect.arrayContaining(['PART_OF', 'MERGED_INTO', 'FACES', 'HAS_OPPORTUNITY', 'CAUSES', 'ADDRESSES', 'LEVERAGES', 'IMPLEMENTS', 'APPLIED_IN', 'MEMBER_OF', 'ABOUT', 'INVOLVES', 'SUPPORTED_BY']),
    );
  });

  it('allows the endpoints the contract names and refuses others', () => {
    expect(allowsEndpoints('PART_OF', 'Neighbourhood', 'Municipality')).toBe(true);
    expect(allowsEndpoints('CAUSES', 'Challenge', 'Mechanism')).toBe(true);
    expect(allowsEndpoints('ADDRESSES', 'Intervention', 'Opportunity')).toBe(false);
    expect(allowsEndpoints('SUPPORTED_BY', 'Source', 'Source')).toBe(false);
    expect(allowsEndpoints('IMPLEMENTS', 'Municipality', 'Intervention')).toBe(true);
    expect(relationshipsOf('Intervention', 'out')).toEqual(expect.arrayContaining(['ADDRESSES', 'LEVERAGES', 'APPLIED_IN', 'SUPPORTED_BY']));
  });

  it('marks CAUSES and ADDRESSES as claims that require sources and confidence', () => {
    for (const type of ['CAUSES', 'ADDRESSES'] as const) {
      const def = RELATIONSHIPS[type] as RelationshipDef;
      expect(def.claim).toBe(true);
      expect(def.properties.sources?.required).toBe(true);
      expect(def.properties.confidence?.values).toEqual(['established', 'indicative', 'hypothesis']);
    }
    expect((RELATIONSHIPS.CAUSES.properties.polarity as PropertyDef).values).toEqual(['+', '-', '?']);
  });

  it('refers only to declared labels, with unique id prefixes', () => {
    for (const type of RELATIONSHIP_TYPES) {
      const def = RELATIONSHIPS[type] as RelationshipDef;
      for (const label of [...def.from, ...def.to]) expect(isLabel(label)).toBe(true);
    }
    const prefixes = LABEL_NAMES.map((l) => LABELS[l].idPrefix);
    expect(new Set(prefixes).size).toBe(prefixes.length);
    expect(labelOfId('municipality:GM0034')).toBe('Municipality');
    expect(labelOfId('nonsense:x')).toBeUndefined();
  });

  it('orders the evidence ladder', () => {
    expect(evidenceRank(null)).toBe(0);
    expect(evidenceRank('goed_beschreven')).toBeLessThan(evidenceRank('goed_onderbouwd'));
    expect(evidenceRank('goed_onderbouwd')).toBeLessThan(evidenceRank('effectief'));
  });

  it('names every property in Dutch and English', () => {
    for (const label of LABEL_NAMES) {
      for (const [name, def] of Object.entries(LABELS[label].properties as Record<string, PropertyDef>)) {
        expect(def.names.nl, `${label}.${name}`).toBeTruthy();
        expect(def.names.en, `${label}.${name}`).toBeTruthy();
      }
    }
  });
});

describe('legend and styles are accessible', () => {
  it('gives each label its own shape and symbol, so colour never carries meaning alone', () => {
    const shapes = LABEL_NAMES.map((l) => LABELS[l].shape);
    const symbols = LABEL_NAMES.map((l) => LABELS[l].symbol);
    expect(new Set(shapes).size).toBe(LABEL_NAMES.length);
    expect(new Set(symbols).size).toBe(LABEL_NAMES.length);
  });

  it('has text on node colours at AA contrast (4.5:1) and node colours visible on white (3:1)', () => {
    for (const label of LABEL_NAMES) {
      const { colour, textColour } = LABELS[label];
      expect(contrast(colour, textColour), `${label} text`).toBeGreaterThanOrEqual(4.5);
      expect(contrast(colour, '#ffffff'), `${label} on white`).toBeGreaterThanOrEqual(3);
    }
  });
});

/**
 * The seed (cypher/seed/) through the import engine: it loads as one applied, curated import,
 * passes the ontology validation, loading it again changes nothing (not even a new Import record),
 * and seedIfEmpty only loads into a graph without knowledge nodes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cypher, plain } from '../../server/db/driver.ts';
import { loadSeed, seedFiles, seedIfEmpty } from '../../server/import/seed.ts';
import { issueText } from '../../server/import/pipeline.ts';
import { listImportRecords } from '../../server/import/record.ts';
import { emptyGraph, fingerprint, testDb } from '../support/db.ts';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const db = testDb(300_000);
const untagged = cypher(
  'test.seed.untagged',
  `CALL { MATCH (n) WHERE NOT n:Import AND NOT n:GraphHead AND n.importId IS NULL RETURN count(n) AS nodes }
   CALL { MATCH ()-[r]->() WHERE r.importId IS NULL RETURN count(r) AS rels }
   RETURN nodes, rels`,
);

beforeAll(async () => {
  await emptyGraph(db);
});

afterAll(async () => {
  await emptyGraph(db);
  await db.close();
});

describe('the seed', () => {
  it('has files', () => {
    expect(seedFiles().length).toBeGreaterThan(0);
  });

  it('loads into an empty graph as one import, every element tagged with it', async () => {
    const report = await seedIfEmpty(db);
    expect(report?.errors).toEqual([]);
    expect(report?.status).toBe('applied');
    // The source policy has nothing to say about the seed (docs/data.md).
    expect(report?.warnings).toEqual([]);
    expect(report?.files.length).toBe(seedFiles().length);
    const r = (await db.read(untagged)).records[0]!;
    expect(plain(r.get('nodes'))).toBe(0);
    expect(plain(r.get('rels'))).toBe(0);
    const records = await listImportRecords(db);
    expect(records.map((i) => i.id)).toEqual([report!.importId]);
    expect(records[0]).toMatchObject({ curated: true, partner: 'Toekomstbestendige New Towns', status: 'applied' });
  });

  it('refuses a seed with a source on a copy site, without a publisher or without a year, and changes nothing', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newtowns-seed-'));
    try {
      fs.writeFileSync(
        path.join(dir, '01.cypher'),
        "MERGE (s:Source {id: 'source:copy'}) SET s += {name: 'Almere', url: 'https://de.wikipedia.org/wiki/Almere', publisher: 'Wikipedia', year: 2024};\n" +
          "MERGE (t:Source {id: 'source:nobody'}) SET t += {name: 'Zonder uitgever', year: 2024};\n" +
          "MERGE (u:Source {id: 'source:undated'}) SET u += {name: 'Zonder jaar', publisher: 'Gemeente Almere', url: 'https://www.almere.nl/'};\n",
      );
      const before = await fingerprint(db);
      const report = await loadSeed(db, () => {}, { dir });
      expect(report.status).toBe('refused');
      expect(report.errors.map((e) => e.rule).sort()).toEqual(['source-on-copy-site', 'source-without-publisher', 'source-without-year']);
      // The refusal names the source and says what is missing.
      expect(report.errors.map((e) => issueText(e)).join('\n')).toContain('Source source:undated has no year: give the year of publication.');
      expect(await fingerprint(db)).toEqual(before);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('loading it again changes nothing and records nothing', async () => {
    const before = await fingerprint(db);
    const again = await loadSeed(db);
    expect(again.errors).toEqual([]);
    expect(again.status).toBe('unchanged');
    expect(await fingerprint(db)).toEqual(before);
  });

  it('seedIfEmpty leaves a graph with knowledge nodes alone', async () => {
    const before = await fingerprint(db);
    expect(await seedIfEmpty(db)).toBeNull();
    expect(await fingerprint(db)).toEqual(before);
  });
});

/**
 * Provenance and undo: undo deletes what an import created and restores what it changed (with
 * the values' types), and refuses, changing nothing, when later work built on the import.
 */
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { isDate, isInt } from 'neo4j-driver';
import { cypher, plain } from '../../server/db/driver.ts';
import { getImportRecord, listImportRecords } from '../../server/import/record.ts';
import { undoImport } from '../../server/import/undo.ts';
import { emptyGraph, fingerprint, testDb } from '../support/db.ts';
import { importText, knowledgeFingerprint, SMALL } from './import-support.ts';

const db = testDb(120_000);
const node = cypher('test.undo.node', 'MATCH (n {id: $id}) RETURN properties(n) AS props');
const props = async (id: string) => (await db.read(node, { id })).records[0]?.get('props') as Record<string, unknown> | undefined;

beforeEach(async () => {
  await emptyGraph(db);
});

afterAll(async () => {
  await emptyGraph(db);
  await db.close();
});

const MUNICIPALITY = `MERGE (m:Municipality {id: 'municipality:GM0034'})
SET m += {name: 'Almere', code: 'GM0034', population: 220000, populationYear: 2023, validFrom: date('1984-01-01'), groeikern: true};`;

describe('undo', () => {
  it('deletes what an import created: the graph is as before it', async () => {
    await importText(db, MUNICIPALITY);
    const before = await knowledgeFingerprint(db);
    const a = await importText(db, SMALL);
    expect(a.status).toBe('applied');
    const undo = await undoImport(db, a.importId, { actor: 'vitest' });
    expect(undo).toMatchObject({ status: 'undone', reasons: [], counts: { nodesDeleted: 3, relationshipsDeleted: 1 } });
    expect(await knowledgeFingerprint(db)).toBe(before);
    const record = await getImportRecord(db, a.importId);
    expect(record).toMatchObject({ status: 'undone', undoneBy: 'vitest' });
  });

  it('restores the previous values (and their types) of what an import changed', async () => {
    const a = await importText(db, MUNICIPALITY);
    const before = await knowledgeFingerprint(db);
    const b = await importText(
      db,
      `MATCH (m:Municipality {id: 'municipality:GM0034'})
       SET m.population = 230000, m.validFrom = date('1984-01-02'), m.nameEn = 'Almere', m.groeikern = null, m.province = 'Flevoland';`,
    );
    expect(b.status).toBe('applied');
    expect(b.counts.nodesChanged).toEqual({ Municipality: 1 });
    expect(b.counts.propertiesChanged).toBe(5);
    expect((await props('municipality:GM0034'))?.importId).toBe(a.importId);

    const undo = await undoImport(db, b.importId);
    expect(undo.status).toBe('undone');
    expect(undo.counts.nodesRestored).toBe(1);
    const m = (await props('municipality:GM0034'))!;
    expect(isInt(m.population) && plain(m.population)).toBe(220000);
    expect(isDate(m.validFrom) && String(m.validFrom)).toBe('1984-01-01');
    expect(m.groeikern).toBe(true);
    expect(m.nameEn).toBeUndefined();
    expect(await knowledgeFingerprint(db)).toBe(before);
  });

  it('restores changed relationship properties', async () => {
    await importText(db, SMALL);
    const before = await knowledgeFingerprint(db);
    const b = await importText(db, "MATCH (:Mechanism {id: 'mechanism:t-a'})-[r:CAUSES]->(:Challenge {id: 'challenge:t-b'}) SET r.confidence = 'established', r.note = 'Gemeten';");
    expect(b.counts.relationshipsChanged).toEqual({ CAUSES: 1 });
    expect((await undoImport(db, b.importId)).status).toBe('undone');
    expect(await knowledgeFingerprint(db)).toBe(before);
  });

  it('refuses when a later import attached a relationship to one of its nodes, then works once that is undone', async () => {
    const a = await importText(db, SMALL);
    const b = await importText(
      db,
      `MERGE (i:Intervention {id: 'intervention:t-i'}) SET i.name = 'Wijkaanpak';
       MATCH (i:Intervention {id: 'intervention:t-i'}), (m:Mechanism {id: 'mechanism:t-a'})
       MERGE (i)-[r:ADDRESSES]->(m) SET r += {sources: ['source:t-1'], confidence: 'hypothesis'};`,
    );
    expect(b.status).toBe('applied');
    const before = await fingerprint(db);
    const refused = await undoImport(db, a.importId);
    expect(refused.status).toBe('refused');
    expect(refused.reasons.join('\n')).toContain(`by import ${b.importId}`);
    expect(refused.reasons.join('\n')).toContain('(intervention:t-i)-[:ADDRESSES]->(mechanism:t-a)');
    expect(await fingerprint(db)).toEqual(before);

    expect((await undoImport(db, b.importId)).status).toBe('undone');
    expect((await undoImport(db, a.importId)).status).toBe('undone');
    expect(await props('mechanism:t-a')).toBeUndefined();
  });

  it('refuses when a later import changed one of its nodes', async () => {
    const a = await importText(db, SMALL);
    const b = await importText(db, "MATCH (m:Mechanism {id: 'mechanism:t-a'}) SET m.nameEn = 'Ageing';");
    const before = await fingerprint(db);
    const refused = await undoImport(db, a.importId);
    expect(refused.status).toBe('refused');
    expect(refused.reasons.join('\n')).toContain(b.importId);
    expect(await fingerprint(db)).toEqual(before);
  });

  it('refuses when a property it changed has changed again since, naming the later import', async () => {
    await importText(db, MUNICIPALITY);
    const b = await importText(db, "MATCH (m:Municipality {id: 'municipality:GM0034'}) SET m.population = 1;");
    const c = await importText(db, "MATCH (m:Municipality {id: 'municipality:GM0034'}) SET m.population = 2;");
    const refused = await undoImport(db, b.importId);
    expect(refused.status).toBe('refused');
    expect(refused.reasons.join('\n')).toContain(`node municipality:GM0034 was changed later by import ${c.importId}`);
    expect((await undoImport(db, c.importId)).status).toBe('undone');
    expect((await undoImport(db, b.importId)).status).toBe('undone');
    expect(plain((await props('municipality:GM0034'))!.population)).toBe(220000);
  });

  it('refuses when something else cites a Source it created', async () => {
    const a = await importText(db, "MERGE (s:Source {id: 'source:t-9'}) SET s += {name: 'Bron', publisher: 'P', year: 2021};");
    const b = await importText(
      db,
      `MERGE (m:Mechanism {id: 'mechanism:t-m'}) SET m.name = 'M';
       MERGE (c:Challenge {id: 'challenge:t-c'}) SET c.name = 'C';
       MATCH (m:Mechanism {id: 'mechanism:t-m'}), (c:Challenge {id: 'challenge:t-c'})
       MERGE (m)-[r:CAUSES]->(c) SET r += {polarity: '+', confidence: 'hypothesis', sources: ['source:t-9']};`,
    );
    expect(b.status).toBe('applied');
    const refused = await undoImport(db, a.importId);
    expect(refused.status).toBe('refused');
    expect(refused.reasons.join('\n')).toContain(`import ${b.importId} cites source:t-9, which this import created`);
  });

  it('refuses an import that is already undone, and an unknown id', async () => {
    const a = await importText(db, SMALL);
    expect((await undoImport(db, a.importId)).status).toBe('undone');
    const again = await undoImport(db, a.importId);
    expect(again.status).toBe('refused');
    expect(again.reasons[0]).toContain("status 'undone'");
    expect((await undoImport(db, 'import:nope')).status).toBe('not-found');
  });

  it('lists imports newest first with their provenance', async () => {
    const a = await importText(db, SMALL, { partner: 'RIGO', actor: 'alice' });
    const b = await importText(db, MUNICIPALITY, { partner: 'CBS', actor: 'bob' });
    const list = await listImportRecords(db);
    expect(list.map((r) => r.id)).toEqual([b.importId, a.importId]);
    expect(list[1]).toMatchObject({ partner: 'RIGO', actor: 'alice', status: 'applied', fileName: 'test.cypher', statements: 4 });
    expect((list[1]!.counts as { nodesCreated: Record<string, number> }).nodesCreated).toEqual({ Source: 1, Mechanism: 1, Challenge: 1 });
  });
});

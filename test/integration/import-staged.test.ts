/**
 * Staged imports (big files: several transactions, compensated when they do not complete): the
 * same result as one transaction when they succeed; the graph exactly as before when they are
 * refused, fail half-way, are dry runs, or when the CLI is killed between stages (the next
 * import, or start-up, undoes the committed stages).
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { cypher, plain } from '../../server/db/driver.ts';
import { PROJECT_ROOT } from '../../server/config.ts';
import { dropStaleTempConstraints, recoverStagedImports } from '../../server/import/pipeline.ts';
import { getImportRecord } from '../../server/import/records.ts';
import { emptyGraph, fingerprint, testConnection, testDb } from '../support/db.ts';
import { generateApocDataset } from '../bench/import.ts';
import { importText, leftoverConstraints, SMALL } from './import-support.ts';

const db = testDb(120_000);
const staged = { staged: true, stageStatements: 2 } as const;

beforeEach(async () => {
  await emptyGraph(db);
});

afterAll(async () => {
  await emptyGraph(db);
  await db.close();
});

const stagingRecords = cypher('test.staged.records', "MATCH (i:Import) WHERE i.status = 'staging' RETURN count(i) AS n");

describe('staged imports', () => {
  it('apply like a single transaction: same counts, tags and record', async () => {
    const text = generateApocDataset({ nodes: 60, relationships: 90, unwindBatch: 10, prefix: 'st' });
    const report = await importText(db, text, staged);
    expect(report.errors).toEqual([]);
    expect(report.status).toBe('applied');
    expect(report.counts.nodesCreated).toEqual({ Source: 1, Neighbourhood: 24, Challenge: 18, Mechanism: 18 });
    expect(report.counts.relationshipsCreated).toEqual({ CAUSES: 45, FACES: 27, PART_OF: 18 });
    const record = await getImportRecord(db, report.importId);
    expect(record?.status).toBe('applied');
    expect(plain((await db.read(stagingRecords)).records[0]!.get('n'))).toBe(0);
    expect(await leftoverConstraints(db)).toEqual([]);

    const again = await importText(db, SMALL, staged);
    expect(again.status).toBe('applied');
    const before = await fingerprint(db);
    expect((await importText(db, SMALL, staged)).status).toBe('unchanged');
    expect(await fingerprint(db)).toEqual(before);
  });

  it('a violation found at the end: every stage is taken back, changed properties restored', async () => {
    await importText(db, SMALL);
    const before = await fingerprint(db);
    const report = await importText(
      db,
      `MATCH (m:Mechanism {id: 'mechanism:t-a'}) SET m.nameEn = 'Ageing', m.domains = ['economie'];
       MERGE (s:Source {id: 'source:st-2'}) SET s.name = 'Twee';
       MERGE (c:Challenge {id: 'challenge:st-3'}) SET c.name = 'Drie';
       MATCH (c:Challenge {id: 'challenge:st-3'}), (m:Mechanism {id: 'mechanism:t-a'}) MERGE (m)-[:CAUSES {polarity: '+', confidence: 'hypothesis', sources: ['source:st-2']}]->(c);
       CREATE (:Town {id: 'town:x', name: 'x'});`,
      staged,
    );
    expect(report.status).toBe('refused');
    expect(report.errors.map((e) => e.rule)).toEqual(['unknown-label']);
    expect(await fingerprint(db)).toEqual(before);
  });

  it('a statement failing in a later stage: the earlier stages are taken back', async () => {
    await importText(db, SMALL);
    const before = await fingerprint(db);
    const report = await importText(
      db,
      `MERGE (s:Source {id: 'source:st-2'}) SET s.name = 'Twee';
       MATCH (c:Challenge {id: 'challenge:t-b'}) SET c.nameEn = 'Vacancy';
       MERGE (s:Source {id: 'source:st-3'}) SET s.name = 'Drie';
       CREATE (:Source {id: 'source:t-1', name: 'dubbel'});`,
      staged,
    );
    expect(report.status).toBe('failed');
    expect(report.errors[0]).toMatchObject({ rule: 'statement-failed', line: 4 });
    expect(await fingerprint(db)).toEqual(before);
  });

  it('a dry run is taken back too', async () => {
    await importText(db, SMALL);
    const before = await fingerprint(db);
    const report = await importText(db, generateApocDataset({ nodes: 20, relationships: 20, prefix: 'dry' }), { ...staged, dryRun: true });
    expect(report.status).toBe('dry-run');
    expect(report.counts.relationshipsCreated).toEqual({ CAUSES: 10, FACES: 6, PART_OF: 4 });
    expect(await fingerprint(db)).toEqual(before);
  });
});

const stageTransactions = cypher(
  'test.staged.transactions',
  "SHOW TRANSACTIONS YIELD metaData WHERE metaData.query = 'import.stage' RETURN count(*) AS n",
);
const tagged = cypher('test.staged.tagged', 'MATCH (n) WHERE n.importId IS NOT NULL AND NOT n:Import RETURN count(n) AS n');

describe('a staged import killed between stages', () => {
  it('leaves committed stages that the next import (or start-up) takes back', async () => {
    await importText(db, SMALL);
    const before = await fingerprint(db);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newtowns-staged-'));
    const big = path.join(dir, 'big.cypher');
    fs.writeFileSync(big, generateApocDataset({ nodes: 6000, relationships: 12000, prefix: 'kill' }));
    const c = testConnection();
    const child = spawn(process.execPath, [path.join(PROJECT_ROOT, 'server/bin/newtowns.mjs'), 'import', big], {
      cwd: PROJECT_ROOT,
      stdio: 'ignore',
      env: { ...process.env, NEO4J_URI: c.uri, NEO4J_USER: c.user, NEO4J_PASSWORD: c.password, NEWTOWNS_IMPORT_STAGED_ABOVE_BYTES: '0', NEWTOWNS_IMPORT_LEASE_MS: '1000' },
    });
    const exited = new Promise((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
    try {
      // Wait until a stage has committed (its new nodes are tagged) and the next one is running.
      for (const deadline = Date.now() + 120_000; ; ) {
        const committed = Number(plain((await db.read(tagged)).records[0]!.get('n')));
        const running = Number(plain((await db.read(stageTransactions)).records[0]!.get('n')));
        if (committed > 3 && running > 0) break;
        if (Date.now() > deadline) throw new Error('no stage committed');
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
      child.kill('SIGKILL');
      expect(await exited).toBe('SIGKILL');
      expect((await fingerprint(db)).hash).not.toBe(before.hash); // the committed stages are there ...
      await new Promise((resolve) => setTimeout(resolve, 1500)); // ... until the lease runs out
      for (const until = Date.now() + 30_000; ; ) {
        if (Number(plain((await db.read(stageTransactions)).records[0]!.get('n'))) === 0) break;
        if (Date.now() > until) throw new Error('the killed stage transaction is still open');
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
      const recovered = await recoverStagedImports(db);
      expect(recovered.length).toBe(1);
      await dropStaleTempConstraints(db);
      expect(await fingerprint(db)).toEqual(before);
      expect(await leftoverConstraints(db)).toEqual([]);
    } finally {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 240_000);
});

/**
 * All or nothing, for every size, and for everyone else (review §1.3, §1.4): no reader sees any
 * part of an import before it commits (dry runs included); a refused, failed or interrupted import
 * leaves the graph exactly as before; what others changed while an import ran stays changed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cypher, plain } from '../../server/db/driver.ts';
import { createApiToken, revokeApiToken, tokenForSecret } from '../../server/api/tokens.ts';
import { importDataset, type ImportProgress } from '../../server/import/pipeline.ts';
import { LABEL_NAMES } from '../../server/ontology.ts';
import { emptyGraph, fingerprint, testDb } from '../support/db.ts';
import { generateApocDataset } from '../bench/import.ts';
import { graphSize, holdGraphLock, importText, SMALL } from './import-support.ts';

const db = testDb(300_000);
const knowledgeNodes = cypher('test.isolation.count', 'MATCH (n) WHERE any(l IN labels(n) WHERE l IN $labels) RETURN count(n) AS n');
const count = async () => Number(plain((await db.read(knowledgeNodes, { labels: LABEL_NAMES })).records[0]!.get('n')));

beforeAll(async () => {
  await emptyGraph(db);
  expect((await importText(db, SMALL)).status).toBe('applied');
});

afterAll(async () => {
  await emptyGraph(db);
  await db.close();
});

interface Read {
  count: number;
  started: number;
  ended: number;
}

/** Reads the count of knowledge nodes over and over while `work` runs; every read, with when. */
async function watching<T>(work: () => Promise<T>): Promise<{ result: T; reads: Read[]; seen: Set<number> }> {
  const reads: Read[] = [];
  let running = true;
  const reader = (async () => {
    while (running) {
      const started = performance.now();
      const n = await count();
      reads.push({ count: n, started, ended: performance.now() });
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  })();
  try {
    const result = await work();
    return { result, reads, seen: new Set(reads.map((r) => r.count)) };
  } finally {
    running = false;
    await reader;
  }
}

// First, on the small graph: these compare fingerprints of the whole graph before and after, and
// the applied import below leaves 12 000 nodes (a fingerprint of them took 0.35 s, six of them 2 s).
describe('a refused or interrupted import leaves everything as it was', () => {
  it('refused at the end (one bad node after 10 000 good ones): nothing of it, at any time', async () => {
    const before = await fingerprint(db);
    const nodes = await count();
    const text =
      generateApocDataset({ nodes: 10_000, relationships: 0, prefix: 'late' }) + "CREATE (:Challenge {id: 'challenge:late-bad', name: 'x', colour: 'red'});\n";
    const { result, seen } = await watching(() => importDataset(db, { text, fileName: 'late.cypher', partner: 'late' }));
    expect(result.status).toBe('refused');
    expect(result.errors.map((e) => e.rule)).toEqual(['unknown-property']);
    expect([...seen]).toEqual([nodes]);
    expect(await fingerprint(db)).toEqual(before);
  }, 180_000);

  it('interrupted while it applies the file in memory: failed, nothing changed', async () => {
    const before = await fingerprint(db);
    const controller = new AbortController();
    const report = await importDataset(db, {
      text: generateApocDataset({ nodes: 6_000, relationships: 3_000, prefix: 'cut' }),
      fileName: 'cut.cypher',
      partner: 'cut',
      signal: controller.signal,
      onProgress: (p: ImportProgress) => {
        if (p.phase === 'applying') controller.abort();
      },
    });
    expect(report.status).toBe('failed');
    expect(report.errors.map((e) => e.rule)).toEqual(['interrupted']);
    expect(await fingerprint(db)).toEqual(before);
  }, 180_000);

  it('interrupted while it waits for another writer: failed, nothing changed, the other writer unaffected', async () => {
    const before = await fingerprint(db);
    const lock = await holdGraphLock(db);
    try {
      const controller = new AbortController();
      const pending = importDataset(db, {
        text: "MERGE (s:Source {id: 'source:waiting'}) SET s += {name: 'Wacht', publisher: 'P', year: 2024};",
        fileName: 'wait.cypher',
        signal: controller.signal,
        onProgress: (p) => {
          if (p.phase === 'waiting') controller.abort();
        },
      });
      const report = await pending;
      expect(report.status).toBe('failed');
      expect(report.errors.map((e) => e.rule)).toEqual(['interrupted']);
    } finally {
      await lock.release();
    }
    expect(await fingerprint(db)).toEqual(before);
  }, 60_000);

  it('what an admin changed while an import ran stays changed when the import is refused (§1.4)', async () => {
    const { token, secret } = await createApiToken(db, { name: 'revoked-while-importing', role: 'partner' });
    const lock = await holdGraphLock(db);
    let report;
    try {
      // The import waits for the lock; meanwhile the admin revokes the token.
      let waiting!: () => void;
      const isWaiting = new Promise<void>((resolve) => (waiting = resolve));
      const pending = importDataset(db, {
        text: `${generateApocDataset({ nodes: 2_000, relationships: 0, prefix: 'rev' })}CREATE (:Challenge {id: 'challenge:rev-bad'});\n`,
        fileName: 'rev.cypher',
        partner: 'rev',
        onProgress: (p) => p.phase === 'waiting' && waiting(),
      });
      await isWaiting;
      await revokeApiToken(db, token.id);
      await lock.release();
      report = await pending;
    } finally {
      await lock.release();
    }
    expect(report.status).toBe('refused');
    expect(await tokenForSecret(db, secret)).toBeNull();
  }, 120_000);
});

describe('no reader sees any part of an import before it commits', () => {
  const dataset = generateApocDataset({ nodes: 12_000, relationships: 6_000, unwindBatch: 20, prefix: 'iso' });

  it('a dry run: every read sees the graph as it was, and so does the graph after', async () => {
    const before = await fingerprint(db);
    const nodes = await count();
    const { result, seen } = await watching(() => importDataset(db, { text: dataset, fileName: 'iso.cypher', partner: 'iso', dryRun: true }));
    expect(result.status).toBe('dry-run');
    expect([...seen]).toEqual([nodes]);
    expect(await fingerprint(db)).toEqual(before);
  }, 180_000);

  it('an applied import: every read that ends before the commit starts sees none of it; every read after it, all of it', async () => {
    const nodes = await count();
    let committing = Infinity;
    const { result, reads } = await watching(() =>
      importDataset(db, {
        text: dataset,
        fileName: 'iso.cypher',
        partner: 'iso',
        onProgress: (p) => {
          if (p.phase === 'committing') committing = Math.min(committing, performance.now());
        },
      }),
    );
    expect(result.status).toBe('applied');
    const before = reads.filter((r) => r.ended < committing);
    expect(before.length).toBeGreaterThan(10);
    expect(new Set(before.map((r) => r.count))).toEqual(new Set([nodes]));
    // (A read that overlaps the commit itself may see part of it: Neo4j's read-committed isolation
    // is per row, for every transaction. docs/importing.md says so.)
    expect(await count()).toBe(nodes + 12_001);
  }, 180_000);
});

describe('several writers', () => {
  it('two imports at once in one process: one after the other, both applied, the second sees the first', async () => {
    const a = "MERGE (s:Source {id: 'source:both'}) SET s += {name: 'Eerste', publisher: 'P', year: 2024};";
    // Either may go first (each is a whole Source on its own); the second finds what the first made.
    const b = "MERGE (s:Source {id: 'source:both'}) SET s += {name: 'Tweede', nameEn: 'Second', publisher: 'P', year: 2024};";
    const [ra, rb] = await Promise.all([importText(db, a), importText(db, b)]);
    const reports = [ra, rb];
    expect(reports.map((r) => [r.status, r.errors])).toEqual([['applied', []], ['applied', []]]);
    // Exactly one created the Source; the other found it and changed it.
    expect(reports.map((r) => r.counts.nodesCreated.Source ?? 0).sort()).toEqual([0, 1]);
    expect((await graphSize(db)).nodes).toBeGreaterThan(0);
  });
});

/**
 * The real CLI (`node server/bin/newtowns.mjs`) against the test Neo4j: exit codes, --json
 * reports, `imports`, `undo`, and interrupted imports (SIGKILL in the middle of the data
 * transaction, Ctrl-C while running or while Neo4j plans the statements, a second Ctrl-C) leaving
 * the graph exactly as it was.
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../server/config.ts';
import { REPEAT_MS } from '../../server/stop-signals.ts';
import { emptyGraph, fingerprint, testConnection, testDb, transactionRunningFor, transactionsGone } from '../support/db.ts';
import { generateApocDataset } from '../bench/import.ts';
import { neo4jProxy } from '../support/proxy.ts';
import { importText, leftoverConstraints, SMALL } from './import-support.ts';

const db = testDb(120_000);
const BIN = path.join(PROJECT_ROOT, 'server/bin/newtowns.mjs');
let dir: string;

function env(): NodeJS.ProcessEnv {
  const c = testConnection();
  const { NEO4J_DATABASE: _, ...rest } = process.env;
  return { ...rest, NEO4J_URI: c.uri, NEO4J_USER: c.user, NEO4J_PASSWORD: c.password };
}

function cli(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd: PROJECT_ROOT, env: env(), encoding: 'utf8', timeout: 120_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function file(name: string, text: string): string {
  const p = path.join(dir, name);
  fs.writeFileSync(p, text);
  return p;
}

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newtowns-import-cli-'));
  await emptyGraph(db);
});

afterAll(async () => {
  fs.rmSync(dir, { recursive: true, force: true });
  await emptyGraph(db);
  await db.close();
});

describe('newtowns import / imports / undo', () => {
  it('imports a file: exit 0 and a JSON report; lists it; undoes it', async () => {
    const result = cli('import', file('small.cypher', SMALL), '--json', '--partner', 'RIGO');
    expect(result.code, result.stderr).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(report).toMatchObject({ status: 'applied', fileName: 'small.cypher', partner: 'RIGO', errors: [] });
    expect(report.importId).toMatch(/^import:/);
    expect(report.counts.nodesCreated).toEqual({ Source: 1, Mechanism: 1, Challenge: 1 });
    expect(report.actor).toMatch(/^cli/);

    const list = cli('imports', '--json');
    expect(list.code).toBe(0);
    expect(JSON.parse(list.stdout).map((r: { id: string }) => r.id)).toContain(report.importId);

    const again = cli('import', path.join(dir, 'small.cypher'));
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('nothing to change');

    const undo = cli('undo', report.importId, '--json');
    expect(undo.code, undo.stderr).toBe(0);
    expect(JSON.parse(undo.stdout)).toMatchObject({ status: 'undone', counts: { nodesDeleted: 3, relationshipsDeleted: 1 } });
    const undoAgain = cli('undo', report.importId);
    expect(undoAgain.code).toBe(1);
    expect(undoAgain.stdout).toContain('Cannot undo');
  });

  it('a refused file: exit 1, errors with file and line, graph unchanged', async () => {
    const before = await fingerprint(db);
    const result = cli('import', file('bad.cypher', "MERGE (s:Source {id: 'source:x'}) SET s.name = 'x';\nMATCH (n) DETACH DELETE n;\n"), '--json');
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout);
    expect(report.status).toBe('refused');
    expect(report.errors[0]).toMatchObject({ file: 'bad.cypher', line: 2, rule: 'no-delete' });
    const human = cli('import', path.join(dir, 'bad.cypher'));
    expect(human.code).toBe(1);
    expect(human.stdout).toContain('bad.cypher:2: no-delete:');
    expect(await fingerprint(db)).toEqual(before);
  });

  it('--dry-run: exit 0, the would-be counts, graph unchanged', async () => {
    const before = await fingerprint(db);
    const result = cli('import', file('dry.cypher', SMALL), '--dry-run', '--json');
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ status: 'dry-run', dryRun: true, counts: { relationshipsCreated: { CAUSES: 1 } } });
    expect(await fingerprint(db)).toEqual(before);
  });

  it('usage errors exit 2', () => {
    expect(cli('import').code).toBe(2);
    expect(cli('import', path.join(dir, 'missing.cypher')).code).toBe(2);
    expect(cli('undo').code).toBe(2);
  });
});

const IMPORT_TRANSACTIONS = ['import.data', 'import.explain'];

/** The CLI importing a dataset that takes many seconds, with its exit and its stderr. */
function slowImport(name: string, unwindBatch?: number, flags: string[] = [], extraEnv: NodeJS.ProcessEnv = {}) {
  return importing(file(`${name}.cypher`, generateApocDataset({ nodes: 6000, relationships: 12000, prefix: name, unwindBatch })), flags, extraEnv);
}

/**
 * Ctrl-C to an import run with --json once its `query` transaction (import.explain, import.data)
 * runs: it must exit 1 and leave no transaction and no change behind. Its report.
 */
async function interruptedReport(run: ReturnType<typeof importing>, query: string, before: Awaited<ReturnType<typeof fingerprint>>) {
  await transactionRunningFor(db, query, 500);
  run.child.kill('SIGINT');
  expect(await run.exited).toEqual({ code: 1, signal: null });
  await transactionsGone(db, IMPORT_TRANSACTIONS);
  expect(await fingerprint(db)).toEqual(before);
  const report = JSON.parse(run.stdout());
  expect(report.status).toBe('failed');
  return report as { errors: { rule: string; line: number }[]; timings: Record<string, number>; statements: { run: number } };
}

/** The CLI importing `path`, with its exit and its output. */
function importing(path: string, flags: string[] = [], extraEnv: NodeJS.ProcessEnv = {}) {
  const child = spawn(process.execPath, [BIN, 'import', path, ...flags], { cwd: PROJECT_ROOT, env: { ...env(), ...extraEnv }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  let stdout = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d));
  child.stdout.on('data', (d: Buffer) => (stdout += d));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  // Never left running after a failed test.
  const stop = () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  };
  return { child, exited, stop, stderr: () => stderr, stdout: () => stdout };
}

describe('an interrupted import', () => {
  it('SIGKILL of the CLI in the middle of the data transaction leaves the graph exactly as it was', async () => {
    await importText(db, SMALL);
    const before = await fingerprint(db);
    // About 900 statements: many seconds of work, so the kill lands inside the data transaction.
    const run = slowImport('kill');
    try {
      await transactionRunningFor(db, 'import.data', 4000);
      run.child.kill('SIGKILL');
      expect((await run.exited).signal).toBe('SIGKILL');
      // The server notices the dropped connection and rolls the transaction back.
      await transactionsGone(db, IMPORT_TRANSACTIONS);
      expect(await fingerprint(db)).toEqual(before);
      // The temporary constraint the killed import created is dropped by the next import.
      const next = await importText(db, "MERGE (s:Source {id: 'source:after-kill'}) SET s.name = 'Na';");
      expect(next.status).toBe('applied');
      expect(await leftoverConstraints(db)).toEqual([]);
    } finally {
      run.stop();
    }
  }, 180_000);

  it('Ctrl-C rolls the import back, says so and exits 1; its copy from npm is the same Ctrl-C', async () => {
    const before = await fingerprint(db);
    const run = slowImport('ctrlc');
    try {
      await transactionRunningFor(db, 'import.data', 2000);
      // One Ctrl-C can arrive twice, milliseconds apart: from the terminal, and passed on by npm
      // when npm runs this process itself. It is one Ctrl-C.
      run.child.kill('SIGINT');
      await new Promise((resolve) => setTimeout(resolve, 5));
      run.child.kill('SIGINT');
      expect(await run.exited).toEqual({ code: 1, signal: null });
      expect(run.stderr()).toContain('Interrupted: rolling back...');
      expect(run.stdout()).toContain('the import was interrupted; nothing was applied');
      await transactionsGone(db, IMPORT_TRANSACTIONS);
      expect(await fingerprint(db)).toEqual(before);
      expect(await leftoverConstraints(db)).toEqual([]);
    } finally {
      run.stop();
    }
  }, 180_000);

  it('Ctrl-C while Neo4j plans the statements stops there, before anything runs', async () => {
    const before = await fingerprint(db);
    // Statements of 3000 literal rows: Neo4j takes seconds to plan each one (EXPLAIN).
    const run = slowImport('plans', 3000, ['--json']);
    try {
      const report = await interruptedReport(run, 'import.explain', before);
      expect(report.errors.map((e) => e.rule)).toEqual(['interrupted']);
      // It never reached the schema (temporary constraint) and run phases.
      expect(Object.keys(report.timings).sort()).toEqual(['check', 'explain', 'total']);
      expect(report.statements.run).toBe(0);
    } finally {
      run.stop();
    }
  }, 180_000);

  it('Ctrl-C while Neo4j plans one long statement stops the planning itself, not after it', async () => {
    const before = await fingerprint(db);
    // One statement of 8000 literal rows: Neo4j takes most of a minute to plan it.
    const rows = Array.from({ length: 8000 }, (_, i) => `{id: 'source:plan-${i}', name: 'Bron ${i}'}`).join(', ');
    const run = importing(file('one-long-plan.cypher', `UNWIND [${rows}] AS row MERGE (s:Source {id: row.id}) SET s.name = row.name;\n`), ['--json']);
    try {
      const report = await interruptedReport(run, 'import.explain', before);
      expect(report.errors.map((e) => [e.rule, e.line])).toEqual([['interrupted', 1]]);
      // Had the planning run to its end, there would be no shape left to stop at: the import
      // would have gone on to the schema and run phases, and stopped there.
      expect(Object.keys(report.timings).sort()).toEqual(['check', 'explain', 'total']);
    } finally {
      run.stop();
    }
  }, 180_000);

  it('Ctrl-C during a long last statement stops it there (before, the import went on to its end)', async () => {
    const before = await fingerprint(db);
    // One statement that counts to 10^9 before it writes anything (it never does): tens of seconds,
    // and no later statement to stop at.
    const run = importing(
      file('one-long-run.cypher', "UNWIND range(1, 1000000000) AS i WITH i WHERE i < 0 MERGE (s:Source {id: 'source:never'}) SET s.name = 'Nooit';\n"),
      ['--json'],
    );
    try {
      const report = await interruptedReport(run, 'import.data', before);
      expect(report.errors.map((e) => [e.rule, e.line])).toEqual([['interrupted', 1]]);
      expect(report.statements.run).toBe(0);
    } finally {
      run.stop();
    }
  }, 180_000);

  it('a second Ctrl-C stops the CLI at once, by the signal itself; nothing is left behind', async () => {
    const before = await fingerprint(db);
    // The CLI reaches Neo4j through a proxy the test can freeze: a Neo4j that stops answering
    // keeps the first Ctrl-C's rollback waiting, which is when a person presses again.
    const proxy = await neo4jProxy();
    const run = slowImport('twice', 3000, [], { NEO4J_URI: proxy.uri });
    try {
      await transactionRunningFor(db, 'import.explain', 500);
      proxy.freeze();
      run.child.kill('SIGINT');
      for (const until = Date.now() + 30_000; !run.stderr().includes('Interrupted: rolling back...'); ) {
        if (Date.now() > until) throw new Error(`no "Interrupted" after Ctrl-C; stderr: ${run.stderr()}`);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      // A person's second press, not a copy of the first.
      await new Promise((resolve) => setTimeout(resolve, 2 * REPEAT_MS));
      run.child.kill('SIGINT');
      // Killed by SIGINT: a shell reports status 130.
      expect(await run.exited).toEqual({ code: null, signal: 'SIGINT' });
      // Its connections drop: Neo4j rolls back.
      proxy.close();
      await transactionsGone(db, IMPORT_TRANSACTIONS);
      expect(await fingerprint(db)).toEqual(before);
    } finally {
      run.stop();
      proxy.close();
    }
  }, 180_000);
});

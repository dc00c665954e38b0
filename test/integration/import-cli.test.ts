/**
 * The CLI against the test Neo4j: exit codes, --json reports, `imports`, `undo`, invalid UTF-8 (in
 * this process, as test/support/cli.ts runs it, after one import through the real
 * `node server/bin/newtowns.mjs`), and an import in flight in another process: it waits
 * for the graph's write lock (held by the test, as another process's import would), and SIGKILL,
 * Ctrl-C or a second Ctrl-C then leave the graph exactly as it was.
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../server/config.ts';
import { REPEAT_MS } from '../../server/stop-signals.ts';
import { runCli } from '../support/cli.ts';
import { emptyGraph, fingerprint, testConnection, testDb, transactionsGone } from '../support/db.ts';
import { neo4jProxy } from '../support/proxy.ts';
import { holdGraphLock, importText, SMALL } from './import-support.ts';

const db = testDb(120_000);
const BIN = path.join(PROJECT_ROOT, 'server/bin/newtowns.mjs');
let dir: string;

function env(): NodeJS.ProcessEnv {
  const c = testConnection();
  const { NEO4J_DATABASE: _, ...rest } = process.env;
  return { ...rest, NEO4J_URI: c.uri, NEO4J_USER: c.user, NEO4J_PASSWORD: c.password };
}

/** The real command, in a process of its own. */
function spawnCli(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd: PROJECT_ROOT, env: env(), encoding: 'utf8', timeout: 120_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The same command in this process (a process of its own costs a second or more of start-up). */
function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const c = testConnection();
  return runCli(args, { NEO4J_URI: c.uri, NEO4J_USER: c.user, NEO4J_PASSWORD: c.password, NEO4J_DATABASE: undefined });
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
    const result = spawnCli('import', file('small.cypher', SMALL), '--json', '--partner', 'RIGO');
    expect(result.code, result.stderr).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(report).toMatchObject({ status: 'applied', fileName: 'small.cypher', partner: 'RIGO', curated: false, errors: [] });
    expect(report.importId).toMatch(/^import:/);
    expect(report.counts.nodesCreated).toEqual({ Source: 1, Mechanism: 1, Challenge: 1 });
    expect(report.actor).toMatch(/^cli/);

    const list = await cli('imports', '--json');
    expect(list.code).toBe(0);
    expect(JSON.parse(list.stdout).map((r: { id: string }) => r.id)).toContain(report.importId);

    const again = await cli('import', path.join(dir, 'small.cypher'));
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('nothing to change');

    const undo = await cli('undo', report.importId, '--json');
    expect(undo.code, undo.stderr).toBe(0);
    expect(JSON.parse(undo.stdout)).toMatchObject({ status: 'undone', counts: { nodesDeleted: 3, relationshipsDeleted: 1 } });
    const undoAgain = await cli('undo', report.importId);
    expect(undoAgain.code).toBe(1);
    expect(undoAgain.stdout).toContain('Cannot undo');
  }, 180_000);

  it('a refused file: exit 1, errors with file and line, graph unchanged', async () => {
    const before = await fingerprint(db);
    const result = await cli('import', file('bad.cypher', "MERGE (s:Source {id: 'source:x'}) SET s.name = 'x';\nMATCH (n) DETACH DELETE n;\n"), '--json');
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout);
    expect(report.status).toBe('refused');
    expect(report.errors[0]).toMatchObject({ file: 'bad.cypher', line: 2, rule: 'no-delete' });
    const human = await cli('import', path.join(dir, 'bad.cypher'));
    expect(human.code).toBe(1);
    expect(human.stdout).toContain('bad.cypher:2: no-delete:');
    expect(await fingerprint(db)).toEqual(before);
  });

  it('--dry-run: exit 0, the would-be counts, graph unchanged', async () => {
    const before = await fingerprint(db);
    const result = await cli('import', file('dry.cypher', SMALL), '--dry-run', '--json');
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ status: 'dry-run', dryRun: true, counts: { relationshipsCreated: { CAUSES: 1 } } });
    expect(await fingerprint(db)).toEqual(before);
  });

  it('a file that is not UTF-8: exit 1, the line of the first bad byte, graph unchanged', async () => {
    const before = await fingerprint(db);
    const p = path.join(dir, 'latin1.cypher');
    fs.writeFileSync(p, Buffer.concat([Buffer.from("MERGE (s:Source {id: 'source:x'})\nSET s.name = 'Caf"), Buffer.from([0xe9]), Buffer.from("';\n")]));
    const result = await cli('import', p, '--json');
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout).errors[0]).toMatchObject({ file: 'latin1.cypher', line: 2, rule: 'invalid-utf8' });
    expect(await fingerprint(db)).toEqual(before);
  });

  it('usage errors exit 2', async () => {
    expect((await cli('import')).code).toBe(2);
    expect((await cli('import', path.join(dir, 'missing.cypher'))).code).toBe(2);
    expect((await cli('undo')).code).toBe(2);
  });
});

const IMPORT_TRANSACTIONS = ['import.write', 'import.dryRun'];

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

async function until(what: string, ok: () => boolean, ms = 60_000): Promise<void> {
  for (const deadline = Date.now() + ms; !ok(); ) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const WAITING = 'Waiting for another import';

describe('an import in flight (waiting for the graph\'s write lock, its transaction open)', () => {
  const CHANGE = "MERGE (s:Source {id: 'source:in-flight'}) SET s += {name: 'Onderweg', publisher: 'P', year: 2024};\n";

  it('waits for another process\'s write, then works on what that write committed (one writer at a time, across processes)', async () => {
    const lock = await holdGraphLock(db);
    const run = importing(file('after.cypher', CHANGE), ['--json']);
    try {
      // The other writer creates the node the file MERGEs, and has not committed yet.
      await lock.run("CREATE (:Source {id: 'source:in-flight', name: 'Van de ander'})");
      await until('the CLI waiting for the lock', () => run.stderr().includes(WAITING));
      await lock.release(true);
      expect(await run.exited).toEqual({ code: 0, signal: null });
      const report = JSON.parse(run.stdout());
      // Read after the other committed: it found the node and changed it; it did not create a second.
      expect(report).toMatchObject({ status: 'applied', counts: { nodesCreated: {}, nodesChanged: { Source: 1 } } });
    } finally {
      run.stop();
      await lock.release();
    }
  }, 120_000);

  it('SIGKILL of the CLI while it waits leaves the graph as it was, and the next import goes ahead', async () => {
    const before = await fingerprint(db);
    const lock = await holdGraphLock(db);
    const run = importing(file('killed.cypher', "MERGE (s:Source {id: 'source:killed'}) SET s += {name: 'Nooit', publisher: 'P', year: 2024};\n"));
    try {
      await until('the CLI waiting for the lock', () => run.stderr().includes(WAITING));
      run.child.kill('SIGKILL');
      expect((await run.exited).signal).toBe('SIGKILL');
      await lock.release();
      await transactionsGone(db, IMPORT_TRANSACTIONS);
      expect(await fingerprint(db)).toEqual(before);
      const next = await importText(db, "MERGE (s:Source {id: 'source:after-kill'}) SET s += {name: 'Na', publisher: 'P', year: 2024};");
      expect(next.status).toBe('applied');
    } finally {
      run.stop();
      await lock.release();
    }
  }, 120_000);

  it('Ctrl-C rolls the import back, says so and exits 1; its copy from npm is the same Ctrl-C', async () => {
    const before = await fingerprint(db);
    const lock = await holdGraphLock(db);
    const run = importing(file('ctrlc.cypher', CHANGE), ['--json']);
    try {
      await until('the CLI waiting for the lock', () => run.stderr().includes(WAITING));
      // One Ctrl-C can arrive twice, milliseconds apart: from the terminal, and passed on by npm
      // when npm runs this process itself. It is one Ctrl-C.
      run.child.kill('SIGINT');
      await new Promise((resolve) => setTimeout(resolve, 5));
      run.child.kill('SIGINT');
      expect(await run.exited).toEqual({ code: 1, signal: null });
      expect(run.stderr()).toContain('Interrupted: rolling back...');
      const report = JSON.parse(run.stdout());
      expect(report.status).toBe('failed');
      expect(report.errors.map((e: { rule: string }) => e.rule)).toEqual(['interrupted']);
      await lock.release();
      await transactionsGone(db, IMPORT_TRANSACTIONS);
      expect(await fingerprint(db)).toEqual(before);
    } finally {
      run.stop();
      await lock.release();
    }
  }, 120_000);

  it('a second Ctrl-C stops the CLI at once, by the signal itself; nothing is left behind', async () => {
    const before = await fingerprint(db);
    // The CLI reaches Neo4j through a proxy the test can freeze: a Neo4j that stops answering
    // keeps the first Ctrl-C's rollback waiting, which is when a person presses again.
    const proxy = await neo4jProxy();
    const lock = await holdGraphLock(db);
    const run = importing(file('twice.cypher', CHANGE), [], { NEO4J_URI: proxy.uri });
    try {
      await until('the CLI waiting for the lock', () => run.stderr().includes(WAITING));
      proxy.freeze();
      run.child.kill('SIGINT');
      await until('"Interrupted"', () => run.stderr().includes('Interrupted: rolling back...'), 30_000);
      // A person's second press, not a copy of the first.
      await new Promise((resolve) => setTimeout(resolve, 2 * REPEAT_MS));
      run.child.kill('SIGINT');
      // Killed by SIGINT: a shell reports status 130.
      expect(await run.exited).toEqual({ code: null, signal: 'SIGINT' });
      // Its connections drop: Neo4j rolls back.
      proxy.close();
      await lock.release();
      await transactionsGone(db, IMPORT_TRANSACTIONS);
      expect(await fingerprint(db)).toEqual(before);
    } finally {
      run.stop();
      proxy.close();
      await lock.release();
    }
  }, 120_000);
});

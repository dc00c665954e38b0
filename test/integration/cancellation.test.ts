/**
 * A request whose client hangs up is cancelled: its reads stop in Neo4j (not at their timeout),
 * reads it has not started never start, and a dataset import rolls back. A stopping server lets
 * the requests in flight finish within its grace, and cancels the rest the same way. Real Neo4j,
 * real HTTP.
 */
import { spawn } from 'node:child_process';
import http from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { cypher, plain, QueryCancelledError } from '../../server/db/driver.ts';
import { createApiToken } from '../../server/api/tokens.ts';
import { generateApocDataset } from '../bench/import.ts';
import { createContext } from '../../server/api/context.ts';
import { fingerprint, testConfig, testConnection, transactionRunningFor, transactionsGone } from '../support/db.ts';
import { PROJECT_ROOT } from '../../server/config.ts';
import { startHttpServer } from '../../server/http.ts';
import { REPEAT_MS } from '../../server/stop-signals.ts';
import { startApi, type Api } from './api-support.ts';
import { holdGraphLock } from './import-support.ts';

// Counts to 10^11: hours of work, so it can only end early by being stopped (or by its timeout,
// two minutes, longer than the tests wait for it to go).
const endless = cypher('test.cancel.endless', 'UNWIND range(1, 100000000000) AS x WITH x WHERE x % 3 = 0 RETURN count(*) AS n');
const ENDLESS_TIMEOUT_MS = 120_000;
const one = cypher('test.cancel.one', 'RETURN 1 AS x');

let api: Api;

beforeAll(async () => {
  api = await startApi();
});
afterAll(async () => {
  // Should cancelling fail, the endless read must not outlive the test.
  const stray = await api?.db.read(
    cypher('test.cancel.stray', 'SHOW TRANSACTIONS YIELD transactionId, metaData WHERE metaData.query = $query RETURN collect(transactionId) AS ids'),
    { query: endless.name },
  );
  const ids = stray?.records[0]?.get('ids') as string[] | undefined;
  if (ids?.length) await api.db.write(cypher('test.cancel.terminate', 'TERMINATE TRANSACTIONS $ids'), { ids });
  await api?.close();
});

describe('Db.cancelledBy', () => {
  it('stops a running read in Neo4j when the signal aborts; the driver goes on serving', async () => {
    const cancel = new AbortController();
    const read = api.db.cancelledBy(cancel.signal).read(endless, {}, { timeoutMs: ENDLESS_TIMEOUT_MS });
    const outcome = read.then(
      () => 'finished',
      (error: unknown) => error,
    );
    await transactionRunningFor(api.db, endless.name, 500);
    cancel.abort();
    const error = await outcome;
    expect(error).toBeInstanceOf(QueryCancelledError);
    expect((error as Error).message).toBe('The query test.cancel.endless was cancelled: the request it served was cancelled.');
    await transactionsGone(api.db, [endless.name]);
    expect(plain((await api.db.read(one)).records[0]!.get('x'))).toBe(1);
  });

  it('does not start a read once the signal has aborted; writes are never cancelled', async () => {
    const cancel = new AbortController();
    cancel.abort();
    const ran: string[] = [];
    const db = api.db.observed((q) => ran.push(q.name)).cancelledBy(cancel.signal);
    await expect(db.read(one)).rejects.toBeInstanceOf(QueryCancelledError);
    expect(ran).toEqual([]);
    const probe = cypher('test.cancel.probe', 'MERGE (p:CancelProbe {id: $id}) RETURN p.id AS id');
    expect((await db.write(probe, { id: 'p1' })).records[0]!.get('id')).toBe('p1');
    expect(ran).toEqual(['test.cancel.probe']);
    await api.db.write(cypher('test.cancel.probe.delete', 'MATCH (p:CancelProbe) DELETE p'));
  });

  it('leaves reads without a signal alone', async () => {
    const db = api.db.cancelledBy(undefined);
    expect(plain((await db.read(one)).records[0]!.get('x'))).toBe(1);
  });
});

describe('a request', () => {
  it("reads through a Db that stops with it: its context's queries and loaders", async () => {
    const cancel = new AbortController();
    const server = { requestId: 'test-cancelled', counter: { queries: 0 }, authorization: null, signal: cancel.signal };
    const ctx = createContext(api.db, testConfig(), server);
    expect(await ctx.node.load('municipality:GM0001')).toMatchObject({ id: 'municipality:GM0001' });
    cancel.abort();
    await expect(ctx.db.read(one)).rejects.toBeInstanceOf(QueryCancelledError);
    await expect(ctx.node.load('municipality:GM0002')).rejects.toBeInstanceOf(QueryCancelledError);
    expect(server.counter.queries).toBe(1);
  });
});

/** A partner's importDataset over real HTTP: its answer (or the error of a cut connection), and the request to cut. */
function importOverHttp(url: string, secret: string, name: string, size: { nodes: number; relationships: number }) {
  const text = generateApocDataset({ ...size, prefix: name });
  const body = JSON.stringify({
    query: `mutation($text: String!) { importDataset(fileName: "${name}.cypher", text: $text) { status } }`,
    variables: { text },
  });
  const request = http.request(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), authorization: `Bearer ${secret}` },
  });
  const answer = new Promise<{ status: number; body: any }>((resolve, reject) => {
    request.on('response', (res) => {
      let text = '';
      res.on('data', (chunk: Buffer) => (text += chunk));
      res.on('end', () => resolve({ status: res.statusCode!, body: JSON.parse(text) }));
    });
    request.on('error', reject);
  });
  answer.catch(() => {}); // a cut is what some tests want; they await the promise themselves
  request.end(body);
  return { answer, request };
}

const IMPORT_TRANSACTIONS = ['import.write', 'import.dryRun'];

// An import in flight: its transaction open, waiting for the graph's write lock that the test holds
// (as another process's import would), until the test lets go.
const IMPORT = { nodes: 300, relationships: 300 };

describe('a client that hangs up', () => {
  it('on a dataset import: the import stops and rolls back, nothing is recorded', async () => {
    const { secret } = await createApiToken(api.db, { name: 'test-hangup', role: 'partner' });
    const before = await fingerprint(api.db);
    const lock = await holdGraphLock(api.db);
    try {
      const { answer, request } = importOverHttp(api.url, secret, 'hangup', IMPORT);
      try {
        await transactionRunningFor(api.db, 'import.write', 200);
      } finally {
        request.destroy();
      }
      await expect(answer).rejects.toThrow();
      // Had it not stopped, it would still be waiting here, and go on once the lock is free.
      await transactionsGone(api.db, IMPORT_TRANSACTIONS);
    } finally {
      await lock.release();
    }
    expect(await fingerprint(api.db)).toEqual(before);
  }, 180_000);

  it('while sending its request: nothing is logged as an error, and the next request is answered', async () => {
    const logged = vi.spyOn(console, 'error');
    const socketClosed = new Promise<void>((resolve) => {
      const request = http.request(`${api.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' } });
      request.on('error', () => {});
      request.on('close', resolve);
      request.write('{"query": "{ municipalities { edges { node { id ');
      setTimeout(() => request.destroy(), 100);
    });
    await socketClosed;
    const r = await api.gql('{ municipality(code: "GM0001") { id } }');
    expect(r.status).toBe(200);
    expect(r.body.data?.municipality).toEqual({ id: 'municipality:GM0001' });
    expect(logged).not.toHaveBeenCalled();
    logged.mockRestore();
  });
});

describe('a stopping server', () => {
  it('takes no new connections and lets the requests in flight finish', async () => {
    const app = await startHttpServer({ db: api.db, config: testConfig({ port: 0 }) }, 0);
    const { secret } = await createApiToken(api.db, { name: 'test-drain', role: 'partner' });
    const lock = await holdGraphLock(api.db);
    try {
      // Under way when the server is told to stop, far within its grace.
      const { answer } = importOverHttp(app.url, secret, 'drain', IMPORT);
      await transactionRunningFor(api.db, 'import.write', 200);
      expect(app.inFlight()).toBe(1);
      const closed = app.close({ graceMs: 120_000 });
      await expect(fetch(`${app.url}/healthz`)).rejects.toThrow();
      await lock.release();
      const { status, body } = await answer;
      expect(status).toBe(200);
      expect(body).toEqual({ data: { importDataset: { status: 'applied' } } });
      await closed;
      expect(app.inFlight()).toBe(0);
    } finally {
      await lock.release();
    }
  }, 180_000);

  it('cuts the requests still running when its grace is over: an import rolls back', async () => {
    const app = await startHttpServer({ db: api.db, config: testConfig({ port: 0 }) }, 0);
    const { secret } = await createApiToken(api.db, { name: 'test-cut', role: 'partner' });
    const before = await fingerprint(api.db);
    const lock = await holdGraphLock(api.db);
    try {
      const { answer } = importOverHttp(app.url, secret, 'cut', IMPORT);
      await transactionRunningFor(api.db, 'import.write', 200);
      const windingDown: number[] = [];
      await app.close({ graceMs: 300, onWindDown: (n) => windingDown.push(n) });
      await expect(answer).rejects.toThrow(/socket hang up|ECONNRESET/);
      // close() returned once the cut import had wound down: rolled back.
      expect(windingDown).toEqual([1]);
      await transactionsGone(api.db, IMPORT_TRANSACTIONS);
    } finally {
      await lock.release();
    }
    expect(await fingerprint(api.db)).toEqual(before);
  }, 180_000);

  // The serve command, as `npm start` runs it, stopped by signals.
  function serveCommand(graceMs: number) {
    const c = testConnection();
    const { NEO4J_DATABASE: _, ...rest } = process.env;
    const env = { ...rest, NEO4J_URI: c.uri, NEO4J_USER: c.user, NEO4J_PASSWORD: c.password, PORT: '0', NEWTOWNS_SHUTDOWN_GRACE_MS: String(graceMs) };
    const child = spawn(process.execPath, [path.join(PROJECT_ROOT, 'server/bin/newtowns.mjs'), 'serve'], { cwd: PROJECT_ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d));
    child.stderr.on('data', (d: Buffer) => (output += d));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    const said = async (text: string) => {
      for (const until = Date.now() + 60_000; !output.includes(text); ) {
        if (Date.now() > until || child.exitCode !== null) throw new Error(`the server never said "${text}":\n${output}`);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    };
    const url = async () => {
      await said('Press Ctrl-C to stop.');
      return /GraphQL\s+(http:\/\/\S+)\/graphql/.exec(output)![1]!;
    };
    const stop = () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    };
    return { child, exited, url, said, output: () => output, stop };
  }

  it('serve: Ctrl-C (even delivered twice at once) lets an import in flight finish, then exits 0', async () => {
    const serve = serveCommand(120_000);
    const lock = await holdGraphLock(api.db);
    try {
      const url = await serve.url();
      const { secret } = await createApiToken(api.db, { name: 'test-serve-drain', role: 'partner' });
      const { answer } = importOverHttp(url, secret, 'serve-drain', IMPORT);
      await transactionRunningFor(api.db, 'import.write', 200);
      // Milliseconds apart, as npm passes on the terminal's Ctrl-C (at once, the kernel would merge them).
      serve.child.kill('SIGINT');
      await new Promise((resolve) => setTimeout(resolve, 5));
      serve.child.kill('SIGINT');
      await serve.said('SIGINT: shutting down');
      await lock.release();
      const { body } = await answer;
      expect(body).toEqual({ data: { importDataset: { status: 'applied' } } });
      expect(await serve.exited).toBe(0);
      expect(serve.output()).toContain('SIGINT: shutting down; 1 request is still being answered, waiting up to 120 s (SIGINT again cuts them)...');
      expect(serve.output()).not.toContain('cutting');
    } finally {
      serve.stop();
      await lock.release();
    }
  }, 180_000);

  it('serve: a second Ctrl-C cuts the requests in flight; the import rolls back, and it exits 0', async () => {
    const serve = serveCommand(120_000);
    const lock = await holdGraphLock(api.db);
    try {
      const url = await serve.url();
      const { secret } = await createApiToken(api.db, { name: 'test-serve-cut', role: 'partner' });
      const before = await fingerprint(api.db);
      const { answer } = importOverHttp(url, secret, 'serve-cut', IMPORT);
      await transactionRunningFor(api.db, 'import.write', 200);
      serve.child.kill('SIGINT');
      // Press again once the first press has been answered, as a person does.
      await serve.said('SIGINT: shutting down');
      await new Promise((resolve) => setTimeout(resolve, 2 * REPEAT_MS));
      serve.child.kill('SIGINT');
      await expect(answer).rejects.toThrow(/socket hang up|ECONNRESET/);
      expect(await serve.exited).toBe(0);
      expect(serve.output()).toContain('SIGINT: cutting the requests in flight.\nWaiting for the cut request to wind down (an import rolls back)...');
      // It waited for the cut import to wind down before it closed the database and exited.
      await transactionsGone(api.db, IMPORT_TRANSACTIONS);
      await lock.release();
      expect(await fingerprint(api.db)).toEqual(before);
    } finally {
      serve.stop();
      await lock.release();
    }
  }, 180_000);
});

/**
 * Admission control under load: at most NEWTOWNS_MAX_ACTIVE_REQUESTS operations run at once,
 * NEWTOWNS_MAX_QUEUED_REQUESTS wait for their turn, and the rest are refused at once with
 * SERVER_BUSY (HTTP 503, Retry-After). A Neo4j that stops answering (a frozen TCP proxy to the
 * real one) holds the running requests for as long as a test needs; real HTTP throughout.
 */
import http from 'node:http';
import neo4j from 'neo4j-driver';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createDriver, Db } from '../../server/db/driver.ts';
import type { Config } from '../../server/config.ts';
import { testConnection } from '../support/db.ts';
import { neo4jProxy, type Neo4jProxy } from '../support/proxy.ts';
import { until } from '../support/until.ts';
import { data, firstError, startApi, type Api, type GqlResponse } from './api-support.ts';

const QUERY = '{ municipality(code: "GM0001") { name } }';
// Retry-After is configurable (NEWTOWNS_RETRY_AFTER_SECONDS); 2 here, 5 by default.
const BUSY = 'The server is busy answering other requests; try again in 2 seconds.';

let cleanup: (() => Promise<void>)[] = [];

beforeAll(async () => {
  // The fixture graph, loaded once; the servers below only read it.
  await (await startApi()).close();
});

afterEach(async () => {
  for (const step of cleanup.reverse()) await step();
  cleanup = [];
});

/** A server whose Neo4j is behind a proxy the test can freeze. */
/** A request its client will hang up on: `gone` settles with the error's name once it has. */
function requestToHangUp(api: Api): { hangUp: AbortController; gone: Promise<unknown> } {
  const hangUp = new AbortController();
  const gone = fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: QUERY }),
    signal: hangUp.signal,
  }).catch((error: Error) => error.name);
  return { hangUp, gone };
}

async function frozenApi(limits: Partial<Config>, driverConfig: Record<string, unknown> = {}): Promise<{ api: Api; proxy: Neo4jProxy }> {
  const proxy = await neo4jProxy();
  const c = testConnection();
  const driver = Object.keys(driverConfig).length
    ? neo4j.driver(proxy.uri, neo4j.auth.basic(c.user, c.password), driverConfig)
    : createDriver({ ...c, uri: proxy.uri });
  const db = new Db(driver, c.database, 30_000);
  const api = await startApi({ retryAfterSeconds: 2, ...limits }, { load: false, db });
  cleanup.push(async () => {
    proxy.thaw();
    await api.close();
    await db.close();
    proxy.close();
  });
  // A connection in the pool before the freeze, as on a server that has been answering.
  expect(data(await api.gql(QUERY)).municipality.name).toBe('Alfastad');
  return { api, proxy };
}


/** A POST of QUERY through `agent` (a keep-alive connection it keeps), or on a fresh connection. */
function post(api: Api, agent?: http.Agent): Promise<{ status?: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(`${api.url}/graphql`, { method: 'POST', agent: agent ?? false, headers: { 'content-type': 'application/json' } }, (res) => {
      let body = '';
      res.setEncoding('utf8').on('data', (c: string) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode, body }));
    });
    req.on('error', reject);
    req.end(JSON.stringify({ query: QUERY }));
  });
}

/** Refused with SERVER_BUSY; `ran`: whether the operation had started (its fields are then null). */
function expectBusy(r: GqlResponse, ran = false): void {
  expect(r.status).toBe(503);
  expect(r.headers.get('retry-after')).toBe('2');
  expect(firstError(r)).toMatchObject({ message: BUSY, extensions: { code: 'SERVER_BUSY', requestId: expect.any(String) } });
  expect(r.body.data ?? null).toEqual(ran ? { municipality: null } : null);
}

describe('admission control', () => {
  it('runs at most the limit, queues the next ones, refuses the rest at once; the admitted are answered', async () => {
    const logged = vi.spyOn(console, 'error');
    const { api, proxy } = await frozenApi({ maxActiveRequests: 2, maxQueuedRequests: 3, maxQueueWaitMs: 60_000 });
    proxy.freeze();
    const settled: (GqlResponse | undefined)[] = [];
    const requests = Array.from({ length: 10 }, (_, i) => api.gql(QUERY).then((r) => (settled[i] = r)));
    await until('2 running and 3 waiting', () => api.server.load().active === 2 && api.server.load().queued === 3);
    // The five refused did not wait for Neo4j: they are answered while it is frozen.
    await until('5 refusals', () => settled.filter(Boolean).length === 5);
    const refused = settled.filter((r): r is GqlResponse => !!r);
    for (const r of refused) expectBusy(r);
    proxy.thaw();
    const all = await Promise.all(requests);
    const answered = all.filter((r) => !refused.includes(r));
    expect(answered).toHaveLength(5);
    for (const r of answered) expect(data(r).municipality.name).toBe('Alfastad');
    expect(api.server.load()).toEqual({ active: 0, queued: 0, limit: 2 });
    // Busy is not a fault: nothing was logged as an error.
    expect(logged).not.toHaveBeenCalled();
    logged.mockRestore();
    // /healthz shows the load.
    expect(await (await fetch(`${api.url}/healthz`)).json()).toMatchObject({ status: 'ok', requests: { active: 0, queued: 0, limit: 2 } });
  });

  it('refuses at once, before the request has even sent its body, when the queue is full', async () => {
    const { api, proxy } = await frozenApi({ maxActiveRequests: 1, maxQueuedRequests: 0, maxQueueWaitMs: 60_000 });
    proxy.freeze();
    const running = api.gql(QUERY);
    await until('1 running', () => api.server.load().active === 1);
    // Headers and the start of a body that never ends: an answer can only come before it.
    const refused = await new Promise<{ status?: number; body: string }>((resolve, reject) => {
      const req = http.request(`${api.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', 'content-length': '100000' } }, (res) => {
        let body = '';
        res.setEncoding('utf8').on('data', (c: string) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode, body }));
      });
      req.on('error', reject);
      req.write('{"query": "');
    });
    expect(refused.status).toBe(503);
    expect(JSON.parse(refused.body).errors[0]).toMatchObject({ message: BUSY, extensions: { code: 'SERVER_BUSY' } });
    proxy.thaw();
    expect(data(await running).municipality.name).toBe('Alfastad');
  });

  it('holds back the refusal of a connection that asks again before its Retry-After (a tarpit); others are refused at once', async () => {
    const { api, proxy } = await frozenApi({ maxActiveRequests: 1, maxQueuedRequests: 0, maxQueueWaitMs: 60_000, retryAfterSeconds: 1, refusalDelayMs: 600 });
    proxy.freeze();
    const running = api.gql(QUERY);
    await until('1 running', () => api.server.load().active === 1);
    // One keep-alive connection that never backs off, and fresh connections beside it.
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    cleanup.push(async () => agent.destroy());
    const impatient = () => post(api, agent);
    const first = await impatient();
    expect(first.status).toBe(503);
    const order: string[] = [];
    const again = impatient().then((r) => (order.push('asked again'), r));
    // Sent after it, on a connection of its own: refused at once, so before it.
    const fresh = post(api).then((r) => (order.push('fresh'), r));
    const [held, other] = await Promise.all([again, fresh]);
    expect(order).toEqual(['fresh', 'asked again']);
    for (const r of [first, held, other]) {
      expect(r.status).toBe(503);
      expect(JSON.parse(r.body).errors[0]).toMatchObject({ extensions: { code: 'SERVER_BUSY' } });
    }
    // The same connection, having waited its Retry-After (1 s), is refused at once again.
    await new Promise((resolve) => setTimeout(resolve, 1_050));
    const patient = impatient().then((r) => (order.push('patient'), r));
    const fresh2 = new Promise((resolve) => setTimeout(resolve, 300)).then(() => post(api)).then((r) => (order.push('fresh'), r));
    await Promise.all([patient, fresh2]);
    expect(order.slice(2)).toEqual(['patient', 'fresh']);
    proxy.thaw();
    expect(data(await running).municipality.name).toBe('Alfastad');
  });

  it('refuses one that waited longer than NEWTOWNS_MAX_QUEUE_WAIT_MS; the running one goes on', async () => {
    const { api, proxy } = await frozenApi({ maxActiveRequests: 1, maxQueuedRequests: 1, maxQueueWaitMs: 300 });
    proxy.freeze();
    const running = api.gql(QUERY);
    await until('1 running', () => api.server.load().active === 1);
    const started = Date.now();
    const waited = await api.gql(QUERY);
    expect(Date.now() - started).toBeGreaterThanOrEqual(290);
    expectBusy(waited);
    expect(api.server.load()).toEqual({ active: 1, queued: 0, limit: 1 });
    proxy.thaw();
    expect(data(await running).municipality.name).toBe('Alfastad');
  });

  it('a client that hangs up while it waits frees its place in the queue', async () => {
    const { api, proxy } = await frozenApi({ maxActiveRequests: 1, maxQueuedRequests: 1, maxQueueWaitMs: 60_000 });
    proxy.freeze();
    const running = api.gql(QUERY);
    await until('1 running', () => api.server.load().active === 1);
    const { hangUp, gone } = requestToHangUp(api);
    await until('1 waiting', () => api.server.load().queued === 1);
    hangUp.abort();
    expect(await gone).toBe('AbortError');
    await until('the queue empty', () => api.server.load().queued === 0);
    // Its place is free: the next one waits instead of being refused.
    const next = api.gql(QUERY);
    await until('1 waiting', () => api.server.load().queued === 1);
    proxy.thaw();
    expect(data(await running).municipality.name).toBe('Alfastad');
    expect(data(await next).municipality.name).toBe('Alfastad');
  });

  it('a client that hangs up while its request runs frees its place (the answer never finishes writing)', async () => {
    const { api, proxy } = await frozenApi({ maxActiveRequests: 1, maxQueuedRequests: 0, maxQueueWaitMs: 60_000 });
    proxy.freeze();
    const { hangUp, gone } = requestToHangUp(api);
    await until('1 running', () => api.server.load().active === 1);
    hangUp.abort();
    expect(await gone).toBe('AbortError');
    await until('its place free', () => api.server.load().active === 0);
    proxy.thaw();
    expect(data(await api.gql(QUERY)).municipality.name).toBe('Alfastad');
  });

  it('when no connection of the pool comes free in time, says SERVER_BUSY, not an unexpected error', async () => {
    const logged = vi.spyOn(console, 'error');
    // One connection, given up on after 300 ms; the admission limit is not what stops it here.
    const { api, proxy } = await frozenApi({ maxActiveRequests: 10 }, { maxConnectionPoolSize: 1, connectionAcquisitionTimeout: 300 });
    proxy.freeze();
    const holding = api.gql(QUERY);
    await until('1 running', () => api.server.load().active === 1);
    // Refused before its operation ran: its first question to Neo4j (the graph version, for the
    // response cache) found no connection.
    expectBusy(await api.gql(QUERY));
    expect(logged).not.toHaveBeenCalled();
    logged.mockRestore();
    proxy.thaw();
    expect(data(await holding).municipality.name).toBe('Alfastad');
  });

  it('a burst on the real Neo4j, two at a time: every request is answered, in full', async () => {
    const api = await startApi({ maxActiveRequests: 2, maxQueuedRequests: 100, maxQueueWaitMs: 60_000 }, { load: false });
    cleanup.push(() => api.close());
    let most = 0;
    const watching = setInterval(() => (most = Math.max(most, api.server.load().active)), 1);
    const query = '{ subgraph(ids: ["municipality:GM0001"], depth: 2) { truncated nodes { id } edges { id } } }';
    const expected = data(await api.gql(query)).subgraph;
    const all = await Promise.all(Array.from({ length: 60 }, () => api.gql(query)));
    clearInterval(watching);
    for (const r of all) expect(data(r).subgraph).toEqual(expected);
    // Two ran at once, never more.
    expect(most).toBe(2);
    expect(api.server.load()).toEqual({ active: 0, queued: 0, limit: 2 });
  });
});

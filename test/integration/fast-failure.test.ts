/**
 * Neo4j gone and back (server/db/availability.ts): the request that finds it gone, and every one
 * after it, is answered DATABASE_UNAVAILABLE without waiting for the driver's retries; /healthz
 * says so; the server keeps asking Neo4j by itself and, once Neo4j answers again, is healthy and
 * answers queries without any request having to find out first. Neo4j is behind a real TCP proxy
 * that the test cuts (connections reset, new ones refused, as when Neo4j is killed) and restores.
 * Behaviour only: how fast is measured by `npm run bench -- failure`.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDriver, Db } from '../../server/db/driver.ts';
import { testConnection } from '../support/db.ts';
import { neo4jProxy, type Neo4jProxy } from '../support/proxy.ts';
import { until } from '../support/until.ts';
import { data, firstError, startApi, type Api } from './api-support.ts';

const QUERY = '{ municipality(code: "GM0001") { name } }';
const UNAVAILABLE = { message: 'The knowledge graph database is not reachable; try again shortly.', extensions: { code: 'DATABASE_UNAVAILABLE' } };

let proxy: Neo4jProxy;
let db: Db;
let api: Api;

beforeAll(async () => {
  // The fixture graph, loaded directly; the server under test reaches Neo4j through the proxy.
  await (await startApi()).close();
  proxy = await neo4jProxy();
  const c = testConnection();
  db = new Db(createDriver({ ...c, uri: proxy.uri }), c.database, 30_000, { availability: { upIntervalMs: 100, downIntervalMs: 50 } });
  api = await startApi({}, { load: false, db });
});

afterAll(async () => {
  await api?.close();
  await db?.close();
  proxy?.close();
});

const healthz = async () => {
  const res = await fetch(`${api.url}/healthz`);
  return { status: res.status, body: (await res.json()) as { status: string; neo4j: Record<string, string> } };
};

describe('Neo4j gone', () => {
  it('the request that finds it gone, and the ones after, are DATABASE_UNAVAILABLE; /healthz says so', async () => {
    expect(data(await api.gql(QUERY)).municipality.name).toBe('Alfastad');
    expect((await healthz()).status).toBe(200);
    await proxy.cut();
    const first = await api.gql(QUERY);
    expect(first.status).toBe(503);
    expect(firstError(first)).toMatchObject(UNAVAILABLE);
    // Known now: the next ones are refused before anything is sent to Neo4j.
    expect(db.availability.down).toBe(true);
    const burst = await Promise.all(Array.from({ length: 20 }, (_, i) => api.gql(`{ municipality(code: "GM000${(i % 3) + 1}") { name } }`)));
    for (const r of burst) expect({ status: r.status, error: firstError(r) }).toMatchObject({ status: 503, error: UNAVAILABLE });
    const health = await healthz();
    expect(health.status).toBe(503);
    expect(health.body.status).toBe('unavailable');
    // What to know, not the driver's own words.
    expect(health.body.neo4j.error).toMatch(/^Neo4j does not answer \(since .*\); .* recovers by itself/);
  });

  it('keeps asking, and recovers by itself once Neo4j answers again: no request has to find out first', async () => {
    await proxy.restore();
    await until('/healthz to say ok', () => !db.availability.down, 30_000);
    expect((await healthz()).body).toMatchObject({ status: 'ok', neo4j: { edition: 'community' } });
    const back = await api.gql('{ municipality(code: "GM0003") { name } }');
    expect(data(back).municipality.name).toBe('Gammaveen');
  });

  it('found gone while idle: the prober notices before any request does', async () => {
    await proxy.cut();
    await until('the prober to notice', () => db.availability.down, 30_000);
    expect((await healthz()).status).toBe(503);
    expect(firstError(await api.gql(QUERY))).toMatchObject(UNAVAILABLE);
    await proxy.restore();
    await until('recovery', () => !db.availability.down, 30_000);
    expect(data(await api.gql(QUERY)).municipality.name).toBe('Alfastad');
  });
});

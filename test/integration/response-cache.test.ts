/**
 * The response cache (server/api/plugins/response-cache.ts): a repeated question is answered from
 * memory, keyed by the operation, its variables and the caller's role, and never after the graph
 * has changed: not after a write committed in this process, not after one committed through
 * another API server process against the same Neo4j, not even by the request sent right after
 * the write was acknowledged. ETag / If-None-Match (304) for POST and GET. Real Neo4j, real HTTP.
 */
import { createHash } from 'node:crypto';
import http from 'node:http';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cypher } from '../../server/db/driver.ts';
import { ensureGraphHead } from '../../server/db/graph-head.ts';
import { createApiToken } from '../../server/api/tokens.ts';
import { CSRF_HEADER } from '../../server/api/plugins/csrf.ts';
import { testConnection } from '../support/db.ts';
import { writeAsWriter } from '../support/graph-write.ts';
import { serverProcess, type ServerProcess } from '../support/server-process.ts';
import { data, firstError, startApi, type Api, type GqlResponse } from './api-support.ts';
import { SMALL } from './import-support.ts';

let api: Api;
let other: ServerProcess | undefined;

beforeAll(async () => {
  // A fixed admission limit: bursts of twenty must be answered here, not refused.
  api = await startApi({ maxActiveRequests: 16 });
  // Emptying the graph took its head: without one nothing is kept.
  await ensureGraphHead(api.db);
});
afterAll(async () => {
  await other?.stop();
  await api?.close();
});

const CASES = '{ cases(first: 100) { totalCount edges { node { id name } } } }';
const renameMunicipality = cypher('test.cache.rename', 'MATCH (m:Municipality {code: $code}) SET m.name = $name');
const NAME = 'query Name($code: String!) { municipality(code: $code) { name } }';

const cacheOf = (r: GqlResponse) => r.headers.get('x-cache');

describe('a repeated question', () => {
  it('is answered from memory, the same answer, without asking Neo4j for it', async () => {
    const first = await api.gql(CASES);
    const second = await api.gql(CASES);
    expect(cacheOf(first)).toBe('miss');
    expect(first.queries).toBeGreaterThan(0);
    expect(cacheOf(second)).toBe('hit');
    expect(second.queries).toBe(0);
    expect(second.body).toEqual(first.body);
    expect(second.headers.get('etag')).toBe(first.headers.get('etag'));
    // The same operation written differently is the same question.
    const spaced = await api.gql(`{\n  cases(first: 100) {\n    totalCount, edges { node { id name } }\n  }\n}`);
    expect(cacheOf(spaced)).toBe('hit');
  });

  it('is a different question with other variables, another operation name, another role', async () => {
    const a = await api.gql(NAME, { code: 'GM0001' });
    const b = await api.gql(NAME, { code: 'GM0002' });
    expect(data(a).municipality.name).toBe('Alfastad');
    expect(data(b).municipality.name).toBe('Betadorp');
    expect(cacheOf(await api.gql(NAME, { code: 'GM0002' }))).toBe('hit');
    const { secret } = await createApiToken(api.db, { name: 'test-cache-role', role: 'partner' });
    const asPartner = await api.gql(NAME, { code: 'GM0002' }, { authorization: `Bearer ${secret}` });
    expect(cacheOf(asPartner)).toBe('miss');
    expect(data(asPartner).municipality.name).toBe('Betadorp');
    // A made-up token is no role at all: it shares the anonymous answer.
    expect(cacheOf(await api.gql(NAME, { code: 'GM0002' }, { authorization: 'Bearer nt_made-up' }))).toBe('hit');
  });

  it('is never kept when it failed, asked who the caller is, or was a mutation', async () => {
    const failing = '{ municipality(code: "nonsense") { name } }';
    await api.gql(failing);
    expect(firstError(await api.gql(failing)).extensions?.code).toBe('BAD_USER_INPUT');
    expect(cacheOf(await api.gql(failing))).toBeNull();
    const { secret } = await createApiToken(api.db, { name: 'test-cache-admin', role: 'admin' });
    const tokens = () => api.gql('{ apiTokens { name } }', undefined, { authorization: `Bearer ${secret}` });
    const before = data(await tokens()).apiTokens.length;
    // A new token changes no knowledge and so not the graph version: the list must be read again.
    await createApiToken(api.db, { name: 'test-cache-new', role: 'participant' });
    const after = await tokens();
    expect(cacheOf(after)).toBeNull();
    expect(data(after).apiTokens).toHaveLength(before + 1);
  });
});

describe('after a write', () => {
  it('committed here: the next request has the new answer', async () => {
    expect(data(await api.gql(NAME, { code: 'GM0003' })).municipality.name).toBe('Gammaveen');
    expect(cacheOf(await api.gql(NAME, { code: 'GM0003' }))).toBe('hit');
    await writeAsWriter(api.db, renameMunicipality, { code: 'GM0003', name: 'Gammaveen-Nieuw' });
    const after = await api.gql(NAME, { code: 'GM0003' });
    expect(cacheOf(after)).toBe('miss');
    expect(data(after).municipality.name).toBe('Gammaveen-Nieuw');
  });

  it('the request sent right after the write was acknowledged never gets the old answer, however many are in flight', async () => {
    for (let round = 0; round < 5; round++) {
      const name = `Gammaveen ${round}`;
      // Requests in flight across the commit share version reads; none that began after it may
      // come back with an answer from before it.
      const during = Array.from({ length: 10 }, () => api.gql(NAME, { code: 'GM0003' }));
      await writeAsWriter(api.db, renameMunicipality, { code: 'GM0003', name });
      const after = await Promise.all(Array.from({ length: 10 }, () => api.gql(NAME, { code: 'GM0003' })));
      for (const r of after) expect(data(r).municipality.name).toBe(name);
      await Promise.all(during);
    }
  });

  it('committed through another API server process: this one has the new answer at once', async () => {
    other = await serverProcess(testConnection(), { port: 0 });
    const before = data(await api.gql(CASES)).cases;
    expect(cacheOf(await api.gql(CASES))).toBe('hit');
    const { secret } = await createApiToken(api.db, { name: 'test-cache-contributor', role: 'partner' });
    const res = await fetch(`${other.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${secret}` },
      body: JSON.stringify({
        query: 'mutation { addCase(input: { name: "Casus uit een ander proces", placeIds: ["municipality:GM0001"], sourceId: "source:s1" }) { id } }',
      }),
    });
    const added = ((await res.json()) as { data: { addCase: { id: string } } }).data.addCase.id;
    const after = await api.gql(CASES);
    expect(cacheOf(after)).toBe('miss');
    expect(data(after).cases.totalCount).toBe(before.totalCount + 1);
    expect(data(after).cases.edges.map((e: any) => e.node.id)).toContain(added);
  });
  it('a real import through another API server process (the import engine advances the graph head): the new answer at once', async () => {
    other ??= await serverProcess(testConnection(), { port: 0 });
    const MECHANISMS = '{ mechanisms(first: 100) { totalCount edges { node { id name } } } }';
    const before = data(await api.gql(MECHANISMS)).mechanisms;
    expect(cacheOf(await api.gql(MECHANISMS))).toBe('hit');
    const { secret } = await createApiToken(api.db, { name: 'test-cache-partner', role: 'partner' });
    const res = await fetch(`${other.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${secret}` },
      body: JSON.stringify({ query: 'mutation($text: String!) { importDataset(fileName: "cache.cypher", text: $text) { status errors { message } } }', variables: { text: SMALL } }),
    });
    expect(((await res.json()) as any).data.importDataset).toEqual({ status: 'applied', errors: [] });
    const after = await api.gql(MECHANISMS);
    expect(cacheOf(after)).toBe('miss');
    expect(data(after).mechanisms.totalCount).toBe(before.totalCount + 1);
    expect(data(after).mechanisms.edges.map((e: any) => e.node.id)).toContain('mechanism:t-a');
  });
});

describe('an answer from memory', () => {
  it('goes compressed as the client prefers, compressed once, and decodes to the same answer', async () => {
    const body = JSON.stringify({ query: '{ nodeList(first: 100) { totalCount edges { node { id name label } } } }' });
    const post = (acceptEncoding: string) =>
      new Promise<{ headers: http.IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
        // node:http, which (unlike fetch) neither asks for compression nor undoes it.
        const req = http.request(`${api.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', 'accept-encoding': acceptEncoding } }, (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
        });
        req.on('error', reject);
        req.end(body);
      });
    const plain = await post('identity');
    expect(plain.body.length).toBeGreaterThan(1024);
    for (const [accept, encoding, decode] of [
      ['gzip, deflate, br', 'br', zlib.brotliDecompressSync],
      ['gzip', 'gzip', zlib.gunzipSync],
      ['br;q=1.0, gzip;q=0.5', 'br', zlib.brotliDecompressSync],
    ] as const) {
      for (let i = 0; i < 2; i++) {
        const r = await post(accept);
        expect(r.headers['x-cache']).toBe('hit');
        expect(r.headers['content-encoding']).toBe(encoding);
        expect(decode(r.body).equals(plain.body)).toBe(true);
      }
    }
    const refused = await post('gzip;q=0, br;q=0, identity');
    expect(refused.headers['content-encoding']).toBeUndefined();
    expect(refused.body.equals(plain.body)).toBe(true);
  });
});

describe('ETag', () => {
  const post = (etag?: string) =>
    fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(etag ? { 'if-none-match': etag } : {}) },
      body: JSON.stringify({ query: NAME, variables: { code: 'GM0001' } }),
    });

  it('If-None-Match with the current ETag gets 304 and no body; after a write, 200 with a new one', async () => {
    const first = await post();
    const etag = first.headers.get('etag')!;
    expect(etag).toMatch(/^"[\w-]+"$/);
    expect(first.headers.get('cache-control')).toBe('no-cache');
    const notModified = await post(etag);
    expect(notModified.status).toBe(304);
    expect(await notModified.text()).toBe('');
    expect(notModified.headers.get('etag')).toBe(etag);
    expect((await post('"something-else"')).status).toBe(200);
    await writeAsWriter(api.db, renameMunicipality, { code: 'GM0002', name: 'Betadorp' });
    const changed = await post(etag);
    expect(changed.status).toBe(200);
    expect(changed.headers.get('etag')).not.toBe(etag);
    expect(((await changed.json()) as any).data.municipality.name).toBe('Alfastad');
  });

  it('GET: answers carry the ETag, and browsers and caches may keep them if they ask again', async () => {
    const url = `${api.url}/graphql?query=${encodeURIComponent(NAME)}&variables=${encodeURIComponent('{"code":"GM0001"}')}`;
    const first = await fetch(url, { headers: { [CSRF_HEADER]: '1' } });
    expect(first.status).toBe(200);
    const etag = first.headers.get('etag')!;
    expect(etag).toBeTruthy();
    const again = await fetch(url, { headers: { [CSRF_HEADER]: '1', 'if-none-match': etag } });
    expect(again.status).toBe(304);
  });

  it('GET by the hash of a query (persisted queries): unknown first, learnt once sent with its hash, then answered and revalidated by hash alone', async () => {
    const hash = createHash('sha256').update(NAME).digest('hex');
    const get = (params: Record<string, string>, headers: Record<string, string> = {}) =>
      fetch(`${api.url}/graphql?${new URLSearchParams({ variables: '{"code":"GM0002"}', ...params })}`, { headers: { [CSRF_HEADER]: '1', ...headers } });
    const byHash = { extensions: JSON.stringify({ persistedQuery: { version: 1, sha256Hash: hash } }) };
    const unknown = (await (await get(byHash)).json()) as any;
    expect(unknown.errors[0]).toMatchObject({ message: 'PersistedQueryNotFound', extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' } });
    // A hash that is not the query's own is refused, and teaches nothing.
    const wrong = { query: '{ cases(first: 1) { totalCount } }', ...byHash };
    const mismatch = await get(wrong);
    expect(mismatch.status).toBe(400);
    expect(((await mismatch.json()) as any).errors[0].extensions.code).toBe('PERSISTED_QUERY_HASH_MISMATCH');
    expect(((await (await get(byHash)).json()) as any).errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    expect(((await (await get({ query: NAME, ...byHash })).json()) as any).data.municipality.name).toBe('Betadorp');
    const known = await get(byHash);
    expect(((await known.json()) as any).data.municipality.name).toBe('Betadorp');
    expect(known.headers.get('x-cache')).toBe('hit');
    expect((await get(byHash, { 'if-none-match': known.headers.get('etag')! })).status).toBe(304);
  });
});

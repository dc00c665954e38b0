/**
 * The slow-request log: a GraphQL request that takes NEWTOWNS_SLOW_REQUEST_MS or longer is logged
 * with its request id, where the time went and what it asked (never its variables). Real Neo4j,
 * real HTTP.
 */
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { CSRF_HEADER } from '../../server/api/plugins/csrf.ts';
import { data, startApi, type Api } from './api-support.ts';

let api: Api | undefined;

beforeAll(async () => {
  // The fixture graph, loaded once; the servers below only read it.
  await (await startApi()).close();
});

afterEach(async () => {
  vi.restoreAllMocks();
  await api?.close();
  api = undefined;
});

const logged = () => vi.spyOn(console, 'warn').mockImplementation(() => {});

describe('slow-request log', () => {
  it('logs a request over the threshold: id, time, time in Neo4j, queries, status and operation name, not the variables', async () => {
    // The name comes from the query when the client does not send operationName (as here).
    api = await startApi({ slowRequestMs: 0 }, { load: false });
    const warn = logged();
    const r = await api.gql('query Town($code: String!) { municipality(code: $code) { name } }', { code: 'GM0001' });
    expect(data(r).municipality.name).toBe('Alfastad');
    const lines = warn.mock.calls.map((c) => String(c[0]));
    expect(lines).toEqual([
      expect.stringMatching(
        new RegExp(`^\\[graphql\\] slow request ${r.headers.get('x-request-id')}: \\d+ ms, \\d+ ms of it in Neo4j \\(1 query(, compiled in \\d+ ms)?\\); HTTP 200; operation Town$`),
      ),
    ]);
    expect(lines[0]).not.toContain('GM0001');
  });

  it('without an operation name, logs the start of the query on one line; a GET request too', async () => {
    api = await startApi({ slowRequestMs: 0 }, { load: false });
    const warn = logged();
    const long = `{\n  municipality(code: "GM0001") {\n    name\n    ${'id '.repeat(150)}\n  }\n}`;
    await api.gql(long);
    const query = encodeURIComponent('{ ontology { version } }');
    const get = await fetch(`${api.url}/graphql?query=${query}`, { headers: { [CSRF_HEADER]: '1' } });
    expect(get.status).toBe(200);
    const lines = warn.mock.calls.map((c) => String(c[0]));
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/; HTTP 200; query \{ municipality\(code: "GM0001"\) \{ name id id id .*\.\.\.$/);
    expect(lines[0]!.length).toBeLessThan(400);
    expect(lines[1]).toMatch(/; HTTP 200; query \{ ontology \{ version \} \}$/);
  });

  it('names the operation the client chose from several; no line can be forged; says so when the body is not JSON', async () => {
    api = await startApi({ slowRequestMs: 0 }, { load: false });
    const warn = logged();
    const post = (body: string) => fetch(`${api!.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    const two = await post(JSON.stringify({ query: 'query A { ontology { version } } query B { municipality(code: "GM0001") { name } }', operationName: 'B' }));
    expect(((await two.json()) as { data: { municipality: { name: string } } }).data.municipality.name).toBe('Alfastad');
    // Nothing a client sends can forge a log line of its own.
    // (GraphQL refuses both requests, but they are logged all the same.)
    await post(JSON.stringify({ query: '{ ontology { version } }', operationName: 'x\n[graphql] slow request forged' }));
    await post(JSON.stringify({ query: '{ ontology {\r\n version\u001b[31m\u2028} }' }));
    const broken = await post('{"query": "{ ontology');
    expect(broken.status).toBe(400);
    const lines = warn.mock.calls.map((c) => String(c[0]));
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatch(/; HTTP 200; operation B$/);
    expect(lines[1]).toMatch(/; HTTP \d+; an operation name that is not a GraphQL name$/);
    expect(lines[2]).toMatch(/; HTTP \d+; query \{ ontology \{ version \[31m \} \}$/);
    expect(lines[3]).toMatch(/: \d+ ms, 0 ms of it in Neo4j \(0 queries\); HTTP 400; a body that is not JSON$/);
    for (const line of lines) expect(line).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/);
  });

  it('says nothing of requests under the threshold', async () => {
    api = await startApi({ slowRequestMs: 60_000 }, { load: false });
    const warn = logged();
    expect(data(await api.gql('{ municipality(code: "GM0001") { name } }')).municipality.name).toBe('Alfastad');
    expect(warn).not.toHaveBeenCalled();
  });
});

/**
 * Behaviour under bad input and load: limits with clear errors, masked errors with request ids,
 * body size, CSRF, introspection switch, bounded queries per request, Neo4j going away and back.
 */
import http from 'node:http';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { createDriver, cypher, Db } from '../../server/db/driver.ts';
import { testConnection } from '../support/db.ts';
import { data, firstError, startApi, type Api } from './api-support.ts';

let api: Api;
beforeAll(async () => {
  api = await startApi({ maxBodyBytes: 10_000 });
});
afterAll(async () => {
  await api?.close();
});

describe('limits', () => {
  test('malformed query', async () => {
    const r = await api.gql('{ municipality(code: "GM0001") { name ');
    expect(firstError(r).message).toMatch(/^Syntax Error: Expected Name, found <EOF>/);
    expect(firstError(r).extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
    const notJson = await fetch(`${api.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": ' });
    expect(notJson.status).toBe(400);
    const unknownField = await api.gql('{ municipality(code: "GM0001") { secret } }');
    expect(firstError(unknownField).extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  test('too deep, too many aliases, too costly, too many tokens', async () => {
    let deep = 'id';
    for (let i = 0; i < 6; i++) deep = `causes { node { ... on Mechanism { ${deep} } } }`;
    const tooDeep = await api.gql(`{ node(id: "mechanism:a") { ... on Mechanism { ${deep} } } }`);
    expect(firstError(tooDeep).message).toMatch(/Query depth limit of 12 exceeded/);
    const aliases = Array.from({ length: 20 }, (_, i) => `a${i}: ontology { version }`).join(' ');
    expect(firstError(await api.gql(`{ ${aliases} }`)).message).toMatch(/Aliases limit of 15 exceeded/);
    const wide = `municipalities(first: 100) { edges { node { neighbourhoods { faces { node { name description nameEn id label } sources { name url year publisher kind } } } } } }`;
    const costly = await api.gql(`{ ${Array.from({ length: 14 }, (_, i) => `m${i}: ${wide}`).join(' ')} }`);
    expect(firstError(costly).message).toMatch(/Query Cost limit of 20000 exceeded/);
    const tokens = `{ a ${'b '.repeat(2100)} }`;
    expect(firstError(await api.gql(tokens)).message).toMatch(/Token limit of 2000 exceeded/);
    // Scripts branch on the code; the message is no "Syntax Error" and says what to do.
    for (const refused of [tooDeep, costly, await api.gql(tokens)]) {
      expect(firstError(refused)).toMatchObject({ extensions: { code: 'QUERY_TOO_COMPLEX' }, message: expect.stringMatching(/^(?!Syntax Error).*Ask for less/) });
    }
  });

  test('page size, subgraph limit, depth bounds, unknown labels, wrong ids', async () => {
    const page = 'query($first: Int) { municipalities(first: $first) { totalCount } }';
    expect(firstError(await api.gql(page, { first: 100000 })).message).toBe('first must be between 1 and 100');
    expect(firstError(await api.gql(page, { first: 101 })).extensions?.code).toBe('BAD_USER_INPUT');
    // A literal huge \`first\` already fails the cost limit (graphql-armor multiplies by first/last).
    expect(firstError(await api.gql('{ municipalities(first: 100000) { totalCount } }')).message).toMatch(/Query Cost limit of 20000 exceeded/);
    expect(firstError(await api.gql('{ municipalities(first: 0) { totalCount } }')).message).toBe('first must be between 1 and 100');
    expect(firstError(await api.gql('{ subgraph(ids: ["mechanism:a"], limit: 10000) { truncated } }')).message).toBe('limit must be between 1 and 5000');
    expect(firstError(await api.gql('{ subgraph(ids: ["mechanism:a"], depth: 9) { truncated } }')).message).toBe('depth must be between 0 and 3');
    expect(firstError(await api.gql('{ feedbackLoops(maxLength: 50) { id } }')).message).toBe('maxLength must be between 2 and 8');
    const unknown = await api.gql('{ search(text: "x", labels: ["Municipality", "ApiToken"]) { score } }');
    expect(firstError(unknown)).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    expect(firstError(unknown).message).toMatch(/^Unknown label 'ApiToken'; use one of Municipality, /);
    expect(firstError(await api.gql('{ subgraph(ids: ["x"], labels: ["Import"]) { truncated } }')).message).toMatch(/Unknown label 'Import'/);
    expect(firstError(await api.gql('{ municipality(code: "1; MATCH (n) DETACH DELETE n") { id } }')).message).toMatch(/CBS municipality code/);
    expect(data(await api.gql('{ node(id: "municipality:GM9999") { id } }')).node).toBeNull();
    expect(data(await api.gql('{ subgraph(ids: ["nonsense", "token:abc"]) { nodes { id } truncated } }')).subgraph).toEqual({ nodes: [], truncated: false });
    expect(firstError(await api.gql('{ sources(after: "not-a-cursor") { totalCount } }')).message).toMatch(/after is not a valid cursor/);
    expect(firstError(await api.gql('{ municipalities(filter: { domain: "wonen" }) { totalCount } }')).message).toBe('filter.domain does not apply to Municipality');
    // A property several labels share is checked against all of their allowed values, in any order.
    const kinds = (labels: string) => api.gql(`{ nodeList(labels: ${labels}, filter: { kind: "research" }) { totalCount } }`);
    expect(data(await kinds('["Actor", "Source"]')).nodeList.totalCount).toBe(data(await kinds('["Source", "Actor"]')).nodeList.totalCount);
    expect(data(await kinds('["Actor", "Source"]')).nodeList.totalCount).toBeGreaterThanOrEqual(3);
    expect(firstError(await api.gql('{ nodeList(labels: ["Actor", "Source"], filter: { kind: "castle" }) { totalCount } }')).message).toMatch(/^filter.kind must be one of .*research/);
    expect(firstError(await api.gql('{ compareMunicipalities(codes: ["GM0001", "Almere"]) { missing } }')).message).toMatch(/Not CBS municipality codes: Almere/);
  });

  test('a request costs the same number of queries for 16 municipalities as for 1 (no N+1)', async () => {
    const q = (first: number) =>
      `{ municipalities(first: ${first}) { totalCount edges { node { name provenance { fileName } neighbourhoods { name municipality { code } faces { note node { name ... on Challenge { sources { node { name } } } } sources { name } } } faces { node { name } } } } } }`;
    const one = await api.gql(q(1));
    const many = await api.gql(q(16));
    expect(data(many).municipalities.edges).toHaveLength(16);
    expect(data(many).municipalities.edges.flatMap((e: any) => e.node.neighbourhoods).length).toBeGreaterThan(15);
    expect(one.queries).toBeGreaterThan(0);
    expect(many.queries).toBe(one.queries);
    expect(many.queries).toBeLessThanOrEqual(9);
  });
});

describe('errors', () => {
  test('unexpected errors are masked: no Cypher, driver text or stack; request id in extensions and header', async () => {
    // A node whose name is a number breaks toLower() inside Neo4j: a genuine server-side failure.
    await api.db.write(cypher('test.badCase', "CREATE (:Case {id: 'case:broken', name: 42})"));
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      const r = await api.gql('{ cases(filter: { text: "x" }) { totalCount } }', undefined, { 'x-request-id': 'req-test-12345' });
      // What was masked is logged on the server, once, with the request id.
      const lines = logged.mock.calls.map((c) => String(c[0])).filter((l) => l.includes('req-test-12345'));
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(/^\[graphql\] request req-test-12345: .*toLower/s);
      const e = firstError(r);
      expect(e.message).toBe('Unexpected error.');
      expect(e.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR', requestId: 'req-test-12345' });
      expect(r.headers.get('x-request-id')).toBe('req-test-12345');
      const text = JSON.stringify(r.body);
      for (const leak of ['toLower', 'MATCH', 'Neo.', 'at ', 'stack', '.ts']) expect(text).not.toContain(leak);
      const other = await api.gql('{ node(id: "x") { id } }');
      expect(other.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
      const bad = await api.gql('{ municipalities(first: 1000) { totalCount } }');
      expect(firstError(bad).extensions?.requestId).toBe(bad.headers.get('x-request-id'));
    } finally {
      logged.mockRestore();
      await api.db.write(cypher('test.badCaseGone', "MATCH (c:Case {id: 'case:broken'}) DELETE c"));
    }
  });

  test('oversized bodies get 413, with and without content-length', async () => {
    const big = JSON.stringify({ query: `{ ontology { version } }`, variables: { pad: 'x'.repeat(20_000) } });
    const r = await fetch(`${api.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: big });
    expect(r.status).toBe(413);
    expect((await r.json()).errors[0]).toMatchObject({ message: 'The request body is larger than 10000 bytes; send a smaller request.', extensions: { code: 'PAYLOAD_TOO_LARGE' } });
    // Chunked transfer: no content-length header, counted while streaming.
    const status = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = http.request(`${api.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked' } }, (res) => {
        let body = '';
        res.on('data', (c) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      });
      req.on('error', reject);
      req.write(big.slice(0, 6000));
      setTimeout(() => req.end(big.slice(6000)), 50);
    });
    expect(status.status).toBe(413);
    expect(status.body).toContain('PAYLOAD_TOO_LARGE');
    // Small bodies still work afterwards.
    expect(data(await api.gql('{ ontology { version } }')).ontology.version).toBe(1);
  });

  test('CSRF: GET and simple POST requests need the header; JSON POST works; GET never mutates', async () => {
    const q = encodeURIComponent('{ ontology { version } }');
    const plainGet = await fetch(`${api.url}/graphql?query=${q}`, { headers: { accept: 'application/json' } });
    expect(plainGet.status).toBe(403);
    const refusal = (await plainGet.json()).errors[0];
    expect(refusal.message).toMatch(/^Required CSRF header not present: send the header "x-graphql-yoga-csrf: 1"/);
    expect(refusal.extensions).toMatchObject({ code: 'CSRF_HEADER_REQUIRED', requestId: plainGet.headers.get('x-request-id') });
    const withHeader = await fetch(`${api.url}/graphql?query=${q}`, { headers: { accept: 'application/json', 'x-graphql-yoga-csrf': '1' } });
    expect(withHeader.status).toBe(200);
    const m = encodeURIComponent('mutation { revokeToken(id: "token:x") { id } }');
    const getMutation = await fetch(`${api.url}/graphql?query=${m}`, { headers: { accept: 'application/json' } });
    expect(getMutation.status).toBe(403);
    const getMutationWithHeader = await fetch(`${api.url}/graphql?query=${m}`, { headers: { accept: 'application/json', 'x-graphql-yoga-csrf': '1' } });
    expect(getMutationWithHeader.status).toBe(405);
    const form = await fetch(`${api.url}/graphql`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: JSON.stringify({ query: '{ ontology { version } }' }) });
    expect(form.status).toBe(403);
    expect((await form.json()).errors[0].extensions.code).toBe('CSRF_HEADER_REQUIRED');
  });

  test('GraphiQL opens with example queries; introspection on by default', async () => {
    const page = await fetch(`${api.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('ViciousCircles');
    expect(html).toContain('MechanismsBehindLiveability');
    expect(data(await api.gql('{ __schema { queryType { name } } }')).__schema.queryType.name).toBe('Query');
  });

  test('introspection and GraphiQL can be switched off', async () => {
    const closed = await startApi({ introspection: false, graphiql: false }, { load: false, db: api.db });
    try {
      expect(firstError(await closed.gql('{ __schema { types { name } } }')).message).toMatch(/introspection is disabled/);
      const suggestion = await closed.gql('{ ontolog { version } }');
      expect(firstError(suggestion).message).not.toMatch(/Did you mean/);
      const page = await fetch(`${closed.url}/graphql`, { headers: { accept: 'text/html' } });
      expect(await page.text()).not.toContain('ViciousCircles');
    } finally {
      await closed.close();
    }
  });
});

describe('Neo4j going away', () => {
  // A Neo4j that goes away and comes back: test/integration/fast-failure.test.ts.
  test('an address where nothing listens fails fast too', async () => {
    const c = testConnection();
    const db = new Db(createDriver({ ...c, uri: 'bolt://127.0.0.1:1' }), c.database, 5_000);
    const nowhere = await startApi({}, { load: false, db });
    try {
      const started = Date.now();
      const r = await nowhere.gql('{ search(text: "leefbaarheid") { score } }');
      expect(firstError(r).extensions?.code).toBe('DATABASE_UNAVAILABLE');
      expect(Date.now() - started).toBeLessThan(15_000);
    } finally {
      await nowhere.close();
      await db.close();
    }
  });
});

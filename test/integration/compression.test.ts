/**
 * Compression over real HTTP, negotiated per request: the explorer's files and large GraphQL
 * answers go brotli or gzip to clients that accept it, and decode to exactly what an
 * uncompressed request gets.
 */
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WEB_ROOT } from '../../server/http.ts';
import { ensureWebBuild } from '../support/web-build.ts';
import { startApi, type Api } from './api-support.ts';

let api: Api;

beforeAll(async () => {
  ensureWebBuild();
  api = await startApi();
});
afterAll(async () => {
  await api?.close();
});

interface Raw {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

/** node:http, which (unlike fetch) neither asks for compression nor undoes it. */
function raw(url: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<Raw> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method: options.method ?? 'GET', headers: options.headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

function decoded(r: Raw): Buffer {
  const encoding = r.headers['content-encoding'];
  if (encoding === 'br') return zlib.brotliDecompressSync(r.body);
  if (encoding === 'gzip') return zlib.gunzipSync(r.body);
  if (encoding !== undefined) throw new Error(`unexpected content-encoding ${encoding}`);
  return r.body;
}

describe('the explorer files', () => {
  const largestScript = () => {
    const dir = path.join(WEB_ROOT, 'assets');
    const name = fs.readdirSync(dir).filter((f) => f.endsWith('.js')).sort((a, b) => fs.statSync(path.join(dir, b)).size - fs.statSync(path.join(dir, a)).size)[0]!;
    return { url: `/assets/${name}`, bytes: fs.readFileSync(path.join(dir, name)) };
  };

  it('go as the client prefers (brotli, gzip or as they are), byte for byte the file', async () => {
    const { url, bytes } = largestScript();
    const br = await raw(api.url + url, { headers: { 'accept-encoding': 'gzip, deflate, br' } });
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers.vary).toMatch(/accept-encoding/i);
    expect(br.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(decoded(br).equals(bytes)).toBe(true);
    expect(br.body.length).toBeLessThan(bytes.length / 2);

    const gzip = await raw(api.url + url, { headers: { 'accept-encoding': 'gzip' } });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(decoded(gzip).equals(bytes)).toBe(true);

    for (const headers of [{}, { 'accept-encoding': 'gzip;q=0, br;q=0, identity' }] as Record<string, string>[]) {
      const plainFile = await raw(api.url + url, { headers });
      expect(plainFile.headers['content-encoding']).toBeUndefined();
      expect(plainFile.body.equals(bytes)).toBe(true);
    }
  });

  it('HEAD answers with the headers and no body', async () => {
    const { url } = largestScript();
    const head = await raw(api.url + url, { method: 'HEAD', headers: { 'accept-encoding': 'br' } });
    expect(head.status).toBe(200);
    expect(head.body.length).toBe(0);
    expect(head.headers['content-type']).toBe('text/javascript; charset=utf-8');
  });
});

describe('GraphQL answers', () => {
  const post = (query: string, headers: Record<string, string> = {}) =>
    raw(`${api.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query }) });
  const LARGE = '{ nodeList(first: 100) { totalCount edges { node { id name label } } } }';

  it('a large one goes compressed to a client that accepts it and decodes to the same answer, with the same headers', async () => {
    const plainAnswer = await post(LARGE);
    expect(plainAnswer.headers['content-encoding']).toBeUndefined();
    expect(plainAnswer.body.length).toBeGreaterThan(1024);
    for (const [accept, encoding] of [['gzip', 'gzip'], ['br;q=1.0, gzip;q=0.5', 'br']] as const) {
      const compressed = await post(LARGE, { 'accept-encoding': accept });
      expect(compressed.status).toBe(200);
      expect(compressed.headers['content-encoding']).toBe(encoding);
      expect(compressed.body.length).toBeLessThan(plainAnswer.body.length / 2);
      expect(JSON.parse(decoded(compressed).toString('utf8'))).toEqual(JSON.parse(plainAnswer.body.toString('utf8')));
      expect(compressed.headers['x-neo4j-queries']).toBe(plainAnswer.headers['x-neo4j-queries']);
      expect(compressed.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
      expect(compressed.headers['content-type']).toBe(plainAnswer.headers['content-type']);
    }
  });

  it('small answers, and answers to requests with a token, go as they are', async () => {
    const small = await post('{ __typename }', { 'accept-encoding': 'gzip, br' });
    expect(small.headers['content-encoding']).toBeUndefined();
    expect(JSON.parse(small.body.toString('utf8'))).toEqual({ data: { __typename: 'Query' } });
    const withToken = await post(LARGE, { 'accept-encoding': 'gzip, br', authorization: 'Bearer nt_any' });
    expect(withToken.headers['content-encoding']).toBeUndefined();
    expect(JSON.parse(withToken.body.toString('utf8')).data.nodeList.edges.length).toBeGreaterThan(10);
  });
});

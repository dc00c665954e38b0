/**
 * No request, however malformed, may stop the server (review §1.2: `GET /%E0%A4%A` did). A sweep of
 * malformed addresses, headers, methods and bodies at every route, sent as raw bytes over a real
 * socket: each gets a 4xx answer (or its connection closed), never a 5xx, and the server answers
 * /healthz after every one of them.
 */
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi, type Api } from './api-support.ts';
import { ensureWebBuild } from '../support/web-build.ts';

let api: Api;
let port: number;

beforeAll(async () => {
  ensureWebBuild();
  api = await startApi();
  port = Number(new URL(api.url).port);
});

afterAll(async () => {
  await api.close();
});

/** Sends `raw` and returns the status code of the answer (0: the connection closed without one). */
function send(raw: string | Buffer): Promise<number> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    let answer = '';
    const done = () => {
      const m = /^HTTP\/1\.[01] (\d{3})/.exec(answer);
      resolve(m ? Number(m[1]) : 0);
    };
    socket.setTimeout(10_000, () => socket.destroy());
    socket.on('data', (d) => {
      answer += d.toString('latin1');
      if (/^HTTP\/1\.[01] \d{3}/.test(answer)) socket.end();
    });
    socket.on('error', () => {});
    socket.on('close', done);
    socket.write(raw);
  });
}

async function alive(): Promise<void> {
  const res = await fetch(`${api.url}/healthz`);
  expect(res.status).toBe(200);
}

const request = (line: string, headers: string[] = [], body = '') =>
  `${line}\r\nHost: 127.0.0.1\r\n${headers.map((h) => h + '\r\n').join('')}${body ? `Content-Length: ${Buffer.byteLength(body)}\r\n` : ''}Connection: close\r\n\r\n${body}`;

describe('malformed addresses', () => {
  it.each([
    'GET /%E0%A4%A HTTP/1.1',
    'GET /%E0%A4%A/ HTTP/1.1',
    'GET /assets/%ZZ.js HTTP/1.1',
    'GET /% HTTP/1.1',
    'GET /%00 HTTP/1.1',
    'GET /..%2f..%2f..%2fetc%2fpasswd HTTP/1.1',
    'GET /../../etc/passwd HTTP/1.1',
    'GET //evil.example/x HTTP/1.1',
    'GET http://[::1 HTTP/1.1',
    'GET http://127.0.0.1:1/%E0 HTTP/1.1',
    'GET /graphql?query=%E0%A4%A HTTP/1.1',
    'GET /graphql?query={__typename&variables=%7B HTTP/1.1',
    'GET /healthz?%E0%A4%A HTTP/1.1',
    `GET /${'a'.repeat(20_000)} HTTP/1.1`,
    'GET * HTTP/1.1',
    'GET HTTP/1.1',
  ])('%s', async (line) => {
    const status = await send(request(line));
    expect(status === 0 || (status >= 200 && status < 500), `status ${status}`).toBe(true);
    if (status >= 300) expect(status).toBeLessThan(500);
    await alive();
  });

  it('answers the review\'s request with 400 and a reason', async () => {
    const res = await fetch(`${api.url}/%E0%A4%A`);
    expect(res.status).toBe(400);
    expect(await res.text()).toContain('The address is not valid');
    await alive();
  });
});

describe('malformed requests and headers', () => {
  it.each([
    ['not HTTP at all', 'hello\r\n\r\n'],
    ['a header without a colon', 'GET / HTTP/1.1\r\nHost: x\r\nno colon here\r\n\r\n'],
    ['a control character in a header', 'GET / HTTP/1.1\r\nHost: x\r\nX-Bad: a\u0001b\r\n\r\n'],
    ['two different Content-Lengths', 'POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\nContent-Length: 7\r\n\r\n{}'],
    ['a Content-Length that is not a number', 'POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Length: abc\r\n\r\n{}'],
    ['a broken chunked body', 'POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n{}\r\n0\r\n\r\n'],
    ['headers of 64 kB', `GET / HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(64_000)}\r\n\r\n`],
    ['an unknown HTTP version', 'GET / HTTP/9.9\r\nHost: x\r\n\r\n'],
    ['a made-up method', 'BREW / HTTP/1.1\r\nHost: x\r\n\r\n'],
    ['CONNECT', 'CONNECT 127.0.0.1:22 HTTP/1.1\r\nHost: x\r\n\r\n'],
  ])('%s', async (_what, raw) => {
    const status = await send(raw);
    expect(status === 0 || status < 500, `status ${status}`).toBe(true);
    await alive();
  });

  it.each(['/', '/graphql', '/graphql/x', '/healthz', '/assets/none.js', '/gemeente/almere'])('every method at %s', async (path) => {
    for (const method of ['GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'TRACE']) {
      const status = await send(request(`${method} ${path} HTTP/1.1`, ['Content-Type: application/json'], method === 'GET' || method === 'HEAD' ? '' : '{}'));
      expect(status === 0 || status < 500, `${method} ${path}: ${status}`).toBe(true);
    }
    await alive();
  });
});

describe('malformed GraphQL bodies', () => {
  const json = ['Content-Type: application/json'];
  it.each([
    ['invalid JSON', json, '{"query": '],
    ['JSON that is not an object', json, '[1, 2, 3]'],
    ['a query that is not a string', json, '{"query": 42}'],
    ['variables that are not an object', json, '{"query": "query($a: Int) { __typename }", "variables": "x"}'],
    ['an operationName that is not a string', json, '{"query": "{ __typename }", "operationName": {}}'],
    ['extensions that are not an object', json, '{"query": "{ __typename }", "extensions": 5}'],
    ['a query that does not parse', json, '{"query": "{ node(id: "}'],
    ['a query with a NUL', json, '{"query": "{ __typename \\u0000 }"}'],
    ['an unknown content type', ['Content-Type: application/x-unknown'], '{"query": "{ __typename }"}'],
    ['a form body', ['Content-Type: application/x-www-form-urlencoded'], 'query=%7B__typename%7D'],
    ['no content type', [], '{"query": "{ __typename }"}'],
    ['a nested JSON 10 000 deep', json, '{"query": "{ __typename }", "variables": ' + '['.repeat(10_000) + ']'.repeat(10_000) + '}'],
    ['a body over the limit', json, JSON.stringify({ query: '{ __typename }', pad: 'x'.repeat(2_000_000) })],
  ])('%s', async (_what, headers, body) => {
    const status = await send(request('POST /graphql HTTP/1.1', headers as string[], body as string));
    expect(status === 0 || (status >= 200 && status < 500), `status ${status}`).toBe(true);
    await alive();
  });

  it('bytes that are not UTF-8 in a JSON body', async () => {
    const body = Buffer.concat([Buffer.from('{"query": "{ search(text: \\"'), Buffer.from([0xe0, 0xa4]), Buffer.from('\\") { id } }"}')]);
    const head = `POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\nConnection: close\r\n\r\n`;
    const status = await send(Buffer.concat([Buffer.from(head), body]));
    expect(status === 0 || status < 500, `status ${status}`).toBe(true);
    await alive();
  });

  it('a body shorter than its Content-Length, then a hang-up', async () => {
    await new Promise<void>((resolve) => {
      const socket = net.connect(port, '127.0.0.1', () => {
        socket.write('POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"query": "{ __typ');
        setTimeout(() => socket.destroy(), 100);
      });
      socket.on('error', () => {});
      socket.on('close', () => resolve());
    });
    await alive();
  });
});

describe('CORS', () => {
  it('answers another site\'s page without CORS headers: the browser keeps it out', async () => {
    const res = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: 'https://evil.example' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
    expect(res.headers.get('access-control-allow-credentials')).toBeNull();
    const preflight = await fetch(`${api.url}/graphql`, {
      method: 'OPTIONS',
      headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type, authorization' },
    });
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('allows the origins configured in NEWTOWNS_CORS_ORIGINS, and only those', async () => {
    const other = await startApi({ corsOrigins: ['https://kennisbank.example.nl'] }, { load: false, db: api.db });
    try {
      const allowed = await fetch(`${other.url}/graphql`, {
        method: 'OPTIONS',
        headers: { origin: 'https://kennisbank.example.nl', 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
      });
      expect(allowed.headers.get('access-control-allow-origin')).toBe('https://kennisbank.example.nl');
      expect(allowed.headers.get('access-control-allow-credentials')).toBe('true');
      const refused = await fetch(`${other.url}/graphql`, {
        method: 'OPTIONS',
        headers: { origin: 'https://kennisbank.example.nl.evil.example', 'access-control-request-method': 'POST' },
      });
      expect(refused.headers.get('access-control-allow-origin')).toBeNull();
    } finally {
      await other.close();
    }
  });
});

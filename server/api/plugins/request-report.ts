/**
 * What every GraphQL response says about its request: its id (x-request-id), the Neo4j queries it
 * cost (x-neo4j-queries) and where the time went (W3C Server-Timing: in Neo4j, compiling the
 * operation, in total), no-store unless the response cache said otherwise; and a log line for a
 * request that took config.slowRequestMs or longer, with its operation name (never its
 * variables, which can hold what a person typed).
 */
import type { Plugin } from 'graphql-yoga';
import { busyMs, type ServerContext } from '../context.ts';

export function useRequestReport(options: { slowRequestMs: number }): Plugin {
  return {
    onResponse({ request, response, serverContext }) {
      const server = serverContext as unknown as ServerContext;
      if (!server.requestId) return;
      const { counter } = server;
      const headers = response.headers;
      headers.set('x-request-id', server.requestId);
      headers.set('x-neo4j-queries', String(counter.queries));
      headers.set('x-content-type-options', 'nosniff');
      if (!headers.has('cache-control')) headers.set('cache-control', 'no-store');
      const totalMs = performance.now() - (server.startedAt ?? performance.now());
      const neo4jMs = busyMs(counter.spans ?? []);
      const compile = counter.compileMs === undefined ? '' : `, compile;dur=${counter.compileMs.toFixed(2)}`;
      headers.set('server-timing', `neo4j;dur=${neo4jMs.toFixed(2)};desc="${counter.queries} queries"${compile}, total;dur=${totalMs.toFixed(2)}`);
      if (totalMs >= options.slowRequestMs) {
        console.warn(
          `[graphql] slow request ${server.requestId}: ${Math.round(totalMs)} ms, ${Math.round(neo4jMs)} ms of it in Neo4j (${counter.queries} ${counter.queries === 1 ? 'query' : 'queries'}${counter.compileMs === undefined ? '' : `, compiled in ${Math.round(counter.compileMs)} ms`}); ` +
            `HTTP ${response.status}; ${operationOf(request.url, server.body)}`,
        );
      }
    },
  };
}

const GRAPHQL_NAME = /^[_A-Za-z]\w{0,99}$/;

/**
 * What a logged request asked: its operation name, else the start of its query on one line.
 * Never its variables, which can hold what a person typed; nothing that could forge a log line.
 */
function operationOf(url: string, body: Buffer | undefined): string {
  let params: { query?: unknown; operationName?: unknown } | null;
  try {
    params = body?.length ? JSON.parse(body.toString('utf8')) : Object.fromEntries(new URL(url).searchParams);
  } catch {
    return 'a body that is not JSON';
  }
  if (!params || typeof params !== 'object' || Array.isArray(params)) return 'no single query';
  const query = typeof params.query === 'string' ? params.query : '';
  const given = typeof params.operationName === 'string' && params.operationName ? params.operationName : undefined;
  if (given !== undefined && !GRAPHQL_NAME.test(given)) return 'an operation name that is not a GraphQL name';
  const name = given ?? /^\s*(?:query|mutation)\s+([_A-Za-z]\w{0,99})/.exec(query)?.[1];
  if (name) return `operation ${name}`;
  if (!query) return 'no query';
  const text = query.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ').replace(/\s+/g, ' ').trim();
  return `query ${text.length > 200 ? `${text.slice(0, 200)}...` : text}`;
}

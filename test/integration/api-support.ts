/** Shared set-up for the API tests: the fixture graph in the test Neo4j and a real HTTP server. */
import { startHttpServer, type AppServer } from '../../server/http.ts';
import type { Config } from '../../server/config.ts';
import type { Db } from '../../server/db/driver.ts';
import { emptyGraph, testConfig, testDb } from '../support/db.ts';
import { fixtureGraph, loadGraph } from '../fixtures/graph/fixture.ts';

export interface Api {
  db: Db;
  server: AppServer;
  url: string;
  gql(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<GqlResponse>;
  close(): Promise<void>;
}

export interface GqlResponse {
  status: number;
  headers: Headers;
  body: { data?: any; errors?: { message: string; extensions?: Record<string, any>; path?: unknown[] }[] };
  queries: number;
}

export async function startApi(overrides: Partial<Config> = {}, options: { load?: boolean; db?: Db } = {}): Promise<Api> {
  const db = options.db ?? testDb();
  if (options.load !== false) {
    await emptyGraph(db);
    await loadGraph(db, fixtureGraph());
  }
  const server = await startHttpServer({ db, config: testConfig({ port: 0, ...overrides }) }, 0);
  const url = server.url;
  return {
    db,
    server,
    url,
    async gql(query, variables, headers = {}) {
      const res = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query, variables }),
      });
      const text = await res.text();
      let body: GqlResponse['body'];
      try {
        body = JSON.parse(text);
      } catch {
        throw new Error(`Not JSON (${res.status}): ${text.slice(0, 300)}`);
      }
      return { status: res.status, headers: res.headers, body, queries: Number(res.headers.get('x-neo4j-queries') ?? NaN) };
    },
    async close() {
      await server.close();
      if (!options.db) await db.close();
    },
  };
}

/** The data, failing with the errors when there are any. */
export function data(r: GqlResponse): any {
  if (r.body.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(r.body.errors)}`);
  return r.body.data;
}

export function firstError(r: GqlResponse) {
  const e = r.body.errors?.[0];
  if (!e) throw new Error(`Expected an error, got ${JSON.stringify(r.body).slice(0, 500)}`);
  return e;
}

/**
 * Failure bench (`npm run bench -- failure`): the bench's own Neo4j is killed under a running API
 * server (in a process of its own), then started again.
 *  - idle: the first request after the kill (before the prober has noticed), then requests one
 *    at a time once it has: how long each took to be told DATABASE_UNAVAILABLE;
 *  - under load: clients that never back off while Neo4j is down: every answer's latency;
 *  - recovery: from the moment Neo4j answers again (this process asks it every 20 ms) to the
 *    first answer of the server, which is asked every 20 ms too and was told nothing. Neo4j
 *    greets a connection long before it answers its first query (a JVM just started, plans not
 *    yet made): a fresh driver in this process asks it the same question in Cypher every 20 ms
 *    meanwhile, and the server's recovery is given both from the greeting and from that first
 *    raw answer (what any client of Neo4j waits for anyway).
 * Must hold: DATABASE_UNAVAILABLE within 250 ms idle and under load; recovery within 2 s.
 */
import type { Neo4jConnection, LocalNeo4jSettings } from '../../server/config.ts';
import { createDriver } from '../../server/db/driver.ts';
import { start, stop } from '../../server/db/local-neo4j.ts';
import { firstLine, serverProcess, tsxProcess } from '../support/server-process.ts';
import { percentile } from './load.ts';

const QUERY = JSON.stringify({ query: '{ municipality(code: "GM0900") { id name neighbourhoods { id } } }' });

async function ask(url: string): Promise<{ ms: number; status: number; code?: string }> {
  const started = performance.now();
  try {
    const res = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: QUERY });
    const body = (await res.json()) as { errors?: { extensions?: { code?: string } }[] };
    return { ms: performance.now() - started, status: res.status, code: body.errors?.[0]?.extensions?.code };
  } catch {
    return { ms: performance.now() - started, status: 0 };
  }
}

/** QUERY's question in Cypher, for a fresh driver: when Neo4j itself first answers it. */
const RAW_QUERY = 'MATCH (m:Municipality {code: $code}) RETURN m.id AS id, m.name AS name, COLLECT { MATCH (m)<-[:PART_OF]-(n:Neighbourhood) RETURN n.id } AS neighbourhoods';

const summary = (xs: number[]) => `median ${percentile(xs, 50).toFixed(1)} ms, p99 ${percentile(xs, 99).toFixed(1)} ms, max ${Math.max(...xs).toFixed(1)} ms`;

export async function benchFailure(settings: LocalNeo4jSettings, connection: Neo4jConnection): Promise<void> {
  console.log('Failure: the bench Neo4j killed under an API server in its own process, then started again');
  // Response cache off: an answer kept from before would not say whether Neo4j was asked.
  const server = await serverProcess(connection, { responseCache: false });
  try {
    for (let i = 0; i < 20; i++) await ask(server.url);
    await stop(settings);
    const first = await ask(server.url);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const idle: { ms: number; code?: string }[] = [];
    for (let i = 0; i < 50; i++) idle.push(await ask(server.url));
    const load = tsxProcess('test/bench/load-client.ts', { url: `${server.url}/graphql`, body: QUERY, connections: 32, seconds: 5 });
    const loaded = JSON.parse(await firstLine(load)) as { latencies: Record<string, number[]>; errors: number; timeouts: number };
    const underLoad = Object.values(loaded.latencies).flat();
    const other = Object.entries(loaded.latencies).filter(([s]) => s !== '503').reduce((n, [, v]) => n + v.length, 0) + loaded.errors + loaded.timeouts;
    const unavailable = idle.filter((r) => r.code === 'DATABASE_UNAVAILABLE').length;
    console.log(`  first request after the kill: ${first.ms.toFixed(1)} ms, HTTP ${first.status} ${first.code ?? ''}`);
    console.log(`  idle, one at a time: ${summary(idle.map((r) => r.ms))}; ${unavailable} of ${idle.length} DATABASE_UNAVAILABLE`);
    console.log(`  under load (32 clients that never back off, 5 s): ${underLoad.length} answers, ${summary(underLoad)}; ${other} not 503`);

    // Recovery: start Neo4j again; meanwhile ask it directly and ask the server, each every 20 ms.
    const direct = createDriver(connection);
    const raw = createDriver(connection);
    let answered: number | undefined;
    let rawAnswered: number | undefined;
    let recovered: number | undefined;
    const watching = (async () => {
      while (answered === undefined) {
        try {
          await direct.verifyConnectivity({ database: connection.database });
          answered = performance.now();
        } catch {
          await new Promise((resolve) => setTimeout(resolve, 20));
        }
      }
    })();
    const askingRaw = (async () => {
      while (rawAnswered === undefined) {
        const session = raw.session({ database: connection.database });
        try {
          await session.run(RAW_QUERY, { code: 'GM0900' });
          rawAnswered = performance.now();
        } catch {
          await new Promise((resolve) => setTimeout(resolve, 20));
        } finally {
          await session.close().catch(() => {});
        }
      }
    })();
    const asking = (async () => {
      while (recovered === undefined) {
        const r = await ask(server.url);
        if (r.status === 200) recovered = performance.now();
        else await new Promise((resolve) => setTimeout(resolve, 20));
      }
    })();
    const begun = performance.now();
    await start(settings);
    await Promise.all([watching, askingRaw, asking]);
    await direct.close();
    await raw.close();
    console.log(
      `  recovery: Neo4j started in ${((answered! - begun) / 1000).toFixed(1)} s; its first answer to a query (fresh driver) ${(rawAnswered! - answered!).toFixed(0)} ms after its greeting; ` +
        `the server answered 200 ${(recovered! - answered!).toFixed(0)} ms after the greeting, ${(recovered! - rawAnswered!).toFixed(0)} ms after that first raw answer (by itself)`,
    );
    console.log('  must hold: DATABASE_UNAVAILABLE within 250 ms idle and under load; recovery within 2000 ms (of Neo4j answering a query)\n');
  } finally {
    await server.stop();
  }
}

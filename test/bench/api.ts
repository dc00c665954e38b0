/**
 * API bench: median latency of three typical explorer queries through GraphQL (real HTTP), against
 * the same data fetched with one hand-written Cypher query through the driver, and their ratio.
 * Empties the graph, then loads the test fixture plus generated data.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import neo4j from 'neo4j-driver';
import { cypher, type Db } from '../../server/db/driver.ts';
import { loadConfig } from '../../server/config.ts';
import { ensureGraphHead } from '../../server/db/graph-head.ts';
import { startHttpServer } from '../../server/http.ts';
import { fixtureGraph, loadGraph, type FixtureGraph } from '../fixtures/graph/fixture.ts';
import { MUNICIPALITY_QUERY, startNeo4jGraphQL } from './neo4j-graphql.ts';

// Enough warm-up for Neo4j's query plans and the JVM's compiler to settle after the graph is reloaded.
// The runs are read in windows of WINDOW: the spread of the ratio between windows shows how much
// a shared machine moved it during the run.
const WINDOW = 100;
const N = 3 * WINDOW;
const WARMUP = 30;

function generated(): FixtureGraph {
  const g: FixtureGraph = { nodes: [], rels: [] };
  // A municipality with 50 neighbourhoods, each facing 5 of 20 challenges.
  g.nodes.push({ id: 'municipality:GM0900', name: 'Benchstad', code: 'GM0900', province: 'Utrecht', groeikern: true });
  for (let c = 0; c < 20; c++) g.nodes.push({ id: `challenge:bench-${c}`, name: `Bench-opgave ${c}`, domains: ['sociaal'] });
  for (let i = 0; i < 50; i++) {
    const id = `neighbourhood:bench-${i}`;
    g.nodes.push({ id, name: `Benchwijk ${String(i).padStart(2, '0')}`, kind: 'wijk' });
    g.rels.push({ type: 'PART_OF', from: id, to: 'municipality:GM0900' });
    for (let k = 0; k < 5; k++) g.rels.push({ type: 'FACES', from: id, to: `challenge:bench-${(i + k * 4) % 20}`, props: { sources: ['source:s1'] } });
  }
  // A causal tree into challenge:bench-target: 10 mechanisms at depth 1, 50 at depth 2, 150 at depth 3.
  g.nodes.push({ id: 'challenge:bench-target', name: 'Bench-doelopgave' });
  const claim = { confidence: 'indicative', sources: ['source:s1'] };
  for (let a = 0; a < 10; a++) {
    g.nodes.push({ id: `mechanism:bench-${a}`, name: `Bench-mechanisme ${a}` });
    g.rels.push({ type: 'CAUSES', from: `mechanism:bench-${a}`, to: 'challenge:bench-target', props: { polarity: '+', ...claim } });
    for (let b = 0; b < 5; b++) {
      const mb = `mechanism:bench-${a}-${b}`;
      g.nodes.push({ id: mb, name: `Bench-mechanisme ${a}.${b}` });
      g.rels.push({ type: 'CAUSES', from: mb, to: `mechanism:bench-${a}`, props: { polarity: b % 2 ? '-' : '+', ...claim } });
      for (let c = 0; c < 3; c++) {
        const mc = `mechanism:bench-${a}-${b}-${c}`;
        g.nodes.push({ id: mc, name: `Bench-mechanisme ${a}.${b}.${c}` });
        g.rels.push({ type: 'CAUSES', from: mc, to: mb, props: { polarity: '+', ...claim } });
      }
    }
  }
  // A hub with 499 members: a 500-node subgraph.
  g.nodes.push({ id: 'actor:bench-hub', name: 'Benchnetwerk', kind: 'network' });
  for (let i = 0; i < 499; i++) {
    g.nodes.push({ id: `actor:bench-member-${i}`, name: `Benchpartij ${String(i).padStart(3, '0')}`, kind: 'company' });
    g.rels.push({ type: 'MEMBER_OF', from: `actor:bench-member-${i}`, to: 'actor:bench-hub' });
  }
  return g;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

/** The times of each function, run in turns (a, b, a, b, ...) so that a busy spell on a shared machine hits both alike. */
async function timeInTurns(...fns: (() => Promise<unknown>)[]): Promise<number[][]> {
  for (let i = 0; i < WARMUP; i++) for (const fn of fns) await fn();
  const xs: number[][] = fns.map(() => []);
  for (let i = 0; i < N; i++) {
    for (const [k, fn] of fns.entries()) {
      const t = performance.now();
      await fn();
      xs[k]!.push(performance.now() - t);
    }
  }
  return xs;
}

/** The ratio of medians in each window of WINDOW runs, as "min–max". */
function ratioSpread(a: number[], b: number[]): string {
  const ratios: number[] = [];
  for (let i = 0; i + WINDOW <= a.length; i += WINDOW) ratios.push(median(a.slice(i, i + WINDOW)) / median(b.slice(i, i + WINDOW)));
  return `${Math.min(...ratios).toFixed(2)}–${Math.max(...ratios).toFixed(2)}`;
}

interface Case {
  name: string;
  graphql: string;
  check: (data: any) => number;
  cypher: string;
  params: Record<string, unknown>;
}

export const CASES: Case[] = [
  {
    name: 'municipality + 50 neighbourhoods + their challenges',
    graphql: '{ municipality(code: "GM0900") { id name neighbourhoods { id name faces { node { id name } } } } }',
    check: (d) => d.municipality.neighbourhoods.length,
    cypher: `MATCH (m:Municipality {code: $code})
             CALL (m) { MATCH (m)<-[:PART_OF*1..2]-(n:Neighbourhood)
               RETURN n, COLLECT { MATCH (n)-[:FACES]->(c:Challenge) RETURN {id: c.id, name: c.name} ORDER BY c.name } AS faces ORDER BY n.name }
             RETURN m.id AS id, m.name AS name, collect({id: n.id, name: n.name, faces: faces}) AS neighbourhoods`,
    params: { code: 'GM0900' },
  },
  {
    name: 'causal chain, depth 3 (211 nodes)',
    graphql: '{ causalChain(challengeId: "challenge:bench-target", maxDepth: 3) { truncated nodes { id label name depth } edges { id source target polarity confidence } } }',
    check: (d) => d.causalChain.nodes.length,
    // The same data: every node with its depth (its shortest distance to the challenge) in (depth,
    // name) order, and the CAUSES edges among them. (Of the hand-written variants tried, with
    // ANY SHORTEST or with the edges taken from the paths, none was faster.)
    cypher: `MATCH (c:Challenge {id: $id})
             MATCH p = (u)-[:CAUSES*1..3]->(c)
             WITH c, u, min(length(p)) AS depth ORDER BY depth, u.name, u.id
             WITH c, collect({n: u, depth: depth}) AS up
             WITH [{n: c, depth: 0}] + up AS kept
             WITH kept, [k IN kept | k.n] AS ns
             RETURN [k IN kept | {id: k.n.id, label: labels(k.n)[0], name: k.n.name, depth: k.depth}] AS nodes,
                    COLLECT { UNWIND ns AS a MATCH (a)-[r:CAUSES]->(b) WHERE b IN ns
                              RETURN {source: a.id, target: b.id, polarity: r.polarity, confidence: r.confidence} } AS edges`,
    params: { id: 'challenge:bench-target' },
  },
  {
    name: 'subgraph of 500 nodes',
    graphql: '{ subgraph(ids: ["actor:bench-hub"], depth: 1, limit: 5000) { truncated nodes { id label name } edges { id type source target } } }',
    check: (d) => d.subgraph.nodes.length,
    // The same data as the subgraph: the nodes one hop around the hub and every relationship among them.
    cypher: `MATCH (h:Actor {id: $id})
             OPTIONAL MATCH (h)--(b)
             WITH h, collect(DISTINCT b) AS around
             WITH [h] + around AS kept
             UNWIND kept AS a
             OPTIONAL MATCH (a)-[r]->(x) WHERE x IN kept
             RETURN a.id AS id, labels(a) AS labels, a.name AS name, collect({type: type(r), target: x.id}) AS out`,
    params: { id: 'actor:bench-hub' },
  },
];

/** Empties the graph, then loads the test fixture and the generated data the cases ask about. */
export async function loadBenchGraph(db: Db): Promise<void> {
  await db.write(cypher('bench.api.empty', 'MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS')).catch(async () => {
    for (;;) {
      const r = await db.write(cypher('bench.api.emptyBatch', 'MATCH (n) WITH n LIMIT 20000 DETACH DELETE n RETURN count(*) AS c'));
      if (Number(r.records[0]?.get('c')) === 0) break;
    }
  });
  await loadGraph(db, fixtureGraph());
  await loadGraph(db, generated());
  // Emptying took the graph head too: without one, nothing may be cached.
  await ensureGraphHead(db);
}

export async function benchApi(db: Db): Promise<void> {
  console.log(`API: GraphQL over HTTP (no response cache) vs one hand-written Cypher query through the driver (median of ${N} after ${WARMUP} warm-up runs, in turns with HTTP alone)`);
  await loadBenchGraph(db);
  // Every request compiled to Cypher and run: what is measured here is the cold path.
  const config = { ...loadConfig({ PORT: '0' }), port: 0, responseCache: false };
  const server = await startHttpServer({ db, config }, 0);
  // A keep-alive client, as a script or notebook holds one: the bench measures the server.
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  // HTTP alone: a bare node:http server sending the bytes of the GraphQL answer, read and parsed by
  // the same client. Driver time plus this is the least any HTTP API could take (the floor ratio).
  let answer = Buffer.alloc(0);
  const bare = http.createServer((req, res) => {
    req.resume();
    req.on('end', () => res.writeHead(200, { 'content-type': 'application/json', 'content-length': answer.length }).end(answer));
  });
  await new Promise<void>((resolve) => bare.listen(0, '127.0.0.1', resolve));
  const bareUrl = `http://127.0.0.1:${(bare.address() as AddressInfo).port}/graphql`;
  const bareAgent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  try {
    const rows: string[][] = [];
    for (const c of CASES) {
      let size = 0;
      let queries = 0;
      const inNeo4j: number[] = [];
      const query = cypher(`bench.api.baseline`, c.cypher);
      const request = JSON.stringify({ query: c.graphql });
      answer = Buffer.from((await post(agent, `${server.url}/graphql`, request)).body);
      const [graphqlTimes = [], driverTimes = [], httpTimes = []] = await timeInTurns(
        async () => {
          const res = await post(agent, `${server.url}/graphql`, request);
          const body = JSON.parse(res.body) as { data?: unknown; errors?: unknown };
          if (body.errors) throw new Error(`${c.name}: ${JSON.stringify(body.errors)}`);
          size = c.check(body.data);
          queries = Number(res.headers['x-neo4j-queries']);
          inNeo4j.push(Number(/neo4j;dur=([\d.]+)/.exec(String(res.headers['server-timing']))?.[1]));
        },
        async () => {
          const r = await db.read(query, c.params);
          JSON.stringify(r.records.map((x) => x.toObject()), (_, v) => (neo4j.isInt(v) ? v.toNumber() : v));
        },
        async () => JSON.parse((await post(bareAgent, bareUrl, request)).body),
      );
      const [viaGraphql, viaDriver, httpAlone] = [median(graphqlTimes), median(driverTimes), median(httpTimes)];
      rows.push([
        c.name,
        String(size),
        String(queries),
        viaGraphql.toFixed(2),
        median(inNeo4j.slice(WARMUP)).toFixed(2),
        viaDriver.toFixed(2),
        (viaGraphql / viaDriver).toFixed(2),
        ratioSpread(graphqlTimes, driverTimes),
        httpAlone.toFixed(2),
        ((viaDriver + httpAlone) / viaDriver).toFixed(2),
      ]);
    }
    // "in Neo4j": the server's own Server-Timing for its queries (driver call to result), so the
    // rest of "GraphQL ms" is HTTP, yoga and GraphQL execution. "HTTP alone": the same answer's
    // bytes from a bare server; "floor": the ratio driver + HTTP alone would give; "by 100 runs": the
    // lowest and highest ratio of the windows.
    const header = ['query', 'items', 'Cypher queries', 'GraphQL ms', 'of which in Neo4j', 'driver ms', 'ratio', `by ${WINDOW} runs`, 'HTTP alone ms', 'floor'];
    printTable(header, rows);
    await benchAgainstNeo4jGraphQL(db, agent);
  } finally {
    agent.destroy();
    bareAgent.destroy();
    bare.closeAllConnections();
    bare.close();
    await server.close();
  }
}

function printTable(header: string[], rows: string[][]): void {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (r: string[]) => '  ' + r.map((x, i) => (i === 0 ? x.padEnd(widths[i]!) : x.padStart(widths[i]!))).join('  ');
  console.log(line(header));
  for (const r of rows) console.log(line(r));
  console.log('');
}

/**
 * The municipality question three ways over HTTP, in turns: asked again (the response cache),
 * asked cold (a server without the cache: every request compiled to Cypher and run), and asked
 * of @neo4j/graphql. All three answers are checked to hold the same data first.
 */
async function benchAgainstNeo4jGraphQL(db: Db, agent: http.Agent): Promise<void> {
  const c = CASES[0]!;
  console.log(`Repeated and cold vs @neo4j/graphql: "${c.name}" (median of ${N} after ${WARMUP} warm-up runs, in turns)`);
  const config = { ...loadConfig({ PORT: '0' }), port: 0 };
  const cached = await startHttpServer({ db, config }, 0);
  const cold = await startHttpServer({ db, config: { ...config, responseCache: false } }, 0);
  const anchor = await startNeo4jGraphQL(db.driver, db.database);
  const ours = JSON.stringify({ query: c.graphql });
  const theirs = JSON.stringify({ query: MUNICIPALITY_QUERY('GM0900') });
  try {
    const shape = (m: any) => JSON.stringify({ id: m.id, name: m.name, neighbourhoods: m.neighbourhoods.map((n: any) => ({ id: n.id, name: n.name, faces: (n.faces ?? []).map((f: any) => ({ id: f.node?.id ?? f.id, name: f.node?.name ?? f.name })) })) });
    const a = shape(JSON.parse((await post(agent, `${cold.url}/graphql`, ours)).body).data.municipality);
    const b = shape(JSON.parse((await post(agent, anchor.url, theirs)).body).data.municipalities[0]);
    if (a !== b) throw new Error(`@neo4j/graphql answers differently:\n${a.slice(0, 300)}\n${b.slice(0, 300)}`);
    let queries = 0;
    let hits = 0;
    const [cachedTimes = [], coldTimes = [], anchorTimes = []] = await timeInTurns(
      async () => {
        const r = await post(agent, `${cached.url}/graphql`, ours);
        if (r.headers['x-cache'] === 'hit') hits++;
      },
      async () => {
        const r = await post(agent, `${cold.url}/graphql`, ours);
        queries = Number(r.headers['x-neo4j-queries']);
        JSON.parse(r.body);
      },
      async () => JSON.parse((await post(agent, anchor.url, theirs)).body),
    );
    const [m1, m2, m3] = [median(cachedTimes), median(coldTimes), median(anchorTimes)];
    printTable(
      ['way', 'ms', '@neo4j/graphql / this', `by ${WINDOW} runs`, 'Cypher queries'],
      [
        [`asked again (${hits} of ${cachedTimes.length + WARMUP} from memory)`, m1.toFixed(2), (m3 / m1).toFixed(2), ratioSpread(anchorTimes, cachedTimes), '0'],
        ['asked cold (no response cache)', m2.toFixed(2), (m3 / m2).toFixed(2), ratioSpread(anchorTimes, coldTimes), String(queries)],
        ['@neo4j/graphql', m3.toFixed(2), '1.00', '-', '1'],
      ],
    );
    console.log('  must hold: asked again >= 3x faster than @neo4j/graphql; asked cold faster than it (ratio > 1)\n');
  } finally {
    await cached.close();
    await cold.close();
    await anchor.close();
  }
}

function post(agent: http.Agent, url: string, body: string): Promise<{ headers: http.IncomingHttpHeaders; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(body);
  });
}

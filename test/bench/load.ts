/**
 * Load bench (`npm run bench -- load`): goodput under overload. The API server runs in a process
 * of its own, autocannon in another, with clients that never back off (each sends its next
 * request as soon as it has an answer, a refusal included); this process polls /healthz every
 * 50 ms meanwhile.
 *
 * First the concurrency that saturates the server: the smallest number of clients that gets at
 * least 90% of the most answers per second seen. Then 1x, 2x, 4x and 8x that number of clients,
 * in turn, for ROUNDS rounds of LEVEL_SECONDS each (the sweep likewise): a machine that slows down
 * meanwhile (these are shared) then slows every level, not only the ones that came last; one level
 * after the other, the ratio of 8x to 1x moved with it (p99 at saturation 18 to 42 ms in four runs
 * of ten minutes). For each level, over its rounds: answers per second (2xx), their share of the
 * saturated throughput, p99 of the answered ones against p99 at saturation, how fast refusals
 * came, and /healthz latency; beside them how late the server's event loop ran and how much CPU
 * it used, which tells the server's own delays from the machine's (on 2 cores, Neo4j and the load
 * generator share them).
 * The response cache is off: every request is real work for Neo4j and the server.
 */
import http from 'node:http';
import type { Neo4jConnection } from '../../server/config.ts';
import type { Db } from '../../server/db/driver.ts';
import { firstLine, serverProcess, tsxProcess } from '../support/server-process.ts';
import { loadBenchGraph, CASES } from './api.ts';

const SWEEP = [1, 2, 4, 8, 16, 32];
const SWEEP_SECONDS = 3;
const SWEEP_ROUNDS = 2;
const LEVEL_SECONDS = 4;
const ROUNDS = 3;
const MULTIPLES = [1, 2, 4, 8];

interface Level {
  connections: number;
  seconds: number;
  latencies: Record<string, number[]>;
  errors: number;
  timeouts: number;
}

export const percentile = (xs: number[], p: number) => {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]!;
};

async function level(url: string, body: string, connections: number, seconds: number): Promise<Level> {
  const child = tsxProcess('test/bench/load-client.ts', { url: `${url}/graphql`, body, connections, seconds });
  const out = JSON.parse(await firstLine(child)) as Omit<Level, 'connections'>;
  return { ...out, connections };
}

/** GET /healthz every 50 ms until stopped: each latency, and how many failed or took over 1 s. */
function pollHealth(url: string): { stop(): { latencies: number[]; failed: number } } {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const latencies: number[] = [];
  let failed = 0;
  let running = true;
  void (async () => {
    while (running) {
      const started = performance.now();
      const ok = await new Promise<boolean>((resolve) => {
        const req = http.get(`${url}/healthz`, { agent, timeout: 1000 }, (res) => {
          res.resume();
          res.on('end', () => resolve(res.statusCode === 200));
        });
        req.on('timeout', () => req.destroy());
        req.on('error', () => resolve(false));
      });
      if (ok) latencies.push(performance.now() - started);
      else failed++;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  })();
  return {
    stop() {
      running = false;
      agent.destroy();
      return { latencies, failed };
    },
  };
}

const ok = (l: Level) => Object.entries(l.latencies).filter(([s]) => s.startsWith('2')).flatMap(([, v]) => v);
const refused = (l: Level) => l.latencies['503'] ?? [];
const other = (l: Level) =>
  Object.entries(l.latencies)
    .filter(([s]) => !s.startsWith('2') && s !== '503')
    .reduce((n, [, v]) => n + v.length, 0) + l.errors + l.timeouts;
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const throughput = (l: Level) => ok(l).length / l.seconds;

/** Two runs of one level as one: their latencies together, over their time together. */
function merge(a: Level | undefined, b: Level): Level {
  if (!a) return b;
  const latencies: Record<string, number[]> = { ...a.latencies };
  for (const [status, xs] of Object.entries(b.latencies)) latencies[status] = [...(latencies[status] ?? []), ...xs];
  return { connections: b.connections, seconds: a.seconds + b.seconds, latencies, errors: a.errors + b.errors, timeouts: a.timeouts + b.timeouts };
}

export async function benchLoad(db: Db, connection: Neo4jConnection): Promise<void> {
  const c = CASES[0]!;
  console.log(`Load: "${c.name}" (response cache off), clients that never back off; server, load generator and bench in separate processes`);
  await loadBenchGraph(db);
  // BENCH_LOAD_CONFIG: server settings to try (JSON, as in Config), e.g. '{"refusalDelayMs": 0}'.
  const server = await serverProcess(connection, { responseCache: false, ...JSON.parse(process.env.BENCH_LOAD_CONFIG ?? '{}') });
  const body = JSON.stringify({ query: c.graphql });
  try {
    await level(server.url, body, 4, 3); // warm-up: query plans, JIT, compiled operation
    // BENCH_LOAD_CLIENTS: take that many clients as saturating, without the sweep (to compare settings).
    const given = Number(process.env.BENCH_LOAD_CLIENTS ?? 0);
    const counts = given > 0 ? [given] : SWEEP;
    // Each count in every round, so that a machine that slows down meanwhile slows them all.
    const sweep = new Map<number, Level>();
    for (let round = 0; round < SWEEP_ROUNDS; round++) {
      for (const connections of counts) sweep.set(connections, merge(sweep.get(connections), await level(server.url, body, connections, SWEEP_SECONDS)));
    }
    const best = Math.max(...[...sweep.values()].map(throughput));
    const saturating = [...sweep.values()].find((l) => throughput(l) >= 0.9 * best)!;
    console.log(
      `  sweep (answers/s by clients, ${SWEEP_ROUNDS} rounds of ${SWEEP_SECONDS} s): ${[...sweep.values()].map((l) => `${l.connections}: ${throughput(l).toFixed(0)}`).join(', ')}; saturated at ${saturating.connections} clients`,
    );
    // The levels in turn, round after round, for the same reason; each level's figures are over
    // all its rounds.
    const levels = new Map<number, { load: Level; health: { latencies: number[]; failed: number }; loopP99: number[]; loopMax: number; cpuMs: number; inServer: number[]; limit: number[] }>();
    for (let round = 0; round < ROUNDS; round++) {
      for (const m of MULTIPLES) {
        const health = pollHealth(server.url);
        await server.sample();
        const l = await level(server.url, body, m * saturating.connections, LEVEL_SECONDS);
        const s = await server.sample();
        const h = health.stop();
        const so = levels.get(m);
        levels.set(m, {
          load: merge(so?.load, l),
          health: { latencies: [...(so?.health.latencies ?? []), ...h.latencies], failed: (so?.health.failed ?? 0) + h.failed },
          loopP99: [...(so?.loopP99 ?? []), s.loopP99],
          loopMax: Math.max(so?.loopMax ?? 0, s.loopMax),
          cpuMs: (so?.cpuMs ?? 0) + s.cpuMs,
          inServer: [...(so?.inServer ?? []), s.inServer],
          limit: [...(so?.limit ?? []), s.limit],
        });
      }
    }
    const rows: string[][] = [];
    let base: { throughput: number; p99: number } | undefined;
    for (const m of MULTIPLES) {
      const { load: l, health: h, loopP99, loopMax, cpuMs, inServer, limit } = levels.get(m)!;
      const p99 = percentile(ok(l), 99);
      base ??= { throughput: throughput(l), p99 };
      const r = refused(l);
      rows.push([
        `${m}x`,
        String(l.connections),
        throughput(l).toFixed(0),
        `${((100 * throughput(l)) / base.throughput).toFixed(0)}%`,
        `${((100 * ok(l).length) / Math.max(1, ok(l).length + r.length + other(l))).toFixed(0)}%`,
        String(r.length),
        r.length ? `${percentile(r, 99).toFixed(0)} / ${Math.max(...r).toFixed(0)}` : '-',
        p99.toFixed(0),
        (p99 / base.p99).toFixed(2),
        `${percentile(h.latencies, 99).toFixed(1)} / ${Math.max(...h.latencies).toFixed(1)}`,
        String(h.failed),
        String(other(l)),
        `${Math.max(...loopP99).toFixed(0)} / ${loopMax.toFixed(0)}`,
        `${((100 * cpuMs) / (l.seconds * 1000)).toFixed(0)}%`,
        `${mean(inServer).toFixed(1)} / ${mean(limit).toFixed(1)}`,
      ]);
    }
    const header = ['load', 'clients', '2xx/s', 'of sat.', '2xx share', 'refused', 'refusal p99/max ms', 'p99 ms', 'p99 / sat.', 'healthz p99/max ms', 'healthz failed', 'other', 'server loop late p99 (worst round)/max ms', 'server CPU', 'in server / limit (mean)'];
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
    const line = (r: string[]) => '  ' + r.map((x, i) => x.padStart(widths[i]!)).join('  ');
    console.log(line(header));
    for (const r of rows) console.log(line(r));
    console.log('  must hold: 2xx/s at 2x-8x >= 80% of sat.; refusals < 50 ms; p99 / sat. < 2; healthz < 100 ms, none failed\n');
  } finally {
    await server.stop();
  }
}

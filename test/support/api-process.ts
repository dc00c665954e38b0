/**
 * An API server in a process of its own, as in production: another server against the same
 * Neo4j for the tests (a write made there must be seen here), the server under load for the
 * bench (whose load generator and measurements run elsewhere). Prints its URL on one line, and
 * stops on SIGTERM. Start it with serverProcess() (server-process.ts).
 *
 *   node --import tsx test/support/api-process.ts '{"connection": {...}, "config": {...}}'
 */
import '../../server/production-mode.ts';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { loadConfig, type Config, type Neo4jConnection } from '../../server/config.ts';
import { createDriver, Db } from '../../server/db/driver.ts';
import { startHttpServer } from '../../server/http.ts';

const { connection, config: overrides } = JSON.parse(process.argv[2]!) as { connection: Neo4jConnection; config: Partial<Config> };
const config: Config = { ...loadConfig({ PORT: '0' }), port: 0, slowRequestMs: 600_000, ...overrides };
const db = new Db(createDriver(connection), connection.database, config.queryTimeoutMs);
const server = await startHttpServer({ db, config }, 0);
process.stdout.write(`${server.url}\n`);
// For the load bench: on SIGUSR2, one JSON line with how late the event loop ran (p99 and max, ms)
// and the CPU time used (ms) since the last one. That tells the server's own delays from the machine's.
const loop = monitorEventLoopDelay({ resolution: 5 });
loop.enable();
let cpuSince = process.cpuUsage();
// And, looked at every 5 ms, how many requests were in the server (running and waiting) and the
// admission limit, on average: by Little's law what an answer's latency follows.
const seen = { n: 0, inServer: 0, limit: 0 };
setInterval(() => {
  const { active, queued, limit } = server.load();
  seen.n++;
  seen.inServer += active + queued;
  seen.limit += limit;
}, 5).unref();
process.on('SIGUSR2', () => {
  const cpu = process.cpuUsage(cpuSince);
  cpuSince = process.cpuUsage();
  const n = Math.max(1, seen.n);
  process.stdout.write(
    JSON.stringify({ loopP99: loop.percentile(99) / 1e6, loopMax: loop.max / 1e6, cpuMs: (cpu.user + cpu.system) / 1000, inServer: seen.inServer / n, limit: seen.limit / n }) + '\n',
  );
  loop.reset();
  Object.assign(seen, { n: 0, inServer: 0, limit: 0 });
});
process.once('SIGTERM', async () => {
  await server.close();
  await db.close();
  // The bench waits for this process's exit, and --cpu-prof writes the profile at it.
  process.exit(0); // not a skipped test: the bench/test server process ends here, whatever handle is still open
});

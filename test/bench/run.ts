/**
 * `npm run bench`: speed, measured as ratios against a baseline run in the same process (these
 * machines are shared and noisy, so absolute times say little). Starts its own Neo4j
 * (.data/neo4j-bench, port 7689): the benches empty and fill the graph as they need.
 *
 *   npm run bench              all sections
 *   npm run bench -- api web   some of them (api, import, web, load, failure)
 */
// Measured as it runs in production (see the module).
import '../../server/production-mode.ts';
import './web-dist.ts';
import path from 'node:path';
import { PROJECT_ROOT } from '../../server/config.ts';
import { createDriver, Db } from '../../server/db/driver.ts';
import { start, stop } from '../../server/db/local-neo4j.ts';
import { applySchema } from '../../server/db/schema.ts';
import { benchApi } from './api.ts';
import { benchImport } from './import.ts';
import { benchLoad } from './load.ts';
import { benchFailure } from './failure.ts';
import { loadBenchGraph } from './api.ts';
import { benchWeb } from './web.ts';

const settings = {
  home: path.join(PROJECT_ROOT, '.data/neo4j-bench'),
  boltPort: Number(process.env.NEWTOWNS_BENCH_NEO4J_PORT ?? 7689),
  heap: '2g',
  pageCache: '1g',
};

const wanted = new Set(process.argv.slice(2).filter((a) => !a.startsWith('-')));
const run = (name: string) => wanted.size === 0 || wanted.has(name);

const server = await start(settings, (m) => console.log(`[bench neo4j] ${m}`));
const db = new Db(createDriver(server.connection), server.connection.database, 600_000);
try {
  await applySchema(db);
  console.log(`Neo4j ${server.version}, Node ${process.version}, ${new Date().toISOString()}\n`);
  if (run('import')) await benchImport(db, server.connection);
  if (run('api')) await benchApi(db);
  if (run('web')) await benchWeb();
  if (run('load')) await benchLoad(db, server.connection);
  if (run('failure')) {
    if (!run('load')) await loadBenchGraph(db);
    // Last: it kills the bench Neo4j and starts it again.
    await benchFailure(settings, server.connection);
  }
} finally {
  await db.close();
  if (server.started) await stop(settings);
}

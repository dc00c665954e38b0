import { openDatabase } from './server/db/open.ts';
import { loadConfig } from './server/config.ts';
import { seedFiles } from './server/import/seed.ts';
import { importDataset } from './server/import/pipeline.ts';
import { cypher } from './server/db/driver.ts';
const config = loadConfig(process.env);
const { db, close } = await openDatabase(config);
for (;;) { const r = await db.write(cypher('x', 'MATCH (n) WITH n LIMIT 20000 DETACH DELETE n RETURN count(*) AS c')); if (Number(r.records[0].get('c')) === 0) break; }
await db.write(cypher('y', 'CALL db.clearQueryCaches()'));
const t = performance.now();
const report = await importDataset(db, { files: seedFiles(), curated: true, partner: 'Toekomstbestendige New Towns' });
console.log(report.status, Math.round(performance.now() - t), JSON.stringify(report.timings), JSON.stringify(report.counts));
const again = await importDataset(db, { files: seedFiles(), curated: true });
console.log(again.status, JSON.stringify(again.timings));
await close();

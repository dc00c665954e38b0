import { openDatabase } from './server/db/open.ts';
import { loadConfig } from './server/config.ts';
import { seedFiles } from './server/import/seed.ts';
import { importDataset } from './server/import/pipeline.ts';
const config = loadConfig(process.env);
const { db, close } = await openDatabase(config);
for (let i = 0; i < 3; i++) {
const report = await importDataset(db, { files: seedFiles(), curated: true, dryRun: true });
console.log(report.status, JSON.stringify(report.timings));
}
await close();

/**
 * The seed graph for tests: loads cypher/seed/ through the import pipeline (as `newtowns seed`
 * does) and fails loudly when the seed is refused.
 */
import type { Db } from '../../server/db/driver.ts';
import { loadSeed as loadSeedThroughPipeline } from '../../server/import/seed.ts';
import { issueText, type ImportReport } from '../../server/import/pipeline.ts';

/** Loads the seed; 'applied' or 'unchanged' (it was there already). Throws with the errors otherwise. */
export async function loadSeed(db: Db): Promise<ImportReport> {
  const report = await loadSeedThroughPipeline(db);
  if (report.status !== 'applied' && report.status !== 'unchanged') {
    throw new Error(`The seed was ${report.status}:\n${report.errors.map((e) => '  ' + issueText(e)).join('\n')}`);
  }
  return report;
}

/**
 * The seed graph (cypher/seed/*.cypher, MERGE-based cypher-shell files) loads through the import
 * engine like any partner's dataset: checked, validated against the ontology, recorded. It is
 * curated data: it belongs to no partner, so partners' imports cannot change it.
 *
 * All files load as ONE import (in name order, one transaction, one Import record), so the seed is
 * there completely or not at all, and errors name the file and line. Loading it again changes
 * nothing: the MERGEs match, the SETs write equal values, the engine sees no new element and no
 * changed property and reports 'unchanged' without recording anything.
 *
 * `seedIfEmpty` runs at start-up (`newtowns serve`).
 */
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../config.ts';
import type { Db } from '../db/driver.ts';
import type { SourcePolicy } from '../source-policy.ts';
import { KNOWLEDGE_EXISTS } from './lookup.ts';
import { importDataset, issueText, type ImportFile, type ImportOptions, type ImportReport } from './pipeline.ts';

export const SEED_DIR = path.join(PROJECT_ROOT, 'cypher/seed');
export const SEED_PARTNER = 'Toekomstbestendige New Towns';
export const SEED_ACTOR = 'newtowns seed';
/**
 * The source policy for the seed: a source on a copy or content site, without a publisher or
 * without a year is refused (a partner's import only gets warnings; docs/data.md, source policy).
 */
export const SEED_SOURCE_POLICY: SourcePolicy = 'refuse';

type Log = (message: string) => void;

/** The seed files, in name order, named relative to the project root. */
export function seedFiles(dir = SEED_DIR): ImportFile[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((name) => name.endsWith('.cypher'))
    .sort()
    .map((name) => ({
      fileName: path.relative(PROJECT_ROOT, path.join(dir, name)) || name,
      text: fs.readFileSync(path.join(dir, name), 'utf8'),
    }));
}

/** Loads the seed through the pipeline; the report says whether it was applied, unchanged or refused. */
export async function loadSeed(
  db: Db,
  log: Log = () => {},
  options: Pick<ImportOptions, 'dryRun' | 'onProgress' | 'signal'> & { dir?: string } = {},
): Promise<ImportReport> {
  const files = seedFiles(options.dir);
  if (files.length === 0) throw new Error(`No seed files (*.cypher) in ${options.dir ?? SEED_DIR}.`);
  const report = await importDataset(db, { files, partner: SEED_PARTNER, curated: true, actor: SEED_ACTOR, sourcePolicy: SEED_SOURCE_POLICY, ...options });
  log(seedSummary(report, files.length));
  return report;
}

function seedSummary(report: ImportReport, files: number): string {
  const nodes = Object.values(report.counts.nodesCreated).reduce((a, b) => a + b, 0);
  const rels = Object.values(report.counts.relationshipsCreated).reduce((a, b) => a + b, 0);
  switch (report.status) {
    case 'applied':
      return `Seed loaded from ${files} file(s): ${nodes} nodes, ${rels} relationships (import ${report.importId}, ${(report.timings.total ?? 0) / 1000} s).`;
    case 'unchanged':
      return 'Seed already loaded: nothing changed.';
    case 'dry-run':
      return `Seed dry run: it would create ${nodes} nodes and ${rels} relationships.`;
    default:
      return [`Seed ${report.status}:`, ...report.errors.map((e) => '  ' + issueText(e))].join('\n');
  }
}

/** At start-up: loads the seed when the graph has no knowledge nodes yet. Never throws for a bad seed. */
export async function seedIfEmpty(db: Db, log: Log = () => {}): Promise<ImportReport | null> {
  const result = await db.read(KNOWLEDGE_EXISTS);
  if (result.records[0]?.get('any') === true) return null;
  if (seedFiles().length === 0) {
    log(`The graph is empty and there are no seed files in ${path.relative(PROJECT_ROOT, SEED_DIR)}/; starting with an empty graph.`);
    return null;
  }
  log('The graph is empty: loading the seed...');
  return loadSeed(db, log);
}

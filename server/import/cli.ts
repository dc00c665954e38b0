/**
 * The import commands of `newtowns` (server/cli.ts dispatches to `commands`):
 *
 *   newtowns import FILE [--dry-run] [--json] [--partner NAME] [--override-ownership]
 *   newtowns imports [--json]
 *   newtowns undo IMPORT_ID [--json]
 *   newtowns seed [--dry-run] [--json]
 *
 * Exit codes: 0 done (applied, unchanged, dry run passed, undone); 1 refused or failed (nothing
 * changed); 2 usage error (bad arguments, unreadable file). Messages go to stderr; the result (a
 * summary, or JSON with --json) goes to stdout.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Config } from '../config.ts';
import { openDatabase } from '../db/open.ts';
import type { Db } from '../db/driver.ts';
import { importDataset, issueText, type ImportProgress, type ImportReport } from './pipeline.ts';
import { progressBar } from './progress.ts';
import { listImportRecords } from './record.ts';
import { undoImport, type UndoReport } from './undo.ts';
import { loadSeed } from './seed.ts';
import { onStopSignals } from '../stop-signals.ts';

export type ImportCommand = (args: string[], config: Config) => Promise<number>;

const say = (message: string) => process.stderr.write(message + '\n');
const out = (text: string) => process.stdout.write(text + '\n');

function actor(): string {
  try {
    return `cli:${os.userInfo().username}`;
  } catch {
    return 'cli';
  }
}

/**
 * Ctrl-C (or SIGTERM) stops the import and rolls it back. A second one stops the process at once,
 * by the signal itself, so the shell reports it as interrupted (status 130 for Ctrl-C).
 */
function interruptible(): { signal: AbortSignal; release(): void } {
  const controller = new AbortController();
  const signals = onStopSignals(
    () => {
      say('\nInterrupted: rolling back...');
      controller.abort();
    },
    (signal) => {
      signals.release();
      process.kill(process.pid, signal);
    },
  );
  return { signal: controller.signal, release: () => signals.release() };
}

const sum = (m: Record<string, number>) => Object.values(m).reduce((a, b) => a + b, 0);
const detail = (m: Record<string, number>) =>
  Object.entries(m)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([k, v]) => `${k} ${v}`)
    .join(', ');

/** The human summary of an import report. */
export function formatReport(report: ImportReport): string {
  const lines: string[] = [];
  const c = report.counts;
  const verdict: Record<ImportReport['status'], string> = {
    applied: 'applied',
    unchanged: 'nothing to change (the graph already holds this data); nothing recorded',
    'dry-run': 'dry run passed: the import would apply as below; nothing was changed',
    refused: 'REFUSED: nothing was changed',
    failed: 'FAILED: nothing was changed',
  };
  lines.push(`${report.importId} ${report.fileName}: ${verdict[report.status]}`);
  lines.push(
    `  statements: ${report.statements.run} run of ${report.statements.total}` +
      (report.statements.skipped ? ` (${report.statements.skipped} skipped)` : '') +
      `, ${((report.timings.total ?? 0) / 1000).toFixed(1)} s`,
  );
  if (report.status === 'applied' || report.status === 'dry-run') {
    lines.push(`  created: ${sum(c.nodesCreated)} nodes${sum(c.nodesCreated) ? ` (${detail(c.nodesCreated)})` : ''}, ${sum(c.relationshipsCreated)} relationships${sum(c.relationshipsCreated) ? ` (${detail(c.relationshipsCreated)})` : ''}`);
    if (c.propertiesChanged || sum(c.nodesChanged) || sum(c.relationshipsChanged)) {
      lines.push(`  changed: ${sum(c.nodesChanged)} nodes, ${sum(c.relationshipsChanged)} relationships, ${c.propertiesChanged} properties (previous values kept for undo)`);
    }
  }
  if (report.warnings.length) {
    lines.push(`  warnings (${report.warnings.length}):`);
    for (const w of report.warnings) lines.push(`    ${issueText(w)}`);
  }
  if (report.errors.length) {
    lines.push(`  errors (${report.errors.length}):`);
    for (const e of report.errors) lines.push(`    ${issueText(e)}`);
  }
  if (report.status === 'applied') lines.push(`  undo with: newtowns undo ${report.importId}`);
  return lines.join('\n');
}

const exitCode = (report: ImportReport) => (report.status === 'refused' || report.status === 'failed' ? 1 : 0);

/**
 * Open the database, run one import with a progress bar and Ctrl-C handling, print its report
 * (JSON or text) and turn its status into the exit code.
 */
async function withProgress(
  config: Config,
  json: boolean,
  run: (db: Db, live: { signal: AbortSignal; onProgress: (p: ImportProgress) => void }) => Promise<ImportReport>,
): Promise<number> {
  const opened = await openDatabase(config, say);
  const bar = progressBar();
  const interrupt = interruptible();
  let saidWaiting = false;
  const onProgress = (p: ImportProgress) => {
    if (p.phase === 'waiting' && !saidWaiting) {
      saidWaiting = true;
      bar.done();
      say('Waiting for another import, undo or contribution to finish (one writer at a time)...');
    }
    bar.update(p);
  };
  try {
    const report = await run(opened.db, { signal: interrupt.signal, onProgress });
    bar.done();
    out(json ? JSON.stringify(report, null, 2) : formatReport(report));
    return exitCode(report);
  } finally {
    bar.done();
    interrupt.release();
    await opened.close();
  }
}

const importCommand: ImportCommand = async (args, config) => {
  const { values, positionals } = parseArgs({
    args,
    options: { 'dry-run': { type: 'boolean' }, json: { type: 'boolean' }, partner: { type: 'string' }, 'override-ownership': { type: 'boolean' } },
    allowPositionals: true,
  });
  if (positionals.length !== 1) {
    say('Usage: newtowns import FILE [--dry-run] [--json] [--partner NAME] [--override-ownership]');
    return 2;
  }
  const file = positionals[0]!;
  let bytes: Uint8Array;
  try {
    bytes = fs.readFileSync(file);
  } catch (error) {
    say(`Cannot read ${file}: ${(error as Error).message}`);
    return 2;
  }
  return withProgress(config, values.json === true, (db, live) =>
    importDataset(db, {
      ...live,
      files: [{ fileName: path.basename(file), bytes }],
      partner: values.partner ?? null,
      actor: actor(),
      dryRun: values['dry-run'] === true,
      overrideOwnership: values['override-ownership'] === true,
    }),
  );
};

const seedCommand: ImportCommand = async (args, config) => {
  const { values } = parseArgs({ args, options: { 'dry-run': { type: 'boolean' }, json: { type: 'boolean' } } });
  return withProgress(config, values.json === true, (db, live) =>
    loadSeed(db, values.json ? () => {} : say, { ...live, dryRun: values['dry-run'] === true }),
  );
};

const importsCommand: ImportCommand = async (args, config) => {
  const { values } = parseArgs({ args, options: { json: { type: 'boolean' } } });
  const opened = await openDatabase(config, say);
  try {
    const records = await listImportRecords(opened.db);
    if (values.json) {
      out(JSON.stringify(records, null, 2));
    } else if (records.length === 0) {
      out('No imports yet.');
    } else {
      for (const r of records) {
        const counts = r.counts as { nodesCreated?: Record<string, number>; relationshipsCreated?: Record<string, number>; propertiesChanged?: number } | null;
        const nodes = sum(counts?.nodesCreated ?? {});
        const rels = sum(counts?.relationshipsCreated ?? {});
        out(
          `${r.id}  ${String(r.status ?? '?').padEnd(7)}  ${r.finishedAt ?? '?'}  ${r.fileName ?? '?'}  partner: ${r.partner ?? '-'}${r.curated ? ' (curated)' : ''}  by: ${r.actor ?? '-'}  ` +
            `+${nodes} nodes +${rels} relationships, ${counts?.propertiesChanged ?? 0} properties changed`,
        );
      }
    }
    return 0;
  } finally {
    await opened.close();
  }
};

function formatUndo(report: UndoReport): string {
  if (report.status === 'undone') {
    const c = report.counts;
    return `${report.importId} undone: deleted ${c.nodesDeleted} nodes and ${c.relationshipsDeleted} relationships, restored ${c.nodesRestored} nodes and ${c.relationshipsRestored} relationships.`;
  }
  return [`Cannot undo ${report.importId}: nothing was changed.`, ...report.reasons.map((r) => `  - ${r}`)].join('\n');
}

const undoCommand: ImportCommand = async (args, config) => {
  const { values, positionals } = parseArgs({ args, options: { json: { type: 'boolean' } }, allowPositionals: true });
  if (positionals.length !== 1) {
    say('Usage: newtowns undo IMPORT_ID [--json]   (`newtowns imports` lists the ids)');
    return 2;
  }
  const opened = await openDatabase(config, say);
  try {
    const report = await undoImport(opened.db, positionals[0]!, { actor: actor() });
    out(values.json ? JSON.stringify(report, null, 2) : formatUndo(report));
    return report.status === 'undone' ? 0 : 1;
  } finally {
    await opened.close();
  }
};

export const commands: Record<'seed' | 'import' | 'imports' | 'undo', ImportCommand> = {
  seed: seedCommand,
  import: importCommand,
  imports: importsCommand,
  undo: undoCommand,
};

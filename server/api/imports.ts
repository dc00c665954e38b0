/**
 * The import history and undo for editors: every applied import (partners' files, accepted
 * contributions, the seed) with who, when and what it did, and undo of one, which the engine
 * refuses, changing nothing, when later work builds on it (server/import/undo.ts).
 */
import { InputError } from '../graph/model.ts';
import { getImportRecord, listImportRecords, undoImport, type ImportSummary } from '../import/pipeline.ts';
import type { ApiContext } from './context.ts';

// Records written by hand (test fixtures, old versions) may lack counts.
const record = (r: ImportSummary) => ({ ...r, counts: r.counts ?? {}, contribution: r.provenance ?? null });

export function importQueries() {
  return {
    imports: async (_: unknown, { first }: { first: number }, ctx: ApiContext) => {
      await ctx.requireRole('editor');
      if (!Number.isInteger(first) || first < 1 || first > 500) throw new InputError('first must be 1..500');
      return (await listImportRecords(ctx.db, first)).map(record);
    },
  };
}

export function importMutations() {
  return {
    undoImport: async (_: unknown, { id }: { id: string }, ctx: ApiContext) => {
      const editor = await ctx.requireRole('editor');
      const report = await undoImport(ctx.db, id, { actor: `editor:${editor.name}` });
      const now = report.status === 'not-found' ? null : await getImportRecord(ctx.db, id);
      return { ...report, record: now ? record(now) : null };
    },
  };
}

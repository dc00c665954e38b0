/**
 * Mutations: authenticated writes. Each checks the caller's role and its input, then writes through
 * the import engine (applyChanges or importDataset): validated against the ontology, owned by the
 * caller, recorded and undoable, under the graph's one write lock. What it creates carries
 * recordedBy (the caller's name) and recordedAt.
 */
import { createGraphQLError } from 'graphql-yoga';
import { InputError } from '../graph/model.ts';
import type { ApiContext, Caller } from './context.ts';
import { createApiToken, revokeApiToken } from './tokens.ts';
import { applyChanges, importDataset, type Change, type ImportReport } from '../import/pipeline.ts';
import type { ImportIssue } from '../import/report.ts';
import { findingMessage } from '../import/messages.ts';
import { applicationChanges, caseChanges, text, type ApplicationInput, type Author, type CaseInput } from '../contribute/changes.ts';

/** Applies `changes` through the import engine (validated, owned, recorded, undoable). */
async function apply(ctx: ApiContext, what: string, by: string, changes: Change[]) {
  const report = await applyChanges(ctx.db.cancelledBy(undefined), { changes, name: `api:${what}`, partner: by, actor: `api:${by}` });
  if (report.status !== 'applied') {
    throw new InputError(`The ${what} could not be written: ${report.errors.map((e) => e.message).join('; ') || report.status}`);
  }
  return report;
}

/** The caller as the author of a direct write: a partner's own data. */
const authorOf = (caller: { name: string; organisation: string | null }): Author => ({ by: caller.name, organisation: caller.organisation ?? caller.name, at: new Date().toISOString() });

/** Whose data a caller's import is: a person's organisation's (the partner), a token's own name. */
export const partnerOf = (caller: { name: string; organisation: string | null }): string => caller.organisation ?? caller.name;

/** A dataset's name and size, checked before anything reads it. */
export function checkedDataset(ctx: ApiContext, args: { fileName: string; text: string }): { fileName: string; text: string } {
  const fileName = text('fileName', args.fileName, 200, true)!;
  if (!/^[\w .,()+-]+$/.test(fileName)) throw new InputError('fileName may hold letters, digits, spaces and ._-,()+ only');
  const bytes = Buffer.byteLength(args.text, 'utf8');
  if (bytes > ctx.config.maxImportBytes) {
    throw createGraphQLError(`The dataset is ${bytes} bytes; the limit is ${ctx.config.maxImportBytes} bytes.`, {
      extensions: { code: 'PAYLOAD_TOO_LARGE' },
    });
  }
  return { fileName, text: args.text };
}

/** ImportIssue's fields computed on request: its message in the language asked for. */
export const importIssueFields = {
  message: (i: ImportIssue, { lang }: { lang?: string | null }) => {
    if (lang === 'en' || lang == null) return i.message;
    if (lang !== 'nl') throw new InputError(`lang must be nl or en, not '${lang}'`);
    const line = /^line (\d+): /.exec(i.message);
    return `${line ? `regel ${line[1]}: ` : ''}${findingMessage('nl', i)}`;
  },
};

/** An import's report as GraphQL's ImportResult. */
export function importResult(report: ImportReport) {
  const issue = (i: ImportIssue) => ({ file: i.file, line: i.line, rule: i.rule, message: i.message, params: i.params ?? null });
  return {
    importId: report.importId,
    status: report.status,
    dryRun: report.dryRun,
    fileName: report.fileName,
    partner: report.partner,
    curated: report.curated,
    ownershipOverride: report.ownershipOverride,
    actor: report.actor,
    statements: report.statements,
    counts: report.counts,
    errors: report.errors.map(issue),
    warnings: report.warnings.map(issue),
    diff: report.diff ?? null,
  };
}

/** An account's imports are its organisation's; a token's are the token's. */
const importPartner = (caller: Caller) => (caller.kind === 'account' ? partnerOf(caller) : caller.name);

export function mutationResolvers() {
  return {
    // Direct writes publish at once: a partner's (its own data, like its imports). A participant proposes instead (contributions.ts).
    addCase: async (_: unknown, { input }: { input: CaseInput }, ctx: ApiContext) => {
      const caller = await ctx.requireRole('partner');
      const { changes, result } = await caseChanges((ids) => ctx.node.loadMany(ids), input, authorOf(caller));
      await apply(ctx, 'case', caller.name, changes);
      return result;
    },

    addApplication: async (_: unknown, args: ApplicationInput, ctx: ApiContext) => {
      const caller = await ctx.requireRole('partner');
      const { changes, result } = await applicationChanges((ids) => ctx.node.loadMany(ids), args, authorOf(caller));
      await apply(ctx, 'application', caller.name, changes);
      return result;
    },

    importDataset: async (_: unknown, args: { fileName: string; text: string; dryRun?: boolean | null; overrideOwnership?: boolean | null }, ctx: ApiContext) => {
      const token = await ctx.requireRole('partner');
      if (args.overrideOwnership && token.role !== 'admin') {
        throw createGraphQLError('overrideOwnership is an admin\'s decision: a partner may change only what its own imports created.', {
          extensions: { code: 'FORBIDDEN' },
        });
      }
      const { fileName } = checkedDataset(ctx, args);
      // The pipeline stops on the request's signal itself and rolls back (as the CLI on Ctrl-C);
      // its own bookkeeping reads must not be cut short.
      const report = await importDataset(ctx.db.cancelledBy(undefined), {
        signal: ctx.signal,
        text: args.text,
        fileName,
        // A partner's data is the partner's; an admin's is curated.
        partner: token.role === 'admin' ? null : importPartner(token),
        actor: `api:${token.name}`,
        dryRun: !!args.dryRun,
        overrideOwnership: !!args.overrideOwnership,
      });
      return importResult(report);
    },

    createToken: async (_: unknown, { name, role }: { name: string; role: string }, ctx: ApiContext) => {
      const token = await ctx.requireRole('admin');
      return createApiToken(ctx.db, { name, role, createdBy: token.name });
    },

    revokeToken: async (_: unknown, { id }: { id: string }, ctx: ApiContext) => {
      await ctx.requireRole('admin');
      const revoked = await revokeApiToken(ctx.db, id);
      if (!revoked) throw new InputError(`No API token with id '${id}'`);
      return revoked;
    },
  };
}

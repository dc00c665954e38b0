/**
 * Contributions as proposals: a participant proposes (a case, an application, a causal link, a
 * correction, a flag); it is checked at once (the builders, then a dry run of the import engine),
 * stored as a Proposal and committed before the answer; its author and editors see it, nobody
 * else. An editor edits, accepts (published through applyChanges, the proposal marked accepted in
 * the same transaction) or rejects it with a reason; the author can edit and resubmit.
 */
import { createGraphQLError } from 'graphql-yoga';
import { InputError } from '../graph/model.ts';
import type { ApiContext, Caller } from './context.ts';
import { roleAllows } from './tokens.ts';
import { applyChanges, importDataset, type Change, type ImportReport, type RunOptions } from '../import/pipeline.ts';
import { checkedDataset, importResult, partnerOf } from './writes.ts';
import {
  applicationChanges,
  caseChanges,
  causalLinkChanges,
  correctionChanges,
  target,
  text,
  type ApplicationInput,
  type Author,
  type CaseInput,
  type CausalLinkInput,
  type CorrectionInput,
  type NodeLookup,
  type Target,
} from '../contribute/changes.ts';
import {
  createProposal,
  decideProposal,
  getProposal,
  isBrief,
  proposalsBy,
  reviewQueue,
  reviseProposal,
  type Person,
  type Proposal,
  type ProposalKind,
  type ProposalStatus,
} from '../contribute/proposals.ts';

const person = (c: Caller): Person => ({ id: c.id, name: c.name, organisation: c.organisation });
const isEditor = (c: Caller) => roleAllows(c.role, 'editor');

/** What each kind changes in the graph (a flag changes nothing: it asks an editor to look; a dataset is a file, see run). */
async function changesOf(kind: Exclude<ProposalKind, 'dataset'>, input: Record<string, any>, lookup: NodeLookup, author: Author): Promise<Change[]> {
  switch (kind) {
    case 'case':
      return (await caseChanges(lookup, input as CaseInput, author)).changes;
    case 'application':
      return (await applicationChanges(lookup, input as ApplicationInput, author)).changes;
    case 'causal_link':
      return (await causalLinkChanges(lookup, input as CausalLinkInput, author)).changes;
    case 'correction':
      return (await correctionChanges(lookup, input as CorrectionInput)).changes;
    case 'flag':
      await target(lookup, input as Target);
      text('reason', input.reason, 2000, true);
      return [];
  }
}

/** The author as recorded on what an accepted proposal creates; its ids end in the proposal's. */
const authorOf = (p: { id: string; author: Person }, at: string): Author => ({
  by: p.author.organisation ? `${p.author.name} (${p.author.organisation})` : p.author.name,
  organisation: p.author.organisation ?? p.author.name,
  at,
  suffix: p.id.slice(p.id.indexOf(':') + 1, p.id.indexOf(':') + 9),
});

function refused(what: string, report: { status: string; errors: Array<{ message: string }> }): InputError {
  if (report.status === 'unchanged') return new InputError(`The ${what} would change nothing in the graph.`);
  return new InputError(`The ${what} cannot be applied: ${report.errors.map((e) => e.message).join('; ') || report.status}`);
}

/**
 * Runs a proposal through the import engine as it would be applied (a dry run unless `options`
 * say otherwise): a dataset as its author's organisation's import, anything else as curated
 * changes. Null for what changes nothing (a flag).
 */
async function run(ctx: ApiContext, p: { id: string; kind: ProposalKind; input: Record<string, any>; author: Person }, at: string, options: RunOptions): Promise<ImportReport | null> {
  const db = ctx.db.cancelledBy(undefined);
  if (p.kind === 'dataset') {
    return importDataset(db, { text: String(p.input.text), fileName: String(p.input.fileName), partner: partnerOf(p.author), ...options });
  }
  const changes = await changesOf(p.kind, p.input, (ids) => ctx.node.loadMany(ids), authorOf(p, at));
  if (changes.length === 0) return null;
  // Accepted contributions are curated: the network's, not a partner's. An editor's acceptance is
  // the decision a correction of a partner's data needs (recorded).
  return applyChanges(db, { changes, name: `contribution:${p.id}`, partner: null, overrideOwnership: p.kind === 'correction', ...options });
}

const conflict = () =>
  createGraphQLError('The proposal was changed or decided by someone else meanwhile; load it again.', { extensions: { code: 'CONFLICT', http: { status: 409 } } });

function propose(kind: ProposalKind) {
  return async (_: unknown, args: { input: Record<string, any>; proposalId?: string | null }, ctx: ApiContext) => {
    const caller = await ctx.requireRole(kind === 'dataset' ? 'partner' : 'participant');
    const input = JSON.parse(JSON.stringify(args.input)) as Record<string, any>;
    let existing: Proposal | null = null;
    if (args.proposalId) {
      existing = await getProposal(ctx.db, args.proposalId);
      if (!existing || (existing.author.id !== caller.id && !isEditor(caller))) throw new InputError(`No proposal '${args.proposalId}' of yours`);
      if (existing.kind !== kind) throw new InputError(`Proposal '${existing.id}' is a ${existing.kind} proposal`);
    }
    // Checked now, as it would be applied: the author hears what is wrong while writing, not weeks later.
    const report = await run(ctx, { id: existing?.id ?? 'proposal:00000000', kind, input, author: existing?.author ?? person(caller) }, new Date().toISOString(), { dryRun: true, signal: ctx.signal });
    if (report && report.status !== 'dry-run') throw refused(kind === 'dataset' ? 'dataset' : 'proposal', report);
    if (!existing) return createProposal(ctx.db, kind, input, person(caller));
    const from: ProposalStatus[] = existing.author.id === caller.id ? ['submitted', 'rejected'] : ['submitted'];
    if (!from.includes(existing.status)) throw new InputError(`Proposal '${existing.id}' is ${existing.status}; it cannot be changed now`);
    const revised = await reviseProposal(ctx.db, existing, input, person(caller), from);
    if (!revised) throw conflict();
    return revised;
  };
}

async function submitted(ctx: ApiContext, id: string): Promise<Proposal> {
  const found = await getProposal(ctx.db, id);
  if (!found) throw new InputError(`No proposal '${id}'`);
  if (found.status !== 'submitted') throw new InputError(`Proposal '${id}' is ${found.status} already`);
  return found;
}

/** A proposal from a list as read by its id: with its dataset's text and its history. */
const whole = async (ctx: ApiContext, p: Proposal): Promise<Proposal> => (isBrief(p) ? ((await getProposal(ctx.db, p.id)) ?? p) : p);

/** Fields of Proposal computed on request (the proposal is its author's or an editor's already). */
export const proposalFields = {
  input: async (p: Proposal, args: { text?: boolean | null }, ctx: ApiContext) => {
    if (p.kind !== 'dataset') return p.input;
    if (args.text !== false) return (await whole(ctx, p)).input;
    const { text, ...rest } = p.input as { text?: string };
    return text === undefined ? rest : { ...rest, textBytes: Buffer.byteLength(text, 'utf8') };
  },
  history: async (p: Proposal, _: unknown, ctx: ApiContext) => (await whole(ctx, p)).history ?? [],
  preview: async (p: Proposal, _: unknown, ctx: ApiContext) => {
    const report = await run(ctx, await whole(ctx, p), new Date().toISOString(), { dryRun: true, signal: ctx.signal });
    return report ? importResult(report) : null;
  },
};

export function contributionQueries() {
  return {
    myProposals: async (_: unknown, __: unknown, ctx: ApiContext) => proposalsBy(ctx.db, (await ctx.requireRole('participant')).id),
    proposal: async (_: unknown, { id }: { id: string }, ctx: ApiContext) => {
      const caller = await ctx.requireRole('participant');
      const found = await getProposal(ctx.db, id);
      // Someone else's proposal is not there for you (not even that it exists).
      return found && (found.author.id === caller.id || isEditor(caller)) ? found : null;
    },
    reviewQueue: async (_: unknown, { status }: { status: ProposalStatus }, ctx: ApiContext) => {
      await ctx.requireRole('editor');
      return reviewQueue(ctx.db, status);
    },
  };
}

export function contributionMutations() {
  return {
    proposeCase: propose('case'),
    proposeApplication: propose('application'),
    proposeCausalLink: propose('causal_link'),
    proposeCorrection: propose('correction'),
    flagError: propose('flag'),
    proposeDataset: async (root: unknown, args: { fileName: string; text: string; proposalId?: string | null }, ctx: ApiContext) => {
      await ctx.requireRole('partner');
      return propose('dataset')(root, { input: checkedDataset(ctx, args), proposalId: args.proposalId }, ctx);
    },

    acceptProposal: async (_: unknown, { id }: { id: string }, ctx: ApiContext) => {
      const editor = await ctx.requireRole('editor');
      const p = await submitted(ctx, id);
      const decision = { status: 'accepted' as const, reviewer: person(editor), reason: null };
      const at = new Date().toISOString();
      if (p.kind === 'flag') {
        await changesOf(p.kind, p.input, (ids) => ctx.node.loadMany(ids), authorOf(p, at));
        if (!(await decideProposal(ctx.db, p, { ...decision, importId: null }))) throw conflict();
      } else {
        let changed = false;
        const report = await run(ctx, p, at, {
          actor: `editor:${editor.name}`,
          provenance: {
            proposalId: p.id,
            kind: p.kind,
            author: p.author.name,
            authorId: p.author.id,
            organisation: p.author.organisation,
            reviewer: editor.name,
            reviewerId: editor.id,
            proposedAt: p.createdAt,
            acceptedAt: at,
            ...(p.kind === 'correction' ? { reason: p.input.reason } : {}),
          },
          alongside: async (tx, importId) => {
            if (await decideProposal(ctx.db, p, { ...decision, importId }, tx)) return null;
            changed = true;
            return 'the proposal was changed or decided by someone else meanwhile';
          },
        });
        if (changed) throw conflict();
        if (!report || report.status !== 'applied') throw refused(p.kind === 'dataset' ? 'dataset' : 'proposal', report ?? { status: 'unchanged', errors: [] });
      }
      return getProposal(ctx.db, id);
    },

    rejectProposal: async (_: unknown, args: { id: string; reason: string }, ctx: ApiContext) => {
      const editor = await ctx.requireRole('editor');
      const reason = text('reason', args.reason, 2000, true)!;
      const p = await submitted(ctx, args.id);
      if (!(await decideProposal(ctx.db, p, { status: 'rejected', reviewer: person(editor), reason, importId: null }))) throw conflict();
      return getProposal(ctx.db, args.id);
    },
  };
}

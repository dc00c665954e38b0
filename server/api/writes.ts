/**
 * Mutations: authenticated writes. Each checks the caller's role and its input, then writes through
 * the import engine (applyChanges or importDataset): validated against the ontology, owned by the
 * caller, recorded and undoable, under the graph's one write lock. What it creates carries
 * recordedBy (the token's name) and recordedAt.
 */
import { randomBytes } from 'node:crypto';
import { createGraphQLError } from 'graphql-yoga';
import { DOMAINS, LABELS, RELATIONSHIPS, SOURCE_KINDS, type LabelName } from '../ontology.ts';
import { InputError, type KnowledgeNode } from '../graph/model.ts';
import type { ApiContext } from './context.ts';
import { createApiToken, revokeApiToken } from './tokens.ts';
import { applyChanges, importDataset, type Change } from '../import/pipeline.ts';

interface NewSource {
  name: string;
  nameEn?: string | null;
  url?: string | null;
  year?: number | null;
  publisher?: string | null;
  kind?: string | null;
}

const slug = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60) || 'item';

const newId = (prefix: string, name: string) => `${prefix}:${slug(name)}-${randomBytes(3).toString('hex')}`;

function text(field: string, value: unknown, max: number, required = false): string | null {
  if (value === null || value === undefined || value === '') {
    if (required) throw new InputError(`${field} is required`);
    return null;
  }
  const s = String(value).trim();
  if (required && !s) throw new InputError(`${field} is required`);
  if (s.length > max) throw new InputError(`${field} must be at most ${max} characters`);
  return s;
}

function texts(field: string, value: unknown, max: number): string[] | null {
  if (value == null) return null;
  const list = (value as unknown[]).map((v, i) => text(`${field}[${i}]`, v, max, true)!);
  if (list.length > 50) throw new InputError(`${field} may hold at most 50 entries`);
  return list;
}

function sourceProps(input: NewSource, by: string, at: string): Record<string, unknown> {
  const url = text('newSource.url', input.url, 2000);
  if (url && !/^https?:\/\//i.test(url)) throw new InputError('newSource.url must start with http:// or https://');
  const kind = text('newSource.kind', input.kind, 50);
  if (kind && !(SOURCE_KINDS as readonly string[]).includes(kind)) throw new InputError(`newSource.kind must be one of ${SOURCE_KINDS.join(', ')}`);
  if (input.year != null && (input.year < 1800 || input.year > 2100)) throw new InputError('newSource.year must be between 1800 and 2100');
  const name = text('newSource.name', input.name, 500, true)!;
  const props: Record<string, unknown> = { id: newId('source', name), name, recordedBy: by, recordedAt: at };
  const extra = { nameEn: text('newSource.nameEn', input.nameEn, 500), url, year: input.year ?? null, publisher: text('newSource.publisher', input.publisher, 300), kind };
  for (const [k, v] of Object.entries(extra)) if (v !== null) props[k] = v;
  return props;
}

/** Resolve `sourceId` or `newSource` (exactly one) to the Source id and the props of a new one. */
async function source(ctx: ApiContext, sourceId: string | null | undefined, input: NewSource | null | undefined, by: string, at: string) {
  if ((sourceId ? 1 : 0) + (input ? 1 : 0) !== 1) throw new InputError('Give exactly one of sourceId and newSource: every claim needs a source.');
  if (sourceId) {
    const found = await ctx.node.load(sourceId);
    if (!found || found.__label !== 'Source') throw new InputError(`No Source with id '${sourceId}'`);
    return { id: sourceId, create: null };
  }
  const props = sourceProps(input!, by, at);
  return { id: String(props.id), create: props };
}

async function expect(ctx: ApiContext, field: string, ids: readonly string[], allowed: readonly LabelName[]): Promise<KnowledgeNode[]> {
  const found = await ctx.node.loadMany(ids);
  return found.map((n, i) => {
    if (!n || n instanceof Error) throw new InputError(`${field}: no node with id '${ids[i]}'`);
    if (!allowed.includes(n.__label)) throw new InputError(`${field}: '${ids[i]}' is a ${n.__label}; expected ${allowed.join(' or ')}`);
    return n;
  });
}

type Key = { label: string; id: string };

/** Applies `changes` through the import engine (validated, owned, recorded, undoable). */
async function apply(ctx: ApiContext, what: string, by: string, changes: Change[]) {
  const report = await applyChanges(ctx.db.cancelledBy(undefined), { changes, name: `api:${what}`, partner: by, actor: `api:${by}` });
  if (report.status !== 'applied') {
    throw new InputError(`The ${what} could not be written: ${report.errors.map((e) => e.message).join('; ') || report.status}`);
  }
  return report;
}

const ABOUT_TO = RELATIONSHIPS.ABOUT.to as readonly LabelName[];
const INVOLVES_TO = RELATIONSHIPS.INVOLVES.to as readonly LabelName[];

export function mutationResolvers() {
  return {
    addCase: async (_: unknown, { input }: { input: Record<string, any> }, ctx: ApiContext) => {
      const token = await ctx.requireRole('participant');
      const by = token.name;
      const at = new Date().toISOString();
      const name = text('input.name', input.name, 300, true)!;
      const domains = texts('input.domains', input.domains, 50);
      for (const d of domains ?? []) if (!(DOMAINS as readonly string[]).includes(d)) throw new InputError(`Unknown domain '${d}'; use one of ${DOMAINS.join(', ')}`);
      const placeIds: string[] = input.placeIds ?? [];
      if (placeIds.length === 0 || placeIds.length > 50) throw new InputError('input.placeIds must hold 1 to 50 municipality or neighbourhood ids');
      const involves: string[] = input.involves ?? [];
      if (involves.length > 100) throw new InputError('input.involves may hold at most 100 ids');
      const places = await expect(ctx, 'input.placeIds', placeIds, ABOUT_TO);
      const involved = await expect(ctx, 'input.involves', involves, INVOLVES_TO);
      const src = await source(ctx, input.sourceId, input.newSource, by, at);
      const props: Record<string, unknown> = { id: newId(LABELS.Case.idPrefix, name), name, recordedBy: by, recordedAt: at };
      const optional = {
        nameEn: text('input.nameEn', input.nameEn, 300),
        description: text('input.description', input.description, 5000),
        descriptionEn: text('input.descriptionEn', input.descriptionEn, 5000),
        period: text('input.period', input.period, 50),
        domains,
        lessons: texts('input.lessons', input.lessons, 2000),
        lessonsEn: texts('input.lessonsEn', input.lessonsEn, 2000),
      };
      for (const [k, v] of Object.entries(optional)) if (v !== null) props[k] = v;
      const caseKey: Key = { label: 'Case', id: String(props.id) };
      const provenance = { recordedBy: by, recordedAt: at };
      const changes: Change[] = [];
      if (src.create) changes.push({ node: { label: 'Source', id: src.id }, set: src.create });
      changes.push({ node: caseKey, set: props });
      changes.push({ relationship: { type: 'SUPPORTED_BY', from: caseKey, to: { label: 'Source', id: src.id } }, set: provenance });
      for (const place of places) changes.push({ relationship: { type: 'ABOUT', from: caseKey, to: { label: place.__label, id: place.id } }, set: provenance });
      for (const n of involved) changes.push({ relationship: { type: 'INVOLVES', from: caseKey, to: { label: n.__label, id: n.id } }, set: provenance });
      await apply(ctx, 'case', by, changes);
      return { ...props, __label: 'Case' };
    },

    addApplication: async (_: unknown, args: Record<string, any>, ctx: ApiContext) => {
      const token = await ctx.requireRole('participant');
      const by = token.name;
      const at = new Date().toISOString();
      const [intervention] = await expect(ctx, 'interventionId', [args.interventionId], ['Intervention']);
      const [place] = await expect(ctx, 'placeId', [args.placeId], ABOUT_TO);
      const src = await source(ctx, args.sourceId, args.newSource, by, at);
      const props: Record<string, unknown> = { sources: [src.id], recordedBy: by, recordedAt: at };
      const period = text('period', args.period, 50);
      const note = text('note', args.note, 2000);
      if (period) props.period = period;
      if (note) props.note = note;
      const changes: Change[] = [];
      if (src.create) changes.push({ node: { label: 'Source', id: src.id }, set: src.create });
      // Each application is a fact of its own (another period, another source): a new relationship.
      changes.push({
        relationship: { type: 'APPLIED_IN', from: { label: 'Intervention', id: intervention!.id }, to: { label: place!.__label, id: place!.id } },
        set: props,
        create: true,
      });
      await apply(ctx, 'application', by, changes);
      return { intervention, place, period, sourceIds: [src.id], recordedBy: by, recordedAt: at };
    },

    importDataset: async (_: unknown, args: { fileName: string; text: string; dryRun?: boolean | null; overrideOwnership?: boolean | null }, ctx: ApiContext) => {
      const token = await ctx.requireRole('partner');
      if (args.overrideOwnership && token.role !== 'admin') {
        throw createGraphQLError('overrideOwnership is an admin\'s decision: a partner may change only what its own imports created.', {
          extensions: { code: 'FORBIDDEN' },
        });
      }
      const fileName = text('fileName', args.fileName, 200, true)!;
      if (!/^[\w .,()+-]+$/.test(fileName)) throw new InputError('fileName may hold letters, digits, spaces and ._-,()+ only');
      const bytes = Buffer.byteLength(args.text, 'utf8');
      if (bytes > ctx.config.maxImportBytes) {
        throw createGraphQLError(`The dataset is ${bytes} bytes; the limit is ${ctx.config.maxImportBytes} bytes.`, {
          extensions: { code: 'PAYLOAD_TOO_LARGE' },
        });
      }
      // The pipeline stops on the request's signal itself and rolls back (as the CLI on Ctrl-C);
      // its own bookkeeping reads must not be cut short.
      const report = await importDataset(ctx.db.cancelledBy(undefined), {
        signal: ctx.signal,
        text: args.text,
        fileName,
        // A partner's data is the partner's; an admin's is curated.
        partner: token.role === 'admin' ? null : token.name,
        actor: `api:${token.name}`,
        dryRun: !!args.dryRun,
        overrideOwnership: !!args.overrideOwnership,
      });
      const issue = (i: { file: string; line: number | null; rule: string; message: string }) => ({ file: i.file, line: i.line, rule: i.rule, message: i.message });
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
      };
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

/**
 * Mutations: authenticated writes. Each checks the caller's role, validates ids, endpoints and
 * values against the ontology, and writes in one transaction with parameters only. What it
 * creates carries recordedBy (the token's name) and recordedAt.
 */
import { randomBytes } from 'node:crypto';
import { createGraphQLError } from 'graphql-yoga';
import { cypher } from '../db/driver.ts';
import { DOMAINS, LABELS, RELATIONSHIPS, SOURCE_KINDS, type LabelName } from '../ontology.ts';
import { InputError, idsByLabel, type KnowledgeNode } from '../graph/model.ts';
import type { ApiContext } from './context.ts';
import { createApiToken, revokeApiToken } from './tokens.ts';
import { importDataset } from '../import/pipeline.ts';

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

const CREATE_SOURCE = 'FOREACH (s IN CASE WHEN $newSource IS NULL THEN [] ELSE [$newSource] END | CREATE (x:Source) SET x = s) ';

function linkGroups(variable: string, type: 'ABOUT' | 'INVOLVES', labels: readonly LabelName[]): string {
  return labels
    .map(
      (l) =>
        `CALL (${variable}) { UNWIND $${type}_${l} AS tid MATCH (t:${l} {id: tid}) ` +
        `CREATE (${variable})-[:${type} {recordedBy: $by, recordedAt: $at}]->(t) } `,
    )
    .join('');
}

const ABOUT_TO = RELATIONSHIPS.ABOUT.to as readonly LabelName[];
const INVOLVES_TO = RELATIONSHIPS.INVOLVES.to as readonly LabelName[];

const addCaseQuery = cypher(
  'writes.addCase',
  CREATE_SOURCE +
    'WITH 1 AS one MATCH (src:Source {id: $sourceId}) ' +
    'CREATE (c:Case) SET c = $case ' +
    'CREATE (c)-[:SUPPORTED_BY {recordedBy: $by, recordedAt: $at}]->(src) ' +
    'WITH c ' +
    linkGroups('c', 'ABOUT', ABOUT_TO) +
    linkGroups('c', 'INVOLVES', INVOLVES_TO) +
    'RETURN properties(c) AS c',
);

const addApplicationQuery = cypher(
  'writes.addApplication',
  CREATE_SOURCE +
    'WITH 1 AS one MATCH (i:Intervention {id: $interventionId}) MATCH (src:Source {id: $sourceId}) ' +
    'CALL (i) { ' +
    ABOUT_TO.map((l) => `MATCH (p:${l} {id: $placeId}) RETURN p`).join(' UNION ') +
    ' } CREATE (i)-[r:APPLIED_IN]->(p) SET r = $props RETURN properties(r) AS r',
);

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
      await expect(ctx, 'input.placeIds', placeIds, ABOUT_TO);
      await expect(ctx, 'input.involves', involves, INVOLVES_TO);
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
      const params: Record<string, unknown> = { case: props, sourceId: src.id, newSource: src.create, by, at };
      const about = idsByLabel(placeIds);
      const inv = idsByLabel(involves);
      for (const l of ABOUT_TO) params[`ABOUT_${l}`] = about.get(l) ?? [];
      for (const l of INVOLVES_TO) params[`INVOLVES_${l}`] = inv.get(l) ?? [];
      const result = await ctx.db.write(addCaseQuery, params);
      if (!result.records[0]) throw new InputError('The case could not be written: a referenced node disappeared meanwhile.');
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
      const result = await ctx.db.write(addApplicationQuery, {
        interventionId: intervention!.id,
        placeId: place!.id,
        sourceId: src.id,
        newSource: src.create,
        props,
      });
      if (!result.records[0]) throw new InputError('The application could not be written: a referenced node disappeared meanwhile.');
      return { intervention, place, period, sourceIds: [src.id], recordedBy: by, recordedAt: at };
    },

    importDataset: async (_: unknown, args: { fileName: string; text: string; dryRun?: boolean | null }, ctx: ApiContext) => {
      const token = await ctx.requireRole('partner');
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
        partner: token.name,
        actor: `api:${token.name}`,
        dryRun: !!args.dryRun,
      });
      const issue = (i: { file: string; line: number | null; rule: string; message: string }) => ({ file: i.file, line: i.line, rule: i.rule, message: i.message });
      return {
        importId: report.importId,
        status: report.status,
        dryRun: report.dryRun,
        fileName: report.fileName,
        partner: report.partner,
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

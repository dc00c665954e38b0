/**
 * Proposals: contributions waiting for an editor, stored as system data
 *   (:Proposal {id, kind, status, input, authorId, authorName, organisation, createdAt, updatedAt,
 *               reviewerId, reviewerName, reviewedAt, reason, importId, history})
 * where `input` is the proposal as the author (or an editor) last wrote it, as JSON, and `history`
 * a list of JSON events, each with the input it replaced: nothing anyone wrote is lost. A
 * dataset's file text (megabytes, perhaps) is kept apart, in `datasetText` (and its size in
 * `datasetBytes`): the lists project the properties they show and never read it, nor the history;
 * one proposal read by its id has both. A proposal
 * is written (and committed) before the mutation that submits it answers. It is never part of the
 * knowledge graph: no read of the graph, analysis or export names the Proposal label, and an
 * import file cannot (SYSTEM_LABELS).
 */
import { randomBytes } from 'node:crypto';
import type { ManagedTransaction, Transaction } from 'neo4j-driver';
import { cypher, plain, type Db } from '../db/driver.ts';

export const PROPOSAL_KINDS = ['case', 'application', 'causal_link', 'correction', 'flag', 'dataset'] as const;
export type ProposalKind = (typeof PROPOSAL_KINDS)[number];
export const PROPOSAL_STATUSES = ['submitted', 'accepted', 'rejected'] as const;
export type ProposalStatus = (typeof PROPOSAL_STATUSES)[number];

export interface Person {
  id: string;
  name: string;
  organisation: string | null;
}

export interface Proposal {
  id: string;
  kind: ProposalKind;
  status: ProposalStatus;
  input: Record<string, unknown>;
  author: Person;
  createdAt: string;
  updatedAt: string;
  reviewer: Person | null;
  reviewedAt: string | null;
  reason: string | null;
  importId: string | null;
  /** The Import's status when accepted through one: applied, or undone. */
  importStatus: string | null;
  /** Null in a list (which does not read it): `fullProposal` has it. */
  history: Array<Record<string, unknown>> | null;
}

/** A proposal as a list has it: a dataset's input without its text (its `textBytes` instead), no history. */
export const isBrief = (p: Proposal) => p.history === null;

const RETURN = `OPTIONAL MATCH (i:Import {id: p.importId}) RETURN properties(p) AS p, i.status AS importStatus`;
/** What a list shows: named one by one, so that a dataset's text and the history stay in Neo4j. */
const BRIEF = `OPTIONAL MATCH (i:Import {id: p.importId})
  RETURN p {.id, .kind, .status, .input, .datasetBytes, .authorId, .authorName, .organisation, .createdAt, .updatedAt,
            .reviewerId, .reviewerName, .reviewerOrganisation, .reviewedAt, .reason, .importId} AS p, i.status AS importStatus`;

const Q = {
  create: cypher(
    'proposals.create',
    `CREATE (p:Proposal {id: $id, kind: $kind, status: 'submitted', input: $input, datasetText: $text, datasetBytes: $bytes, authorId: $author.id, authorName: $author.name,
       organisation: $author.organisation, createdAt: $now, updatedAt: $now, history: [$event]})
     WITH p ${RETURN}`,
  ),
  byId: cypher('proposals.byId', `MATCH (p:Proposal {id: $id}) ${RETURN}`),
  mine: cypher('proposals.mine', `MATCH (p:Proposal {authorId: $authorId}) WITH p ORDER BY p.updatedAt DESC LIMIT 500 ${BRIEF}`),
  queue: cypher('proposals.queue', `MATCH (p:Proposal) WHERE p.status = $status WITH p ORDER BY p.updatedAt LIMIT 500 ${BRIEF}`),
  /** A new version of the input (the author's resubmission, an editor's edit): only if nobody changed it since it was read. */
  revise: cypher(
    'proposals.revise',
    `MATCH (p:Proposal {id: $id}) WHERE p.updatedAt = $seen AND p.status IN $from
     SET p.history = p.history + [$event], p.input = $input, p.datasetText = $text, p.datasetBytes = $bytes, p.status = 'submitted', p.updatedAt = $now
     WITH p ${RETURN}`,
  ),
  decide: cypher(
    'proposals.decide',
    `MATCH (p:Proposal {id: $id}) WHERE p.updatedAt = $seen AND p.status = 'submitted'
     SET p.status = $status, p.reviewerId = $reviewer.id, p.reviewerName = $reviewer.name, p.reviewerOrganisation = $reviewer.organisation,
         p.reviewedAt = $now, p.updatedAt = $now, p.reason = $reason, p.importId = $importId, p.history = p.history + [$event]
     RETURN p.id AS id`,
  ),
};

/** The input as stored, and a dataset's text apart from it (null for other kinds). */
function stored(input: Record<string, unknown>) {
  if (typeof input.text !== 'string') return { input: JSON.stringify(input), text: null, bytes: null };
  const { text, ...rest } = input;
  return { input: JSON.stringify(rest), text, bytes: Buffer.byteLength(text, 'utf8') };
}

function proposal(record: { get(key: string): unknown }): Proposal {
  const p = plain(record.get('p')) as Record<string, any>;
  const input = JSON.parse(p.input) as Record<string, unknown>;
  // Read by its id: the text back in its input; in a list: its size only.
  if (typeof p.datasetText === 'string') input.text = p.datasetText;
  else if (typeof p.datasetBytes === 'number') input.textBytes = p.datasetBytes;
  return {
    id: p.id,
    kind: p.kind,
    status: p.status,
    input,
    author: { id: p.authorId, name: p.authorName, organisation: p.organisation ?? null },
    createdAt: p.createdAt,
    updatedAt: p.updatedAt,
    reviewer: p.reviewerId ? { id: p.reviewerId, name: p.reviewerName, organisation: p.reviewerOrganisation ?? null } : null,
    reviewedAt: p.reviewedAt ?? null,
    reason: p.reason ?? null,
    importId: p.importId ?? null,
    importStatus: (record.get('importStatus') as string | null) ?? null,
    history: Array.isArray(p.history) ? (p.history as string[]).map((e) => JSON.parse(e)) : null,
  };
}

const event = (action: string, by: Person, at: string, extra: Record<string, unknown> = {}) => JSON.stringify({ action, by: by.name, byId: by.id, at, ...extra });

export async function createProposal(db: Db, kind: ProposalKind, input: Record<string, unknown>, author: Person): Promise<Proposal> {
  const now = new Date().toISOString();
  const result = await db.write(Q.create, {
    id: `proposal:${randomBytes(8).toString('hex')}`,
    kind,
    ...stored(input),
    author,
    now,
    event: event('submitted', author, now),
  });
  return proposal(result.records[0]!);
}

export async function getProposal(db: Db, id: string): Promise<Proposal | null> {
  const record = (await db.read(Q.byId, { id })).records[0];
  return record ? proposal(record) : null;
}

export async function proposalsBy(db: Db, authorId: string): Promise<Proposal[]> {
  return (await db.read(Q.mine, { authorId })).records.map(proposal);
}

export async function reviewQueue(db: Db, status: ProposalStatus): Promise<Proposal[]> {
  return (await db.read(Q.queue, { status })).records.map(proposal);
}

/**
 * Replaces the input of `seen` (as read) and (re)submits it; null when it changed meanwhile (or is
 * not in one of the statuses `from`). The input it replaces goes into the history.
 */
export async function reviseProposal(db: Db, seen: Proposal, input: Record<string, unknown>, by: Person, from: ProposalStatus[]): Promise<Proposal | null> {
  const now = new Date().toISOString();
  const action = seen.status === 'rejected' ? 'resubmitted' : by.id === seen.author.id ? 'edited' : 'edited by editor';
  const record = (await db.write(Q.revise, { id: seen.id, seen: seen.updatedAt, from, ...stored(input), now, event: event(action, by, now, { previousInput: seen.input }) })).records[0];
  return record ? proposal(record) : null;
}

/**
 * Marks `seen` accepted or rejected, in `tx` when given (an accepted proposal's import); false
 * when it changed since it was read (edited, decided by another editor).
 */
export async function decideProposal(
  db: Db,
  seen: Proposal,
  decision: { status: 'accepted' | 'rejected'; reviewer: Person; reason: string | null; importId: string | null },
  tx?: Transaction | ManagedTransaction,
): Promise<boolean> {
  const now = new Date().toISOString();
  const params = {
    id: seen.id,
    seen: seen.updatedAt,
    status: decision.status,
    reviewer: decision.reviewer,
    now,
    reason: decision.reason,
    importId: decision.importId,
    event: event(decision.status, decision.reviewer, now, { reason: decision.reason, importId: decision.importId }),
  };
  const result = tx ? await tx.run(Q.decide.text, params) : await db.write(Q.decide, params);
  return result.records.length > 0;
}

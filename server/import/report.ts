/**
 * What goes into an import and what comes out: options, progress and the report. Shared by the
 * pipeline, the CLI, the API and the seed loader.
 */
import type { Transaction } from 'neo4j-driver';
import type { SourcePolicy } from '../source-policy.ts';
import type { Violation } from './validate.ts';
import type { Params } from './messages.ts';

export interface ImportFile {
  fileName: string;
  /** The text, or the file's bytes (checked to be UTF-8, line by line). */
  text?: string;
  bytes?: Uint8Array;
}

export type ImportPhase = 'checking' | 'waiting' | 'looking-up' | 'applying' | 'validating' | 'writing' | 'committing';

export interface ImportProgress {
  phase: ImportPhase;
  done: number;
  total: number;
  file?: string;
  line?: number;
}

/** Common to file imports and structured changes. */
export interface RunOptions {
  /**
   * The knowledge partner the data comes from. A partner's import owns what it creates and may
   * change only what that partner's imports created. Null: curated data (the maintainers).
   */
  partner?: string | null;
  /** Curated data from a named publisher (the seed): the partner is shown, but nobody owns it. */
  curated?: boolean;
  /** Who ran it (a user, `cli:<login>`, `api:<token name>`). */
  actor?: string | null;
  /** Run and validate everything, change nothing. */
  dryRun?: boolean;
  /** Let this import change data it does not own (an admin's decision; recorded). */
  overrideOwnership?: boolean;
  /** The source policy: 'warn' (partner files), 'refuse', or per rule (the seed). Default 'warn'. */
  sourcePolicy?: SourcePolicy;
  onProgress?: (progress: ImportProgress) => void;
  /** Stops the import before it commits; nothing is changed. */
  signal?: AbortSignal;
  /** Timeout of the write transaction (default 30 minutes). */
  timeoutMs?: number;
  /** Who proposed, who accepted, when (an accepted contribution): kept on the Import record. */
  provenance?: Record<string, unknown>;
  /**
   * Writes what belongs with the import (an accepted proposal's new status) in the same
   * transaction, after the Import record; returns why not (the import is then refused and rolled
   * back, nothing changed), or null.
   */
  alongside?: (tx: Transaction, importId: string) => Promise<string | null>;
}

export interface ImportOptions extends RunOptions {
  /** One file: its text and the name reports use... */
  text?: string;
  fileName?: string;
  /** ...or several files, imported as one (in this order, one transaction, one Import record). */
  files?: ImportFile[];
}

/** How an import ended. ('applied' imports leave a record; the others change nothing.) */
export type ImportOutcome = 'applied' | 'unchanged' | 'dry-run' | 'refused' | 'failed';

export interface ImportIssue {
  file: string;
  /** 1-based line in `file`; null for findings about elements (they name the element instead). */
  line: number | null;
  rule: string;
  /** In English (the CLI's words); `params` give it in another language (messages.ts). */
  message: string;
  params?: Params | null;
  /** The start of the statement, for statement issues. */
  statement?: string;
  /** The node or relationship, for ontology, policy and ownership findings. */
  element?: Violation['element'];
}

export interface ImportCounts {
  nodesCreated: Record<string, number>;
  relationshipsCreated: Record<string, number>;
  nodesChanged: Record<string, number>;
  relationshipsChanged: Record<string, number>;
  /** Properties changed on pre-existing elements (added, changed or removed). */
  propertiesChanged: number;
}

export interface ImportReport {
  importId: string;
  status: ImportOutcome;
  dryRun: boolean;
  fileName: string;
  files: string[];
  sha256: string;
  partner: string | null;
  curated: boolean;
  actor: string | null;
  ownershipOverride: boolean;
  startedAt: string;
  finishedAt: string;
  statements: { total: number; run: number; skipped: number };
  counts: ImportCounts;
  warnings: ImportIssue[];
  errors: ImportIssue[];
  /** Milliseconds per phase. */
  timings: Record<string, number>;
  /** A dry run's changes, element by element, for a picture of them (at most DIFF_LIMIT of each). */
  diff?: ImportDiff;
}

/** How an element takes part in an import: created, changed, or only an end of a relationship that is. */
export type DiffChange = 'new' | 'changed' | 'context';

export interface ImportDiff {
  nodes: Array<{ id: string; label: string; name: string | null; nameEn: string | null; change: DiffChange; properties: string[] }>;
  relationships: Array<{ type: string; fromId: string; toId: string; change: Exclude<DiffChange, 'context'>; properties: string[] }>;
  /** More elements changed than are listed. */
  truncated: boolean;
}

/** The most nodes (and, separately, relationships) a diff lists: enough for a map, not a flood. */
export const DIFF_LIMIT = 500;

/** Thrown only for misuse (no text given); everything about the dataset is in the report. */
export class ImportUsageError extends Error {
  override name = 'ImportUsageError';
}

/** `file:line: rule: message` */
export function issueText(issue: ImportIssue): string {
  const where = issue.line === null ? issue.file : `${issue.file}:${issue.line}`;
  return `${where}: ${issue.rule}: ${issue.message.replace(/^line \d+: /, '')}`;
}

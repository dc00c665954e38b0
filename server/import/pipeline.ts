/**
 * The import pipeline: a partner's Cypher file -> checked -> run in ONE write transaction ->
 * validated against the ontology inside that transaction -> committed with its Import record, or
 * rolled back leaving the graph exactly as it was. The CLI (`newtowns import`), the seed loader
 * and the API all call `importDataset`.
 *
 * Phases:
 * 1. Read (`readCypherFile`) and check (`checkFile`, plus the transaction markers and system
 *    labels here): any refusal stops the import before the database is touched.
 * 2. EXPLAIN each distinct statement shape (`skeleton()`) in a read transaction: syntax and
 *    semantic errors (unknown functions, type errors) come back with their file line before any
 *    statement runs, and plans that load files, call procedures or delete are refused.
 * 3. APOC's temporary constraint, if the file has one, is created under the import's own name in
 *    a schema transaction of its own (schema and data cannot share a transaction) and dropped in a
 *    `finally`, also when the import fails. Constraints left by a killed import are dropped by the
 *    next import.
 * 4. The data transaction: the state of the graph before the import (element ids, labels and
 *    properties of every node and relationship) is read first, in the same transaction; then the
 *    statements run in file order, `:param` values are evaluated as `RETURN <expr>` in read
 *    transactions as they come (statically checked first), and each statement's counters must
 *    show no deletions.
 * 5. Inside the same transaction, before commit: leftover APOC temporary labels on new nodes are
 *    removed; every node and relationship that was not there before gets `importId`; the
 *    properties of the elements that were there are compared with before (changes become undo
 *    data; a changed `importId` is put back: a MERGE that matches an existing node does not
 *    take it over); the new and changed elements are validated against the ontology.
 * 6. Violations -> roll back ('refused'). Nothing new and nothing changed -> roll back
 *    ('unchanged': nothing is recorded, so re-running a MERGE file leaves the graph identical).
 *    Dry run -> roll back ('dry-run'). Otherwise the Import node is written and the transaction
 *    commits ('applied').
 *
 * Files over STAGED_ABOVE_BYTES (10 MB) do not fit in one transaction on a 1 GB heap; they run
 * in stages that are taken back if the import does not complete (`runStaged`).
 */
import { createHash, randomBytes } from 'node:crypto';
import neo4j, { type ManagedTransaction, type Transaction, type ResultSummary } from 'neo4j-driver';
import { cypher, DatabaseUnavailableError, isUnavailable, plain, stopOnAbort, type Db } from '../db/driver.ts';
import { IMPORT_ID_PROPERTY, ONTOLOGY_VERSION, SYSTEM_LABELS } from '../ontology.ts';
import { CypherFileError, Lexer, T, excerpt, readCypherFile, type FileItem } from './cypher-file.ts';
import { checkFile, skeleton, type StatementClass } from './safety.ts';
import { APOC_TEMP_LABEL, APOC_TEMP_PROPERTY, apocLeftovers, validateImport, type Violation } from './validate.ts';
import { compensate, diffProperties, exclusive, recordParams, valueKey, writeImportRecord, type Changes, type NewImport } from './records.ts';

// ---------------------------------------------------------------------------------------------
// Types

export interface ImportFile {
  fileName: string;
  text: string;
}

export interface ImportOptions {
  /** One file: its text and the name reports use. */
  text?: string;
  fileName?: string;
  /** Or several files, imported as one (in this order, one transaction, one Import record). */
  files?: ImportFile[];
  /** The knowledge partner the data comes from, and who ran the import (a user, `cli:<login>`). */
  partner?: string | null;
  actor?: string | null;
  /** Run and validate everything, then roll back. */
  dryRun?: boolean;
  onProgress?: (progress: ImportProgress) => void;
  /**
   * Stops the import, rolled back: at once, also in the middle of a statement or of Neo4j's
   * planning of one. (Not during the commit: once committed, an import stays.)
   */
  signal?: AbortSignal;
  /** Timeout of the data transaction (default 30 minutes). */
  timeoutMs?: number;
  /** EXPLAIN each statement shape before running (default true). */
  explain?: boolean;
  /** Import in stages (several transactions, compensated on failure); default: above STAGED_ABOVE_BYTES. */
  staged?: boolean;
  stagedAboveBytes?: number;
  /** Statements per stage (default 500). */
  stageStatements?: number;
  /** How long a staged import's record stays claimed without renewal (default 60 s). */
  leaseMs?: number;
}

export type ImportPhase = 'checking' | 'explaining' | 'running' | 'validating' | 'committing';

export interface ImportProgress {
  phase: ImportPhase;
  done: number;
  total: number;
  file?: string;
  line?: number;
}

export type ImportStatus = 'applied' | 'unchanged' | 'dry-run' | 'refused' | 'failed';

export interface ImportIssue {
  file: string;
  /** 1-based line in `file`; null for findings about elements (they name the element instead). */
  line: number | null;
  rule: string;
  message: string;
  /** The start of the statement, for statement issues. */
  statement?: string;
  /** The node or relationship, for ontology violations. */
  element?: Violation['element'];
  /** Neo4j's status code, when the server refused a statement. */
  code?: string;
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
  status: ImportStatus;
  dryRun: boolean;
  fileName: string;
  files: string[];
  sha256: string;
  partner: string | null;
  actor: string | null;
  startedAt: string;
  finishedAt: string;
  statements: { total: number; run: number; skipped: number };
  counts: ImportCounts;
  /** Totals of Neo4j's own counters over the statements the file ran. */
  neo4jCounters: Record<string, number>;
  warnings: ImportIssue[];
  errors: ImportIssue[];
  /** Milliseconds per phase. */
  timings: Record<string, number>;
}

/** Thrown only for misuse (no text given); everything about the dataset is in the report. */
export class ImportUsageError extends Error {
  override name = 'ImportUsageError';
}

// ---------------------------------------------------------------------------------------------
// Queries (user statements are run as they are, after the checks; these are the pipeline's own)

const Q = {
  preNodes: cypher('import.pre.nodes', 'MATCH (n) RETURN elementId(n) AS eid, labels(n) AS labels, properties(n) AS props'),
  preRelationships: cypher(
    'import.pre.relationships',
    'MATCH (a)-[r]->(b) RETURN elementId(r) AS eid, type(r) AS type, elementId(a) AS a, elementId(b) AS b, a.id AS fromId, b.id AS toId, properties(r) AS props',
  ),
  cleanLeftovers: cypher(
    'import.cleanApocLeftovers',
    `MATCH (n) WHERE (n:\`${APOC_TEMP_LABEL}\` OR n.\`${APOC_TEMP_PROPERTY}\` IS NOT NULL) AND NOT elementId(n) IN $pre
     REMOVE n:\`${APOC_TEMP_LABEL}\`, n.\`${APOC_TEMP_PROPERTY}\`
     RETURN count(*) AS cleaned`,
  ),
  tagNodes: cypher(
    'import.tag.nodes',
    `MATCH (n) WHERE NOT elementId(n) IN $pre AND NOT n:Import AND (n.${IMPORT_ID_PROPERTY} IS NULL OR n.${IMPORT_ID_PROPERTY} <> $importId)
     WITH n, n.${IMPORT_ID_PROPERTY} IS NOT NULL AS had
     SET n.${IMPORT_ID_PROPERTY} = $importId
     RETURN [l IN labels(n) WHERE l <> $tempLabel] AS labels, count(*) AS count, sum(CASE WHEN had THEN 1 ELSE 0 END) AS had`,
  ),
  tagRelationships: cypher(
    'import.tag.relationships',
    `MATCH ()-[r]->() WHERE NOT elementId(r) IN $pre AND (r.${IMPORT_ID_PROPERTY} IS NULL OR r.${IMPORT_ID_PROPERTY} <> $importId)
     WITH r, r.${IMPORT_ID_PROPERTY} IS NOT NULL AS had
     SET r.${IMPORT_ID_PROPERTY} = $importId
     RETURN type(r) AS type, count(*) AS count, sum(CASE WHEN had THEN 1 ELSE 0 END) AS had`,
  ),
  postNodes: cypher(
    'import.post.nodes',
    `MATCH (n) WHERE n.${IMPORT_ID_PROPERTY} IS NULL OR n.${IMPORT_ID_PROPERTY} <> $importId
     RETURN elementId(n) AS eid, labels(n) AS labels, properties(n) AS props`,
  ),
  postRelationships: cypher(
    'import.post.relationships',
    `MATCH (a)-[r]->(b) WHERE r.${IMPORT_ID_PROPERTY} IS NULL OR r.${IMPORT_ID_PROPERTY} <> $importId
     RETURN elementId(r) AS eid, type(r) AS type, elementId(a) AS a, elementId(b) AS b, properties(r) AS props`,
  ),
  restoreNodeImportIds: cypher(
    'import.restoreImportIds.nodes',
    `UNWIND $rows AS row MATCH (n) WHERE elementId(n) = row.eid SET n.${IMPORT_ID_PROPERTY} = row.importId`,
  ),
  restoreRelationshipImportIds: cypher(
    'import.restoreImportIds.relationships',
    `UNWIND $rows AS row MATCH ()-[r]->() WHERE elementId(r) = row.eid SET r.${IMPORT_ID_PROPERTY} = row.importId`,
  ),
  evaluate: cypher('import.param.evaluate', 'RETURN <expression> AS value'),
  tempConstraints: cypher(
    'import.tempConstraint.find',
    `SHOW CONSTRAINTS YIELD name, labelsOrTypes, properties, type
     WHERE labelsOrTypes = [$label] AND properties = [$property] AND type IN ['UNIQUENESS', 'NODE_PROPERTY_UNIQUENESS']
     RETURN name`,
  ),
  ownTempConstraints: cypher('import.tempConstraint.own', `SHOW CONSTRAINTS YIELD name WHERE name STARTS WITH $prefix RETURN name`),
  runningImports: cypher(
    'import.running',
    `SHOW TRANSACTIONS YIELD metaData WHERE metaData.app = 'newtowns' AND metaData.importId IS NOT NULL RETURN collect(metaData.importId) AS ids`,
  ),
  awaitIndexes: cypher('import.awaitIndexes', 'CALL db.awaitIndexes(300)'),
  stagingRecord: cypher(
    'import.staging.create',
    `CREATE (i:Import {id: $id})
     SET i.fileName = $fileName, i.files = $files, i.sha256 = $sha256, i.partner = $partner, i.actor = $actor,
         i.startedAt = datetime($startedAt), i.status = 'staging', i.statements = $statements, i.ontologyVersion = $ontologyVersion,
         i.counts = $counts, i.warnings = $warnings, i.changes = $changes, i.changedNodes = [], i.changedRelationships = [],
         i.leaseUntil = datetime() + duration({milliseconds: $lease})`,
  ),
  renewLease: cypher('import.staging.renew', 'MATCH (i:Import {id: $id}) SET i.leaseUntil = datetime() + duration({milliseconds: $lease})'),
  stagingChanges: cypher('import.staging.changes', 'MATCH (i:Import {id: $id}) SET i.changes = $changes'),
  staleStaging: cypher(
    'import.staging.stale',
    "MATCH (i:Import) WHERE i.status = 'staging' AND (i.leaseUntil IS NULL OR i.leaseUntil < datetime()) RETURN i.id AS id",
  ),
};

const TEMP_CONSTRAINT_PREFIX = 'import_tmp_';
const DEFAULT_TIMEOUT_MS = 30 * 60_000;
const MAX_WARNINGS = 100;
const MAX_ERRORS = 100;
/** Plan operators a dataset's statement may not contain (a second line behind safety.ts). */
const REFUSED_OPERATORS = /^(LoadCSV|ProcedureCall|Delete|DetachDelete|DeleteNode|DeleteRelationship|DeletePath|DetachDeleteNode|DetachDeletePath|DeleteExpression|DetachDeleteExpression|TransactionForeach|TransactionApply)/;

// ---------------------------------------------------------------------------------------------
// Plan: the file's items -> the steps to run

interface Step {
  kind: 'statement' | 'param' | 'params';
  file: string;
  line: number;
  text: string; // statement text, or the param expression
  name?: string;
  cls?: StatementClass;
}

interface Plan {
  steps: Step[];
  statements: number;
  skipped: number;
  needsTempConstraint: boolean;
  errors: ImportIssue[];
  warnings: ImportIssue[];
}

const SYSTEM_LABEL_NAMES = new Set(Object.keys(SYSTEM_LABELS));

/** `:Import` or `:ApiToken` as a label in a statement (reading them would leak system data). */
function systemLabelLine(text: string): { line: number; label: string } | undefined {
  const lexer = new Lexer(text, 0, 1);
  let afterColon = false;
  for (let type = lexer.next(); type !== T.End; type = lexer.next()) {
    if (afterColon && (type === T.Ident || type === T.Escaped)) {
      const name = type === T.Ident ? lexer.tokenText() : lexer.escapedName();
      if (SYSTEM_LABEL_NAMES.has(name)) return { line: lexer.tokenLine, label: name };
    }
    afterColon = (type === T.Punct && lexer.tokenText() === ':') || (afterColon && type === T.Punct && lexer.tokenText() === '&');
    if (type === T.Punct && (lexer.tokenText() === '|' || lexer.tokenText() === '&')) afterColon = true;
  }
  return undefined;
}

function plan(file: ImportFile): Plan {
  const out: Plan = { steps: [], statements: 0, skipped: 0, needsTempConstraint: false, errors: [], warnings: [] };
  let items: FileItem[];
  try {
    items = readCypherFile(file.text);
  } catch (error) {
    if (error instanceof CypherFileError) {
      out.errors.push({ file: file.fileName, line: error.line, rule: 'unreadable', message: error.message });
      return out;
    }
    throw error;
  }
  const check = checkFile(items);
  for (const issue of check.issues) {
    out.errors.push({ file: file.fileName, line: issue.line, rule: issue.rule, message: issue.message, statement: issue.statement });
  }

  let open: { line: number; steps: Step[] } | undefined;
  const push = (step: Step) => (open ? open.steps.push(step) : out.steps.push(step));
  items.forEach((item, index) => {
    switch (item.kind) {
      case 'statement': {
        out.statements++;
        const cls = check.classes[index] ?? 'data';
        if (cls === 'apoc-temp-constraint-create') out.needsTempConstraint = true;
        if (cls === 'data' || cls === 'apoc-cleanup') {
          const system = cls === 'data' ? systemLabelLine(item.text) : undefined;
          if (system) {
            const line = item.line + system.line - 1;
            out.errors.push({
              file: file.fileName,
              line,
              rule: 'system-label',
              message: `line ${line}: the label ${system.label} belongs to the application (import records, API tokens); a dataset may not read or write it. Remove it from the statement.`,
              statement: excerpt(item.text),
            });
          }
          push({ kind: 'statement', file: file.fileName, line: item.line, text: item.text, cls });
        } else {
          // The temporary constraint is handled around the transaction; awaiting indexes is moot inside it.
          out.skipped++;
        }
        break;
      }
      case 'param':
        push({ kind: 'param', file: file.fileName, line: item.line, text: item.expression, name: item.name });
        break;
      case 'params':
        push({ kind: 'params', file: file.fileName, line: item.line, text: item.expression });
        break;
      case 'begin':
        if (open) {
          out.errors.push({
            file: file.fileName,
            line: item.line,
            rule: 'nested-begin',
            message: `line ${item.line}: :begin while the transaction opened on line ${open.line} is still open; add :commit before it`,
          });
        } else {
          open = { line: item.line, steps: [] };
        }
        break;
      case 'commit':
        if (!open) {
          out.errors.push({
            file: file.fileName,
            line: item.line,
            rule: 'commit-without-begin',
            message: `line ${item.line}: :commit without an open :begin; remove it or add :begin before the statements it should commit`,
          });
        } else {
          out.steps.push(...open.steps);
          open = undefined;
        }
        break;
      case 'rollback':
        if (!open) {
          out.errors.push({
            file: file.fileName,
            line: item.line,
            rule: 'rollback-without-begin',
            message: `line ${item.line}: :rollback without an open :begin; remove it`,
          });
        } else {
          // cypher-shell would roll these back: they are not run. Parameters set inside stay set (client side).
          const dropped = open.steps.filter((s) => s.kind === 'statement').length;
          out.steps.push(...open.steps.filter((s) => s.kind !== 'statement'));
          out.skipped += dropped;
          out.warnings.push({
            file: file.fileName,
            line: item.line,
            rule: 'rolled-back-block',
            message: `line ${item.line}: :rollback discards the ${dropped} statement(s) since :begin on line ${open.line}; they are not imported`,
          });
          open = undefined;
        }
        break;
      case 'await':
        break;
      case 'unknown-command':
        break; // refused by checkFile
    }
  });
  if (open) {
    out.errors.push({
      file: file.fileName,
      line: open.line,
      rule: 'unterminated-begin',
      message: `line ${open.line}: :begin is never committed; add :commit after the statements (cypher-shell would roll them back)`,
    });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Helpers

type Session = ReturnType<Db['driver']['session']>;

function newImportId(now: Date): string {
  const stamp = now.toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
  return `import:${stamp}-${randomBytes(3).toString('hex')}`;
}

function sha256(files: ImportFile[]): string {
  if (files.length === 1) return createHash('sha256').update(files[0]!.text, 'utf8').digest('hex');
  const h = createHash('sha256');
  for (const f of files) h.update(`${f.fileName}\n${createHash('sha256').update(f.text, 'utf8').digest('hex')}\n`);
  return h.digest('hex');
}

/** "line 3, column 5" in a Neo4j message -> the file line. */
function lineInFile(step: Step, message: string): number {
  const m = /\(line (\d+), column \d+/.exec(message);
  return m ? step.line + Number(m[1]) - 1 : step.line;
}

function serverMessage(error: unknown): { code: string | undefined; message: string } {
  const e = error as { code?: string; message?: string; gqlStatusDescription?: string };
  const message = (e.message ?? String(error)).split('\n')[0]!.trim();
  return { code: e.code, message };
}

const increment = (map: Record<string, number>, key: string, by = 1) => {
  map[key] = (map[key] ?? 0) + by;
};

const COUNTER_KEYS = ['nodesCreated', 'nodesDeleted', 'relationshipsCreated', 'relationshipsDeleted', 'propertiesSet', 'labelsAdded', 'labelsRemoved'] as const;

class Stop extends Error {}

// ---------------------------------------------------------------------------------------------
// The pipeline

/**
 * Imports a dataset (see the module comment). Never throws for anything about the dataset or a
 * refusal: the report's `status` and `errors` say what happened. Throws DatabaseUnavailableError
 * when Neo4j cannot be reached (nothing is applied then either).
 */
export async function importDataset(db: Db, options: ImportOptions): Promise<ImportReport> {
  const files: ImportFile[] = options.files ?? (options.text !== undefined ? [{ fileName: options.fileName ?? 'dataset.cypher', text: options.text }] : []);
  if (files.length === 0) throw new ImportUsageError('importDataset needs `text` (with `fileName`) or `files`');
  return exclusive(() => run(db, files, options)).catch((error: unknown) => {
    if (isUnavailable(error) && !(error instanceof DatabaseUnavailableError)) {
      throw Object.assign(new DatabaseUnavailableError((error as Error).message), { cause: error });
    }
    throw error;
  });
}

async function run(db: Db, files: ImportFile[], options: ImportOptions): Promise<ImportReport> {
  const started = new Date();
  const t0 = performance.now();
  const importId = newImportId(started);
  const report: ImportReport = {
    importId,
    status: 'refused',
    dryRun: options.dryRun === true,
    fileName: files.length === 1 ? files[0]!.fileName : files.map((f) => f.fileName).join(', '),
    files: files.map((f) => f.fileName),
    sha256: sha256(files),
    partner: options.partner ?? null,
    actor: options.actor ?? null,
    startedAt: started.toISOString(),
    finishedAt: started.toISOString(),
    statements: { total: 0, run: 0, skipped: 0 },
    counts: { nodesCreated: {}, relationshipsCreated: {}, nodesChanged: {}, relationshipsChanged: {}, propertiesChanged: 0 },
    neo4jCounters: Object.fromEntries(COUNTER_KEYS.map((k) => [k, 0])),
    warnings: [],
    errors: [],
    timings: {},
  };
  const progress = options.onProgress ?? (() => {});
  const lap = (name: string, since: number) => (report.timings[name] = Math.round(performance.now() - since));
  const warn = (issue: ImportIssue) => {
    if (report.warnings.length < MAX_WARNINGS) report.warnings.push(issue);
    else if (report.warnings.length === MAX_WARNINGS) report.warnings.push({ ...issue, rule: 'more-warnings', message: 'more warnings were left out' });
  };
  const fail = (issue: ImportIssue) => {
    if (report.errors.length < MAX_ERRORS) report.errors.push(issue);
  };
  const finish = (status: ImportStatus) => {
    report.status = status;
    report.finishedAt = new Date().toISOString();
    report.timings.total = Math.round(performance.now() - t0);
    return report;
  };

  // 1. Read and check every file.
  let t = performance.now();
  progress({ phase: 'checking', done: 0, total: files.length });
  const steps: Step[] = [];
  let needsTempConstraint = false;
  for (const file of files) {
    const p = plan(file);
    steps.push(...p.steps);
    report.statements.total += p.statements;
    report.statements.skipped += p.skipped;
    needsTempConstraint ||= p.needsTempConstraint;
    p.errors.forEach(fail);
    p.warnings.forEach(warn);
  }
  lap('check', t);
  if (report.errors.length) return finish('refused');
  const statementSteps = steps.filter((s) => s.kind === 'statement');

  // 2. EXPLAIN each distinct shape.
  if (options.explain !== false) {
    t = performance.now();
    await explainAll(db, statementSteps, fail, progress, options.signal);
    lap('explain', t);
    if (report.errors.length) return finish(stoppedStatus(report));
  }

  // 3. APOC's temporary constraint, in its own schema transaction.
  t = performance.now();
  const recovered = await recoverStagedImports(db);
  if (recovered.length) {
    warn({ file: files[0]!.fileName, line: null, rule: 'recovered', message: `undid the stages of interrupted staged import(s) ${recovered.join(', ')}` });
  }
  await dropStaleTempConstraints(db);
  let tempConstraint: string | undefined;
  if (needsTempConstraint) tempConstraint = await createTempConstraint(db, importId);
  lap('schema', t);

  const ctx: Ctx = { db, importId, report, options, files, fail, warn, progress, total: statementSteps.length, done: 0, params: {} };
  const bytes = files.reduce((n, f) => n + Buffer.byteLength(f.text, 'utf8'), 0);
  const staged = options.staged ?? bytes > (options.stagedAboveBytes ?? STAGED_ABOVE_BYTES);
  try {
    const status = staged ? await runStaged(ctx, steps) : await runSingle(ctx, steps);
    const result = finish(status);
    if (status === 'applied') result.finishedAt = ctx.finishedAt ?? result.finishedAt;
    return result;
  } catch (error) {
    if (error instanceof Stop) return finish(stoppedStatus(report));
    throw error;
  } finally {
    if (tempConstraint) await dropConstraint(db, tempConstraint).catch(() => {});
  }
}

const FAILED_RULES = new Set(['statement-failed', 'param-failed', 'interrupted', 'commit-failed', 'too-large']);

/** An import stopped by its errors failed (it tried and could not, or was interrupted) or was refused (the file is wrong). */
const stoppedStatus = (report: ImportReport): ImportStatus => (report.errors.some((e) => FAILED_RULES.has(e.rule)) ? 'failed' : 'refused');

/** The issue an interruption leaves, at the statement it stopped. */
const interrupted = (step: Step): ImportIssue => ({
  file: step.file,
  line: step.line,
  rule: 'interrupted',
  message: 'the import was interrupted; nothing was applied',
});

/** Above this many bytes a dataset is imported in stages (see `runStaged`). */
export const STAGED_ABOVE_BYTES = 10_000_000;
const STAGE_STATEMENTS = 500;
const LEASE_MS = 60_000;

interface Ctx {
  db: Db;
  importId: string;
  report: ImportReport;
  options: ImportOptions;
  files: ImportFile[];
  fail: (issue: ImportIssue) => void;
  warn: (issue: ImportIssue) => void;
  progress: (p: ImportProgress) => void;
  total: number;
  done: number;
  params: Record<string, unknown>;
  finishedAt?: string;
}

interface PreState {
  nodes: Map<string, { labels: string[]; props: Record<string, unknown> }>;
  rels: Map<string, { type: string; fromId: unknown; toId: unknown; props: Record<string, unknown> }>;
  nodeIds: string[];
  relIds: string[];
}

type Tx = Transaction;

function beginData(session: Session, ctx: Ctx, query: string): Tx {
  return session.beginTransaction({
    timeout: ctx.options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    metadata: { app: 'newtowns', query, importId: ctx.importId },
  });
}

/** The graph as `tx` sees it before the import. */
async function capture(tx: Tx | ManagedTransaction): Promise<PreState> {
  const nodes: PreState['nodes'] = new Map();
  for (const r of (await tx.run(Q.preNodes.text)).records) {
    nodes.set(r.get('eid') as string, { labels: r.get('labels') as string[], props: r.get('props') as Record<string, unknown> });
  }
  const rels: PreState['rels'] = new Map();
  for (const r of (await tx.run(Q.preRelationships.text)).records) {
    rels.set(r.get('eid') as string, {
      type: r.get('type') as string,
      fromId: r.get('fromId'),
      toId: r.get('toId'),
      props: r.get('props') as Record<string, unknown>,
    });
  }
  return { nodes, rels, nodeIds: [...nodes.keys()], relIds: [...rels.keys()] };
}

/**
 * Runs `steps` (statements and :param) in `tx`, which belongs to `session`; a refused or failed
 * statement throws Stop. An interruption stops between statements, and also inside one: the
 * session is closed, so that Neo4j stops a long statement (or its planning) at once.
 */
async function runSteps(ctx: Ctx, tx: Tx, session: Session, reader: Session, steps: Step[]): Promise<void> {
  const { report, fail, warn } = ctx;
  const signal = ctx.options.signal;
  for (const step of steps) {
    if (signal?.aborted) {
      fail(interrupted(step));
      throw new Stop();
    }
    if (step.kind !== 'statement') {
      ctx.params = await evaluateParam(reader, step, ctx.params, fail);
      continue;
    }
    ctx.progress({ phase: 'running', done: ctx.done, total: ctx.total, file: step.file, line: step.line });
    let summary: ResultSummary;
    const stop = stopOnAbort(session, signal);
    try {
      summary = (await tx.run(step.text, ctx.params)).summary;
    } catch (error) {
      if (signal?.aborted) {
        fail(interrupted(step));
        throw new Stop();
      }
      if (isUnavailable(error)) throw error;
      const { code, message } = serverMessage(error);
      const line = lineInFile(step, message);
      const tooLarge = code === 'Neo.TransientError.General.MemoryPoolOutOfMemoryError';
      fail({
        file: step.file,
        line,
        rule: tooLarge ? 'too-large' : 'statement-failed',
        code,
        message: tooLarge
          ? `line ${line}: the import needs more memory than one transaction may use (${message}); split the file`
          : `line ${line}: Neo4j refused the statement: ${message}`,
        statement: excerpt(step.text),
      });
      throw new Stop();
    } finally {
      stop.release();
    }
    ctx.done++;
    report.statements.run++;
    const counters = summary.counters.updates();
    for (const k of COUNTER_KEYS) report.neo4jCounters[k]! += counters[k];
    if (counters.nodesDeleted > 0 || counters.relationshipsDeleted > 0) {
      fail({
        file: step.file,
        line: step.line,
        rule: 'no-delete',
        message: `line ${step.line}: the statement deleted ${counters.nodesDeleted} node(s) and ${counters.relationshipsDeleted} relationship(s); an import may only add and update`,
        statement: excerpt(step.text),
      });
      throw new Stop();
    }
    if (step.cls === 'data' && !summary.counters.containsUpdates()) {
      warn({
        file: step.file,
        line: step.line,
        rule: 'no-effect',
        message: `line ${step.line}: the statement changed nothing (did its MATCH find the nodes it needs?)`,
        statement: excerpt(step.text),
      });
    }
  }
}

/** Gives every element that was not there before (and is not tagged yet) this import's id; counts them. */
async function tagNew(ctx: Ctx, tx: Tx, pre: PreState): Promise<void> {
  const { report, importId } = ctx;
  let forged = 0;
  for (const r of (await tx.run(Q.tagNodes.text, { pre: pre.nodeIds, importId, tempLabel: APOC_TEMP_LABEL })).records) {
    const labels = r.get('labels') as string[];
    increment(report.counts.nodesCreated, labels.length ? labels.join(':') : '(no label)', Number(plain(r.get('count'))));
    forged += Number(plain(r.get('had')));
  }
  for (const r of (await tx.run(Q.tagRelationships.text, { pre: pre.relIds, importId })).records) {
    increment(report.counts.relationshipsCreated, r.get('type') as string, Number(plain(r.get('count'))));
    forged += Number(plain(r.get('had')));
  }
  if (forged > 0) {
    ctx.warn({
      file: ctx.files[0]!.fileName,
      line: null,
      rule: 'import-id-ignored',
      message: `${forged} new element(s) came with an ${IMPORT_ID_PROPERTY} of their own; it was replaced by this import's id`,
    });
  }
}

/**
 * Compares the elements that were there before with now: property changes (undo data), `importId`
 * put back where a statement changed it, and a refusal if any is gone.
 */
async function diffPre(ctx: Ctx, tx: Tx, pre: PreState, final: boolean): Promise<Changes> {
  const { importId } = ctx;
  const changes: Changes = { nodes: [], relationships: [] };
  const seenNodes = new Set<string>();
  const restoreNodes: Array<{ eid: string; importId: unknown }> = [];
  for (const r of (await tx.run(Q.postNodes.text, { importId })).records) {
    const eid = r.get('eid') as string;
    const before = pre.nodes.get(eid);
    if (!before) continue; // new, and not tagged yet (between stages)
    seenNodes.add(eid);
    const labels = r.get('labels') as string[];
    const props = r.get('props') as Record<string, unknown>;
    if (valueKey(before.props[IMPORT_ID_PROPERTY]) !== valueKey(props[IMPORT_ID_PROPERTY])) {
      restoreNodes.push({ eid, importId: before.props[IMPORT_ID_PROPERTY] ?? null });
    }
    const diff = diffProperties(before.props, props, [IMPORT_ID_PROPERTY]);
    const labelsChanged = [...before.labels].sort().join(':') !== [...labels].sort().join(':');
    if (diff || labelsChanged) {
      const id = (props.id ?? before.props.id ?? null) as string | null;
      changes.nodes.push({ elementId: eid, labels, id: typeof id === 'string' ? id : null, before: diff?.before ?? {}, after: diff?.after ?? {} });
    }
  }
  const seenRels = new Set<string>();
  const restoreRels: Array<{ eid: string; importId: unknown }> = [];
  for (const r of (await tx.run(Q.postRelationships.text, { importId })).records) {
    const eid = r.get('eid') as string;
    const before = pre.rels.get(eid);
    if (!before) continue;
    seenRels.add(eid);
    const props = r.get('props') as Record<string, unknown>;
    if (valueKey(before.props[IMPORT_ID_PROPERTY]) !== valueKey(props[IMPORT_ID_PROPERTY])) {
      restoreRels.push({ eid, importId: before.props[IMPORT_ID_PROPERTY] ?? null });
    }
    const diff = diffProperties(before.props, props, [IMPORT_ID_PROPERTY]);
    if (diff) {
      changes.relationships.push({
        elementId: eid,
        type: before.type,
        from: typeof before.fromId === 'string' ? before.fromId : null,
        to: typeof before.toId === 'string' ? before.toId : null,
        before: diff.before,
        after: diff.after,
      });
    }
  }
  if (seenNodes.size !== pre.nodes.size || seenRels.size !== pre.rels.size) {
    ctx.fail({
      file: ctx.files[0]!.fileName,
      line: null,
      rule: 'no-delete',
      message: `${pre.nodes.size - seenNodes.size} node(s) and ${pre.rels.size - seenRels.size} relationship(s) that existed before are gone; an import may only add and update`,
    });
  }
  if (restoreNodes.length || restoreRels.length) {
    await tx.run(Q.restoreNodeImportIds.text, { rows: restoreNodes });
    await tx.run(Q.restoreRelationshipImportIds.text, { rows: restoreRels });
    if (final) {
      ctx.warn({
        file: ctx.files[0]!.fileName,
        line: null,
        rule: 'import-id-kept',
        message: `the file changed ${IMPORT_ID_PROPERTY} on ${restoreNodes.length + restoreRels.length} existing element(s); it was put back (existing data keeps its provenance)`,
      });
    }
  }
  return changes;
}

function countChanges(ctx: Ctx, changes: Changes): void {
  const c = ctx.report.counts;
  c.nodesChanged = {};
  c.relationshipsChanged = {};
  c.propertiesChanged = 0;
  for (const n of changes.nodes) {
    increment(c.nodesChanged, (n.labels ?? []).join(':') || '(no label)');
    c.propertiesChanged += Object.keys(n.before).length;
  }
  for (const r of changes.relationships) {
    increment(c.relationshipsChanged, r.type ?? '?');
    c.propertiesChanged += Object.keys(r.before).length;
  }
}

/** After the statements: clean-up, tags, changes, validation. Returns the changes, or throws Stop. */
async function finalChecks(ctx: Ctx, tx: Tx, pre: PreState): Promise<Changes> {
  const t = performance.now();
  ctx.progress({ phase: 'validating', done: 0, total: 1 });
  const cleaned = Number(plain((await tx.run(Q.cleanLeftovers.text, { pre: pre.nodeIds })).records[0]?.get('cleaned')) ?? 0);
  if (cleaned > 0) {
    ctx.warn({
      file: ctx.files.at(-1)!.fileName,
      line: null,
      rule: 'apoc-cleanup-added',
      message: `${cleaned} node(s) still had APOC's temporary label or id after the file's own clean-up; the import removed them`,
    });
  }
  await tagNew(ctx, tx, pre);
  const changes = await diffPre(ctx, tx, pre, true);
  countChanges(ctx, changes);
  const violations = await validateImport(tx, ctx.importId, {
    nodes: changes.nodes.map((c) => c.elementId),
    relationships: changes.relationships.map((c) => c.elementId),
  });
  violations.push(...(await apocLeftovers(tx)));
  const file = ctx.files.length === 1 ? ctx.files[0]!.fileName : ctx.report.fileName;
  for (const v of violations) ctx.fail({ file, line: null, rule: v.rule, message: v.message, element: v.element });
  ctx.report.timings.validate = Math.round(performance.now() - t);
  if (ctx.report.errors.length) throw new Stop();
  return changes;
}

function isEmpty(ctx: Ctx, changes: Changes): boolean {
  const c = ctx.report.counts;
  const created = Object.values(c.nodesCreated).reduce((a, b) => a + b, 0) + Object.values(c.relationshipsCreated).reduce((a, b) => a + b, 0);
  return created === 0 && changes.nodes.length === 0 && changes.relationships.length === 0;
}

function record(ctx: Ctx, changes: Changes, finishedAt: string): NewImport {
  const r = ctx.report;
  return {
    id: ctx.importId,
    fileName: r.fileName,
    files: r.files,
    sha256: r.sha256,
    partner: r.partner,
    actor: r.actor,
    startedAt: r.startedAt,
    finishedAt,
    counts: r.counts,
    warnings: r.warnings.map(issueText),
    statements: r.statements.run,
    ontologyVersion: ONTOLOGY_VERSION,
    changes,
  };
}

/**
 * The end of every import, single-transaction or staged: validate what changed, then record and
 * commit, unless nothing changed or it is a dry run (the caller rolls back then).
 */
async function checkAndCommit(ctx: Ctx, tx: Tx, pre: PreState, report: ImportReport): Promise<'unchanged' | 'dry-run' | 'applied'> {
  const changes = await finalChecks(ctx, tx, pre);
  if (isEmpty(ctx, changes)) return 'unchanged';
  if (ctx.options.dryRun) return 'dry-run';
  const t = performance.now();
  ctx.progress({ phase: 'committing', done: 0, total: 1 });
  ctx.finishedAt = new Date().toISOString();
  await writeImportRecord(tx, record(ctx, changes, ctx.finishedAt), 'applied');
  await commit(ctx, tx);
  report.timings.commit = Math.round(performance.now() - t);
  return 'applied';
}

async function commit(ctx: Ctx, tx: Tx): Promise<void> {
  try {
    await tx.commit();
  } catch (error) {
    if (isUnavailable(error)) throw error;
    const { code, message } = serverMessage(error);
    const tooLarge = code === 'Neo.TransientError.General.MemoryPoolOutOfMemoryError';
    ctx.fail({
      file: ctx.files[0]!.fileName,
      line: null,
      rule: tooLarge ? 'too-large' : 'commit-failed',
      code,
      message: tooLarge
        ? `the import needs more memory than one transaction may use (${message}); it was rolled back. Split the file, or import it in stages (files over ${STAGED_ABOVE_BYTES / 1e6} MB are)`
        : `Neo4j could not commit the import: ${message}`,
    });
    throw new Stop();
  }
}

/** The whole import in one transaction: nothing is visible to anyone until it commits. */
async function runSingle(ctx: Ctx, steps: Step[]): Promise<ImportStatus> {
  const { db, report } = ctx;
  const session = db.driver.session({ database: db.database, defaultAccessMode: neo4j.session.WRITE });
  const reader = db.driver.session({ database: db.database, defaultAccessMode: neo4j.session.READ });
  const tx = beginData(session, ctx, 'import.data');
  let committed = false;
  try {
    let t = performance.now();
    const pre = await capture(tx);
    report.timings.capture = Math.round(performance.now() - t);
    t = performance.now();
    await runSteps(ctx, tx, session, reader, steps);
    ctx.progress({ phase: 'running', done: ctx.done, total: ctx.total });
    report.timings.run = Math.round(performance.now() - t);
    const status = await checkAndCommit(ctx, tx, pre, report);
    committed = status === 'applied';
    return status;
  } finally {
    if (!committed && tx.isOpen()) await tx.rollback().catch(() => {});
    await reader.close();
    await session.close();
  }
}

/**
 * A large import in stages: the statements run in several transactions of STAGE_STATEMENTS each,
 * and yet nothing stays half-applied. Before the first stage an Import record with status
 * 'staging' is committed. Each stage commits its statements together with the tags of what it
 * created and the undo data of everything changed so far (on the record). A final transaction
 * validates everything and marks the record 'applied'. If anything fails (a statement, the
 * validation, an interruption) the stages are compensated: what they created is deleted and what
 * they changed is restored, then the record is deleted. If the process dies, the next import (or
 * `seedIfEmpty` at start-up) finds the 'staging' record whose lease ran out and no transaction of
 * its import running, and compensates it the same way. While a staged import runs, readers can see
 * its data; it is gone again if the import does not complete.
 */
async function runStaged(ctx: Ctx, steps: Step[]): Promise<ImportStatus> {
  const { db, report, importId } = ctx;
  const lease = ctx.options.leaseMs ?? LEASE_MS;
  const session = db.driver.session({ database: db.database, defaultAccessMode: neo4j.session.WRITE });
  const reader = db.driver.session({ database: db.database, defaultAccessMode: neo4j.session.READ });
  let t = performance.now();
  let keep = false;
  try {
    const pre = await session.executeRead((rtx) => capture(rtx), { timeout: 600_000, metadata: { app: 'newtowns', query: 'import.capture', importId } });
    report.timings.capture = Math.round(performance.now() - t);
    await db.write(Q.stagingRecord, { ...recordParams(record(ctx, { nodes: [], relationships: [] }, report.startedAt)), lease: neo4j.int(lease) });

    t = performance.now();
    const stages: Step[][] = [];
    let current: Step[] = [];
    let count = 0;
    for (const step of steps) {
      current.push(step);
      if (step.kind === 'statement' && ++count % (ctx.options.stageStatements ?? STAGE_STATEMENTS) === 0) {
        stages.push(current);
        current = [];
      }
    }
    if (current.length) stages.push(current);

    for (const stage of stages) {
      await db.write(Q.renewLease, { id: importId, lease: neo4j.int(lease) });
      const tx = beginData(session, ctx, 'import.stage');
      try {
        await runSteps(ctx, tx, session, reader, stage);
        await tagNew(ctx, tx, pre);
        const changes = await diffPre(ctx, tx, pre, false);
        if (report.errors.length) throw new Stop();
        await tx.run(Q.stagingChanges.text, { id: importId, changes: JSON.stringify(changes) });
        await commit(ctx, tx);
      } finally {
        if (tx.isOpen()) await tx.rollback().catch(() => {});
      }
    }
    ctx.progress({ phase: 'running', done: ctx.done, total: ctx.total });
    report.timings.run = Math.round(performance.now() - t);

    await db.write(Q.renewLease, { id: importId, lease: neo4j.int(lease) });
    const tx = beginData(session, ctx, 'import.data');
    try {
      const status = await checkAndCommit(ctx, tx, pre, report);
      keep = status === 'applied';
      return status;
    } finally {
      if (tx.isOpen()) await tx.rollback().catch(() => {});
    }
  } finally {
    await reader.close();
    await session.close();
    if (!keep) {
      const c = performance.now();
      await compensate(db, importId);
      report.timings.compensate = Math.round(performance.now() - c);
    }
  }
}

/** Finds staged imports whose process is gone and undoes their stages. Returns their ids. */
export async function recoverStagedImports(db: Db): Promise<string[]> {
  const stale = (await db.read(Q.staleStaging)).records.map((r) => r.get('id') as string);
  if (!stale.length) return [];
  const running = new Set((await db.read(Q.runningImports)).records[0]?.get('ids') as string[] | undefined ?? []);
  const recovered: string[] = [];
  for (const id of stale) {
    if (running.has(id)) continue;
    await compensate(db, id);
    recovered.push(id);
  }
  return recovered;
}

/** `file:line: rule: message` */
export function issueText(issue: ImportIssue): string {
  const where = issue.line === null ? issue.file : `${issue.file}:${issue.line}`;
  return `${where}: ${issue.rule}: ${issue.message.replace(/^line \d+: /, '')}`;
}

// ---------------------------------------------------------------------------------------------
// Parameters


/** Evaluates `:param name => expr` / `:params {map}` read-only on the server (checked by checkFile first). */
async function evaluateParam(reader: Session, step: Step, params: Record<string, unknown>, fail: (issue: ImportIssue) => void) {
  try {
    const value = await reader.executeRead(
      async (rtx) => (await rtx.run(Q.evaluate.text.replace('<expression>', `${step.text}\n`), params)).records[0]?.get('value'),
      { timeout: 60_000, metadata: { app: 'newtowns', query: Q.evaluate.name } },
    );
    if (step.kind === 'param') return { ...params, [step.name!]: value };
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      fail({ file: step.file, line: step.line, rule: 'param-failed', message: `line ${step.line}: :params needs a map, like :params {name: 'value'}` });
      throw new Stop();
    }
    return { ...params, ...(value as Record<string, unknown>) };
  } catch (error) {
    if (error instanceof Stop || isUnavailable(error)) throw error;
    const { code, message } = serverMessage(error);
    fail({
      file: step.file,
      line: step.line,
      rule: 'param-failed',
      code,
      message: `line ${step.line}: the parameter value could not be evaluated: ${message}`,
      statement: excerpt(step.text),
    });
    throw new Stop();
  }
}

// ---------------------------------------------------------------------------------------------
// EXPLAIN

function refusedOperators(plan: unknown, out: Set<string> = new Set()): Set<string> {
  const p = plan as { operatorType?: string; children?: unknown[] } | false | null;
  if (!p) return out;
  const op = (p.operatorType ?? '').replace(/@.*$/, '');
  if (REFUSED_OPERATORS.test(op)) out.add(op);
  for (const child of p.children ?? []) refusedOperators(child, out);
  return out;
}

async function explainAll(
  db: Db,
  steps: Step[],
  fail: (i: ImportIssue) => void,
  progress: (p: ImportProgress) => void,
  signal: AbortSignal | undefined,
): Promise<void> {
  const shapes = new Map<string, Step>();
  for (const step of steps) {
    if (step.cls !== 'data') continue;
    const key = skeleton(step.text);
    if (!shapes.has(key)) shapes.set(key, step);
  }
  const session = db.driver.session({ database: db.database, defaultAccessMode: neo4j.session.READ });
  const begin = () => session.beginTransaction({ timeout: 120_000, metadata: { app: 'newtowns', query: 'import.explain' } });
  let tx = begin();
  // Planning a statement of thousands of literal rows can take Neo4j most of a minute: an
  // interruption stops the planning at once.
  const stop = stopOnAbort(session, signal);
  try {
    let done = 0;
    for (const step of shapes.values()) {
      if (signal?.aborted) {
        fail(interrupted(step));
        return;
      }
      progress({ phase: 'explaining', done: done++, total: shapes.size, file: step.file, line: step.line });
      try {
        const summary = (await tx.run(`EXPLAIN ${step.text}`)).summary;
        const refused = refusedOperators(summary.plan);
        if (refused.size) {
          fail({
            file: step.file,
            line: step.line,
            rule: 'plan-refused',
            message: `line ${step.line}: the statement's plan contains ${[...refused].join(', ')}; an import may only add and update data from the file itself`,
            statement: excerpt(step.text),
          });
        }
        if (summary.queryType === 's') {
          fail({ file: step.file, line: step.line, rule: 'no-schema', message: `line ${step.line}: schema commands are not allowed in an import`, statement: excerpt(step.text) });
        }
      } catch (error) {
        if (signal?.aborted) {
          fail(interrupted(step));
          return;
        }
        if (isUnavailable(error)) throw error;
        const { code, message } = serverMessage(error);
        const line = lineInFile(step, message);
        fail({ file: step.file, line, rule: 'statement-invalid', code, message: `line ${line}: Neo4j cannot run the statement: ${message}`, statement: excerpt(step.text) });
        // A failed statement ends the transaction; go on in a new one to report the other shapes too.
        await tx.rollback().catch(() => {});
        tx = begin();
      }
    }
  } finally {
    stop.release();
    if (tx.isOpen()) await tx.rollback().catch(() => {});
    await session.close();
  }
}

// ---------------------------------------------------------------------------------------------
// APOC's temporary constraint

async function createTempConstraint(db: Db, importId: string): Promise<string | undefined> {
  const existing = await db.read(Q.tempConstraints, { label: APOC_TEMP_LABEL, property: APOC_TEMP_PROPERTY });
  if (existing.records.length) return undefined; // someone's constraint: use it, leave it
  const name = TEMP_CONSTRAINT_PREFIX + importId.replace(/[^A-Za-z0-9]/g, '_');
  // The name is made here from the generated id, never from the file.
  await db.write(
    cypher(
      'import.tempConstraint.create',
      `CREATE CONSTRAINT ${name} IF NOT EXISTS FOR (n:\`${APOC_TEMP_LABEL}\`) REQUIRE n.\`${APOC_TEMP_PROPERTY}\` IS UNIQUE`,
    ),
  );
  await db.read(Q.awaitIndexes, {}, { timeoutMs: 310_000 });
  return name;
}

async function dropConstraint(db: Db, name: string): Promise<void> {
  if (!/^[A-Za-z0-9_]+$/.test(name)) return;
  await db.write(cypher('import.tempConstraint.drop', `DROP CONSTRAINT ${name} IF EXISTS`));
}

/** Drops temporary constraints of imports that no longer run (a killed CLI cannot clean up after itself). */
export async function dropStaleTempConstraints(db: Db): Promise<string[]> {
  const own = await db.read(Q.ownTempConstraints, { prefix: TEMP_CONSTRAINT_PREFIX });
  const names = own.records.map((r) => r.get('name') as string);
  if (!names.length) return [];
  const running = new Set(
    ((await db.read(Q.runningImports)).records[0]?.get('ids') as string[] | undefined ?? []).map(
      (id) => TEMP_CONSTRAINT_PREFIX + id.replace(/[^A-Za-z0-9]/g, '_'),
    ),
  );
  const stale = names.filter((n) => !running.has(n));
  for (const name of stale) await dropConstraint(db, name);
  return stale;
}

/**
 * The import engine: a partner's Cypher file (or structured changes) -> checked -> run in memory
 * against the part of the graph it names -> validated -> written in ONE transaction with its Import
 * record, or refused leaving the graph exactly as it was. The CLI (`newtowns import`), the seed
 * loader, the API and accepted contributions all come through here.
 *
 * Phases, each in its own module:
 *   read + check (plan.ts, check.ts)   the file -> statements of the import language, or refusals
 *   collect (track.ts)                 a dry pass: which keys and relationships the file names
 *   values (here)                      Neo4j parses the file's date(...) and kin, in one batch
 *   lock (db/graph-head.ts)            the write transaction takes the graph's write lock first:
 *                                      one writer at a time, across every process
 *   look up (lookup.ts)                those nodes and relationships, by index
 *   apply (track.ts)                   the statements, in memory, tracking every change
 *   validate (validate.ts)             ontology, source policy, ownership: of what changes only
 *   write + record (write.ts, record.ts) fixed batch queries, the Import record, commit
 * A dry run stops before the write and never takes the lock; nothing is written, so no reader
 * sees any part of an import before it commits.
 */
import { createHash, randomBytes } from 'node:crypto';
import neo4j, { type Transaction } from 'neo4j-driver';
import { DatabaseUnavailableError, cypher, isUnavailable, stopOnAbort, type Db } from '../db/driver.ts';
import { advanceGraphHead } from '../db/graph-head.ts';
import {
  CHANGED_BY_PROPERTY,
  IMPORT_ID_PROPERTY,
  LABELS,
  ONTOLOGY_VERSION,
  RELATIONSHIPS,
  SYSTEM_LABELS,
  SYSTEM_PROPERTIES,
  isLabel,
  isRelationshipType,
  type PropertyDef,
} from '../ontology.ts';
import { CheckError, DeferredPool, uniqueKeys } from './check.ts';
import { EvalError, evaluate, type Params } from './evaluate.ts';
import { LineError } from './line-error.ts';
import { both, finding, sentence } from './messages.ts';
import type { Clause } from './language.ts';
import { existingKeys, hasKnowledge, importOwners, readNodes, readRelationships } from './lookup.ts';
import { invalidUtf8Line, planFile, type Program, type Step } from './plan.ts';
import { writeImportRecord, type ImportRecord, type UndoData } from './record.ts';
import {
  ImportUsageError,
  issueText,
  DIFF_LIMIT,
  type ImportCounts,
  type ImportDiff,
  type ImportFile,
  type ImportIssue,
  type ImportOptions,
  type ImportOutcome,
  type ImportReport,
  type RunOptions,
} from './report.ts';
import { CollectingStore, NodeRec, Overlay, RelRec, definitionsOf, diffProps, execute, indexKey, knowledgeLabel, type NodeLookup, type PropertyChange } from './track.ts';
import { SOURCE_LABEL, citedSources, elementOf, sourcePolicy, validateNode, validateRelationship } from './validate.ts';
import { policyFor, type SourcePolicyRule } from '../source-policy.ts';
import { Deferred, encodeValue, isMap, newMap, show, type Encoded, type Value, type ValueMap } from './values.ts';
import { writeChanges, type WriteSet } from './write.ts';

export * from './report.ts';
export { undoImport, type UndoReport } from './undo.ts';
export { listImportRecords, getImportRecord, type ImportRecord, type ImportSummary } from './record.ts';

const DEFAULT_TIMEOUT_MS = 30 * 60_000;
const MAX_ISSUES = 100;
/** Statements between looks at the clock while running in memory. */
const CHECK_EVERY = 64;
/** The longest the in-memory passes keep the event loop (so that Ctrl-C and requests get through). */
const SLICE_MS = 50;

/** Lets the event loop run (signals, other requests) when the current slice of work is used up. */
function slicer(): () => Promise<void> {
  let since = performance.now();
  return async () => {
    if (performance.now() - since < SLICE_MS) return;
    await new Promise((resolve) => setImmediate(resolve));
    since = performance.now();
  };
}

// ---------------------------------------------------------------------------------------------
// Entry points

/**
 * Imports a dataset. Never throws for anything about the dataset: the report's `status` and
 * `errors` say what happened. Throws DatabaseUnavailableError when Neo4j cannot be reached
 * (nothing is applied then either), and ImportUsageError when no text is given.
 */
export async function importDataset(db: Db, options: ImportOptions): Promise<ImportReport> {
  const files: ImportFile[] = options.files ?? (options.text !== undefined ? [{ fileName: options.fileName ?? 'dataset.cypher', text: options.text }] : []);
  if (files.length === 0) throw new ImportUsageError('importDataset needs `text` (with `fileName`) or `files`');
  const run = new Run(db, options, {
    kind: 'file',
    fileName: files.length === 1 ? files[0]!.fileName : files.map((f) => f.fileName).join(', '),
    files: files.map((f) => f.fileName),
    sha256: sha256(files),
    provenance: options.provenance ?? null,
    alongside: options.alongside,
  });
  const t = performance.now();
  run.progress({ phase: 'checking', done: 0, total: files.length });
  const program: Program = { steps: [], statements: { total: 0, skipped: 0 }, errors: [], warnings: [] };
  for (const file of files) {
    let text = file.text;
    if (text === undefined && file.bytes) {
      const bad = invalidUtf8Line(file.bytes);
      if (bad !== undefined) {
        program.errors.push({
          file: file.fileName,
          line: bad,
          rule: 'invalid-utf8',
          ...finding(bad, 'invalid-utf8', {}),
        });
        continue;
      }
      text = new TextDecoder('utf-8').decode(file.bytes);
    }
    planFile({ fileName: file.fileName, text: text ?? '' }, program, run.pool);
  }
  run.lap('check', t);
  return run.program(program);
}

/** A node or relationship to create or update, for code that writes the graph (contributions). */
export type Change =
  | { node: { label: string; id: string }; set: Record<string, unknown> }
  | {
      relationship: { type: string; from: { label: string; id: string }; to: { label: string; id: string } };
      set: Record<string, unknown>;
      /** Always a new relationship (CREATE), even beside one of the same type (MERGE by default). */
      create?: boolean;
    };

export interface ApplyChangesOptions extends RunOptions {
  changes: Change[];
  /** What the record calls it (e.g. `contribution:<id>`). */
  name: string;
}

/**
 * Applies structured changes exactly as an import of the equivalent file: MERGE each node by its
 * id and SET its properties; MATCH the ends of each relationship and MERGE it. Values are taken in
 * the ontology's types (a whole number where an integer belongs, 'YYYY-MM-DD' where a date does).
 * Recorded, validated, owned and undoable like any import.
 */
export async function applyChanges(db: Db, options: ApplyChangesOptions): Promise<ImportReport> {
  const run = new Run(db, options, {
    kind: 'changes',
    fileName: options.name,
    files: [options.name],
    sha256: createHash('sha256').update(JSON.stringify(options.changes)).digest('hex'),
    provenance: options.provenance ?? null,
    alongside: options.alongside,
  });
  const program: Program = { steps: [], statements: { total: options.changes.length, skipped: 0 }, errors: [], warnings: [] };
  options.changes.forEach((change, i) => {
    try {
      program.steps.push({ kind: 'statement', file: options.name, line: i + 1, excerpt: describeChange(change), statement: { kind: 'data', clauses: changeClauses(change, i + 1) } });
    } catch (error) {
      if (!(error instanceof CheckError)) throw error;
      program.errors.push({ file: options.name, line: i + 1, rule: error.rule, message: error.message.replace(/^line \d+: /, `change ${i + 1}: `), params: error.params });
    }
  });
  return run.program(program);
}

// ---------------------------------------------------------------------------------------------
// Structured changes -> the import language

function describeChange(change: Change): string {
  return 'node' in change
    ? `MERGE (:${change.node.label} {id: ${JSON.stringify(change.node.id)}})`
    : `MERGE (${JSON.stringify(change.relationship.from.id)})-[:${change.relationship.type}]->(${JSON.stringify(change.relationship.to.id)})`;
}

function checkedLabel(label: string, line: number): string {
  if (Object.prototype.hasOwnProperty.call(SYSTEM_LABELS, label)) throw new CheckError('system-label', line, sentence('change', { label }));
  if (!isLabel(label)) throw new CheckError('unknown-label', line, sentence('change', { label }));
  return label;
}

/** A caller's value in the type the ontology gives the property (JSON has no integers or dates). */
function coerce(value: unknown, def: PropertyDef | undefined, line: number): Value {
  if (value === null || value === undefined) return null;
  if (def?.type === 'integer' && typeof value === 'number' && Number.isSafeInteger(value)) return neo4j.int(value);
  if (def?.type === 'date' && typeof value === 'string') {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
    if (!m) throw new CheckError('unsupported', line, sentence('not-a-date', { value: show(value) }));
    return new neo4j.types.Date(Number(m[1]), Number(m[2]), Number(m[3]));
  }
  if (Array.isArray(value)) return value.map((v) => coerce(v, undefined, line));
  if (typeof value === 'object' && !isMap(value) && !neo4j.isInt(value) && !neo4j.isDate(value)) {
    throw new CheckError('unsupported', line, sentence('unstorable', { type: Object.prototype.toString.call(value) }));
  }
  return value as Value;
}

function valueMap(set: Record<string, unknown>, defs: Readonly<Record<string, PropertyDef>> | undefined, line: number): ValueMap {
  const out = newMap();
  for (const key of Object.keys(set)) {
    if ((SYSTEM_PROPERTIES as readonly string[]).includes(key)) throw new CheckError('system-property', line, sentence('change', { property: key }));
    out[key] = coerce(set[key], defs?.[key], line);
  }
  return out;
}

function relationshipPattern(type: string, line: number) {
  return { nodes: [{ v: 'a', labels: [], props: undefined, line }, { v: 'b', labels: [], props: undefined, line }], rels: [{ v: 'r', type, props: undefined, dir: 'out' as const, line }] };
}

function changeClauses(change: Change, line: number): Clause[] {
  const value = (v: Value) => ({ k: 'value' as const, v, deferred: false });
  const keyed = (label: string, id: string, v: string) => {
    const props = newMap();
    props.id = id;
    return { v, labels: [checkedLabel(label, line)], props: value(props), line };
  };
  if ('node' in change) {
    const label = checkedLabel(change.node.label, line);
    return [
      { k: 'merge', pattern: { nodes: [keyed(label, change.node.id, 'n')], rels: [] }, onCreate: [], onMatch: [], line },
      { k: 'set', items: [{ k: 'props', v: 'n', replace: false, expr: value(valueMap(change.set, LABELS[label as keyof typeof LABELS].properties, line)), line }], line },
    ];
  }
  const r = change.relationship;
  if (!isRelationshipType(r.type)) throw new CheckError('unknown-type', line, sentence('change', { type: r.type }));
  return [
    { k: 'match', patterns: [{ nodes: [keyed(r.from.label, r.from.id, 'a')], rels: [] }], line },
    { k: 'match', patterns: [{ nodes: [keyed(r.to.label, r.to.id, 'b')], rels: [] }], line },
    change.create
      ? { k: 'create', patterns: [relationshipPattern(r.type, line)], line }
      : { k: 'merge', pattern: relationshipPattern(r.type, line), onCreate: [], onMatch: [], line },
    { k: 'set', items: [{ k: 'props', v: 'r', replace: false, expr: value(valueMap(change.set, RELATIONSHIPS[r.type].properties, line)), line }], line },
  ];
}

// ---------------------------------------------------------------------------------------------
// Helpers

function newImportId(now: Date): string {
  const stamp = now.toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
  return `import:${stamp}-${randomBytes(3).toString('hex')}`;
}

function sha256(files: ImportFile[]): string {
  const digest = (f: ImportFile) => createHash('sha256').update(f.bytes ?? Buffer.from(f.text ?? '', 'utf8')).digest('hex');
  if (files.length === 1) return digest(files[0]!);
  const h = createHash('sha256');
  for (const f of files) h.update(`${f.fileName}\n${digest(f)}\n`);
  return h.digest('hex');
}

const increment = (map: Record<string, number>, key: string, by = 1) => {
  map[key] = (map[key] ?? 0) + by;
};

/** Neo4j's message without its internal ids (`Node(175)`, element ids): a report names our ids. */
function serverMessage(error: unknown): string {
  const message = ((error as { message?: string }).message ?? String(error)).split('\n')[0]!.trim();
  return message.replace(/\b(Node|Relationship)\(\d+\)/g, 'a $1').replace(/\b\d+:[0-9a-f]{8}-[0-9a-f-]{27}:\d+\b/g, 'an element');
}

class Stop extends Error {}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * `date('2024-01-31')`, the usual value function, made here: on a cold start the round trip to
 * Neo4j costs a plan and most of a second. Anything else, or a date that is not in the calendar,
 * goes to Neo4j, which parses (or refuses) it as Cypher would.
 */
function localDate(d: Deferred): InstanceType<typeof neo4j.types.Date> | undefined {
  if (d.fn !== 'date' || typeof d.arg !== 'string') return undefined;
  const m = ISO_DATE.exec(d.arg);
  if (!m) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const check = new Date(Date.UTC(year, month - 1, day));
  if (year < 1000 || check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return undefined;
  return new neo4j.types.Date(year, month, day);
}

/** Resolves the file's value functions (`date('2024-01-31')`, ...) in one read; bad ones are reported. */
const RESOLVE = cypher(
  'import.values',
  `UNWIND $calls AS c
   RETURN c.i AS i, CASE c.fn
     WHEN 'date' THEN CASE WHEN c.none THEN date() ELSE date(c.arg) END
     WHEN 'datetime' THEN CASE WHEN c.none THEN datetime() ELSE datetime(c.arg) END
     WHEN 'localdatetime' THEN CASE WHEN c.none THEN localdatetime() ELSE localdatetime(c.arg) END
     WHEN 'localtime' THEN CASE WHEN c.none THEN localtime() ELSE localtime(c.arg) END
     WHEN 'time' THEN CASE WHEN c.none THEN time() ELSE time(c.arg) END
     WHEN 'duration' THEN duration(c.arg)
     WHEN 'point' THEN point(c.arg)
   END AS v`,
);

// ---------------------------------------------------------------------------------------------
// One run

interface RunSource {
  kind: 'file' | 'changes';
  fileName: string;
  files: string[];
  sha256: string;
  provenance?: Record<string, unknown> | null;
  alongside?: ApplyChangesOptions['alongside'];
}

class Run {
  readonly pool = new DeferredPool();
  readonly report: ImportReport;
  private readonly t0 = performance.now();
  private readonly owner: string | null;
  private changes: UndoData = { nodes: [], relationships: [] };
  private cited: string[] = [];
  private overridden = false;
  /** The graph held no knowledge node when the import looked (under the lock, if it writes). */
  private graphEmpty = false;

  constructor(
    private readonly db: Db,
    private readonly options: RunOptions,
    private readonly source: RunSource,
  ) {
    const started = new Date();
    this.owner = options.curated ? null : (options.partner ?? null);
    this.report = {
      importId: newImportId(started),
      status: 'refused',
      dryRun: options.dryRun === true,
      fileName: source.fileName,
      files: source.files,
      sha256: source.sha256,
      partner: options.partner ?? null,
      curated: this.owner === null,
      actor: options.actor ?? null,
      ownershipOverride: false,
      startedAt: started.toISOString(),
      finishedAt: started.toISOString(),
      statements: { total: 0, run: 0, skipped: 0 },
      counts: { nodesCreated: {}, relationshipsCreated: {}, nodesChanged: {}, relationshipsChanged: {}, propertiesChanged: 0 },
      warnings: [],
      errors: [],
      timings: {},
    };
  }

  progress(p: Parameters<NonNullable<RunOptions['onProgress']>>[0]): void {
    this.options.onProgress?.(p);
  }

  lap(name: string, since: number): void {
    this.report.timings[name] = Math.round(performance.now() - since);
  }

  private warn(issue: ImportIssue): void {
    const list = this.report.warnings;
    if (list.length < MAX_ISSUES) list.push(issue);
    else if (list.length === MAX_ISSUES) list.push({ ...issue, line: null, rule: 'more-warnings', ...finding(null, 'more-warnings', {}) });
  }

  private fail(issue: ImportIssue): void {
    const list = this.report.errors;
    if (list.length < MAX_ISSUES) list.push(issue);
    else if (list.length === MAX_ISSUES) list.push({ ...issue, line: null, rule: 'more-errors', ...finding(null, 'more-errors', {}) });
  }

  private finish(status: ImportOutcome): ImportReport {
    this.report.status = status;
    this.report.finishedAt = new Date().toISOString();
    this.report.timings.total = Math.round(performance.now() - this.t0);
    return this.report;
  }

  private interrupted(): never {
    this.fail({ file: this.source.files[0]!, line: null, rule: 'interrupted', ...finding(null, 'interrupted', {}) });
    throw new Stop();
  }

  private checkSignal(): void {
    if (this.options.signal?.aborted) this.interrupted();
  }

  /** Runs a checked program; the report says how it ended. */
  async program(program: Program): Promise<ImportReport> {
    this.report.statements.total = program.statements.total;
    this.report.statements.skipped = program.statements.skipped;
    program.warnings.forEach((w) => this.warn(w));
    program.errors.forEach((e) => this.fail(e));
    if (this.report.errors.length) return this.finish('refused');
    try {
      const params = await this.collect(program.steps);
      if (this.report.errors.length) return this.finish('refused');
      await this.resolveValues();
      if (this.report.errors.length) return this.finish('refused');
      return await this.transact(program.steps, params);
    } catch (error) {
      if (error instanceof Stop) return this.finish(this.report.errors.some((e) => FAILED.has(e.rule)) ? 'failed' : 'refused');
      if (isUnavailable(error) && !(error instanceof DatabaseUnavailableError)) {
        throw Object.assign(new DatabaseUnavailableError((error as Error).message), { cause: error });
      }
      throw error;
    }
  }

  /** Pass 1: parameters in file order, and what each statement names. Returns each statement's parameters. */
  private async collect(steps: Step[]): Promise<Map<Step, Params>> {
    const t = performance.now();
    const store = (this.collecting = new CollectingStore());
    const at = new Map<Step, Params>();
    let params: Params = {};
    let n = 0;
    const pause = slicer();
    for (const step of steps) {
      if (++n % CHECK_EVERY === 0) {
        await pause();
        this.checkSignal();
      }
      try {
        if (step.kind === 'param') {
          const value = evaluate(step.expr, new Map(), params, this.pool);
          params = { ...params, [step.name]: value };
        } else if (step.kind === 'params') {
          const value = evaluate(step.expr, new Map(), params, this.pool);
          if (!isMap(value)) throw new EvalError('bad-value', step.line, sentence('params-map', { value: show(value) }));
          params = { ...params, ...value };
        } else {
          at.set(step, params);
          execute(step.statement.clauses, step.file, params, this.pool, store);
        }
      } catch (error) {
        if (!(error instanceof LineError)) throw error;
        this.fail({ file: step.file, line: error.line, rule: error.rule, message: error.message, params: error.params, ...(step.kind === 'statement' ? { statement: step.excerpt } : {}) });
      }
    }
    this.lap('collect', t);
    return at;
  }

  private collecting: CollectingStore | undefined;

  /** Has Neo4j parse every value function of the file, in one read; reports the ones it cannot. */
  private async resolveValues(): Promise<void> {
    const t = performance.now();
    const calls = [...this.pool.calls.values()].filter((d) => {
      const local = localDate(d);
      if (local) d.value = local;
      return !local;
    });
    if (calls.length === 0) return this.lap('values', t);
    const rows = (list: Deferred[], offset: number) => list.map((d, i) => ({ i: neo4j.int(offset + i), fn: d.fn, arg: d.arg ?? null, none: d.arg === undefined }));
    const run = async (list: Deferred[]) => {
      for (let from = 0; from < list.length; from += 5000) {
        const chunk = list.slice(from, from + 5000);
        const result = await this.db.read(RESOLVE, { calls: rows(chunk, 0) }, { timeoutMs: 120_000 });
        for (const r of result.records) chunk[Number(r.get('i'))]!.value = r.get('v');
      }
    };
    try {
      await run(calls);
    } catch (error) {
      if (isUnavailable(error)) throw error;
      // Some argument Neo4j cannot parse: find which, one by one.
      for (const d of calls) {
        try {
          await run([d]);
        } catch (e) {
          if (isUnavailable(e)) throw e;
          this.fail({
            file: d.file,
            line: d.line,
            rule: 'bad-value',
            // The reason is Neo4j's own words (English).
            ...finding(d.line, 'bad-value', sentence('invalid-function', { call: `${d.fn}(${d.arg === undefined ? '' : show(d.arg)})`, function: d.fn, reason: serverMessage(e) })),
          });
          if (this.report.errors.length >= 10) break;
        }
      }
    }
    this.lap('values', t);
  }

  /** Lock, look up, apply, validate, write, commit: one transaction. */
  private async transact(steps: Step[], paramsAt: Map<Step, Params>): Promise<ImportReport> {
    const { db, options, report } = this;
    const dryRun = options.dryRun === true;
    const session = db.driver.session({ database: db.database, defaultAccessMode: dryRun ? neo4j.session.READ : neo4j.session.WRITE });
    const stop = stopOnAbort(session, options.signal);
    const tx = session.beginTransaction({
      timeout: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
      metadata: { app: 'newtowns', query: dryRun ? 'import.dryRun' : 'import.write', importId: report.importId },
    });
    let committed = false;
    try {
      this.checkSignal();
      if (!dryRun) {
        const t = performance.now();
        const waiting = setTimeout(() => this.progress({ phase: 'waiting', done: 0, total: 1 }), 300);
        try {
          await advanceGraphHead(tx, report.importId);
        } finally {
          clearTimeout(waiting);
        }
        this.lap('lock', t);
      }
      const overlay = await this.lookUp(tx);
      await this.apply(steps, paramsAt, overlay);
      if (report.errors.length) throw new Stop();
      const set = await this.validate(tx, overlay);
      if (report.errors.length) throw new Stop();
      const c = report.counts;
      const nothing = set.newNodes.length + set.newRelationships.length + set.changedNodes.length + set.changedRelationships.length === 0;
      if (nothing) return this.finish('unchanged');
      if (dryRun) {
        report.diff = diffOf(set);
        return this.finish('dry-run');
      }

      let t = performance.now();
      await writeChanges(tx, set, report.importId, (p) => this.progress({ phase: 'writing', ...p }));
      this.lap('write', t);
      t = performance.now();
      this.progress({ phase: 'committing', done: 0, total: 1 });
      report.finishedAt = new Date().toISOString();
      await writeImportRecord(tx, this.record(c));
      const refusal = (await this.source.alongside?.(tx, report.importId)) ?? null;
      if (refusal !== null) {
        this.fail({ file: this.source.files[0]!, line: null, rule: 'conflict', message: refusal });
        throw new Stop();
      }
      this.checkSignal();
      await tx.commit();
      committed = true;
      this.lap('commit', t);
      report.status = 'applied';
      report.timings.total = Math.round(performance.now() - this.t0);
      return report;
    } catch (error) {
      if (error instanceof Stop) throw error;
      if (options.signal?.aborted) this.interrupted();
      if (isUnavailable(error)) throw error;
      const code = (error as { code?: string }).code;
      if (code === 'Neo.TransientError.General.MemoryPoolOutOfMemoryError' || code === 'Neo.TransientError.General.TransactionMemoryLimit') {
        this.fail({
          file: this.source.files[0]!,
          line: null,
          rule: 'too-large',
          ...finding(null, 'too-large', { reason: serverMessage(error) }),
        });
      } else {
        this.fail({ file: this.source.files[0]!, line: null, rule: 'write-failed', ...finding(null, 'write-failed', { reason: serverMessage(error) }) });
      }
      throw new Stop();
    } finally {
      stop.release();
      if (!committed && tx.isOpen()) await tx.rollback().catch(() => {});
      await session.close();
    }
  }

  /** Reads what the file names: its nodes by key, then the relationships between them. */
  private async lookUp(tx: Transaction): Promise<Overlay> {
    const t = performance.now();
    const collected = this.collecting!;
    this.progress({ phase: 'looking-up', done: 0, total: collected.nodes.size });
    this.graphEmpty = !(await hasKnowledge(tx));
    const nodes = await readNodes(tx, collected.nodes.values(), this.graphEmpty);
    const eids = new Map<string, string>();
    for (const n of nodes.found) {
      for (const label of n.labels) {
        if (!isLabel(label)) continue;
        for (const key of uniqueKeys(label)) if (n.props[key] !== undefined) eids.set(indexKey(label, key, n.props[key]!), n.eid);
      }
    }
    const rels = await readRelationships(tx, collected.rels.values(), (label, key, value) => eids.get(indexKey(label, key, value)));
    this.lap('lookup', t);
    return new Overlay(nodes.found, rels.found, nodes.asked, rels.asked);
  }

  /** Pass 2: the statements against the overlay. */
  private async apply(steps: Step[], paramsAt: Map<Step, Params>, overlay: Overlay): Promise<void> {
    const t = performance.now();
    const statements = steps.filter((s): s is Extract<Step, { kind: 'statement' }> => s.kind === 'statement');
    let n = 0;
    const pause = slicer();
    for (const step of statements) {
      if (++n % CHECK_EVERY === 0) {
        await pause();
        this.checkSignal();
        this.progress({ phase: 'applying', done: n, total: statements.length, file: step.file, line: step.line });
      }
      const before = overlay.effects;
      try {
        const run = execute(step.statement.clauses, step.file, paramsAt.get(step) ?? {}, this.pool, overlay);
        this.report.statements.run++;
        if (overlay.effects === before && run.misses.length) {
          this.warn({
            file: step.file,
            line: step.line,
            rule: 'no-match',
            ...finding(step.line, 'no-match', { missing: both(run.misses.join(', geen '), run.misses.join(', no ')) }),
            statement: step.excerpt,
          });
        }
      } catch (error) {
        if (!(error instanceof LineError)) throw error;
        this.fail({ file: step.file, line: error.line, rule: error.rule, message: error.message, params: error.params, statement: step.excerpt });
      }
    }
    this.lap('apply', t);
  }

  /** Validation of what changes, duplicates against the graph, sources, ownership; the write set. */
  private async validate(tx: Transaction, overlay: Overlay): Promise<WriteSet> {
    const t = performance.now();
    const { report, options } = this;
    this.progress({ phase: 'validating', done: 0, total: 1 });
    const file = this.source.files.length === 1 ? this.source.files[0]! : report.fileName;
    const set: WriteSet = { newNodes: [], changedNodes: [], newRelationships: [], changedRelationships: [] };
    for (const rec of overlay.nodeRecs) {
      if (!rec.found) set.newNodes.push(rec);
      else {
        const change = diffProps(rec.found.props, rec.props);
        const labelsChanged = rec.labels.length !== rec.found.labels.length;
        if (change || labelsChanged) set.changedNodes.push({ rec, change: change ?? { before: newMap(), after: newMap() } });
      }
    }
    for (const rec of overlay.relRecs) {
      if (!rec.found) set.newRelationships.push(rec);
      else {
        const change = diffProps(rec.found.props, rec.props);
        if (change) set.changedRelationships.push({ rec, change });
      }
    }

    // Keys of new nodes the file did not look up: do they exist in the graph already?
    const unknownKeys: NodeLookup[] = [];
    const originOf = new Map<string, NodeRec>();
    for (const rec of set.newNodes) {
      for (const k of rec.indexKeys) {
        if (overlay.wasLookedUp(k)) continue;
        const [label, key] = k.split('\u0000') as [string, string];
        unknownKeys.push({ label: label as never, key, value: rec.props[key]! });
        originOf.set(k, rec);
      }
    }
    if (unknownKeys.length) {
      for (const k of await existingKeys(tx, unknownKeys, this.graphEmpty)) {
        const rec = originOf.get(k);
        if (!rec) continue;
        const [label, key] = k.split('\u0000') as [string, string];
        this.fail({
          file: rec.origin!.file,
          line: rec.origin!.line,
          rule: 'duplicate',
          ...finding(rec.origin!.line, 'duplicate', sentence('in-graph', { label, key, value: show(rec.props[key]) })),
          element: elementOf(rec),
        });
      }
    }

    // Sources cited by what changes: in the overlay, or looked up.
    const touched: Array<NodeRec | RelRec> = [...set.newNodes, ...set.changedNodes.map((c) => c.rec), ...set.newRelationships, ...set.changedRelationships.map((c) => c.rec)];
    const cited = new Set<string>();
    for (const target of touched) for (const s of citedSources(target.props, definitionsOf(target))) cited.add(s);
    const known = new Set<string>();
    const toLookUp: NodeLookup[] = [];
    for (const id of cited) {
      const k = indexKey(SOURCE_LABEL, 'id', id);
      if (overlay.has(k)) known.add(id);
      else if (!overlay.wasLookedUp(k)) toLookUp.push({ label: SOURCE_LABEL, key: 'id', value: id });
    }
    if (toLookUp.length) for (const k of await existingKeys(tx, toLookUp, this.graphEmpty)) known.add(k.split('\u0000')[2]!.slice(1));
    const sourceExists = (id: string) => known.has(id);
    this.cited = [...cited].filter(sourceExists).sort();

    // A finding points at where the file last created or changed the element.
    const at = (rec: NodeRec | RelRec) => ({ file: rec.touched?.file ?? file, line: rec.touched?.line ?? null });
    for (const rec of [...set.newNodes, ...set.changedNodes.map((c) => c.rec)]) {
      for (const v of validateNode(rec, sourceExists)) this.fail({ ...at(rec), rule: v.rule, message: v.message, params: v.params, element: v.element });
      for (const v of sourcePolicy(rec)) {
        const issue = { ...at(rec), rule: v.rule, message: v.message, params: v.params, element: v.element };
        if (policyFor(options.sourcePolicy, v.rule as SourcePolicyRule) === 'refuse') this.fail(issue);
        else this.warn(issue);
      }
    }
    for (const rec of [...set.newRelationships, ...set.changedRelationships.map((c) => c.rec)]) {
      for (const v of validateRelationship(rec, sourceExists)) this.fail({ ...at(rec), rule: v.rule, message: v.message, params: v.params, element: v.element });
    }

    await this.checkOwnership(tx, set, file);
    this.count(set);
    this.lap('validate', t);
    return set;
  }

  /** A change to an element needs its owner's import (or an admin's override). */
  private async checkOwnership(tx: Transaction, set: WriteSet, file: string): Promise<void> {
    const changed: Array<NodeRec | RelRec> = [...set.changedNodes.map((c) => c.rec), ...set.changedRelationships.map((c) => c.rec)];
    if (changed.length === 0) return;
    const creatorOf = (rec: NodeRec | RelRec) => {
      const id = rec.found!.props[IMPORT_ID_PROPERTY];
      return typeof id === 'string' ? id : null;
    };
    const owners = await importOwners(tx, [...new Set(changed.map(creatorOf).filter((id): id is string => id !== null))]);
    const foreign = changed.filter((rec) => {
      const creator = creatorOf(rec);
      const owner = creator === null ? null : (owners.get(creator) ?? null);
      return owner !== this.owner;
    });
    if (foreign.length === 0) return;
    if (this.options.overrideOwnership) {
      this.overridden = true;
      this.warn({
        file,
        line: null,
        rule: 'ownership-override',
        ...finding(null, 'ownership-override', {
          count: foreign.length,
          owners: this.owner === null ? both('partners', 'partners') : both('de beheerde gegevens of andere partners', 'the curated graph or other partners'),
        }),
      });
      return;
    }
    const words = (nl: string, en: string, what: string) => both(`${nl} ${what}`, `${en} ${what}`);
    for (const rec of foreign.slice(0, 20)) {
      const creator = creatorOf(rec);
      const owner = creator === null ? null : (owners.get(creator) ?? null);
      const whose = owner === null ? both('de beheerde gegevens', 'the curated graph') : `partner ${show(owner)}`;
      const name = rec instanceof NodeRec ? words('knooppunt', 'node', `${show(rec.props.id ?? '?')} (:${knowledgeLabel(rec) ?? '?'})`) : words('relatie', 'relationship', `${show(rec.from.props.id ?? '?')} -[:${rec.type}]-> ${show(rec.to.props.id ?? '?')}`);
      this.fail({
        file: rec.touched?.file ?? file,
        line: rec.touched?.line ?? null,
        rule: 'not-owner',
        ...finding(
          null,
          'not-owner',
          sentence('element', {
            element: name,
            owner: whose,
            import: creator ? ` (import ${creator})` : '',
            importer: this.owner === null ? both('een import van beheerde gegevens', 'a curated import') : `partner ${show(this.owner)}`,
          }),
        ),
        element: elementOf(rec),
      });
    }
    if (foreign.length > 20) this.fail({ file, line: null, rule: 'not-owner', ...finding(null, 'not-owner', sentence('more', { count: foreign.length - 20 })) });
  }

  private count(set: WriteSet): void {
    const c: ImportCounts = this.report.counts;
    for (const rec of set.newNodes) increment(c.nodesCreated, knowledgeLabel(rec) ?? (rec.labels.join(':') || '(no label)'));
    for (const rec of set.newRelationships) increment(c.relationshipsCreated, rec.type);
    const nodes: UndoData['nodes'] = [];
    const rels: UndoData['relationships'] = [];
    const enc = (m: ValueMap) => Object.fromEntries(Object.entries(m).map(([k, v]) => [k, encodeValue(v)])) as Record<string, Encoded>;
    for (const { rec, change } of set.changedNodes) {
      increment(c.nodesChanged, knowledgeLabel(rec) ?? '(no label)');
      c.propertiesChanged += Object.keys(change.before).length;
      nodes.push({ label: knowledgeLabel(rec) ?? '', id: String(rec.props.id), eid: rec.found!.eid, before: enc(change.before), after: enc(change.after), changedBy: changedBy(rec) });
    }
    for (const { rec, change } of set.changedRelationships) {
      increment(c.relationshipsChanged, rec.type);
      c.propertiesChanged += Object.keys(change.before).length;
      rels.push({
        eid: rec.found!.eid,
        type: rec.type,
        from: typeof rec.from.props.id === 'string' ? rec.from.props.id : null,
        to: typeof rec.to.props.id === 'string' ? rec.to.props.id : null,
        before: enc(change.before),
        after: enc(change.after),
        changedBy: changedBy(rec),
      });
    }
    this.changes = { nodes, relationships: rels };
    this.report.ownershipOverride = this.overridden;
  }

  private record(counts: ImportCounts): ImportRecord {
    const r = this.report;
    return {
      id: r.importId,
      kind: this.source.kind,
      fileName: r.fileName,
      files: r.files,
      sha256: r.sha256,
      partner: r.partner,
      curated: r.curated,
      actor: r.actor,
      startedAt: r.startedAt,
      finishedAt: r.finishedAt,
      status: 'applied',
      counts,
      warnings: r.warnings.map(issueText),
      statements: r.statements.run,
      ontologyVersion: ONTOLOGY_VERSION,
      ownershipOverride: this.overridden,
      provenance: this.source.provenance ?? null,
      changes: this.changes,
      citedSources: this.cited,
      undoneAt: null,
      undoneBy: null,
    };
  }
}

/** The write set element by element (ids, names, which properties), for a picture of the change. */
function diffOf(set: WriteSet): ImportDiff {
  const nodes = new Map<string, ImportDiff['nodes'][number]>();
  const text = (v: Value | undefined) => (typeof v === 'string' ? v : null);
  const add = (rec: NodeRec, change: ImportDiff['nodes'][number]['change'], properties: string[]) => {
    const id = text(rec.props.id);
    if (id === null || nodes.has(id) || nodes.size >= DIFF_LIMIT) return;
    nodes.set(id, { id, label: knowledgeLabel(rec) ?? rec.labels.join(':'), name: text(rec.props.name), nameEn: text(rec.props.nameEn), change, properties });
  };
  for (const rec of set.newNodes) add(rec, 'new', Object.keys(rec.props));
  for (const { rec, change } of set.changedNodes) add(rec, 'changed', Object.keys(change.after));
  const relationships: ImportDiff['relationships'] = [];
  const rels = [
    ...set.newRelationships.map((rec) => ({ rec, change: 'new' as const, properties: Object.keys(rec.props) })),
    ...set.changedRelationships.map(({ rec, change }) => ({ rec, change: 'changed' as const, properties: Object.keys(change.after) })),
  ];
  for (const { rec, change, properties } of rels.slice(0, DIFF_LIMIT)) {
    const fromId = text(rec.from.props.id);
    const toId = text(rec.to.props.id);
    if (fromId === null || toId === null) continue;
    relationships.push({ type: rec.type, fromId, toId, change, properties });
    add(rec.from, 'context', []);
    add(rec.to, 'context', []);
  }
  const total = set.newNodes.length + set.changedNodes.length;
  const drawn = relationships.filter((r) => nodes.has(r.fromId) && nodes.has(r.toId));
  return { nodes: [...nodes.values()], relationships: drawn, truncated: total > DIFF_LIMIT || rels.length > DIFF_LIMIT || drawn.length < relationships.length };
}

function changedBy(rec: NodeRec | RelRec): string | null {
  const v = rec.found?.props[CHANGED_BY_PROPERTY];
  return typeof v === 'string' ? v : null;
}

/** Rules of an import that tried and could not (the others: the dataset is refused). */
const FAILED = new Set(['interrupted', 'too-large', 'write-failed']);

export type { PropertyChange };

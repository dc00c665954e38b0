/**
 * Runs a file's statements (in the import language) against the part of the graph they name, in
 * memory, and keeps track of every change: which nodes and relationships are new, which existing
 * ones changed, and their values before and after. The database is read before (lookup.ts: only
 * the nodes and relationships the file names) and written after (write.ts); what happens in
 * between costs what the file asks for, whatever the size of the graph.
 *
 * Semantics follow Cypher's for this subset, clause by clause over the rows of a statement: UNWIND
 * multiplies rows, MATCH keeps the rows whose nodes exist, MERGE finds or creates (and sees what
 * earlier rows created), CREATE creates, SET and REMOVE change properties and labels, WITH passes
 * variables on. APOC's temporary label and id name nodes within the file and never reach the graph.
 *
 * The same interpreter runs twice: first against a `CollectingStore`, which only notes which keys
 * and relationships the file names (so they can be read in one batch) and lets every value
 * function be parsed; then against the `Overlay`, the real thing.
 */
import { LABELS, RELATIONSHIPS, SYSTEM_PROPERTIES, isLabel, type LabelName, type PropertyDef } from '../ontology.ts';
import { nodeKey, uniqueKeys, type DeferredPool } from './check.ts';
import { evaluate, type Params } from './evaluate.ts';
import { LineError } from './line-error.ts';
import { both, sentence } from './messages.ts';
import { APOC_TEMP_LABEL, APOC_TEMP_PROPERTY, type Clause, type Expr, type NodePattern, type Pattern, type SetItem } from './language.ts';
import { Deferred, isMap, newMap, settle, show, valueEquals, valueKey, type Value, type ValueMap } from './values.ts';

export interface Origin {
  file: string;
  line: number;
}

/** A node as the import sees it: found in the graph (`found`) or created by the file. */
export class NodeRec {
  /** Index keys (label, unique property, value) the node is known by now. */
  indexKeys: string[] = [];
  /** Where the file last created or changed it (what a finding about it points at). */
  touched: Origin | null = null;
  constructor(
    readonly h: number,
    public labels: string[],
    public props: ValueMap,
    /** As read from the graph: its element id, labels and properties before the import. */
    readonly found: { eid: string; labels: string[]; props: ValueMap } | null,
    /** Where the file created it. */
    readonly origin: Origin | null,
  ) {}
}

export class RelRec {
  touched: Origin | null = null;
  constructor(
    readonly h: number,
    readonly type: string,
    readonly from: NodeRec,
    readonly to: NodeRec,
    public props: ValueMap,
    readonly found: { eid: string; props: ValueMap } | null,
    readonly origin: Origin | null,
  ) {}
}

/** A refusal found while running the file (a duplicate id, a system property in the data, ...). */
export class TrackError extends LineError {
  override name = 'TrackError';
}

export interface Store {
  /** false while collecting: every lookup "finds" a stand-in, nothing is compared or changed. */
  readonly real: boolean;
  findNode(label: string, key: string, value: Value): NodeRec | undefined;
  findRels(from: NodeRec, type: string, to: NodeRec): RelRec[];
  createNode(labels: string[], props: ValueMap, origin: Origin): NodeRec;
  createRel(type: string, from: NodeRec, to: NodeRec, props: ValueMap, origin: Origin): RelRec;
  setProps(target: NodeRec | RelRec, props: ValueMap, replace: boolean, origin: Origin): void;
  addLabels(target: NodeRec, labels: string[], origin: Origin): void;
  /** A value as it will be written (value functions replaced by what Neo4j made of them). */
  settle(value: Value): Value;
  /** How many creations and real changes so far (to tell a statement that did nothing). */
  readonly effects: number;
}

const SYSTEM_PROPERTY_NAMES = new Set<string>(SYSTEM_PROPERTIES);

export function indexKey(label: string, key: string, value: Value): string {
  return `${label}\u0000${key}\u0000${valueKey(value)}`;
}

// ---------------------------------------------------------------------------------------------
// The interpreter

export interface StatementRun {
  /** What MATCH looked for and did not find, for the "did nothing" warning. */
  misses: string[];
  rows: number;
}

type Row = Map<string, unknown>;

export function execute(clauses: Clause[], file: string, params: Params, pool: DeferredPool, store: Store): StatementRun {
  const run: StatementRun = { misses: [], rows: 0 };
  const ev = (e: Expr, row: Row) => evaluate(e, row, params, pool);
  const evMap = (e: Expr | undefined, row: Row, line: number): ValueMap => {
    if (!e) return newMap();
    const v = ev(e, row);
    if (v === null) return newMap();
    if (!isMap(v)) throw new TrackError('bad-value', line, sentence('properties-map', { value: show(v) }));
    return v;
  };
  const miss = (what: string) => {
    if (run.misses.length < 3) run.misses.push(what);
  };

  /** The node a MATCH or MERGE pattern names, with the pattern's properties (settled). */
  const lookup = (n: NodePattern, row: Row) => {
    const { label, key } = nodeKey(n)!;
    const props = evMap(n.props, row, n.line);
    const value = store.settle(props[key] ?? null);
    return { label, key, value, props, rec: value === null ? undefined : store.findNode(label, key, value) };
  };

  /** Whether `rec` has every property of `props` (all of them are checked, only when real). */
  const hasAll = (rec: NodeRec | RelRec, props: ValueMap) => {
    if (!store.real) return true;
    for (const k in props) {
      // APOC's import id names the node in the file; it is not one of its properties.
      if (k === APOC_TEMP_PROPERTY) continue;
      if (!valueEquals(rec.props[k] ?? null, store.settle(props[k]!))) return false;
    }
    return true;
  };

  const ends = (p: Pattern, i: number, row: Row) => {
    const a = row.get(p.nodes[i]!.v ?? `\u0000${i}`) as NodeRec;
    const b = row.get(p.nodes[i + 1]!.v ?? `\u0000${i + 1}`) as NodeRec;
    return p.rels[i]!.dir === 'out' ? { from: a, to: b } : { from: b, to: a };
  };
  // Anonymous nodes of a pattern are bound under a name no file can write.
  const bind = (row: Row, n: NodePattern, i: number, rec: NodeRec) => row.set(n.v ?? `\u0000${i}`, rec);

  const match = (p: Pattern, rows: Row[]): Row[] => {
    let out: Row[] = [];
    for (const row of rows) {
      const r = new Map(row);
      let ok = true;
      p.nodes.forEach((n, i) => {
        if (!ok) return;
        if (n.v && row.has(n.v)) return bind(r, n, i, row.get(n.v) as NodeRec);
        const found = lookup(n, r);
        if (!found.rec || !hasAll(found.rec, found.props)) {
          miss(`${found.label} with ${found.key} ${show(found.value)}`);
          ok = false;
          return;
        }
        bind(r, n, i, found.rec);
      });
      if (ok) out.push(r);
    }
    p.rels.forEach((rel, i) => {
      const next: Row[] = [];
      for (const row of out) {
        const { from, to } = ends(p, i, row);
        const props = evMap(rel.props, row, rel.line);
        const rels = store.findRels(from, rel.type, to).filter((x) => hasAll(x, props));
        if (rels.length === 0) miss(`a ${rel.type} relationship`);
        for (const x of rels) next.push(rel.v ? new Map(row).set(rel.v, x) : row);
      }
      out = next;
    });
    return out;
  };

  const apply = (items: SetItem[], row: Row) => {
    for (const item of items) {
      const target = row.get(item.v) as NodeRec | RelRec;
      const origin = { file, line: item.line };
      switch (item.k) {
        case 'labels':
          store.addLabels(target as NodeRec, item.labels, origin);
          break;
        case 'prop': {
          const props = newMap();
          props[item.key] = ev(item.expr, row);
          store.setProps(target, props, false, origin);
          break;
        }
        case 'props': {
          const v = ev(item.expr, row);
          if (v !== null && !isMap(v)) throw new TrackError('bad-value', item.line, sentence('set-map', { variable: item.v, operator: item.replace ? '=' : '+=', value: show(v) }));
          store.setProps(target, v ?? newMap(), item.replace, origin);
          break;
        }
      }
    }
  };

  const create = (p: Pattern, row: Row, line: number) => {
    p.nodes.forEach((n, i) => {
      if (n.v && row.has(n.v)) return bind(row, n, i, row.get(n.v) as NodeRec);
      bind(row, n, i, store.createNode(n.labels, evMap(n.props, row, n.line), { file, line: n.line }));
    });
    p.rels.forEach((rel, i) => {
      const { from, to } = ends(p, i, row);
      const created = store.createRel(rel.type, from, to, evMap(rel.props, row, rel.line), { file, line: rel.line || line });
      if (rel.v) row.set(rel.v, created);
    });
  };

  const merge = (clause: Extract<Clause, { k: 'merge' }>, rows: Row[]): Row[] => {
    const out: Row[] = [];
    const p = clause.pattern;
    for (const row of rows) {
      const r = new Map(row);
      if (p.rels.length === 0) {
        const n = p.nodes[0]!;
        const found = lookup(n, r);
        if (found.value === null) {
          throw new TrackError('bad-value', n.line, sentence('merge-null', { variable: n.v ?? '', label: found.label, key: found.key }));
        }
        if (found.rec && !hasAll(found.rec, found.props)) {
          throw new TrackError('merge-conflict', n.line, { label: found.label, value: show(found.value), key: found.key });
        }
        if (found.rec) {
          bind(r, n, 0, found.rec);
          apply(clause.onMatch, r);
          if (!store.real) apply(clause.onCreate, r);
        } else {
          bind(r, n, 0, store.createNode(n.labels, found.props, { file, line: n.line }));
          apply(clause.onCreate, r);
        }
        out.push(r);
        continue;
      }
      // MERGE (a)-[r:T]->(b) [ -[...]-> ... ]: ends are bound (checked); each relationship found or created.
      p.nodes.forEach((n, i) => bind(r, n, i, r.get(n.v!) as NodeRec));
      let expanded: Row[] = [r];
      p.rels.forEach((rel, i) => {
        const next: Row[] = [];
        for (const row2 of expanded) {
          const { from, to } = ends(p, i, row2);
          const props = evMap(rel.props, row2, rel.line);
          const found = store.findRels(from, rel.type, to).filter((x) => hasAll(x, props));
          if (found.length) {
            for (const x of found) next.push(rel.v ? new Map(row2).set(rel.v, x) : new Map(row2).set(`\u0000matched`, true));
          } else {
            const created = store.createRel(rel.type, from, to, props, { file, line: rel.line });
            next.push(rel.v ? new Map(row2).set(rel.v, created).set(`\u0000created`, true) : new Map(row2).set(`\u0000created`, true));
          }
        }
        expanded = next;
      });
      for (const row2 of expanded) {
        if (row2.get('\u0000created') || !store.real) apply(clause.onCreate, row2);
        if (!row2.get('\u0000created') || !store.real) apply(clause.onMatch, row2);
        row2.delete('\u0000created');
        row2.delete('\u0000matched');
        out.push(row2);
      }
    }
    return out;
  };

  let rows: Row[] = [new Map()];
  for (const clause of clauses) {
    switch (clause.k) {
      case 'unwind': {
        const next: Row[] = [];
        for (const row of rows) {
          const v = ev(clause.expr, row);
          if (v === null) continue;
          for (const item of Array.isArray(v) ? v : [v]) next.push(new Map(row).set(clause.as, item));
        }
        rows = next;
        break;
      }
      case 'match':
        for (const p of clause.patterns) rows = match(p, rows);
        break;
      case 'merge':
        rows = merge(clause, rows);
        break;
      case 'create':
        for (const row of rows) for (const p of clause.patterns) create(p, row, clause.line);
        break;
      case 'set':
        for (const row of rows) apply(clause.items, row);
        break;
      case 'with':
        rows = rows.map((row) => {
          const next: Row = clause.all ? new Map(row) : new Map();
          for (const item of clause.items) next.set(item.name, item.expr ? ev(item.expr, row) : row.get(item.name));
          return next;
        });
        break;
    }
    if (rows.length === 0) break;
  }
  run.rows = rows.length;
  return run;
}

// ---------------------------------------------------------------------------------------------
// Pass 1: what the file names

export interface NodeLookup {
  label: LabelName;
  key: string;
  value: Value;
}

export interface RelLookup {
  from: NodeLookup;
  type: string;
  to: NodeLookup;
}

/** Notes the keys and relationships a file names; everything "exists", nothing changes. */
export class CollectingStore implements Store {
  readonly real = false;
  readonly effects = 0;
  readonly nodes = new Map<string, NodeLookup>();
  readonly rels = new Map<string, RelLookup>();
  private readonly standIns = new Map<string, NodeRec>();
  private readonly lookupOf = new Map<NodeRec, NodeLookup>();
  private next = 0;

  findNode(label: string, key: string, value: Value): NodeRec {
    const ik = indexKey(label, key, value);
    let rec = this.standIns.get(ik);
    if (!rec) {
      rec = new NodeRec(this.next++, [label], newMap(), null, null);
      this.standIns.set(ik, rec);
      if (label !== APOC_TEMP_LABEL && value !== null) {
        const lookup = { label: label as LabelName, key, value };
        this.nodes.set(ik, lookup);
        this.lookupOf.set(rec, lookup);
      }
    }
    return rec;
  }

  findRels(from: NodeRec, type: string, to: NodeRec): RelRec[] {
    const a = this.lookupOf.get(from);
    const b = this.lookupOf.get(to);
    if (a && b) {
      const k = `${indexKey(a.label, a.key, a.value)}|${type}|${indexKey(b.label, b.key, b.value)}`;
      if (!this.rels.has(k)) this.rels.set(k, { from: a, type, to: b });
    }
    return [new RelRec(this.next++, type, from, to, newMap(), null, null)];
  }

  createNode(labels: string[]): NodeRec {
    return new NodeRec(this.next++, labels, newMap(), null, null);
  }

  createRel(type: string, from: NodeRec, to: NodeRec): RelRec {
    return new RelRec(this.next++, type, from, to, newMap(), null, null);
  }

  setProps(): void {}
  addLabels(): void {}
  settle(value: Value): Value {
    return value;
  }
}

// ---------------------------------------------------------------------------------------------
// Pass 2: the overlay

export interface FoundNode {
  eid: string;
  labels: string[];
  props: ValueMap;
}

export interface FoundRel {
  eid: string;
  type: string;
  fromEid: string;
  toEid: string;
  props: ValueMap;
}

/** The graph as far as the file names it, with the file's changes on top. */
export class Overlay implements Store {
  readonly real = true;
  effects = 0;
  readonly nodeRecs: NodeRec[] = [];
  readonly relRecs: RelRec[] = [];
  private readonly index = new Map<string, NodeRec>();
  private readonly temp = new Map<string, NodeRec>();
  private readonly rels = new Map<string, RelRec[]>();
  private next = 0;

  /**
   * @param lookedUp index keys that were looked up in the graph (found or not)
   * @param relsLookedUp `fromEid|TYPE|toEid` of the node pairs whose relationships were read
   */
  constructor(
    found: FoundNode[],
    foundRels: FoundRel[],
    private readonly lookedUp: ReadonlySet<string>,
    private readonly relsLookedUp: ReadonlySet<string>,
  ) {
    const byEid = new Map<string, NodeRec>();
    for (const n of found) {
      if (byEid.has(n.eid)) continue;
      const rec = new NodeRec(this.next++, [...n.labels], Object.assign(newMap(), n.props), { eid: n.eid, labels: n.labels, props: n.props }, null);
      byEid.set(n.eid, rec);
      this.nodeRecs.push(rec);
      rec.indexKeys = this.keysOf(rec);
      for (const k of rec.indexKeys) this.index.set(k, rec);
    }
    for (const r of foundRels) {
      const from = byEid.get(r.fromEid);
      const to = byEid.get(r.toEid);
      if (!from || !to) continue;
      const rec = new RelRec(this.next++, r.type, from, to, Object.assign(newMap(), r.props), { eid: r.eid, props: r.props }, null);
      this.relRecs.push(rec);
      this.relList(from, r.type, to).push(rec);
    }
  }

  private relList(from: NodeRec, type: string, to: NodeRec): RelRec[] {
    const k = `${from.h}|${type}|${to.h}`;
    let list = this.rels.get(k);
    if (!list) this.rels.set(k, (list = []));
    return list;
  }

  /** The index keys of a node: each ontology label's unique properties that have a value. */
  private keysOf(rec: NodeRec): string[] {
    const keys: string[] = [];
    for (const label of rec.labels) {
      if (!isLabel(label)) continue;
      for (const key of uniqueKeys(label)) {
        const v = rec.props[key];
        if (v !== undefined && v !== null) keys.push(indexKey(label, key, v));
      }
    }
    return keys;
  }

  /** Keeps the index in step with a node's labels and keys; a clash is a duplicate. */
  private reindex(rec: NodeRec, origin: Origin): void {
    const keys = this.keysOf(rec);
    for (const k of keys) {
      const other = this.index.get(k);
      if (other && other !== rec) {
        const [label, key] = k.split('\u0000');
        const at = `${other.origin?.file}:${other.origin?.line}`;
        throw new TrackError(
          'duplicate',
          origin.line,
          sentence('created', { label: label!, key: key!, value: show(rec.props[key!]), where: other.found ? both('in de graaf', 'in the graph') : both(`gemaakt op ${at}`, `created at ${at}`) }),
        );
      }
    }
    for (const k of rec.indexKeys) if (!keys.includes(k)) this.index.delete(k);
    for (const k of keys) this.index.set(k, rec);
    rec.indexKeys = keys;
  }

  /** Whether the graph was asked for this index key (found or not). */
  wasLookedUp(indexKey: string): boolean {
    return this.lookedUp.has(indexKey);
  }

  /** Whether a node (found or new) has this index key now. */
  has(indexKey: string): boolean {
    return this.index.has(indexKey);
  }

  findNode(label: string, key: string, value: Value): NodeRec | undefined {
    if (label === APOC_TEMP_LABEL) return this.temp.get(valueKey(value));
    const k = indexKey(label, key, value);
    const rec = this.index.get(k);
    if (rec) return rec;
    if (!this.lookedUp.has(k)) throw new Error(`internal: ${label} ${key} ${show(value)} was not looked up before the import ran`);
    return undefined;
  }

  findRels(from: NodeRec, type: string, to: NodeRec): RelRec[] {
    if (from.found && to.found && !this.relsLookedUp.has(`${from.found.eid}|${type}|${to.found.eid}`)) {
      throw new Error(`internal: the ${type} relationships between two nodes were not looked up before the import ran`);
    }
    return this.rels.get(`${from.h}|${type}|${to.h}`) ?? [];
  }

  createNode(labels: string[], props: ValueMap, origin: Origin): NodeRec {
    const rec = new NodeRec(this.next++, labels.filter((l) => l !== APOC_TEMP_LABEL), newMap(), null, origin);
    rec.touched = origin;
    this.nodeRecs.push(rec);
    this.effects++;
    const initial = newMap();
    for (const k in props) if (props[k] !== null) initial[k] = props[k]!;
    this.setProps(rec, initial, false, origin);
    this.reindex(rec, origin);
    return rec;
  }

  createRel(type: string, from: NodeRec, to: NodeRec, props: ValueMap, origin: Origin): RelRec {
    const rec = new RelRec(this.next++, type, from, to, newMap(), null, origin);
    rec.touched = origin;
    this.relRecs.push(rec);
    this.relList(from, type, to).push(rec);
    this.effects++;
    this.setProps(rec, props, false, origin);
    return rec;
  }

  setProps(target: NodeRec | RelRec, props: ValueMap, replace: boolean, origin: Origin): void {
    const isNode = target instanceof NodeRec;
    const next = replace ? newMap() : Object.assign(newMap(), target.props);
    for (const key in props) {
      if (SYSTEM_PROPERTY_NAMES.has(key)) {
        throw new TrackError('system-property', origin.line, sentence('data', { property: key }));
      }
      const value = this.settle(props[key]!);
      if (isNode && key === APOC_TEMP_PROPERTY) {
        if (value !== null) this.registerTemp(target, value, origin);
        continue;
      }
      if (value === null) delete next[key];
      else next[key] = value;
    }
    if (isNode && target.found) this.keepKeys(target, next, origin);
    let changed = Object.keys(next).length !== Object.keys(target.props).length;
    if (!changed) for (const k in next) if (!valueEquals(next[k], target.props[k])) changed = true;
    if (!changed) return;
    target.props = next;
    target.touched = origin;
    this.effects++;
    if (isNode) this.reindex(target, origin);
  }

  /** An existing node keeps its keys: a different id is a different node. */
  private keepKeys(rec: NodeRec, next: ValueMap, origin: Origin): void {
    for (const label of rec.labels) {
      if (!isLabel(label)) continue;
      for (const key of uniqueKeys(label)) {
        const before = rec.found!.props[key];
        if (before !== undefined && !valueEquals(before, next[key] ?? null)) {
          throw new TrackError('key-change', origin.line, { key, label, before: show(before), after: show(next[key] ?? null) });
        }
      }
    }
  }

  private registerTemp(rec: NodeRec, value: Value, origin: Origin): void {
    const k = valueKey(value);
    const other = this.temp.get(k);
    if (other && other !== rec) {
      throw new TrackError('duplicate', origin.line, sentence('apoc-id', { property: APOC_TEMP_PROPERTY, value: show(value) }));
    }
    this.temp.set(k, rec);
  }

  addLabels(target: NodeRec, labels: string[], origin: Origin): void {
    const add = labels.filter((l) => l !== APOC_TEMP_LABEL && !target.labels.includes(l));
    if (add.length === 0) return;
    target.labels = [...target.labels, ...add];
    target.touched = origin;
    this.effects++;
    this.reindex(target, origin);
  }

  settle(value: Value): Value {
    if (value === null || typeof value !== 'object') return value;
    const settled = settle(value);
    if (containsUnsettled(settled)) throw new Error('internal: a value function was not evaluated before the import ran');
    return settled;
  }
}

function containsUnsettled(value: unknown): boolean {
  if (value === undefined || value instanceof Deferred) return true;
  if (Array.isArray(value)) return value.some(containsUnsettled);
  if (isMap(value)) return Object.values(value).some(containsUnsettled);
  return false;
}

// ---------------------------------------------------------------------------------------------
// What changed

export interface PropertyChange {
  before: ValueMap;
  after: ValueMap;
}

/** The changed keys of a property map: before and after values (absent = null). */
export function diffProps(before: ValueMap, after: ValueMap): PropertyChange | null {
  const b = newMap();
  const a = newMap();
  let changed = false;
  for (const k of new Set([...Object.keys(before), ...Object.keys(after)])) {
    if (SYSTEM_PROPERTY_NAMES.has(k)) continue;
    const x = before[k] ?? null;
    const y = after[k] ?? null;
    if (!valueEquals(x, y)) {
      b[k] = x;
      a[k] = y;
      changed = true;
    }
  }
  return changed ? { before: b, after: a } : null;
}

/** The ontology label of a node (its first knowledge label), if any. */
export function knowledgeLabel(rec: NodeRec): LabelName | undefined {
  return rec.labels.find((l): l is LabelName => isLabel(l));
}

/** Property definitions for a node's label or a relationship's type. */
export function definitionsOf(target: NodeRec | RelRec): Readonly<Record<string, PropertyDef>> | undefined {
  if (target instanceof NodeRec) {
    const label = knowledgeLabel(target);
    return label ? LABELS[label].properties : undefined;
  }
  return (RELATIONSHIPS as Record<string, { properties: Readonly<Record<string, PropertyDef>> }>)[target.type]?.properties;
}

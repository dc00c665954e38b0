/**
 * The import language: the part of Cypher a partner's file may use, as a syntax tree.
 *
 * A file never reaches Neo4j as Cypher. The engine reads it into this tree (check.ts), runs the tree
 * itself against the part of the graph the file names (track.ts), and writes the outcome with its
 * own fixed, parameterised queries (write.ts). So what a file can reach is what this tree can
 * express: nodes of the ontology's labels named by a unique key (`id`, or `code` where the ontology
 * says it is unique), relationships of the ontology's types between such nodes, and values that are
 * literals, parameters, rows of an UNWIND and the value functions (`date(...)`, ...). There is no
 * way to name a system label, search the graph, read a property of a node, or call a procedure.
 */
import type { Value } from './values.ts';

export type Expr =
  /** A constant (literals are folded: a literal list of maps is one value). `deferred`: holds a Deferred. */
  | { k: 'value'; v: Value; deferred: boolean }
  | { k: 'param'; name: string; line: number }
  /** A value variable: an UNWIND row or a WITH alias (never a node or relationship). */
  | { k: 'var'; name: string; line: number }
  | { k: 'prop'; of: Expr; key: string; line: number }
  | { k: 'list'; items: Expr[] }
  | { k: 'map'; keys: string[]; values: Expr[] }
  | { k: 'call'; fn: import('./values.ts').ValueFunction; args: Expr[]; line: number }
  | { k: 'add'; op: '+' | '-'; a: Expr; b: Expr; line: number }
  | { k: 'neg'; e: Expr; line: number };

export interface NodePattern {
  /** The variable, if any. */
  v: string | undefined;
  labels: string[];
  /** A map expression (or a parameter holding a map), or none. */
  props: Expr | undefined;
  line: number;
}

export interface RelPattern {
  v: string | undefined;
  type: string;
  props: Expr | undefined;
  /** `out`: (left)-[]->(right); `in`: (left)<-[]-(right). */
  dir: 'out' | 'in';
  line: number;
}

export interface Pattern {
  nodes: NodePattern[];
  /** rels[i] joins nodes[i] and nodes[i + 1]. */
  rels: RelPattern[];
}

export type SetItem =
  /** `SET v += map` (merge) or `SET v = map` (replace every property). */
  | { k: 'props'; v: string; replace: boolean; expr: Expr; line: number }
  /** `SET v.key = expr`; `REMOVE v.key` is `SET v.key = null`. */
  | { k: 'prop'; v: string; key: string; expr: Expr; line: number }
  /** `SET v:Label`. */
  | { k: 'labels'; v: string; labels: string[]; line: number };

export type Clause =
  | { k: 'unwind'; expr: Expr; as: string; line: number }
  | { k: 'match'; patterns: Pattern[]; line: number }
  | { k: 'merge'; pattern: Pattern; onCreate: SetItem[]; onMatch: SetItem[]; line: number }
  | { k: 'create'; patterns: Pattern[]; line: number }
  | { k: 'set'; items: SetItem[]; line: number }
  /** `WITH a, row, expr AS x`; `all`: `WITH *`. */
  | { k: 'with'; items: Array<{ expr: Expr | undefined; name: string }>; all: boolean; line: number };

/** What a statement is, once checked. */
export type Statement =
  | { kind: 'data'; clauses: Clause[] }
  /**
   * Statements APOC writes around the data, which the engine does not need: its temporary
   * constraint (created and dropped), its clean-up of the temporary label, `db.awaitIndexes`.
   * The temporary label and id never reach the graph: they name nodes within the file only.
   */
  | { kind: 'skip'; what: 'apoc-temp-constraint' | 'apoc-cleanup' | 'await-indexes' };

/** APOC's temporary label and property (apoc.export.cypher on a graph without unique constraints). */
export const APOC_TEMP_LABEL = 'UNIQUE IMPORT LABEL';
export const APOC_TEMP_PROPERTY = 'UNIQUE IMPORT ID';

/**
 * Reads one statement of a partner's file into the import language (language.ts), or refuses it
 * with the rule it breaks, its line, and what to do instead. Nothing here touches the database.
 *
 * The parser is a small recursive descent over the shared lexer. It knows all of the import
 * language and enough of the rest of Cypher to say precisely why a statement is refused: a DELETE,
 * a procedure, LOAD CSV, a schema command, a system label, a dynamic label, a read from the graph
 * (`n.name` on a node, `labels(n)`, `EXISTS { ... }`), a MATCH that would search instead of naming
 * its node. A file that only looks dangerous (keywords in strings, comments or backticked names)
 * is not refused: the lexer knows the difference.
 *
 * Literal values are folded while parsing, so a 20 MB APOC export of literal UNWIND batches costs
 * one pass over its characters.
 */
import neo4j from 'neo4j-driver';
import { LABELS, SYSTEM_LABELS, SYSTEM_PROPERTIES, isLabel, isRelationshipType, type LabelName, type PropertyDef } from '../ontology.ts';
import { Lexer, T, excerpt, type TokenType } from './lexer.ts';
import { LineError } from './line-error.ts';
import { both, sentence, type Param, type Params } from './messages.ts';
import { APOC_TEMP_LABEL, APOC_TEMP_PROPERTY, type Clause, type Expr, type NodePattern, type Pattern, type RelPattern, type SetItem, type Statement } from './language.ts';
import { Deferred, VALUE_FUNCTIONS, isMap, newMap, type Value, type ValueFunction, type ValueMap } from './values.ts';

export type CheckRule =
  | 'syntax-error'
  | 'no-delete'
  | 'no-remove'
  | 'no-procedure'
  | 'no-subquery'
  | 'no-call-in-transactions'
  | 'no-apoc'
  | 'no-function'
  | 'no-load-csv'
  | 'no-use'
  | 'no-schema'
  | 'no-admin'
  | 'no-read'
  | 'no-search'
  | 'dynamic-name'
  | 'system-label'
  | 'system-property'
  | 'unknown-label'
  | 'unknown-type'
  | 'unknown-variable'
  | 'unsupported';

export class CheckError extends LineError<CheckRule> {
  override name = 'CheckError';
}

/** Deferred value calls of one import, shared so that equal calls are parsed by Neo4j once. */
export class DeferredPool {
  readonly calls = new Map<string, Deferred>();
  constructor(public file = '') {}
  get(fn: ValueFunction, arg: Value | undefined, line: number): Deferred {
    const key = `${fn}(${arg === undefined ? '' : JSON.stringify(arg, (_k, v) => (typeof v === 'object' && v && 'low' in v && 'high' in v ? `int:${String(v)}` : v))})`;
    let d = this.calls.get(key);
    if (!d) this.calls.set(key, (d = new Deferred(fn, arg, this.file, line)));
    return d;
  }
}

const SYSTEM_LABEL_NAMES = new Set(Object.keys(SYSTEM_LABELS));
const SYSTEM_PROPERTY_NAMES = new Set<string>(SYSTEM_PROPERTIES);

/** Unique properties of a label: the keys a MATCH or MERGE may name a node by. */
export function uniqueKeys(label: LabelName): string[] {
  return Object.entries(LABELS[label].properties as Record<string, PropertyDef>)
    .filter(([, def]) => def.unique)
    .map(([k]) => k);
}

// ---------------------------------------------------------------------------------------------
// Entry points

/** Reads one statement (its text without the `;`, starting on `line`). Throws CheckError. */
export function checkStatement(text: string, line: number, pool: DeferredPool): Statement {
  const head = headTokens(text, line, 40);
  const apoc = classifyApoc(head);
  if (apoc) return { kind: 'skip', what: apoc };
  const command = leadingCommand(head);
  if (command) throw new CheckError(command.rule, head.tokens[0]!.line, command.detail);
  const parser = new Parser(text, line, pool);
  const clauses = parser.statement();
  checkScopes(clauses);
  return { kind: 'data', clauses };
}

/** Reads the value expression of a `:param` (literals, earlier parameters, value functions). */
export function checkExpression(text: string, line: number, pool: DeferredPool): Expr {
  const parser = new Parser(text, line, pool);
  const expr = parser.expression();
  parser.expectEnd(both('de waarde van :param', 'the :param value'));
  checkValueExpr(expr, new Map());
  return expr;
}

// ---------------------------------------------------------------------------------------------
// The parser

const CLAUSE_WORDS = new Set([
  'MATCH', 'OPTIONAL', 'MERGE', 'CREATE', 'SET', 'REMOVE', 'UNWIND', 'WITH', 'DELETE', 'DETACH', 'CALL', 'LOAD', 'USE',
  'FOREACH', 'RETURN', 'ORDER', 'SKIP', 'LIMIT', 'UNION', 'FINISH', 'ON', 'WHERE', 'YIELD', 'OFFSET', 'FILTER', 'LET', 'INSERT',
]);

/** Function names that read the graph (refused as reads, not merely as unknown functions). */
const READ_FUNCTIONS = new Set([
  'labels', 'keys', 'properties', 'id', 'elementid', 'type', 'startnode', 'endnode', 'nodes', 'relationships', 'exists', 'degree',
]);

/** Operators of Cypher that are not part of the import language: = < > * / % ^ */
const OPERATOR_CHARS = new Set([61, 60, 62, 42, 47, 37, 94]);

const SIMPLE_ESCAPES: Record<string, string> = { t: '\t', b: '\b', n: '\n', r: '\r', f: '\f', "'": "'", '"': '"', '\\': '\\' };

/** What the parser expected a name to be, in both languages (a parameter of its findings). */
const NAME_OF = {
  label: both('label', 'label'),
  'map key': both('sleutel in een map', 'map key'),
  name: both('naam', 'name'),
  'parameter name': both('parameternaam', 'parameter name'),
  'procedure name': both('procedurenaam', 'procedure name'),
  'property key': both('eigenschapsnaam', 'property key'),
  'relationship type': both('relatietype', 'relationship type'),
  variable: both('variabele', 'variable'),
};
const KIND = { node: both('knooppunt', 'node'), rel: both('relatie', 'relationship'), value: both('waarde', 'value') };

class Parser {
  private readonly lx: Lexer;
  private type: TokenType = T.End;
  private start = 0;
  private end = 0;
  line: number;

  constructor(
    private readonly text: string,
    firstLine: number,
    private readonly pool: DeferredPool,
  ) {
    this.lx = new Lexer(text, 0, firstLine);
    this.line = firstLine;
    this.advance();
  }

  // --- tokens

  private advance(): void {
    this.type = this.lx.next();
    this.start = this.lx.start;
    this.end = this.lx.end;
    this.line = this.lx.tokenLine;
  }

  /** The current token's type (a method, so that checks after `advance()` are not narrowed away). */
  private at(type: TokenType): boolean {
    return this.type === type;
  }

  private raw(): string {
    return this.text.slice(this.start, this.end);
  }

  private isPunct(ch: string): boolean {
    return this.type === T.Punct && this.text.charCodeAt(this.start) === ch.charCodeAt(0);
  }

  /** The next character after the current token, if it directly follows (no space): `+=`, `->`. */
  private glued(ch: string): boolean {
    return this.text.charCodeAt(this.end) === ch.charCodeAt(0);
  }

  /** Whether the current token is the keyword `word` (upper case), in any case; allocates nothing. */
  private isKw(word: string): boolean {
    if (this.type !== T.Ident || this.end - this.start !== word.length) return false;
    for (let i = 0; i < word.length; i++) {
      const c = this.text.charCodeAt(this.start + i);
      if ((c >= 97 && c <= 122 ? c - 32 : c) !== word.charCodeAt(i)) return false;
    }
    return true;
  }

  private upper(): string {
    return this.type === T.Ident ? this.raw().toUpperCase() : '';
  }

  /** Refuses with the rule's message, or the rule's sentence `key` when there is one. */
  private fail(key: string | null, params: Params = {}, rule: CheckRule = 'syntax-error', line = this.line): never {
    throw new CheckError(rule, line, key === null ? params : sentence(key, params));
  }

  private found(): Param {
    if (this.type === T.End) return both('het einde van de opdracht', 'the end of the statement');
    const raw = this.raw();
    return `\`${raw.length > 30 ? raw.slice(0, 29) + '…' : raw}\``;
  }

  private expectPunct(punct: string, what: Param): void {
    if (!this.isPunct(punct)) this.fail('expected-punct', { punct, what, found: this.found() });
    this.advance();
  }

  private expectKw(word: string, what: Param): void {
    if (!this.isKw(word)) this.fail('expected-keyword', { keyword: word, what, found: this.found() });
    this.advance();
  }

  expectEnd(what: Param): void {
    if (this.type !== T.End) this.fail('unexpected-after', { found: this.found(), what });
  }

  /** A symbolic name (identifier or `backticked`); dynamic names `$(...)` are refused. */
  private name(name: keyof typeof NAME_OF): string {
    const what = NAME_OF[name];
    if (this.type === T.Ident) {
      const n = this.raw();
      this.advance();
      return n;
    }
    if (this.type === T.Escaped) {
      const n = this.lx.escapedName();
      this.advance();
      return n;
    }
    if (this.isPunct('$') && this.glued('(')) {
      this.fail('name', { what }, 'dynamic-name');
    }
    return this.fail('expected-name', { what, found: this.found() });
  }

  // --- statements and clauses

  statement(): Clause[] {
    const clauses: Clause[] = [];
    while (this.type !== T.End) clauses.push(this.clause());
    if (clauses.length === 0) this.fail('empty');
    return clauses;
  }

  private clause(): Clause {
    const line = this.line;
    if (this.type !== T.Ident) this.fail('expected-clause', { found: this.found() });
    const word = this.upper();
    switch (word) {
      case 'MATCH':
        this.advance();
        return this.match(line);
      case 'MERGE':
        this.advance();
        return this.merge(line);
      case 'CREATE':
        this.advance();
        return { k: 'create', patterns: this.patternList(), line };
      case 'SET':
        this.advance();
        return { k: 'set', items: this.setItems(), line };
      case 'REMOVE':
        this.advance();
        return { k: 'set', items: this.removeItems(), line };
      case 'UNWIND': {
        this.advance();
        const expr = this.expression();
        this.expectKw('AS', both('na de UNWIND-lijst', 'after the UNWIND list'));
        return { k: 'unwind', expr, as: this.name('variable'), line };
      }
      case 'WITH':
        this.advance();
        return this.with(line);
      case 'DELETE':
        return this.fail(null, { clause: 'DELETE' }, 'no-delete');
      case 'DETACH':
        return this.fail(null, { clause: 'DETACH DELETE' }, 'no-delete');
      case 'NODETACH':
        return this.fail(null, { clause: 'NODETACH DELETE' }, 'no-delete');
      case 'CALL':
        return this.call();
      case 'LOAD':
        return this.fail(null, {}, 'no-load-csv');
      case 'USE':
        return this.fail(null, {}, 'no-use');
      case 'OPTIONAL':
        return this.fail('optional-match', {}, 'unsupported');
      case 'FOREACH':
        return this.fail('foreach', {}, 'unsupported');
      case 'RETURN':
        return this.fail('return', {}, 'no-read');
      default:
        if (CLAUSE_WORDS.has(word)) return this.fail('clause', { keyword: word }, 'unsupported');
        return this.fail('expected-clause', { found: this.found() });
    }
  }

  private call(): never {
    this.advance();
    if (this.isPunct('{') || this.isPunct('(')) {
      // A subquery; say IN TRANSACTIONS apart, the better to explain it.
      const rest = this.text.slice(this.start);
      if (/\}\s*IN\s+(?:\d+\s+CONCURRENT\s+)?TRANSACTIONS\b/i.test(rest)) {
        this.fail(null, {}, 'no-call-in-transactions');
      }
      this.fail(null, {}, 'no-subquery');
    }
    const parts: string[] = [];
    if (this.type === T.Ident || this.type === T.Escaped) {
      parts.push(this.name('procedure name'));
      while (this.isPunct('.')) {
        this.advance();
        if (this.type !== T.Ident && this.type !== T.Escaped) break;
        parts.push(this.name('procedure name'));
      }
    }
    const proc = parts.join('.');
    if (/^apoc\./i.test(proc)) {
      this.fail('procedure', { procedure: proc }, 'no-apoc');
    }
    return this.fail(null, { procedure: proc || '...' }, 'no-procedure');
  }

  private match(line: number): Clause {
    const patterns = this.patternList();
    if (this.isKw('WHERE')) {
      this.advance();
      this.whereKeys(patterns);
    }
    return { k: 'match', patterns, line };
  }

  /** `WHERE a.id = expr [AND b.code = expr ...]`: folded into the node patterns' properties. */
  private whereKeys(patterns: Pattern[]): void {
    for (;;) {
      const line = this.line;
      const unsupported = () =>
        this.fail('where', {}, 'no-search', line);
      if (this.type !== T.Ident && this.type !== T.Escaped) unsupported();
      const v = this.name('variable');
      if (!this.isPunct('.')) unsupported();
      this.advance();
      const key = this.name('property key');
      if (!this.isPunct('=') || this.glued('~')) unsupported();
      this.advance();
      const value = this.additive();
      const node = patterns.flatMap((p) => p.nodes).find((n) => n.v === v);
      if (!node) unsupported();
      const props: Expr = node!.props ?? { k: 'map', keys: [], values: [] };
      if (props.k === 'value' && isMap(props.v)) {
        node!.props = {
          k: 'map',
          keys: [...Object.keys(props.v), key],
          values: [...Object.values(props.v).map((v) => ({ k: 'value', v, deferred: false }) as Expr), value],
        };
      } else if (props.k === 'map') {
        node!.props = { k: 'map', keys: [...props.keys, key], values: [...props.values, value] };
      } else {
        unsupported();
      }
      if (!this.isKw('AND')) break;
      this.advance();
    }
    if (this.type !== T.End && !CLAUSE_WORDS.has(this.upper())) {
      this.fail('where-key', {}, 'no-search');
    }
  }

  private merge(line: number): Clause {
    const pattern = this.patternPart();
    const onCreate: SetItem[] = [];
    const onMatch: SetItem[] = [];
    while (this.isKw('ON')) {
      this.advance();
      if (this.isKw('CREATE')) {
        this.advance();
        this.expectKw('SET', both('na ON CREATE', 'after ON CREATE'));
        onCreate.push(...this.setItems());
      } else if (this.isKw('MATCH')) {
        this.advance();
        this.expectKw('SET', both('na ON MATCH', 'after ON MATCH'));
        onMatch.push(...this.setItems());
      } else {
        this.fail('expected-on', { found: this.found() });
      }
    }
    return { k: 'merge', pattern, onCreate, onMatch, line };
  }

  private with(line: number): Clause {
    if (this.isKw('DISTINCT')) this.fail('with-distinct', {}, 'unsupported');
    const items: Array<{ expr: Expr | undefined; name: string }> = [];
    let all = false;
    do {
      if (items.length || all) this.advance();
      if (this.isPunct('*')) {
        all = true;
        this.advance();
        continue;
      }
      const itemLine = this.line;
      if ((this.type === T.Ident || this.type === T.Escaped) && !CLAUSE_WORDS.has(this.upper())) {
        const mark = this.lx.mark();
        const saved = [this.type, this.start, this.end, this.line] as const;
        const n = this.name('variable');
        if (this.isPunct(',') || this.at(T.End) || (this.at(T.Ident) && CLAUSE_WORDS.has(this.upper()))) {
          items.push({ expr: undefined, name: n });
          continue;
        }
        this.lx.reset(mark);
        [this.type, this.start, this.end, this.line] = saved;
      }
      const expr = this.expression();
      if (!this.isKw('AS')) this.fail('with-needs-name', {}, 'syntax-error', itemLine);
      this.advance();
      items.push({ expr, name: this.name('variable') });
    } while (this.isPunct(','));
    for (const word of ['WHERE', 'ORDER', 'SKIP', 'LIMIT', 'OFFSET']) {
      if (this.isKw(word)) this.fail('with-modifier', { keyword: word }, 'unsupported');
    }
    return { k: 'with', items, all, line };
  }

  private setItems(): SetItem[] {
    const items: SetItem[] = [];
    do {
      if (items.length) this.advance();
      const line = this.line;
      const v = this.name('variable');
      if (this.isPunct('.')) {
        this.advance();
        const key = this.name('property key');
        if (this.isPunct('.')) this.fail('nested-property');
        this.expectPunct('=', both(`na ${v}.${key}`, `after ${v}.${key}`));
        items.push({ k: 'prop', v, key, expr: this.expression(), line });
      } else if (this.isPunct('+') && this.glued('=')) {
        this.advance();
        this.advance();
        items.push({ k: 'props', v, replace: false, expr: this.expression(), line });
      } else if (this.isPunct('=')) {
        this.advance();
        items.push({ k: 'props', v, replace: true, expr: this.expression(), line });
      } else if (this.isPunct(':') || this.isKw('IS')) {
        items.push({ k: 'labels', v, labels: this.labelList(), line });
      } else if (this.isPunct('[')) {
        this.fail('property-key', { variable: v }, 'dynamic-name');
      } else {
        this.fail('expected-set-item', { variable: v, found: this.found() });
      }
    } while (this.isPunct(','));
    return items;
  }

  private removeItems(): SetItem[] {
    const items: SetItem[] = [];
    do {
      if (items.length) this.advance();
      const line = this.line;
      const v = this.name('variable');
      if (this.isPunct('.')) {
        this.advance();
        const key = this.name('property key');
        items.push({ k: 'prop', v, key, expr: { k: 'value', v: null, deferred: false }, line });
      } else if (this.isPunct(':') || this.isKw('IS')) {
        const labels = this.labelList();
        const other = labels.filter((l) => l !== APOC_TEMP_LABEL);
        if (other.length) {
          this.fail(null, { variable: v, label: other[0]!, temporary: APOC_TEMP_LABEL }, 'no-remove', line);
        }
        items.push({ k: 'labels', v, labels: [], line });
      } else if (this.isPunct('[')) {
        this.fail('property-key', { variable: v }, 'dynamic-name');
      } else {
        this.fail('expected-remove-item', { variable: v, found: this.found() });
      }
    } while (this.isPunct(','));
    return items;
  }

  /** `:A:B`, `:A&B` (refused), `IS A`. */
  private labelList(): string[] {
    const labels: string[] = [];
    if (this.isKw('IS')) {
      this.advance();
      labels.push(this.name('label'));
    }
    while (this.isPunct(':')) {
      this.advance();
      labels.push(this.name('label'));
      if (this.isPunct('&') || this.isPunct('|') || this.isPunct('!') || this.isPunct('%')) {
        this.fail('label-expression', {}, 'unsupported');
      }
    }
    return labels;
  }

  // --- patterns

  private patternList(): Pattern[] {
    const patterns = [this.patternPart()];
    while (this.isPunct(',')) {
      this.advance();
      patterns.push(this.patternPart());
    }
    return patterns;
  }

  private patternPart(): Pattern {
    if ((this.type === T.Ident || this.type === T.Escaped) && !this.isPunct('(')) {
      const mark = this.lx.mark();
      this.lx.next();
      const isAssignment = this.lx.type === T.Punct && this.text.charCodeAt(this.lx.start) === 61; // =
      this.lx.reset(mark);
      if (isAssignment) this.fail('path-variable', {}, 'unsupported');
      if (this.isKw('SHORTESTPATH') || this.isKw('ALLSHORTESTPATHS') || this.isKw('SHORTEST') || this.isKw('ANY') || this.isKw('ALL')) {
        this.fail('path-search', {}, 'no-search');
      }
    }
    const nodes = [this.nodePattern()];
    const rels: RelPattern[] = [];
    while (this.isPunct('-') || (this.isPunct('<') && this.glued('-'))) {
      rels.push(this.relPattern());
      nodes.push(this.nodePattern());
    }
    return { nodes, rels };
  }

  private nodePattern(): NodePattern {
    const line = this.line;
    this.expectPunct('(', both('aan het begin van een knooppuntpatroon', 'to start a node pattern'));
    let v: string | undefined;
    if (this.type === T.Ident || this.type === T.Escaped) v = this.name('variable');
    const labels = this.labelList();
    let props: Expr | undefined;
    if (this.isPunct('{')) props = this.primary();
    else if (this.isPunct('$')) props = this.primary();
    if (this.isKw('WHERE')) this.fail('where-in-node', {}, 'no-search');
    this.expectPunct(')', both('aan het eind van het knooppuntpatroon', 'to close the node pattern'));
    return { v, labels, props, line };
  }

  private relPattern(): RelPattern {
    const line = this.line;
    let leftArrow = false;
    if (this.isPunct('<')) {
      leftArrow = true;
      this.advance();
    }
    this.expectPunct('-', both('in het relatiepatroon', 'in the relationship pattern'));
    let v: string | undefined;
    let type: string | undefined;
    let props: Expr | undefined;
    if (this.isPunct('[')) {
      this.advance();
      if (this.type === T.Ident || this.type === T.Escaped) v = this.name('variable');
      if (this.isPunct(':') || this.isKw('IS')) {
        this.advance();
        type = this.name('relationship type');
        if (this.isPunct('|') || this.isPunct('&') || this.isPunct('!')) {
          this.fail('type-expression', {}, 'unsupported');
        }
      }
      if (this.isPunct('*')) this.fail('variable-length', {}, 'no-search');
      if (this.isPunct('{') || this.isPunct('$')) props = this.primary();
      if (this.isKw('WHERE')) this.fail('where-in-relationship', {}, 'no-search');
      this.expectPunct(']', both('aan het eind van het relatiepatroon', 'to close the relationship pattern'));
    }
    this.expectPunct('-', both('in het relatiepatroon', 'in the relationship pattern'));
    let rightArrow = false;
    if (this.isPunct('>')) {
      rightArrow = true;
      this.advance();
    }
    if (leftArrow === rightArrow) {
      this.fail('direction', {}, 'unsupported', line);
    }
    if (type === undefined) this.fail('relationship-type', {}, 'unsupported', line);
    return { v, type: type!, props, dir: rightArrow ? 'out' : 'in', line };
  }

  // --- expressions

  expression(): Expr {
    const e = this.additive();
    const operator =
      (this.type === T.Punct && OPERATOR_CHARS.has(this.text.charCodeAt(this.start))) ||
      (this.type === T.Ident && ['AND', 'OR', 'XOR', 'IS', 'IN', 'STARTS', 'ENDS', 'CONTAINS', 'NOT'].includes(this.upper()));
    if (operator) {
      this.fail('operator', { found: this.found() }, 'unsupported');
    }
    return e;
  }

  private additive(): Expr {
    let e = this.unary();
    while ((this.isPunct('+') && !this.glued('=')) || this.isPunct('-')) {
      const line = this.line;
      const op = this.raw() as '+' | '-';
      this.advance();
      const b = this.unary();
      e = { k: 'add', op, a: e, b, line };
    }
    return e;
  }

  private unary(): Expr {
    if (this.isPunct('-')) {
      const line = this.line;
      this.advance();
      const e = this.unary();
      if (e.k === 'value' && typeof e.v === 'number') return { k: 'value', v: -e.v, deferred: false };
      if (e.k === 'value' && e.v !== null && typeof e.v === 'object' && neo4j.isInt(e.v)) return { k: 'value', v: e.v.negate(), deferred: false };
      return { k: 'neg', e, line };
    }
    if (this.isPunct('+')) {
      this.advance();
      return this.unary();
    }
    return this.postfix(this.primary());
  }

  private postfix(e: Expr): Expr {
    for (;;) {
      if (this.isPunct('.')) {
        const line = this.line;
        this.advance();
        const key = this.name('property key');
        e = { k: 'prop', of: e, key, line };
      } else if (this.isPunct('[')) {
        const line = this.line;
        if (e.k === 'var') throw new CheckError('dynamic-name', line, sentence('subscript', { variable: e.name }));
        this.fail('subscript', {}, 'unsupported');
      } else if (this.isPunct('{')) {
        this.fail('map-projection', {}, 'unsupported');
      } else {
        return e;
      }
    }
  }

  private primary(): Expr {
    const line = this.line;
    switch (this.type) {
      case T.String: {
        const v = this.stringValue();
        this.advance();
        return { k: 'value', v, deferred: false };
      }
      case T.Number: {
        const v = this.numberValue();
        this.advance();
        return { k: 'value', v, deferred: false };
      }
      case T.Escaped: {
        const name = this.name('variable');
        return { k: 'var', name, line };
      }
      case T.Ident:
        return this.identifier();
      case T.Punct:
        break;
      default:
        return this.fail('expected-value', { found: this.found() });
    }
    if (this.isPunct('$')) {
      this.advance();
      if (this.isPunct('(')) this.fail('parameter', {}, 'dynamic-name', line);
      let name: string;
      if (this.at(T.Number)) {
        name = this.raw();
        this.advance();
      } else {
        name = this.name('parameter name');
      }
      return { k: 'param', name, line };
    }
    if (this.isPunct('[')) return this.list();
    if (this.isPunct('{')) return this.map();
    if (this.isPunct('(')) {
      this.advance();
      const e = this.additive();
      if (this.isPunct(')')) {
        this.advance();
        return e;
      }
      if (this.isPunct(':') || this.isPunct('-') || this.isPunct('<')) {
        this.fail('pattern-expression', {}, 'no-read', line);
      }
      return this.fail('expected-close', { found: this.found() });
    }
    return this.fail('expected-value', { found: this.found() });
  }

  private identifier(): Expr {
    const line = this.line;
    const word = this.upper();
    if (word === 'TRUE' || word === 'FALSE') {
      this.advance();
      return { k: 'value', v: word === 'TRUE', deferred: false };
    }
    if (word === 'NULL') {
      this.advance();
      return { k: 'value', v: null, deferred: false };
    }
    if ((word === 'EXISTS' || word === 'COUNT' || word === 'COLLECT') && /^\s*\{/.test(this.text.slice(this.end, this.end + 200))) {
      this.fail('subquery', { keyword: word }, 'no-read', line);
    }
    if (word === 'CASE') this.fail('case', {}, 'unsupported');
    // A function call: name(.name)* (
    const mark = this.lx.mark();
    const saved = [this.type, this.start, this.end, this.line] as const;
    const parts = [this.name('name')];
    while (this.isPunct('.') && (this.lx.next(), this.lx.type === T.Ident || this.lx.type === T.Escaped)) {
      // Peeked past the dot: take the name if a call follows the chain.
      this.type = this.lx.type;
      this.start = this.lx.start;
      this.end = this.lx.end;
      this.line = this.lx.tokenLine;
      parts.push(this.name('name'));
    }
    if (this.isPunct('(')) return this.call2(parts, line);
    // Not a call: a variable, perhaps with property access; rewind to read it as such.
    this.lx.reset(mark);
    [this.type, this.start, this.end, this.line] = saved;
    const name = this.name('variable');
    return { k: 'var', name, line };
  }

  private call2(parts: string[], line: number): Expr {
    const full = parts.join('.');
    const lower = full.toLowerCase();
    if (parts.length > 1 && parts[0]!.toLowerCase() === 'apoc') {
      this.fail('function', { function: full }, 'no-apoc', line);
    }
    if (READ_FUNCTIONS.has(lower)) this.fail('function', { function: full }, 'no-read', line);
    if (parts.length > 1 || !(VALUE_FUNCTIONS as readonly string[]).includes(lower)) {
      this.fail(null, { function: full, allowed: VALUE_FUNCTIONS.map((f) => f + '()').join(', ') }, 'no-function', line);
    }
    this.advance(); // (
    const args: Expr[] = [];
    if (!this.isPunct(')')) {
      if (this.isKw('DISTINCT')) this.fail('distinct');
      args.push(this.additive());
      while (this.isPunct(',')) {
        this.advance();
        args.push(this.additive());
      }
    }
    this.expectPunct(')', both(`aan het eind van ${full}(`, `to close ${full}(`));
    if (args.length > 1) this.fail('one-argument', { function: full }, 'unsupported', line);
    const fn = lower as ValueFunction;
    const arg = args[0];
    if (!arg) return { k: 'value', v: this.pool.get(fn, undefined, line), deferred: true };
    if (arg.k === 'value' && !arg.deferred) return { k: 'value', v: this.pool.get(fn, arg.v, line), deferred: true };
    return { k: 'call', fn, args, line };
  }

  private list(): Expr {
    this.advance(); // [
    const items: Expr[] = [];
    if (!this.isPunct(']')) {
      if ((this.type === T.Ident || this.type === T.Escaped) && this.followedByIn()) {
        this.fail('list-comprehension', {}, 'unsupported');
      }
      items.push(this.additive());
      while (this.isPunct(',')) {
        this.advance();
        items.push(this.additive());
      }
    }
    this.expectPunct(']', both('aan het eind van de lijst', 'to close the list'));
    if (items.every((e) => e.k === 'value')) {
      return { k: 'value', v: items.map((e) => (e as { v: Value }).v), deferred: items.some((e) => (e as { deferred: boolean }).deferred) };
    }
    return { k: 'list', items };
  }

  private followedByIn(): boolean {
    const mark = this.lx.mark();
    this.lx.next();
    const isIn = this.lx.type === T.Ident && this.text.slice(this.lx.start, this.lx.end).toUpperCase() === 'IN';
    this.lx.reset(mark);
    return isIn;
  }

  private map(): Expr {
    this.advance(); // {
    const keys: string[] = [];
    const values: Expr[] = [];
    if (!this.isPunct('}')) {
      for (;;) {
        if (this.isPunct('.')) this.fail('map-projection', {}, 'unsupported');
        const key = this.name('map key');
        this.expectPunct(':', both(`na de sleutel ${key} in de map`, `after the map key ${key}`));
        keys.push(key);
        values.push(this.additive());
        if (!this.isPunct(',')) break;
        this.advance();
      }
    }
    this.expectPunct('}', both('aan het eind van de map', 'to close the map'));
    if (values.every((e) => e.k === 'value')) {
      const v: ValueMap = newMap();
      keys.forEach((k, i) => (v[k] = (values[i] as { v: Value }).v));
      return { k: 'value', v, deferred: values.some((e) => (e as { deferred: boolean }).deferred) };
    }
    return { k: 'map', keys, values };
  }

  // --- literals

  private stringValue(): string {
    const raw = this.raw();
    const body = raw.slice(1, -1);
    if (!body.includes('\\')) return body;
    let out = '';
    for (let i = 0; i < body.length; i++) {
      const c = body[i]!;
      if (c !== '\\') {
        out += c;
        continue;
      }
      const e = body[++i];
      if (e === undefined) break;
      const simple = SIMPLE_ESCAPES[e];
      if (simple !== undefined) {
        out += simple;
      } else if (e === 'u' || e === 'U') {
        const len = e === 'u' ? 4 : 8;
        const hex = body.slice(i + 1, i + 1 + len);
        if (!new RegExp(`^[0-9a-fA-F]{${len}}$`).test(hex)) this.fail('hex-digits', { escape: e, length: len });
        const code = parseInt(hex, 16);
        if (code > 0x10ffff) this.fail('not-a-character', { escape: e, hex });
        out += String.fromCodePoint(code);
        i += len;
      } else {
        this.fail('unknown-escape', { escape: e });
      }
    }
    return out;
  }

  private numberValue(): Value {
    const raw = this.raw();
    // Most numbers in an export are small decimal integers: no BigInt for them.
    if (raw.length < 16 && /^\d+$/.test(raw)) return neo4j.int(Number(raw));
    if (/^\d+$/.test(raw) || /^0x[0-9a-fA-F]+$/.test(raw) || /^0o[0-7]+$/.test(raw)) {
      const big = BigInt(raw);
      if (big > 9223372036854775807n) this.fail('integer-too-large', { integer: raw });
      return neo4j.int(big.toString());
    }
    if (/^(?:\d+\.\d+(?:[eE][+-]?\d+)?|\d+[eE][+-]?\d+)$/.test(raw)) return Number(raw);
    return this.fail('not-a-number', { text: raw });
  }
}

// ---------------------------------------------------------------------------------------------
// Scopes: which variable is a node, a relationship or a value, and what each clause may do

type Kind = 'node' | 'rel' | 'value';

function checkScopes(clauses: Clause[]): void {
  let scope = new Map<string, Kind>();
  for (const clause of clauses) {
    switch (clause.k) {
      case 'unwind':
        checkValueExpr(clause.expr, scope);
        scope.set(clause.as, 'value');
        break;
      case 'match':
        for (const p of clause.patterns) checkPattern(p, scope, 'match');
        break;
      case 'merge':
        checkPattern(clause.pattern, scope, 'merge');
        for (const item of [...clause.onCreate, ...clause.onMatch]) checkSetItem(item, scope);
        break;
      case 'create':
        for (const p of clause.patterns) checkPattern(p, scope, 'create');
        break;
      case 'set':
        for (const item of clause.items) checkSetItem(item, scope);
        break;
      case 'with': {
        const next = clause.all ? new Map(scope) : new Map<string, Kind>();
        for (const item of clause.items) {
          if (item.expr) {
            checkValueExpr(item.expr, scope);
            next.set(item.name, 'value');
          } else {
            const kind = scope.get(item.name);
            if (!kind) throw new CheckError('unknown-variable', clause.line, sentence('with', { variable: item.name }));
            next.set(item.name, kind);
          }
        }
        scope = next;
        break;
      }
    }
  }
}

function checkPattern(p: Pattern, scope: Map<string, Kind>, mode: 'match' | 'merge' | 'create'): void {
  const single = p.rels.length === 0;
  for (const n of p.nodes) {
    const bound = n.v !== undefined ? scope.get(n.v) : undefined;
    if (bound) {
      if (bound !== 'node') throw new CheckError('syntax-error', n.line, sentence('not-a-node', { variable: n.v!, kind: KIND[bound] }));
      if (n.labels.length || n.props) {
        throw new CheckError('syntax-error', n.line, sentence('bound-with-labels', { variable: n.v! }));
      }
      if (single && mode !== 'match') throw new CheckError('syntax-error', n.line, sentence('bound-does-nothing', { variable: n.v!, clause: mode.toUpperCase() }));
      continue;
    }
    checkLabels(n.labels, n.line);
    if (n.props) {
      if (n.props.k === 'param') throw new CheckError('unsupported', n.line, sentence('node-properties'));
      checkMapExpr(n.props, scope, n.line);
    }
    if (mode === 'create') {
      if (n.v) scope.set(n.v, 'node');
      continue;
    }
    if (mode === 'merge' && !single) {
      throw new CheckError('unsupported', n.line, sentence('merge-relationship'));
    }
    // MATCH, or MERGE of one node: the node is named by its label and a unique key.
    const key = nodeKey(n);
    if (!key) {
      const label = n.labels[0];
      const keys = label && isLabel(label) ? uniqueKeys(label) : ['id'];
      throw new CheckError(
        'no-search',
        n.line,
        sentence('node-key', {
          clause: mode.toUpperCase(),
          pattern: `${n.v ?? ''}${n.labels.map((l) => ':' + l).join('')}`,
          keys: both(keys.join(' of '), keys.join(' or ')),
          label: label ?? 'Label',
          key: keys[0]!,
        }),
      );
    }
    if (n.v) scope.set(n.v, 'node');
  }
  for (const r of p.rels) {
    if (!isRelationshipType(r.type)) {
      throw new CheckError('unknown-type', r.line, { type: r.type });
    }
    if (r.v && scope.has(r.v)) throw new CheckError('syntax-error', r.line, sentence('bound-already', { variable: r.v }));
    if (r.props) {
      if (r.props.k === 'param') throw new CheckError('unsupported', r.line, sentence('relationship-properties'));
      checkMapExpr(r.props, scope, r.line);
    }
    if (r.v) scope.set(r.v, 'rel');
  }
}

/** The label and unique key a MATCH/MERGE node pattern names its node by, if it does. */
export function nodeKey(n: NodePattern): { label: string; key: string } | undefined {
  if (n.labels.length !== 1 || !n.props) return undefined;
  const label = n.labels[0]!;
  const keys = n.props.k === 'map' ? n.props.keys : n.props.k === 'value' && isMap(n.props.v) ? Object.keys(n.props.v) : [];
  if (label === APOC_TEMP_LABEL) return keys.includes(APOC_TEMP_PROPERTY) ? { label, key: APOC_TEMP_PROPERTY } : undefined;
  if (!isLabel(label)) return undefined;
  const key = uniqueKeys(label).find((k) => keys.includes(k));
  return key ? { label, key } : undefined;
}

function checkLabels(labels: string[], line: number): void {
  for (const l of labels) {
    if (SYSTEM_LABEL_NAMES.has(l)) {
      throw new CheckError('system-label', line, { label: l });
    }
    if (l !== APOC_TEMP_LABEL && !isLabel(l)) {
      throw new CheckError('unknown-label', line, { label: l, known: Object.keys(LABELS).join(', ') });
    }
  }
}

function checkMapExpr(e: Expr, scope: Map<string, Kind>, line: number): void {
  checkValueExpr(e, scope);
  const keys = e.k === 'map' ? e.keys : e.k === 'value' && isMap(e.v) ? Object.keys(e.v) : [];
  for (const k of keys) if (SYSTEM_PROPERTY_NAMES.has(k)) throw systemProperty(k, line);
}

function systemProperty(key: string, line: number): CheckError {
  return new CheckError('system-property', line, { property: key });
}

function checkSetItem(item: SetItem, scope: Map<string, Kind>): void {
  const kind = scope.get(item.v);
  if (!kind) throw new CheckError('unknown-variable', item.line, { variable: item.v });
  if (kind === 'value') throw new CheckError('syntax-error', item.line, sentence('set-on-value', { variable: item.v }));
  switch (item.k) {
    case 'labels':
      if (kind !== 'node') throw new CheckError('syntax-error', item.line, sentence('relationship-label', { variable: item.v }));
      checkLabels(item.labels, item.line);
      break;
    case 'prop':
      if (SYSTEM_PROPERTY_NAMES.has(item.key)) throw systemProperty(item.key, item.line);
      checkValueExpr(item.expr, scope);
      break;
    case 'props':
      checkMapExpr(item.expr, scope, item.line);
      break;
  }
}

/** A value expression may use value variables and parameters, never a node or relationship. */
function checkValueExpr(e: Expr, scope: Map<string, Kind>): void {
  switch (e.k) {
    case 'value':
    case 'param':
      return;
    case 'var': {
      const kind = scope.get(e.name);
      if (!kind) throw new CheckError('unknown-variable', e.line, sentence('here', { variable: e.name }));
      if (kind !== 'value') throw new CheckError('no-read', e.line, sentence('variable', { variable: e.name, kind: KIND[kind] }));
      return;
    }
    case 'prop': {
      let base: Expr = e;
      while (base.k === 'prop') base = base.of;
      if (base.k === 'var') {
        const kind = scope.get(base.name);
        if (kind === 'node' || kind === 'rel') {
          throw new CheckError('no-read', e.line, sentence('property', { variable: base.name, key: e.key, kind: KIND[kind] }));
        }
      }
      checkValueExpr(base, scope);
      return;
    }
    case 'list':
      e.items.forEach((i) => checkValueExpr(i, scope));
      return;
    case 'map':
      e.values.forEach((v) => checkValueExpr(v, scope));
      return;
    case 'call':
      e.args.forEach((a) => checkValueExpr(a, scope));
      return;
    case 'add':
      checkValueExpr(e.a, scope);
      checkValueExpr(e.b, scope);
      return;
    case 'neg':
      checkValueExpr(e.e, scope);
      return;
  }
}

// ---------------------------------------------------------------------------------------------
// Statements told by their first words: APOC's own statements, schema and administration commands

interface HeadToken {
  type: TokenType;
  /** Identifiers in upper case; backticked names without backticks; others as written. */
  text: string;
  /** The name an identifier or backticked name stands for. */
  name: string | undefined;
  line: number;
}

function headTokens(text: string, line: number, max: number): { tokens: HeadToken[]; complete: boolean } {
  const lexer = new Lexer(text, 0, line);
  const tokens: HeadToken[] = [];
  for (;;) {
    const type = lexer.next();
    if (type === T.End) return { tokens, complete: true };
    if (tokens.length === max) return { tokens, complete: false };
    const raw = lexer.tokenText();
    const name = type === T.Ident ? raw : type === T.Escaped ? lexer.escapedName() : undefined;
    tokens.push({ type, text: type === T.Ident ? raw.toUpperCase() : (name ?? raw), name, line: lexer.tokenLine });
  }
}

class Cursor {
  i = 0;
  constructor(private readonly tokens: readonly HeadToken[]) {}
  peek(offset = 0): HeadToken | undefined {
    return this.tokens[this.i + offset];
  }
  keyword(word: string): boolean {
    const t = this.tokens[this.i];
    if (t && t.type === T.Ident && t.text === word) return ++this.i > 0;
    return false;
  }
  punct(ch: string): boolean {
    const t = this.tokens[this.i];
    if (t && t.type === T.Punct && t.text === ch) return ++this.i > 0;
    return false;
  }
  name(): string | undefined {
    const t = this.tokens[this.i];
    if (t && t.name !== undefined) {
      this.i++;
      return t.name;
    }
    return undefined;
  }
  nameIs(expected: string): boolean {
    const t = this.tokens[this.i];
    if (t && t.name === expected) return ++this.i > 0;
    return false;
  }
  literal(): boolean {
    const t = this.tokens[this.i];
    if (t && (t.type === T.String || t.type === T.Number)) return ++this.i > 0;
    return false;
  }
  done(): boolean {
    return this.i === this.tokens.length;
  }
}

const TEMP_CONSTRAINT_NAME = 'UNIQUE_IMPORT_NAME';

function classifyApoc(head: { tokens: HeadToken[]; complete: boolean }): 'apoc-temp-constraint' | 'apoc-cleanup' | 'await-indexes' | undefined {
  if (!head.complete) return undefined;
  const tokens = head.tokens;
  if (isTempConstraintCreate(new Cursor(tokens)) || isTempConstraintDrop(new Cursor(tokens))) return 'apoc-temp-constraint';
  if (isCleanup(new Cursor(tokens))) return 'apoc-cleanup';
  if (isAwaitIndexes(new Cursor(tokens))) return 'await-indexes';
  return undefined;
}

/** `(v:`UNIQUE IMPORT LABEL`) REQUIRE|ASSERT (v.`UNIQUE IMPORT ID`) IS UNIQUE` (parentheses optional). */
function tempConstraintBody(c: Cursor, requireWords: readonly string[]): boolean {
  if (!c.punct('(')) return false;
  const variable = c.name();
  if (variable === undefined || !c.punct(':') || !c.nameIs(APOC_TEMP_LABEL) || !c.punct(')')) return false;
  if (!requireWords.some((w) => c.keyword(w))) return false;
  const paren = c.punct('(');
  if (!c.nameIs(variable) || !c.punct('.') || !c.nameIs(APOC_TEMP_PROPERTY)) return false;
  if (paren && !c.punct(')')) return false;
  return c.keyword('IS') && c.keyword('UNIQUE') && c.done();
}

function isTempConstraintCreate(c: Cursor): boolean {
  if (!c.keyword('CREATE') || !c.keyword('CONSTRAINT')) return false;
  const next = c.peek();
  const startsBody = (next?.text === 'ON' || next?.text === 'FOR') && c.peek(1)?.text === '(';
  if (!startsBody && !(next?.text === 'IF' && next.type === T.Ident)) {
    if (!c.nameIs(TEMP_CONSTRAINT_NAME)) return false;
  }
  if (c.keyword('IF') && !(c.keyword('NOT') && c.keyword('EXISTS'))) return false;
  if (c.keyword('FOR')) return tempConstraintBody(c, ['REQUIRE', 'ASSERT']);
  if (c.keyword('ON')) return tempConstraintBody(c, ['ASSERT', 'REQUIRE']);
  return false;
}

function isTempConstraintDrop(c: Cursor): boolean {
  if (!c.keyword('DROP') || !c.keyword('CONSTRAINT')) return false;
  if (c.keyword('ON')) return tempConstraintBody(c, ['ASSERT']);
  if (!c.nameIs(TEMP_CONSTRAINT_NAME)) return false;
  if (c.keyword('IF') && !c.keyword('EXISTS')) return false;
  return c.done();
}

/** MATCH (n:`UNIQUE IMPORT LABEL`) WITH n LIMIT 20000 REMOVE n:`UNIQUE IMPORT LABEL` REMOVE n.`UNIQUE IMPORT ID` */
function isCleanup(c: Cursor): boolean {
  if (!c.keyword('MATCH') || !c.punct('(')) return false;
  const n = c.name();
  if (n === undefined || !c.punct(':') || !c.nameIs(APOC_TEMP_LABEL) || !c.punct(')')) return false;
  if (!c.keyword('WITH') || !c.nameIs(n) || !c.keyword('LIMIT')) return false;
  if (c.peek()?.type !== T.Number || !/^\d+$/.test(c.peek()!.text)) return false;
  c.i++;
  if (!c.keyword('REMOVE') || !c.nameIs(n) || !c.punct(':') || !c.nameIs(APOC_TEMP_LABEL)) return false;
  if (!c.keyword('REMOVE') || !c.nameIs(n) || !c.punct('.') || !c.nameIs(APOC_TEMP_PROPERTY)) return false;
  return c.done();
}

/** CALL db.awaitIndexes(300) or CALL db.awaitIndex(':L(p)'[, 300]) */
function isAwaitIndexes(c: Cursor): boolean {
  if (!c.keyword('CALL') || !c.nameIs('db') || !c.punct('.')) return false;
  if (!c.nameIs('awaitIndexes') && !c.nameIs('awaitIndex')) return false;
  if (!c.punct('(')) return false;
  if (!c.punct(')')) {
    do {
      if (!c.literal()) return false;
    } while (c.punct(','));
    if (!c.punct(')')) return false;
  }
  return c.done();
}

const SCHEMA_WORDS = new Set(['INDEX', 'CONSTRAINT', 'RANGE', 'TEXT', 'POINT', 'LOOKUP', 'FULLTEXT', 'VECTOR', 'BTREE']);
const ADMIN_CREATE_WORDS = new Set(['DATABASE', 'USER', 'ROLE', 'ALIAS', 'COMPOSITE', 'OR', 'SERVER']);
const ADMIN_FIRST_WORDS = new Set([
  'SHOW', 'GRANT', 'DENY', 'REVOKE', 'ALTER', 'START', 'STOP', 'TERMINATE', 'RENAME', 'ENABLE', 'DEALLOCATE', 'REALLOCATE', 'DRYRUN',
]);

const schemaDetail = (command: string): Params => ({ command, temporary: APOC_TEMP_LABEL });
const adminDetail = (command: string): Params => ({ command });

/** A schema or administration command, told by its first words. */
function leadingCommand(head: { tokens: HeadToken[] }): { rule: CheckRule; detail: Params } | undefined {
  const [first, second, third] = head.tokens;
  if (!first || first.type !== T.Ident) return undefined;
  const secondWord = second?.type === T.Ident ? second.text : undefined;
  const thirdWord = third?.type === T.Ident ? third.text : undefined;
  let words = secondWord ? `${first.text} ${secondWord}` : first.text;
  if (secondWord && thirdWord && (thirdWord === 'INDEX' || thirdWord === 'INDEXES' || thirdWord === 'DATABASE')) words += ` ${thirdWord}`;
  const assignment = third?.type === T.Punct && third.text === '='; // CREATE index = (a)-->(b)
  if (first.text === 'CREATE' && secondWord && !assignment) {
    if (SCHEMA_WORDS.has(secondWord)) return { rule: 'no-schema', detail: schemaDetail(words) };
    if (ADMIN_CREATE_WORDS.has(secondWord)) return { rule: 'no-admin', detail: adminDetail(words) };
  }
  if (first.text === 'DROP') {
    if (secondWord && SCHEMA_WORDS.has(secondWord)) return { rule: 'no-schema', detail: schemaDetail(words) };
    return { rule: 'no-admin', detail: adminDetail(words) };
  }
  if (ADMIN_FIRST_WORDS.has(first.text)) return { rule: 'no-admin', detail: adminDetail(words) };
  if (first.text === 'EXPLAIN' || first.text === 'PROFILE' || first.text === 'CYPHER') {
    return { rule: 'unsupported', detail: sentence('command', { keyword: first.text }) };
  }
  return undefined;
}

/** For messages: the statement's start. */
export { excerpt };

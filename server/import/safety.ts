/**
 * Static safety check of a dataset's Cypher, before anything reaches the database: a dataset may
 * only add and update data. Each refusal names its rule and the line of the offending keyword.
 *
 * How a statement is checked:
 * 1. The statements APOC's exports write around the data (the temporary `UNIQUE IMPORT LABEL`
 *    constraint in the Neo4j 5 and 4.x syntax, the clean-up, `CALL db.awaitIndexes`) are recognised
 *    by their exact tokens and classified, so the import pipeline can treat them apart.
 * 2. Schema and administration commands are refused by their first words (this also catches the
 *    Neo4j 4.x forms, such as `CREATE INDEX ON :L(p)`, that a Neo4j 5 parser cannot read).
 * 3. Everything else is parsed with Neo4j's Cypher grammar (`@neo4j-cypher/language-support`) and
 *    the parse tree is searched for the refused clauses, procedures, functions and property keys.
 *    Keywords inside strings, comments, backticked names and property keys are never mistaken
 *    for clauses, since the parser knows the difference.
 *
 * Speed: the parser needs about 4 µs per character, too slow for the 20 MB files APOC writes. So
 * a statement is parsed in a reduced form, its "skeleton": literal lists and maps replaced by
 * `[]`/`{}`, strings by `''` and numbers by `0`, with line breaks kept. APOC's batches then share
 * a handful of skeletons, and each distinct skeleton is parsed once (results are cached). A literal
 * is only replaced when it is a well-formed literal (checked here) and has no `importId` key; a
 * skeleton that fails to parse is checked again from the original text.
 */
import { createRequire } from 'node:module';
import { Lexer, T, excerpt, type FileItem, type TokenType } from './cypher-file.ts';

export interface SafetyIssue {
  /** 1-based line of the offending keyword (for a client command or :param, the command's line). */
  line: number;
  rule: SafetyRule;
  /** Starts with "line N: ", says what is refused, why, and what to do. */
  message: string;
  /** The first 120 characters of the statement or command, whitespace runs made single spaces. */
  statement: string;
}

export type SafetyRule =
  | 'no-delete'
  | 'no-remove'
  | 'no-procedure'
  | 'no-call-in-transactions'
  | 'no-apoc'
  | 'no-function'
  | 'no-load-csv'
  | 'no-use'
  | 'no-client-command'
  | 'no-schema'
  | 'no-admin'
  | 'system-property'
  | 'syntax-error';

/**
 * What a statement does, for the import pipeline:
 * - `data`: an ordinary statement that adds or updates data;
 * - `apoc-temp-constraint-create` / `-drop`: APOC's temporary uniqueness constraint on
 *   `UNIQUE IMPORT LABEL`/`UNIQUE IMPORT ID` (possibly in the Neo4j 4.x syntax, which Neo4j 5
 *   refuses: run `APOC_TEMP_CONSTRAINT` instead of the file's text);
 * - `apoc-cleanup`: APOC's `MATCH (n:`UNIQUE IMPORT LABEL`) WITH n LIMIT 20000 REMOVE ...`,
 *   which removes the temporary label and id from at most LIMIT nodes per run;
 * - `await-indexes`: `CALL db.awaitIndexes(...)` or `CALL db.awaitIndex(...)`.
 */
export type StatementClass =
  | 'data'
  | 'apoc-temp-constraint-create'
  | 'apoc-temp-constraint-drop'
  | 'apoc-cleanup'
  | 'await-indexes';

/** Neo4j 5 forms of APOC's temporary constraint, whatever syntax the file used. */
export const APOC_TEMP_CONSTRAINT = {
  create:
    'CREATE CONSTRAINT UNIQUE_IMPORT_NAME IF NOT EXISTS FOR (node:`UNIQUE IMPORT LABEL`) REQUIRE (node.`UNIQUE IMPORT ID`) IS UNIQUE',
  drop: 'DROP CONSTRAINT UNIQUE_IMPORT_NAME IF EXISTS',
} as const;

export interface FileCheck {
  /** Per item of the file (same index): the statement's class; undefined for other items. */
  classes: Array<StatementClass | undefined>;
  issues: SafetyIssue[];
}

/** The application's own property on imported data; datasets may not write it. */
export const SYSTEM_PROPERTY = 'importId';
const ALLOWED_PROCEDURES = new Set(['db.awaitIndexes', 'db.awaitIndex']);
/** Namespaces of Neo4j's built-in functions (lower case); any other namespaced function is refused. */
const BUILT_IN_NAMESPACES = new Set([
  'date',
  'datetime',
  'localdatetime',
  'localtime',
  'time',
  'duration',
  'point',
  'vector',
  'vector.similarity',
  'db',
  'graph',
]);
const TEMP_LABEL = 'UNIQUE IMPORT LABEL';
const TEMP_ID = 'UNIQUE IMPORT ID';
const TEMP_CONSTRAINT_NAME = 'UNIQUE_IMPORT_NAME';
/** Syntax errors get Neo4j's own message (from its front end, ~0.1 s each) up to this many per file. */
const DETAILED_SYNTAX_ERRORS = 10;
const CACHE_LIMIT = 5000;

/** Checks the items of a file (see `readCypherFile`). */
export function checkFile(items: readonly FileItem[]): FileCheck {
  const context: CheckContext = { detailedErrorsLeft: DETAILED_SYNTAX_ERRORS };
  const classes: Array<StatementClass | undefined> = [];
  const issues: SafetyIssue[] = [];
  for (const item of items) {
    switch (item.kind) {
      case 'statement': {
        const result = guarded(item.line, item.text, () => checkStatementIn(item.text, item.line, context));
        classes.push(result.cls);
        issues.push(...result.issues);
        break;
      }
      case 'param':
      case 'params': {
        const shown = item.kind === 'param' ? `:param ${item.name} => ${item.expression}` : `:params ${item.expression}`;
        const result = guarded(item.line, shown, () => checkCypher(`RETURN ${item.expression}`, item.line, shown, context, true));
        classes.push(undefined);
        issues.push(...result.issues);
        break;
      }
      case 'unknown-command':
        classes.push(undefined);
        issues.push(
          issue(
            item.line,
            'no-client-command',
            `the client command ${item.text.split(/\s/)[0]} is not allowed in an import; only :begin, :commit, :rollback, ` +
              ':param name => value and :param {map} (or :params {map}) are understood. Remove the line.',
            item.text,
          ),
        );
        break;
      default:
        classes.push(undefined);
    }
  }
  return { classes, issues };
}

/** Checks one statement (text without its `;`) that starts on `line` of its file. */
export function checkStatement(text: string, line: number): { cls: StatementClass; issues: SafetyIssue[] } {
  return guarded(line, text, () => checkStatementIn(text, line, { detailedErrorsLeft: DETAILED_SYNTAX_ERRORS }));
}

interface CheckContext {
  detailedErrorsLeft: number;
}

/** Anything unexpected while checking (a lexer error, a parser failure) refuses the statement. */
function guarded(
  line: number,
  shown: string,
  check: () => { cls: StatementClass; issues: SafetyIssue[] },
): { cls: StatementClass; issues: SafetyIssue[] } {
  try {
    return check();
  } catch (error) {
    const detail = error instanceof Error ? error.message.replace(/^line \d+: /, '') : String(error);
    const relative = (error as { line?: unknown }).line;
    const errorLine = typeof relative === 'number' ? line + relative - 1 : line;
    return { cls: 'data', issues: [issue(errorLine, 'syntax-error', `the statement could not be read: ${detail}`, shown)] };
  }
}

function checkStatementIn(text: string, line: number, context: CheckContext): { cls: StatementClass; issues: SafetyIssue[] } {
  const head = headTokens(text, 40);
  const cls = classifyApoc(head);
  if (cls) return { cls, issues: [] };
  const command = leadingCommand(head);
  if (command) {
    const first = head.tokens[0]!;
    return { cls: 'data', issues: [issue(line + first.line - 1, command.rule, command.detail, text)] };
  }
  return checkCypher(text, line, text, context, false);
}

// ---------------------------------------------------------------------------------------------
// Messages

function issue(line: number, rule: SafetyRule, detail: string, statement: string): SafetyIssue {
  return { line, rule, message: `line ${line}: ${detail}`, statement: excerpt(statement) };
}

const DELETE_DETAIL = (what: string) =>
  `${what} is not allowed in an import; datasets may only add and update. Remove the statement, or ask the maintainers to delete the data.`;

function removeDetail(item: string): string {
  return (
    `REMOVE ${item} is not allowed in an import; datasets may only add and update (only APOC's temporary ` +
    `\`${TEMP_LABEL}\` label and \`${TEMP_ID}\` property may be removed). Remove it, or ask the maintainers to change the data.`
  );
}

function schemaDetail(words: string): string {
  return (
    `${words} is not allowed in an import: indexes and constraints are managed by the maintainers (only APOC's temporary ` +
    `constraint on \`${TEMP_LABEL}\` is accepted). Remove the statement, or ask the maintainers for the index or constraint.`
  );
}

function adminDetail(words: string): string {
  return `${words} is an administration command and is not allowed in an import. Remove the statement.`;
}

const SYSTEM_PROPERTY_DETAIL = (how: string) =>
  `${how} writes the property ${SYSTEM_PROPERTY}, which the application manages: a dataset may not write it. ` +
  `Rename the property in the data (for example to sourceId).`;

// ---------------------------------------------------------------------------------------------
// Token patterns: APOC's own statements and leading commands

interface HeadToken {
  type: TokenType;
  /** Identifiers in upper case; backticked names without backticks; others as written. */
  text: string;
  /** The name an identifier or backticked name stands for. */
  name: string | undefined;
  line: number;
}

function headTokens(text: string, max: number): { tokens: HeadToken[]; complete: boolean } {
  const lexer = new Lexer(text, 0, 1);
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

function classifyApoc(head: { tokens: HeadToken[]; complete: boolean }): StatementClass | undefined {
  if (!head.complete) return undefined;
  const tokens = head.tokens;
  if (isTempConstraintCreate(new Cursor(tokens))) return 'apoc-temp-constraint-create';
  if (isTempConstraintDrop(new Cursor(tokens))) return 'apoc-temp-constraint-drop';
  if (isCleanup(new Cursor(tokens))) return 'apoc-cleanup';
  if (isAwaitIndexes(new Cursor(tokens))) return 'await-indexes';
  return undefined;
}

/** `(v:`UNIQUE IMPORT LABEL`) REQUIRE|ASSERT (v.`UNIQUE IMPORT ID`) IS UNIQUE` (parentheses optional). */
function tempConstraintBody(c: Cursor, requireWords: readonly string[]): boolean {
  if (!c.punct('(')) return false;
  const variable = c.name();
  if (variable === undefined || !c.punct(':') || !c.nameIs(TEMP_LABEL) || !c.punct(')')) return false;
  if (!requireWords.some((w) => c.keyword(w))) return false;
  const paren = c.punct('(');
  if (!c.nameIs(variable) || !c.punct('.') || !c.nameIs(TEMP_ID)) return false;
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
  if (n === undefined || !c.punct(':') || !c.nameIs(TEMP_LABEL) || !c.punct(')')) return false;
  if (!c.keyword('WITH') || !c.nameIs(n) || !c.keyword('LIMIT')) return false;
  if (c.peek()?.type !== T.Number || !/^\d+$/.test(c.peek()!.text)) return false;
  c.i++;
  if (!c.keyword('REMOVE') || !c.nameIs(n) || !c.punct(':') || !c.nameIs(TEMP_LABEL)) return false;
  if (!c.keyword('REMOVE') || !c.nameIs(n) || !c.punct('.') || !c.nameIs(TEMP_ID)) return false;
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
  'SHOW',
  'GRANT',
  'DENY',
  'REVOKE',
  'ALTER',
  'START',
  'STOP',
  'TERMINATE',
  'RENAME',
  'ENABLE',
  'DEALLOCATE',
  'REALLOCATE',
  'DRYRUN',
]);

/** A schema or administration command, told by its first words. */
function leadingCommand(head: { tokens: HeadToken[] }): { rule: SafetyRule; detail: string } | undefined {
  const [first, second, third] = head.tokens;
  if (!first || first.type !== T.Ident) return undefined;
  const secondWord = second?.type === T.Ident ? second.text : undefined;
  const thirdWord = third?.type === T.Ident ? third.text : undefined;
  // CREATE INDEX, CREATE RANGE INDEX, DROP CONSTRAINT, SHOW USERS ...
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
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Skeletons

/** After these keywords a `[` starts a list literal (elsewhere it may index a value: `list[0]`). */
const LIST_AFTER_KEYWORDS = new Set([
  'UNWIND',
  'IN',
  'RETURN',
  'WITH',
  'AND',
  'OR',
  'XOR',
  'NOT',
  'WHERE',
  'THEN',
  'ELSE',
  'WHEN',
  'DISTINCT',
  'YIELD',
]);
const LIST_AFTER_PUNCT = new Set([',', '(', '[', '{', ':', '=', '+', '-', '*', '/', '%', '^', '<', '>', '|']);
const VALUE_FUNCTIONS = new Set(['date', 'datetime', 'localdatetime', 'localtime', 'time', 'duration', 'point']);
const VALID_NUMBER = /^(?:\d+|\d+\.\d+(?:[eE][+-]?\d+)?|\d+[eE][+-]?\d+|0x[0-9A-Fa-f]+|0o[0-7]+)$/;
const INTEGER = /^(?:\d+|0x[0-9A-Fa-f]+|0o[0-7]+)$/;
const MAX_LITERAL_DEPTH = 64;

/**
 * The statement with well-formed literal lists and maps replaced by `[]`/`{}`, strings by `''`
 * and numbers by `0`/`0.0`, comments dropped, line breaks kept. A string that spells the system
 * property (`'importId'`, also with escapes) is kept, and so is a literal with an `importId` key:
 * the parse tree must see those.
 */
export function skeleton(text: string): string {
  const lexer = new Lexer(text, 0, 1);
  const out: string[] = [];
  let line = 1;
  let previous = ''; // previous token: upper-case identifier, punctuation, or '' at the start / after a value
  let previousIsValue = false;
  let type = lexer.next();
  while (type !== T.End) {
    if (lexer.tokenLine > line) {
      out.push('\n'.repeat(lexer.tokenLine - line));
      line = lexer.tokenLine;
    } else if (lexer.spaced) {
      out.push(' ');
    }
    const first = text.charCodeAt(lexer.start);
    if (type === T.Punct && (first === 123 || (first === 91 && !previousIsValue && listMayFollow(previous)))) {
      const mark = lexer.mark();
      if (literalValue(lexer, 0)) {
        // The next token's line break(s) put the output back on the original's lines.
        out.push(first === 123 ? '{}' : '[]');
        previous = '';
        previousIsValue = true;
        type = lexer.next();
        continue;
      }
      lexer.reset(mark);
    }
    const raw = lexer.tokenText();
    let emitted = raw;
    switch (type) {
      case T.String:
        if (stringLiteralValue(raw) !== SYSTEM_PROPERTY) emitted = "''";
        previousIsValue = true;
        previous = '';
        break;
      case T.Number:
        if (VALID_NUMBER.test(raw) && previous !== 'CYPHER') emitted = INTEGER.test(raw) ? '0' : '0.0';
        previousIsValue = true;
        previous = '';
        break;
      case T.Ident:
        previous = raw.toUpperCase();
        previousIsValue = !LIST_AFTER_KEYWORDS.has(previous);
        break;
      case T.Escaped:
        previous = '';
        previousIsValue = true;
        break;
      default:
        previous = raw;
        previousIsValue = raw === ')' || raw === ']' || raw === '}';
    }
    out.push(emitted);
    if (emitted === raw && lexer.line > line) line = lexer.line; // a kept token that spans lines
    type = lexer.next();
  }
  return out.join('');
}

function listMayFollow(previous: string): boolean {
  return previous === '' || LIST_AFTER_PUNCT.has(previous) || LIST_AFTER_KEYWORDS.has(previous);
}

/**
 * Reads a literal value starting at the current token; on success the current token is its last
 * one. Values: strings, valid numbers (optionally negative), true/false/null, lists, maps (keys
 * other than importId), and date/time/duration/point constructor calls on such values.
 */
function literalValue(lexer: Lexer, depth: number): boolean {
  if (depth > MAX_LITERAL_DEPTH) return false;
  const text = lexer.text;
  const type: TokenType = lexer.type;
  switch (type) {
    case T.String:
      return true;
    case T.Number:
      return VALID_NUMBER.test(lexer.tokenText());
    case T.Ident: {
      const word = lexer.tokenText().toLowerCase();
      if (word === 'true' || word === 'false' || word === 'null') return true;
      if (!VALUE_FUNCTIONS.has(word)) return false;
      if (lexer.next() !== T.Punct || text.charCodeAt(lexer.start) !== 40) return false;
      if (lexer.next() === T.Punct && text.charCodeAt(lexer.start) === 41) return true;
      if (!literalValue(lexer, depth + 1)) return false;
      return lexer.next() === T.Punct && text.charCodeAt(lexer.start) === 41;
    }
    case T.Punct: {
      const c = text.charCodeAt(lexer.start);
      if (c === 45) return lexer.next() === T.Number && VALID_NUMBER.test(lexer.tokenText()); // -1
      if (c === 91) {
        // [value, ...]
        if (lexer.next() === T.Punct && text.charCodeAt(lexer.start) === 93) return true;
        for (;;) {
          if (!literalValue(lexer, depth + 1)) return false;
          if (lexer.next() !== T.Punct) return false;
          const sep = text.charCodeAt(lexer.start);
          if (sep === 93) return true;
          if (sep !== 44) return false;
          lexer.next();
        }
      }
      if (c === 123) {
        // {key: value, ...}
        let type = lexer.next();
        if (type === T.Punct && text.charCodeAt(lexer.start) === 125) return true;
        for (;;) {
          let key: string;
          if (type === T.Ident) key = lexer.tokenText();
          else if (type === T.Escaped) key = lexer.escapedName();
          else return false;
          if (key === SYSTEM_PROPERTY) return false;
          if (lexer.next() !== T.Punct || text.charCodeAt(lexer.start) !== 58) return false;
          lexer.next();
          if (!literalValue(lexer, depth + 1)) return false;
          if (lexer.next() !== T.Punct) return false;
          const sep = text.charCodeAt(lexer.start);
          if (sep === 125) return true;
          if (sep !== 44) return false;
          type = lexer.next();
        }
      }
      return false;
    }
    default:
      return false;
  }
}

// ---------------------------------------------------------------------------------------------
// Parsing and the parse tree

/** What the checks need of an ANTLR parse tree node (rule context or terminal). */
interface ParseNode {
  readonly ruleIndex?: number;
  readonly children?: ParseNode[] | null;
  readonly symbol?: { readonly line: number; readonly type: number; readonly text: string };
  readonly start?: { readonly line: number };
  readonly parentCtx?: ParseNode | null;
  getText(): string;
}

interface ParsedStatement {
  ctx: ParseNode;
  parser: { _syntaxErrors: number };
  syntaxErrors: Array<{ message: string; range: { start: { line: number } } }>;
}

interface LanguageSupport {
  parserWrapper: { parse(query: string, consoleCommandsEnabled?: boolean): { statementsParsing: ParsedStatement[] } };
  lintCypherQuery(
    query: string,
    dbSchema: object,
    consoleCommandsEnabled?: boolean,
  ): Array<{ severity?: number; message: string; range: { start: { line: number } } }>;
  CypherParser: Record<string, unknown>;
}

const RULE_NAMES = [
  'deleteClause',
  'removeItem',
  'callClause',
  'procedureName',
  'subqueryInTransactionsParameters',
  'functionInvocation',
  'functionName',
  'loadCSVClause',
  'useClause',
  'command',
  'createConstraint',
  'dropConstraint',
  'createIndex',
  'dropIndex',
  'setItem',
  'propertyExpression',
  'dynamicPropertyExpression',
  'dynamicProperty',
  'property',
  'propertyKeyName',
  'map',
  'mapProjectionElement',
  'properties',
  'matchClause',
  'clause',
  'statement',
  'regularQuery',
  'union',
  'singleQuery',
  'returnClause',
  'returnBody',
  'returnItems',
  'returnItem',
  'expression',
] as const;
type RuleName = (typeof RULE_NAMES)[number];

interface Parser {
  lib: LanguageSupport;
  rule: Record<RuleName, number>;
}

let parser: Parser | undefined;

/**
 * Loads the parser on first use (about 1 s). The package's ES module build has import paths Node
 * cannot resolve, so its CommonJS bundle is loaded instead.
 */
function loadParser(): Parser {
  if (parser) return parser;
  const lib = createRequire(import.meta.url)('@neo4j-cypher/language-support') as LanguageSupport;
  const rule = {} as Record<RuleName, number>;
  for (const name of RULE_NAMES) {
    const index = lib.CypherParser[`RULE_${name}`];
    if (typeof index !== 'number') {
      throw new Error(`@neo4j-cypher/language-support has no grammar rule ${name}; the safety check needs the version in package.json.`);
    }
    rule[name] = index;
  }
  parser = { lib, rule };
  return parser;
}

/** A refusal found in a parse tree, with its line relative to the parsed text. */
interface Finding {
  relativeLine: number;
  rule: SafetyRule;
  detail: string;
}

const cache = new Map<string, Finding[]>();

/**
 * Checks Cypher text with the parser: a statement, or `RETURN expr` for a :param value, which must
 * then be one expression (the pipeline evaluates it as `RETURN expr AS value`).
 */
function checkCypher(
  text: string,
  line: number,
  shown: string,
  context: CheckContext,
  expression: boolean,
): { cls: StatementClass; issues: SafetyIssue[] } {
  const shape = skeleton(text);
  const key = expression ? `\u0000${shape}` : shape;
  let findings = cache.get(key);
  if (!findings) {
    const fromSkeleton = parseAndInspect(shape, expression);
    if (fromSkeleton) {
      findings = fromSkeleton;
      if (cache.size >= CACHE_LIMIT) cache.clear();
      cache.set(key, findings);
    } else {
      // The skeleton does not parse: check the original, and report its syntax error if it has one.
      findings = parseAndInspect(text, expression) ?? [syntaxError(text, context)];
    }
  }
  return {
    cls: 'data',
    issues: findings.map((f) => issue(line + f.relativeLine - 1, f.rule, f.detail, shown)),
  };
}

/** Parses `text` and returns its refusals; undefined on a syntax error. */
function parseAndInspect(text: string, expression: boolean): Finding[] | undefined {
  const { lib, rule } = loadParser();
  const statements = lib.parserWrapper.parse(text, false).statementsParsing;
  if (statements.length !== 1 || statements[0]!.parser._syntaxErrors > 0) return undefined;
  const root = statements[0]!.ctx;
  const findings = inspect(root, rule);
  if (expression && !isSingleReturnItem(root, rule)) {
    findings.unshift({
      relativeLine: 1,
      rule: 'syntax-error',
      detail: 'a :param value must be one Cypher expression (a value, list or map), without AS, clauses or a second statement. Correct the line.',
    });
  }
  return findings;
}

/** `RETURN expression` and nothing more: no AS, DISTINCT, ORDER BY, second item or other clause. */
function isSingleReturnItem(root: ParseNode, rule: Record<RuleName, number>): boolean {
  const sole = (node: ParseNode | undefined, ruleIndex: number, size = 1, at = 0): ParseNode | undefined => {
    const child = node?.children?.length === size ? node.children[at] : undefined;
    return child?.ruleIndex === ruleIndex ? child : undefined;
  };
  let statement: ParseNode | undefined;
  const stack = [root];
  while (stack.length > 0 && !statement) {
    const node = stack.pop()!;
    if (node.ruleIndex === rule.statement) statement = node;
    else if (node.children) stack.push(...node.children);
  }
  const singleQuery = sole(sole(sole(statement, rule.regularQuery), rule.union), rule.singleQuery);
  const returnClause = sole(sole(singleQuery, rule.clause), rule.returnClause);
  const item = sole(sole(sole(returnClause, rule.returnBody, 2, 1), rule.returnItems), rule.returnItem);
  return sole(item, rule.expression) !== undefined;
}

function syntaxError(text: string, context: CheckContext): Finding {
  const { lib } = loadParser();
  let relativeLine = 1;
  let message: string | undefined;
  if (context.detailedErrorsLeft > 0) {
    context.detailedErrorsLeft--;
    const error = lib.lintCypherQuery(text, {}, false).find((d) => d.severity === 1);
    if (error) {
      relativeLine = error.range.start.line + 1;
      message = error.message;
    }
  }
  if (!message) {
    const statement = lib.parserWrapper.parse(text, false).statementsParsing[0];
    const error = statement?.syntaxErrors[0];
    if (error) {
      relativeLine = error.range.start.line + 1;
      message = error.message;
    }
  }
  return {
    relativeLine,
    rule: 'syntax-error',
    detail: `the statement is not valid Cypher: ${message ?? 'Neo4j cannot parse it'}. Correct the statement; the file is not imported until it reads.`,
  };
}

/** Walks a parse tree for what an import may not do. */
function inspect(root: ParseNode, rule: Record<RuleName, number>): Finding[] {
  const findings: Finding[] = [];
  const add = (node: ParseNode, r: SafetyRule, detail: string) => {
    const relativeLine = node.start?.line ?? node.symbol?.line ?? 1;
    findings.push({ relativeLine, rule: r, detail });
  };
  const stack: ParseNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    const children = node.children;
    if (children) for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
    const index = node.ruleIndex;
    if (index === undefined) continue;

    if (index === rule.deleteClause) {
      const firstWord = node.children?.[0]?.getText().toUpperCase();
      add(node, 'no-delete', DELETE_DETAIL(firstWord === 'DETACH' ? 'DETACH DELETE' : 'DELETE'));
    } else if (index === rule.removeItem) {
      const item = node.getText();
      if (!isTempRemoval(item)) add(node, 'no-remove', removeDetail(item));
    } else if (index === rule.callClause) {
      const name = methodName(childOfRule(node, rule.procedureName));
      if (!ALLOWED_PROCEDURES.has(name)) {
        const apoc = name.toLowerCase().startsWith('apoc.');
        add(
          node,
          'no-procedure',
          `CALL ${name} is not allowed in an import: procedures can read files, reach other systems or change the database ` +
            `outside the import${apoc ? ' (and APOC is not installed on this server)' : ''}. Only db.awaitIndexes and ` +
            `db.awaitIndex may be called. Remove the statement.`,
        );
      }
    } else if (index === rule.subqueryInTransactionsParameters) {
      add(
        node,
        'no-call-in-transactions',
        'CALL { ... } IN TRANSACTIONS is not allowed in an import: the import runs in its own transactions and must be able ' +
          'to roll back as a whole. Use a plain CALL { ... } subquery, or split the work with :begin/:commit.',
      );
    } else if (index === rule.functionInvocation) {
      const name = methodName(childOfRule(node, rule.functionName));
      const lower = name.toLowerCase();
      const dot = lower.lastIndexOf('.');
      const namespace = dot < 0 ? '' : lower.slice(0, dot);
      if (namespace === 'apoc' || namespace.startsWith('apoc.')) {
        add(
          node,
          'no-apoc',
          `the APOC function ${name} is not allowed in an import: APOC is not installed on this server, and some of its ` +
            `functions read files, reach other systems or run Cypher of their own. Use built-in Cypher instead.`,
        );
      } else if (namespace !== '' && !BUILT_IN_NAMESPACES.has(namespace)) {
        add(
          node,
          'no-function',
          `${name} is not a built-in Cypher function; plugin and user-defined functions are not allowed in an import. ` +
            `Use built-in Cypher instead.`,
        );
      }
    } else if (index === rule.loadCSVClause) {
      add(
        node,
        'no-load-csv',
        'LOAD CSV is not allowed in an import: it reads files or URLs from outside the dataset. Put the rows in the file ' +
          'instead (for example UNWIND [{...}, ...] AS row, or :param rows => [...]).',
      );
    } else if (index === rule.useClause) {
      add(
        node,
        'no-use',
        'USE is not allowed in an import: the import always writes to the knowledge graph\'s own database. Remove the USE clause.',
      );
    } else if (index === rule.command) {
      const words = commandWords(node);
      const schema =
        containsRule(node, rule.createConstraint) ||
        containsRule(node, rule.dropConstraint) ||
        containsRule(node, rule.createIndex) ||
        containsRule(node, rule.dropIndex);
      add(node, schema ? 'no-schema' : 'no-admin', schema ? schemaDetail(words) : adminDetail(words));
    } else if (index === rule.setItem) {
      inspectSetItem(node, rule, add);
    } else if (index === rule.map) {
      if (!isMatchPatternProperties(node, rule)) {
        for (const child of node.children ?? []) {
          if (child.ruleIndex === rule.propertyKeyName && unescapeName(child.getText()) === SYSTEM_PROPERTY) {
            add(child, 'system-property', SYSTEM_PROPERTY_DETAIL(`the map key ${SYSTEM_PROPERTY}`));
          }
        }
      }
    } else if (index === rule.mapProjectionElement) {
      const key = node.children?.[0];
      if (key?.ruleIndex === rule.propertyKeyName && node.children!.length === 3 && unescapeName(key.getText()) === SYSTEM_PROPERTY) {
        add(key, 'system-property', SYSTEM_PROPERTY_DETAIL(`the map projection key ${SYSTEM_PROPERTY}`));
      }
    }
  }
  findings.sort((a, b) => a.relativeLine - b.relativeLine);
  return findings;
}

function inspectSetItem(node: ParseNode, rule: Record<RuleName, number>, add: (n: ParseNode, r: SafetyRule, d: string) => void): void {
  const target = node.children?.[0];
  if (!target) return;
  if (target.ruleIndex === rule.propertyExpression) {
    const properties = (target.children ?? []).filter((c) => c.ruleIndex === rule.property);
    const last = properties.at(-1);
    const key = last ? childOfRule(last, rule.propertyKeyName) : undefined;
    if (key && unescapeName(key.getText()) === SYSTEM_PROPERTY) {
      add(node, 'system-property', SYSTEM_PROPERTY_DETAIL(`SET ${target.getText()}`));
    }
  } else if (target.ruleIndex === rule.dynamicPropertyExpression) {
    const dynamic = childOfRule(target, rule.dynamicProperty);
    const keyText = dynamic?.children?.[1]?.getText() ?? '';
    const literal = stringLiteralValue(keyText);
    if (literal === undefined) {
      add(
        node,
        'system-property',
        `SET ${target.getText()} sets a property whose name is computed, which cannot be checked: the property ` +
          `${SYSTEM_PROPERTY} is managed by the application and may not be written by a dataset. Name the property in the statement.`,
      );
    } else if (literal === SYSTEM_PROPERTY) {
      add(node, 'system-property', SYSTEM_PROPERTY_DETAIL(`SET ${target.getText()}`));
    }
  }
}

/** REMOVE n:`UNIQUE IMPORT LABEL` or REMOVE n.`UNIQUE IMPORT ID` (as the parser's token text). */
function isTempRemoval(item: string): boolean {
  const m = /^(?:[\p{L}\p{N}_]+|`(?:[^`]|``)+`)(?::(`[^`]+`)|\.(`[^`]+`))$/u.exec(item);
  if (!m) return false;
  if (m[1] !== undefined) return unescapeName(m[1]) === TEMP_LABEL;
  return unescapeName(m[2]!) === TEMP_ID;
}

/** A map that is the properties of a pattern in a MATCH clause only reads: it may name importId. */
function isMatchPatternProperties(map: ParseNode, rule: Record<RuleName, number>): boolean {
  if (map.parentCtx?.ruleIndex !== rule.properties) return false;
  for (let node = map.parentCtx.parentCtx; node; node = node.parentCtx) {
    if (node.ruleIndex === rule.matchClause) return true;
    if (node.ruleIndex === rule.clause) return false;
  }
  return false;
}

function childOfRule(node: ParseNode, ruleIndex: number): ParseNode | undefined {
  return node.children?.find((c) => c.ruleIndex === ruleIndex);
}

function containsRule(node: ParseNode, ruleIndex: number): boolean {
  const stack = [node];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (n.ruleIndex === ruleIndex) return true;
    if (n.children) stack.push(...n.children);
  }
  return false;
}

/** The first two keywords of a command, for messages (`CREATE INDEX`, `SHOW DATABASES`). */
function commandWords(node: ParseNode): string {
  const words: string[] = [];
  const stack = [node];
  while (stack.length > 0 && words.length < 2) {
    const n = stack.pop()!;
    if (n.symbol) {
      if (/^[A-Za-z]+$/.test(n.symbol.text)) words.push(n.symbol.text.toUpperCase());
      else break;
    }
    if (n.children) for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]!);
  }
  return words.join(' ') || 'this command';
}

/** `db.awaitIndexes`, `apoc.load.json` ... from a procedureName/functionName node. */
function methodName(node: ParseNode | undefined): string {
  const parts: string[] = [];
  const stack = node ? [node] : [];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (n.symbol) {
      if (n.symbol.text !== '.') parts.push(unescapeName(n.symbol.text));
    } else if (n.children) {
      for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]!);
    }
  }
  return parts.join('.');
}

function unescapeName(name: string): string {
  return name.length >= 2 && name.startsWith('`') && name.endsWith('`') ? name.slice(1, -1).replaceAll('``', '`') : name;
}

const ESCAPES: Record<string, string> = { b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', "'": "'", '"': '"', '\\': '\\' };

/** The value of a Cypher string literal ('...' or "..."), or undefined when `text` is not one. */
function stringLiteralValue(text: string): string | undefined {
  const quote = text[0];
  if ((quote !== "'" && quote !== '"') || text.length < 2 || text.at(-1) !== quote) return undefined;
  return text
    .slice(1, -1)
    .replace(/\\(u[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8}|.)/gs, (_, e: string) =>
      e.length > 1 ? String.fromCodePoint(parseInt(e.slice(1), 16)) : (ESCAPES[e] ?? e),
    );
}

/**
 * Reading a dataset's Cypher file into items: statements, client commands and transaction markers,
 * each with its 1-based line. No database is involved; `check.ts` reads the statements afterwards.
 *
 * Understood layouts:
 * - cypher-shell files: statements ended by `;`, `//` and `/* *\/` comments, '...' and "..."
 *   strings with backslash escapes, `backticked` names (a doubled backtick stands for one), and client
 *   commands. A client command starts with `:` where a statement would start and is not ended by
 *   `;`: it ends with its line (`:param` goes on over line ends while its brackets are open).
 *   `:begin`, `:commit`, `:rollback`, `:param name => expr`, `:param {map}` and `:params {map}`
 *   are read; any other command becomes an `unknown-command` item, which the import refuses.
 * - APOC exports (apoc.export.cypher.*) in the cypher-shell, plain and neo4j-shell formats. The
 *   neo4j-shell format writes `BEGIN`, `COMMIT` and `SCHEMA AWAIT` alone on a line, without `;`.
 * - Windows line ends and a UTF-8 byte-order mark.
 */

import { CypherFileError, Lexer, T, BACKTICK, COLON, DQUOTE, LBRACE, LBRACKET, LPAREN, NL, RBRACE, RBRACKET, RPAREN, SEMICOLON, SLASH, SQUOTE, STAR } from './lexer.ts';

export { CypherFileError } from './lexer.ts';

export type FileItem =
  /** A Cypher statement, without its trailing `;` and without comments before it. */
  | { kind: 'statement'; text: string; line: number }
  /** `:param name => expression`; the expression is Cypher, to be evaluated with `RETURN expression`. */
  | { kind: 'param'; name: string; expression: string; line: number }
  /** `:params {map}` or `:param {map}`: every key of the map becomes a parameter. */
  | { kind: 'params'; expression: string; line: number }
  /** `:begin`/`BEGIN`, `:commit`/`COMMIT`, `:rollback`/`ROLLBACK`; `await` is neo4j-shell's `SCHEMA AWAIT`. */
  | { kind: 'begin' | 'commit' | 'rollback' | 'await'; line: number }
  /** Any other client command (`:use`, `:source`, `:param` without a value, ...), as written. */
  | { kind: 'unknown-command'; text: string; line: number };


/** neo4j-shell transaction lines, written alone on a line by APOC's neo4j-shell format. */
const SHELL_LINE = /(BEGIN|COMMIT|ROLLBACK|SCHEMA[ \t]+AWAIT)[ \t\r]*;?[ \t\r]*(?=\n|$)/iy;
const COMMAND_NAME = /:([A-Za-z]+)/y;
/** What may follow `:begin`, `:commit` and `:rollback` on their line. */
const COMMAND_END = /[ \t\r]*;?[ \t\r]*(?:\/\/[^\n]*)?(?=\n|$)/y;
const PARAM_ARROW = /^(?:([A-Za-z_][A-Za-z0-9_]*)|`((?:[^`]|``)+)`)\s*(?:=>|:)\s*([\s\S]+)$/;

/**
 * Splits a file's text into items. Throws `CypherFileError` (with the line) on an unterminated
 * string, backticked name or block comment, or a `:param` whose brackets never close.
 */
export function readCypherFile(text: string): FileItem[] {
  const items: FileItem[] = [];
  const start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const lexer = new Lexer(text, start, 1);
  const length = text.length;

  for (;;) {
    lexer.skipTrivia();
    const pos = lexer.pos;
    if (pos >= length) break;
    const c = text.charCodeAt(pos);
    const line = lexer.line;

    if (c === SEMICOLON) {
      lexer.pos = pos + 1; // an empty statement
      continue;
    }
    if (c === COLON) {
      items.push(readCommand(lexer));
      continue;
    }
    SHELL_LINE.lastIndex = pos;
    const shell = SHELL_LINE.exec(text);
    if (shell) {
      const word = shell[1]!.toLowerCase();
      const kind = word === 'begin' ? 'begin' : word === 'commit' ? 'commit' : word === 'rollback' ? 'rollback' : 'await';
      items.push({ kind, line });
      lexer.pos = SHELL_LINE.lastIndex;
      continue;
    }

    // A statement: up to the next `;` outside strings, names and comments, or the end of the file.
    let end = length;
    for (;;) {
      const type = lexer.next();
      if (type === T.End) break;
      if (type === T.Punct && text.charCodeAt(lexer.start) === SEMICOLON) {
        end = lexer.start;
        break;
      }
    }
    items.push({ kind: 'statement', text: text.slice(pos, end).trimEnd(), line });
  }
  return items;
}

/** Reads the client command at `lexer.pos` (a `:`) and moves past it. */
function readCommand(lexer: Lexer): FileItem {
  const text = lexer.text;
  const pos = lexer.pos;
  const line = lexer.line;
  COMMAND_NAME.lastIndex = pos;
  const match = COMMAND_NAME.exec(text);
  const name = match ? match[1]!.toLowerCase() : '';
  const afterName = match ? COMMAND_NAME.lastIndex : pos + 1;

  if (name === 'begin' || name === 'commit' || name === 'rollback') {
    COMMAND_END.lastIndex = afterName;
    if (COMMAND_END.test(text)) {
      lexer.pos = COMMAND_END.lastIndex;
      return { kind: name, line };
    }
  } else if (name === 'param' || name === 'params') {
    const argument = readParamArgument(lexer, afterName);
    if (argument.startsWith('{')) return { kind: 'params', expression: argument, line };
    const arrow = PARAM_ARROW.exec(argument);
    if (arrow) {
      const paramName = arrow[1] ?? arrow[2]!.replaceAll('``', '`');
      return { kind: 'param', name: paramName, expression: arrow[3]!.trim(), line };
    }
    return { kind: 'unknown-command', text: `:${match![1]} ${argument}`.trim(), line };
  }

  // Unknown (or malformed) command: the rest of its line.
  let eol = text.indexOf('\n', pos);
  if (eol < 0) eol = text.length;
  lexer.pos = eol;
  return { kind: 'unknown-command', text: text.slice(pos, eol).trim(), line };
}

/**
 * Reads a `:param` argument from `from`: to the end of the line, or further while brackets are
 * open. Comments are left out (so the expression can be embedded in a query); a trailing `;` too.
 */
function readParamArgument(lexer: Lexer, from: number): string {
  const text = lexer.text;
  const length = text.length;
  const startLine = lexer.line;
  let depth = 0;
  let i = from;
  let segmentStart = from;
  let out = '';
  while (i < length) {
    const c = text.charCodeAt(i);
    if (c === NL) {
      if (depth <= 0) break;
      lexer.line++;
      i++;
    } else if (c === SQUOTE || c === DQUOTE || c === BACKTICK) {
      lexer.pos = i;
      if (c === BACKTICK) lexer.skipEscapedName();
      else lexer.skipString(c);
      i = lexer.pos;
    } else if (c === SLASH && (text.charCodeAt(i + 1) === SLASH || text.charCodeAt(i + 1) === STAR)) {
      out += text.slice(segmentStart, i) + ' ';
      lexer.pos = i;
      lexer.skipComment();
      i = lexer.pos;
      segmentStart = i;
    } else {
      if (c === LPAREN || c === LBRACKET || c === LBRACE) depth++;
      else if (c === RPAREN || c === RBRACKET || c === RBRACE) depth--;
      i++;
    }
  }
  if (depth > 0) {
    throw new CypherFileError(startLine, 'param');
  }
  lexer.pos = i;
  out += text.slice(segmentStart, i);
  out = out.trim();
  if (out.endsWith(';')) out = out.slice(0, -1).trimEnd();
  return out;
}


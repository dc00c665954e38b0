/**
 * Reading a dataset's Cypher file into items: statements, client commands and transaction markers,
 * each with its 1-based line. No database is involved; `safety.ts` checks the items afterwards.
 *
 * Understood layouts:
 * - cypher-shell files: statements ended by `;`, `//` and `/* *\/` comments, '...' and "..."
 *   strings with backslash escapes, `backticked` names (a doubled backtick stands for one), and client
 *   commands. A client command starts with `:` where a statement would start and is not ended by
 *   `;`: it ends with its line (`:param` goes on over line ends while its brackets are open).
 *   `:begin`, `:commit`, `:rollback`, `:param name => expr`, `:param {map}` and `:params {map}`
 *   are read; any other command becomes an `unknown-command` item, which the safety check refuses.
 * - APOC exports (apoc.export.cypher.*) in the cypher-shell, plain and neo4j-shell formats. The
 *   neo4j-shell format writes `BEGIN`, `COMMIT` and `SCHEMA AWAIT` alone on a line, without `;`.
 * - Windows line ends and a UTF-8 byte-order mark.
 *
 * The lexer at the bottom is shared with `safety.ts`.
 */

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

/** The file cannot be split into statements (an unterminated string, name or comment). */
export class CypherFileError extends Error {
  override name = 'CypherFileError';
  readonly line: number;
  constructor(line: number, detail: string) {
    super(`line ${line}: ${detail}`);
    this.line = line;
  }
}

const NL = 10;
const SPACE = 32;
const DQUOTE = 34;
const SQUOTE = 39;
const LPAREN = 40;
const RPAREN = 41;
const STAR = 42;
const SLASH = 47;
const COLON = 58;
const SEMICOLON = 59;
const LBRACKET = 91;
const BACKSLASH = 92;
const RBRACKET = 93;
const BACKTICK = 96;
const LBRACE = 123;
const RBRACE = 125;

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
    throw new CypherFileError(startLine, 'the :param value opened here never closes its brackets; check for a missing ], } or ).');
  }
  lexer.pos = i;
  out += text.slice(segmentStart, i);
  out = out.trim();
  if (out.endsWith(';')) out = out.slice(0, -1).trimEnd();
  return out;
}

// ---------------------------------------------------------------------------------------------
// Lexer

/** Token types of `Lexer.next()`. */
export const T = {
  End: 0,
  /** A name or keyword, as written. */
  Ident: 1,
  /** A `backticked` name; `Lexer.escapedName()` gives the name. */
  Escaped: 2,
  /** A '...' or "..." string, quotes included. */
  String: 3,
  /** Starts with a digit; may be malformed (`1_000`, `12abc`): check before relying on it. */
  Number: 4,
  /** Any other single character. Multi-character operators (`+=`, `->`) come as several tokens. */
  Punct: 5,
} as const;
export type TokenType = (typeof T)[keyof typeof T];

function isSpace(c: number): boolean {
  if (c <= SPACE) return true;
  if (c < 0x80) return false;
  return (
    c === 0x85 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 ||
    c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

function isIdentStart(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || (c >= 0x80 && !isSpace(c));
}

function isIdentPart(c: number): boolean {
  return isIdentStart(c) || (c >= 48 && c <= 57);
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/**
 * A Cypher lexer that knows strings, backticked names and comments, and nothing of keywords. It
 * walks `text` in place: `next()` sets `type`, `start`, `end`, `line` (1-based, of the token's
 * first character) and `spaced` (whitespace or a comment came before the token).
 */
export class Lexer {
  readonly text: string;
  pos: number;
  /** The line at `pos`. */
  line: number;
  type: TokenType = T.End;
  start = 0;
  end = 0;
  tokenLine = 0;
  spaced = false;

  constructor(text: string, pos = 0, line = 1) {
    this.text = text;
    this.pos = pos;
    this.line = line;
  }

  /** Skips whitespace and comments; true when something was skipped. */
  skipTrivia(): boolean {
    const text = this.text;
    const length = text.length;
    const from = this.pos;
    let i = from;
    while (i < length) {
      const c = text.charCodeAt(i);
      if (c === NL) {
        this.line++;
        i++;
      } else if (isSpace(c)) {
        i++;
      } else if (c === SLASH && (text.charCodeAt(i + 1) === SLASH || text.charCodeAt(i + 1) === STAR)) {
        this.pos = i;
        this.skipComment();
        i = this.pos;
      } else {
        break;
      }
    }
    this.pos = i;
    return i > from;
  }

  /** At `//` or `/*`: moves past the comment (a line comment stops before its line end). */
  skipComment(): void {
    const text = this.text;
    const i = this.pos;
    if (text.charCodeAt(i + 1) === SLASH) {
      let eol = text.indexOf('\n', i);
      if (eol < 0) eol = text.length;
      this.pos = eol;
      return;
    }
    const close = text.indexOf('*/', i + 2);
    if (close < 0) {
      throw new CypherFileError(this.line, 'a /* comment starts here and is never closed with */.');
    }
    this.line += countNewlines(text, i, close);
    this.pos = close + 2;
  }

  /** At a quote: moves past the string (backslash escapes any character). */
  skipString(quote: number): void {
    const text = this.text;
    const length = text.length;
    const startLine = this.line;
    let i = this.pos + 1;
    let lines = 0;
    while (i < length) {
      const c = text.charCodeAt(i);
      if (c === quote) {
        this.pos = i + 1;
        this.line += lines;
        return;
      }
      if (c === BACKSLASH) {
        if (text.charCodeAt(i + 1) === NL) lines++;
        i += 2;
        continue;
      }
      if (c === NL) lines++;
      i++;
    }
    const q = String.fromCharCode(quote);
    throw new CypherFileError(
      startLine,
      `a string starts here with ${q} and is never closed; end it with ${q} (write \\${q} for a ${q} inside the string).`,
    );
  }

  /** At a backtick: moves past the escaped name (`` inside it stands for one backtick). */
  skipEscapedName(): void {
    const text = this.text;
    const startLine = this.line;
    let i = this.pos + 1;
    for (;;) {
      const close = text.indexOf('`', i);
      if (close < 0) {
        throw new CypherFileError(startLine, 'a `backticked` name starts here and is never closed with `.');
      }
      if (text.charCodeAt(close + 1) === BACKTICK) {
        i = close + 2;
        continue;
      }
      this.line += countNewlines(text, this.pos, close);
      this.pos = close + 1;
      return;
    }
  }

  /** Reads the next token; `T.End` at the end of the text. */
  next(): TokenType {
    this.spaced = this.skipTrivia();
    const text = this.text;
    const length = text.length;
    const i = this.pos;
    this.start = i;
    this.tokenLine = this.line;
    if (i >= length) {
      this.end = i;
      return (this.type = T.End);
    }
    const c = text.charCodeAt(i);
    let type: TokenType;
    if (isIdentStart(c)) {
      let j = i + 1;
      while (j < length && isIdentPart(text.charCodeAt(j))) j++;
      this.pos = j;
      type = T.Ident;
    } else if (isDigit(c)) {
      let j = i + 1;
      while (j < length && isDigit(text.charCodeAt(j))) j++;
      if (text.charCodeAt(j) === 46 && isDigit(text.charCodeAt(j + 1))) {
        j += 2;
        while (j < length && isDigit(text.charCodeAt(j))) j++;
      }
      const e = text.charCodeAt(j);
      if (e === 101 || e === 69) {
        const sign = text.charCodeAt(j + 1);
        if (isDigit(sign)) j += 2;
        else if ((sign === 43 || sign === 45) && isDigit(text.charCodeAt(j + 2))) j += 3;
      }
      while (j < length && isIdentPart(text.charCodeAt(j))) j++;
      this.pos = j;
      type = T.Number;
    } else if (c === SQUOTE || c === DQUOTE) {
      this.skipString(c);
      type = T.String;
    } else if (c === BACKTICK) {
      this.skipEscapedName();
      type = T.Escaped;
    } else {
      this.pos = i + 1;
      type = T.Punct;
    }
    this.end = this.pos;
    return (this.type = type);
  }

  /** The lexer's state, to come back to with `reset`. */
  mark(): LexerMark {
    const { pos, line, type, start, end, tokenLine, spaced } = this;
    return { pos, line, type, start, end, tokenLine, spaced };
  }

  reset(mark: LexerMark): void {
    this.pos = mark.pos;
    this.line = mark.line;
    this.type = mark.type;
    this.start = mark.start;
    this.end = mark.end;
    this.tokenLine = mark.tokenLine;
    this.spaced = mark.spaced;
  }

  /** The current token's text, as written. */
  tokenText(): string {
    return this.text.slice(this.start, this.end);
  }

  /** The name of the current `Escaped` token, without backticks. */
  escapedName(): string {
    return this.text.slice(this.start + 1, this.end - 1).replaceAll('``', '`');
  }
}

export interface LexerMark {
  readonly pos: number;
  readonly line: number;
  readonly type: TokenType;
  readonly start: number;
  readonly end: number;
  readonly tokenLine: number;
  readonly spaced: boolean;
}

function countNewlines(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = text.indexOf('\n', from); i >= 0 && i < to; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

/** For messages: the first `max` characters of a statement, whitespace runs made single spaces. */
export function excerpt(text: string, max = 120): string {
  const flat = text.slice(0, max * 4).replace(/\s+/g, ' ').trim();
  return flat.length > max ? flat.slice(0, max - 1) + '…' : flat;
}

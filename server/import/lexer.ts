/**
 * A Cypher lexer that knows strings, backticked names and comments, and nothing of keywords:
 * shared by the file reader (splitting statements) and the import language's parser.
 */
import { LineError } from './line-error.ts';
import { sentence } from './messages.ts';

/** The file cannot be split into statements (an unterminated string, name or comment). */
export class CypherFileError extends LineError<'unreadable'> {
  override name = 'CypherFileError';
  /** `key`: which of the rule's sentences (messages.ts). */
  constructor(line: number, key: 'comment' | 'string' | 'name' | 'param', quote?: string) {
    super('unreadable', line, sentence(key, quote === undefined ? {} : { quote }));
  }
}

export const NL = 10;
export const SPACE = 32;
export const DQUOTE = 34;
export const SQUOTE = 39;
export const LPAREN = 40;
export const RPAREN = 41;
export const STAR = 42;
export const SLASH = 47;
export const COLON = 58;
export const SEMICOLON = 59;
export const LBRACKET = 91;
export const BACKSLASH = 92;
export const RBRACKET = 93;
export const BACKTICK = 96;
export const LBRACE = 123;
export const RBRACE = 125;

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
      throw new CypherFileError(this.line, 'comment');
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
    throw new CypherFileError(startLine, 'string', q);
  }

  /** At a backtick: moves past the escaped name (`` inside it stands for one backtick). */
  skipEscapedName(): void {
    const text = this.text;
    const startLine = this.line;
    let i = this.pos + 1;
    for (;;) {
      const close = text.indexOf('`', i);
      if (close < 0) {
        throw new CypherFileError(startLine, 'name');
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

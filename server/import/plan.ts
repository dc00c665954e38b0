/**
 * A file's text -> the program the engine runs: its statements in the import language and its
 * `:param` values, in file order, with the transaction markers resolved (the whole file is one
 * transaction; a `:begin ... :rollback` block is left out, as cypher-shell would roll it back).
 * Every refusal found here names its file and line; nothing touches the database.
 */
import { CheckError, DeferredPool, checkExpression, checkStatement } from './check.ts';
import type { Expr, Statement } from './language.ts';
import { excerpt } from './lexer.ts';
import { CypherFileError, readCypherFile, type FileItem } from './read.ts';
import type { ImportIssue } from './report.ts';
import { finding } from './messages.ts';

export type Step =
  | { kind: 'statement'; file: string; line: number; excerpt: string; statement: Extract<Statement, { kind: 'data' }> }
  | { kind: 'param'; file: string; line: number; name: string; expr: Expr }
  | { kind: 'params'; file: string; line: number; expr: Expr };

export interface Program {
  steps: Step[];
  statements: { total: number; skipped: number };
  errors: ImportIssue[];
  warnings: ImportIssue[];
}

/** Where the first byte that is not UTF-8 is, as a 1-based line; undefined when all is UTF-8. */
export function invalidUtf8Line(bytes: Uint8Array): number | undefined {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return undefined;
  } catch {
    // Find the first bad sequence by decoding growing prefixes line by line.
    let line = 1;
    let start = 0;
    const decoder = new TextDecoder('utf-8', { fatal: true });
    for (let i = 0; i <= bytes.length; i++) {
      if (i === bytes.length || bytes[i] === 10) {
        try {
          decoder.decode(bytes.subarray(start, i));
        } catch {
          return line;
        }
        line++;
        start = i + 1;
      }
    }
    return line;
  }
}

/** The line of the first lone surrogate (text that no UTF-8 file can hold), if any. */
export function lineOfLoneSurrogate(text: string): number | undefined {
  const m = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.exec(text);
  if (!m) return undefined;
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < m.index; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/** Reads and checks one file into `program`. */
export function planFile(file: { fileName: string; text: string }, program: Program, pool: DeferredPool): void {
  const fail = (issue: ImportIssue) => program.errors.push(issue);
  pool.file = file.fileName;
  const surrogate = lineOfLoneSurrogate(file.text);
  if (surrogate !== undefined) {
    fail({
      file: file.fileName,
      line: surrogate,
      rule: 'invalid-text',
      ...finding(surrogate, 'invalid-text', {}),
    });
    return;
  }
  let items: FileItem[];
  try {
    items = readCypherFile(file.text);
  } catch (error) {
    if (error instanceof CypherFileError) {
      fail({ file: file.fileName, line: error.line, rule: 'unreadable', message: error.message, params: error.params });
      return;
    }
    throw error;
  }

  let open: { line: number; steps: Step[] } | undefined;
  const push = (step: Step) => (open ? open.steps.push(step) : program.steps.push(step));
  for (const item of items) {
    switch (item.kind) {
      case 'statement': {
        program.statements.total++;
        try {
          const statement = checkStatement(item.text, item.line, pool);
          if (statement.kind === 'skip') program.statements.skipped++;
          else push({ kind: 'statement', file: file.fileName, line: item.line, excerpt: excerpt(item.text), statement });
        } catch (error) {
          if (!(error instanceof CheckError)) throw error;
          fail({ file: file.fileName, line: error.line, rule: error.rule, message: error.message, params: error.params, statement: excerpt(item.text) });
        }
        break;
      }
      case 'param':
      case 'params': {
        const shown = item.kind === 'param' ? `:param ${item.name} => ${item.expression}` : `:params ${item.expression}`;
        try {
          const expr = checkExpression(item.expression, item.line, pool);
          push(item.kind === 'param' ? { kind: 'param', file: file.fileName, line: item.line, name: item.name, expr } : { kind: 'params', file: file.fileName, line: item.line, expr });
        } catch (error) {
          if (!(error instanceof CheckError)) throw error;
          fail({ file: file.fileName, line: error.line, rule: error.rule, message: error.message, params: error.params, statement: excerpt(shown) });
        }
        break;
      }
      case 'begin':
        if (open) {
          fail({
            file: file.fileName,
            line: item.line,
            rule: 'nested-begin',
            ...finding(item.line, 'nested-begin', { open: open.line }),
          });
        } else {
          open = { line: item.line, steps: [] };
        }
        break;
      case 'commit':
        if (!open) {
          fail({
            file: file.fileName,
            line: item.line,
            rule: 'commit-without-begin',
            ...finding(item.line, 'commit-without-begin', {}),
          });
        } else {
          program.steps.push(...open.steps);
          open = undefined;
        }
        break;
      case 'rollback':
        if (!open) {
          fail({ file: file.fileName, line: item.line, rule: 'rollback-without-begin', ...finding(item.line, 'rollback-without-begin', {}) });
        } else {
          // cypher-shell would roll these back: they are not run. Parameters set inside stay set (client side).
          const dropped = open.steps.filter((s) => s.kind === 'statement').length;
          program.steps.push(...open.steps.filter((s) => s.kind !== 'statement'));
          program.statements.skipped += dropped;
          program.warnings.push({
            file: file.fileName,
            line: item.line,
            rule: 'rolled-back-block',
            ...finding(item.line, 'rolled-back-block', { count: dropped, open: open.line }),
          });
          open = undefined;
        }
        break;
      case 'await':
        break;
      case 'unknown-command':
        fail({
          file: file.fileName,
          line: item.line,
          rule: 'no-client-command',
          ...finding(item.line, 'no-client-command', { command: item.text.split(/\s/)[0]! }),
          statement: excerpt(item.text),
        });
        break;
    }
  }
  if (open) {
    fail({
      file: file.fileName,
      line: open.line,
      rule: 'unterminated-begin',
      ...finding(open.line, 'unterminated-begin', {}),
    });
  }
}

/**
 * A finding at a line of a file: the rule it breaks, the line, and what to do. The message starts
 * with "line N: ". Reading, checking, evaluating and running a file all report this way.
 */
export class LineError<Rule extends string = string> extends Error {
  constructor(
    readonly rule: Rule,
    readonly line: number,
    detail: string,
  ) {
    super(`line ${line}: ${detail}`);
  }
}

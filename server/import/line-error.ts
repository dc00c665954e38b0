/**
 * A finding at a line of a file: the rule it breaks, the line, and what to do. The message starts
 * with "line N: ". Reading, checking, evaluating and running a file all report this way. Given
 * its parameters instead of a sentence, the finding's words come from the catalogue
 * (messages.ts), which gives them in Dutch too.
 */
import { englishMessage, type Params, type RuleCode } from './messages.ts';

export class LineError<Rule extends string = string> extends Error {
  readonly params: Params | null;
  constructor(
    readonly rule: Rule,
    readonly line: number,
    detail: string | Params,
  ) {
    super(`line ${line}: ${typeof detail === 'string' ? detail : englishMessage(rule as string as RuleCode, detail)}`);
    this.params = typeof detail === 'string' ? null : detail;
  }
}

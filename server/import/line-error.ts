/**
 * A finding at a line of a file: the rule it breaks, the line, and the finding's parameters, from
 * which the catalogue (messages.ts) makes its words in English and Dutch. The message, in
 * English, starts with "line N: ". Reading, checking, evaluating and running a file all report
 * this way.
 */
import { englishMessage, type Params, type RuleCode } from './messages.ts';

export class LineError<Rule extends string = string> extends Error {
  constructor(
    readonly rule: Rule,
    readonly line: number,
    readonly params: Params,
  ) {
    super(`line ${line}: ${englishMessage(rule as string as RuleCode, params)}`);
  }
}

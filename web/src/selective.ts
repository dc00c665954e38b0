/**
 * Selective rendering: a view renders only when a part of the state it reads has changed. The
 * reducer makes a new object for whatever an action changes and keeps every other part as it
 * was, so comparing the parts by reference is enough. A busy flag, an announcement or a
 * selection then no longer makes every view diff itself against the whole state.
 */
import type { State } from './state.ts';

/** `render` gets the state the view last rendered (null the first time), not the one before. */
export function selective(reads: readonly (keyof State)[], render: (s: State, prev: State | null) => void): (s: State) => void {
  let last: State | null = null;
  return (s) => {
    if (last && reads.every((k) => last![k] === s[k])) return;
    const prev = last;
    last = s;
    render(s, prev);
  };
}

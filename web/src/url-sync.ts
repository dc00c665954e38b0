/**
 * The URL follows the state: every view has a link that rebuilds it. A new view or graph gets a
 * history entry of its own; a selection, a filter or a claim only replaces the current one. While
 * a link is being applied (the page's own at first, the back button, a tour step) nothing is
 * written: the state is on its way to what the URL already says.
 */
import { queryFromState } from './url.ts';
import type { State } from './state.ts';

/** What makes a new history entry: another view or graph; selection, claim and filters only replace. */
const pushKey = (query: string): string => {
  const p = new URLSearchParams(query);
  for (const k of ['node', 'claim', 'hide', 'domain', 'municipality', 'hideConfidence', 'path', 'loops', 'wide']) p.delete(k);
  return p.toString();
};

export interface UrlSync {
  /** The signal of the link being applied, or true before the first one started; false when none is. */
  restoring: AbortSignal | boolean;
  /** Writes the state's link (push or replace, see pushKey); `replace` forces a replace. */
  sync(s: State, replace?: boolean): void;
}

export function createUrlSync(onPop: (query: string) => void): UrlSync {
  let lastQuery = '';
  const sync: UrlSync = {
    restoring: true,
    sync(s, replace = false) {
      const query = queryFromState(s);
      if (query === lastQuery && query === location.search) return;
      const push = !replace && !sync.restoring && lastQuery !== '' && pushKey(query) !== pushKey(lastQuery);
      lastQuery = query;
      const url = `${location.pathname}${query}${location.hash}`;
      if (push) history.pushState(null, '', url);
      else history.replaceState(null, '', url);
    },
  };
  window.addEventListener('popstate', () => {
    lastQuery = location.search;
    onPop(location.search);
  });
  return sync;
}

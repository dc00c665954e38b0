/**
 * How a failed request reaches the reader: errors the server names get a message in the reader's
 * language, others say what went wrong, and a request the explorer cancelled itself says nothing.
 * Every view reports through here, so a busy server reads the same wherever it is met.
 */
import { ApiError, isAbort } from './api.ts';
import { t } from './i18n.ts';
import type { Store } from './state.ts';

export function reportError(store: Store, e: unknown): void {
  if (isAbort(e)) return;
  const lang = store.get().lang;
  const code = e instanceof ApiError ? e.code : undefined;
  const message = code === 'SERVER_BUSY' ? t(lang, 'busy') : code === 'DATABASE_UNAVAILABLE' ? t(lang, 'unavailable') : t(lang, 'error', { m: (e as Error).message });
  store.dispatch({ type: 'error', message });
}

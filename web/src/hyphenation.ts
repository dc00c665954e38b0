/**
 * Hyphenation patterns per language, loaded on demand (hyphen-nl.ts, hyphen-en.ts): the Dutch
 * ones alone are 48 kB gzip, and only the causal view's labels use them. app.ts loads them when
 * that view is shown and records in the state which languages are in (action 'hyphens'); the
 * canvas hyphenates only for those, so what it draws follows from the state.
 */
import type { Lang } from '../../server/ontology.ts';

/** Puts soft hyphens (U+00AD) at the language's break points. */
export type Hyphenate = (text: string) => string;

/** One import() each: a chunk per language, and loading one does not fetch the other. */
const LOADERS: Record<Lang, () => Promise<{ hyphenate: Hyphenate }>> = {
  nl: () => import('./hyphen-nl.ts'),
  en: () => import('./hyphen-en.ts'),
};
const loaded: Partial<Record<Lang, Hyphenate>> = {};
const pending: Partial<Record<Lang, Promise<Hyphenate>>> = {};

/** The language's hyphenator once its patterns are in, else null. */
export const hyphenator = (lang: Lang): Hyphenate | null => loaded[lang] ?? null;

export function loadHyphenation(lang: Lang): Promise<Hyphenate> {
  return (pending[lang] ??= LOADERS[lang]().then(
    (m) => (loaded[lang] = m.hyphenate),
    (e: unknown) => {
      delete pending[lang];
      return Promise.reject(e);
    },
  ));
}

/**
 * Dutch hyphenation patterns (hyphen, from TeX's hyph-nl; 232 kB, 48 kB gzip): a chunk of its
 * own, loaded by hyphenation.ts when the causal view is first shown, never with the first screen.
 */
import hyphen from 'hyphen/nl/index.js';

export const hyphenate = (text: string): string => hyphen.hyphenateSync(text);

/** British English hyphenation patterns (hyphen): loaded as hyphen-nl.ts is, for English names. */
import hyphen from 'hyphen/en-gb/index.js';

export const hyphenate = (text: string): string => hyphen.hyphenateSync(text);

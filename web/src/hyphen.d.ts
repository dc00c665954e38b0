/**
 * Types for `hyphen` (ISC; no types of its own): the language modules used by hyphen-nl.ts and
 * hyphen-en.ts. `hyphenateSync` puts soft hyphens (U+00AD) at the language's break points.
 */
declare module 'hyphen/nl/index.js' {
  const hyphen: { hyphenateSync(text: string, options?: { hyphenChar?: string; minWordLength?: number }): string };
  export default hyphen;
}
declare module 'hyphen/en-gb/index.js' {
  const hyphen: { hyphenateSync(text: string, options?: { hyphenChar?: string; minWordLength?: number }): string };
  export default hyphen;
}

/**
 * Wrapping a label in lines of a measured width, for the causal view (canvas.ts). Cytoscape wraps
 * at spaces only, so one long Dutch compound ("woonaantrekkelijkheid") made its whole column of
 * the causal chain wider, and the chain smaller when fitted. Such a word is split with a hyphen:
 * at a break point of the language (soft hyphens from hyphenation.ts), by letters only while the
 * patterns have not loaded. No DOM here: the caller measures.
 */

/** U+00AD, where a word may be broken with a hyphen. */
export const SOFT_HYPHEN = '\u00ad';
const strip = (text: string) => text.replaceAll(SOFT_HYPHEN, '');

export interface WrapOptions {
  /** The width of a line (px). */
  width: number;
  /** A word alone on its line may stick out up to this width before it is split (px). */
  wordWidth: number;
  /** The width of a text as drawn (px). */
  measure(text: string): number;
  /** Soft hyphens at the language's break points; null or absent: split by letters. */
  hyphenate?: ((text: string) => string) | null;
}

/** Lines joined by '\n'; no soft hyphen is left in them. */
export function wrapLabel(text: string, o: WrapOptions): string {
  const fits = (t: string, width = o.width) => o.measure(t) <= width;
  const marked = o.hyphenate ? o.hyphenate(text) : text;
  const lines: string[] = [];
  let line = '';
  for (let word of marked.split(/\s+/).filter(Boolean)) {
    const plain = strip(word);
    // With the space after it: Cytoscape (text-wrap) breaks a line it measures wider than its
    // text-max-width again, and tests each word so; the same test here keeps the lines as made.
    if (line && fits(`${line} ${plain} `)) {
      line = `${line} ${plain}`;
      continue;
    }
    if (line) lines.push(line);
    line = '';
    // A word may stick out a little; what is longer still is split.
    while (!fits(strip(word), o.wordWidth) && strip(word).length > 6) {
      const [head, rest] = splitWord(word, (t) => fits(t, o.wordWidth));
      lines.push(head);
      word = rest;
    }
    line = strip(word);
  }
  if (line) lines.push(line);
  return lines.join('\n');
}

/**
 * A word in a head that fits (ending in a hyphen) and the rest: at the last break point where the
 * head fits, a soft hyphen (which becomes a hyphen) or a hyphen of the word itself. Without one,
 * by letters: at least three either side of the hyphen.
 */
export function splitWord(word: string, fits: (text: string) => boolean): [string, string] {
  for (let i = word.length - 2; i > 0; i--) {
    const c = word[i];
    if (c !== SOFT_HYPHEN && c !== '-') continue;
    const head = c === SOFT_HYPHEN ? `${strip(word.slice(0, i))}-` : strip(word.slice(0, i + 1));
    const rest = word.slice(i + 1);
    if (strip(rest) && fits(head)) return [head, rest];
  }
  const plain = strip(word);
  let cut = plain.length - 3;
  while (cut > 3 && !fits(`${plain.slice(0, cut)}-`)) cut--;
  return [`${plain.slice(0, cut)}-`, plain.slice(cut)];
}

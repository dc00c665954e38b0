/**
 * What the canvas writes on a node and how wide it is: names in the reader's language, the causal
 * view's ranks and its labels wrapped in lines at the language's break points (wrap.ts,
 * hyphenation.ts), measured in the canvas's own font.
 */
import type { Lang } from '../../../server/ontology.ts';
import type { GNode } from '../api.ts';
import { nodeName, type State } from '../state.ts';
import { hyphenator, type Hyphenate } from '../hyphenation.ts';
import { wrapLabel } from '../wrap.ts';

let measure: CanvasRenderingContext2D | null = null;
/** The width of a group's pill: its text (bold, as styled) and some room either side. */
export function pillWidth(text: string): number {
  measure ??= document.createElement('canvas').getContext('2d');
  if (!measure) return text.length * 9 + 28;
  measure.font = 'bold 15px system-ui, "Segoe UI", Roboto, sans-serif';
  return Math.ceil(measure.measureText(text).width) + 28;
}

/** The causal view's labels: font and wrapping width as in graph-style.ts (node.causal). */
const CAUSAL_FONT = '20px system-ui, "Segoe UI", Roboto, sans-serif';
const CAUSAL_WIDTH = 140;
const CAUSAL_WORD = 175;
const wrapped = new Map<string, string>();

/**
 * A label in lines of at most CAUSAL_WIDTH as measured in the canvas's font (wrap.ts), a word
 * too long for one line split at a break point of the language once its hyphenation patterns
 * have loaded (`hyphenate`), by letters until then.
 */
function wrapCausal(text: string, lang: Lang, hyphenate: Hyphenate | null): string {
  const key = `${hyphenate ? lang : '-'}\u0000${text}`;
  const known = wrapped.get(key);
  if (known !== undefined) return known;
  measure ??= document.createElement('canvas').getContext('2d');
  if (!measure) return text;
  measure.font = CAUSAL_FONT;
  const out = wrapLabel(text, { width: CAUSAL_WIDTH, wordWidth: CAUSAL_WORD, measure: (t) => Math.ceil(measure!.measureText(t).width), hyphenate });
  wrapped.set(key, out);
  return out;
}

/**
 * What the canvas writes on a node: its name; in the causal view a drawn intervention's place in
 * the ranking before it ("1. ..."), as numbered in the ranking list beside the map, and the name
 * wrapped in lines (wrapCausal).
 */
export function displayName(n: GNode, s: Pick<State, 'lang' | 'view' | 'hyphens'>): string {
  const name = nodeName(n, s.lang);
  if (n.group || s.view !== 'causal') return name;
  return wrapCausal(n.rank ? `${n.rank}. ${name}` : name, s.lang, s.hyphens.includes(s.lang) ? hyphenator(s.lang) : null);
}


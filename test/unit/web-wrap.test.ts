/**
 * The causal view's label wrapping (web/src/wrap.ts) with the real hyphenation patterns (hyphen,
 * as the explorer loads them): long words break at the language's break points, never in the
 * middle of a syllable, and no soft hyphen is left in what the canvas draws.
 */
import { describe, expect, it } from 'vitest';
import nl from 'hyphen/nl/index.js';
import enGb from 'hyphen/en-gb/index.js';
import { hyphenate as nlFromChunk } from '../../web/src/hyphen-nl.ts';
import { SOFT_HYPHEN, splitWord, wrapLabel, type WrapOptions } from '../../web/src/wrap.ts';

// 10 px a character: a line (140 px) holds 14, a word alone may reach 175 px (17 characters).
const measure = (t: string) => [...t].length * 10;
const base: WrapOptions = { width: 140, wordWidth: 175, measure };
const dutch: WrapOptions = { ...base, hyphenate: (t) => nl.hyphenateSync(t) };
const english: WrapOptions = { ...base, hyphenate: (t) => enGb.hyphenateSync(t) };

/** Where the patterns allow a break in `word`: the lengths of the heads. */
const breakPoints = (word: string, h: (t: string) => string): number[] => {
  const out: number[] = [];
  let n = 0;
  for (const c of h(word)) {
    if (c === SOFT_HYPHEN) out.push(n);
    else n++;
  }
  return out;
};

// Long names of the seed graph, and a few more.
const NAMES = [
  'Sociaaleconomische sortering',
  'Achterblijvende woonaantrekkelijkheid',
  'Anonimiteit en onveiligheidsgevoel',
  'Samenredzaamheid in de buurt',
  'Concentratie van kwetsbare huishoudens in corporatiebezit',
  '17. Bruisende centrumvoorzieningen',
  'Dalende sociaaleconomische positie',
  'Overlast',
];

describe('wrapLabel', () => {
  it('splits a long Dutch word at a Dutch break point, the last whose head fits', () => {
    expect(wrapLabel('Sociaaleconomische sortering', dutch)).toBe('Sociaaleconomi-\nsche\nsortering');
    expect(wrapLabel('Achterblijvende woonaantrekkelijkheid', dutch)).toBe('Achterblijvende\nwoonaantrekke-\nlijkheid');
    // "Anonimiteit en" is 140 px, but Cytoscape tests it with the space after it, and breaks it.
    expect(wrapLabel('Anonimiteit en onveiligheidsgevoel', dutch)).toBe('Anonimiteit\nen\nonveiligheidsge-\nvoel');
    // Every split is one the patterns allow: "so-ci-aal-eco-no-mi-sche", "woon-aan-trek-ke-lijk-heid".
    expect(breakPoints('Sociaaleconomische', dutch.hyphenate!)).toContain('Sociaaleconomi'.length);
    expect(breakPoints('woonaantrekkelijkheid', dutch.hyphenate!)).toContain('woonaantrekke'.length);
    // The chunk the explorer loads gives the same break points.
    expect(nlFromChunk('woonaantrekkelijkheid')).toBe(nl.hyphenateSync('woonaantrekkelijkheid'));
  });

  it('splits by letters until the patterns have loaded (the fallback)', () => {
    expect(wrapLabel('Sociaaleconomische sortering', base)).toBe('Sociaaleconomis-\nche sortering');
    expect(wrapLabel('Achterblijvende woonaantrekkelijkheid', { ...base, hyphenate: null })).toBe('Achterblijvende\nwoonaantrekkelij-\nkheid');
  });

  it('leaves no soft hyphen in any label, and loses or adds nothing but line breaks and hyphens at break points', () => {
    for (const name of NAMES) {
      const out = wrapLabel(name, dutch);
      expect(out).not.toContain(SOFT_HYPHEN);
      // Lines fit: a line of words 140 px, a word alone 175 px.
      for (const line of out.split('\n')) expect(measure(line) <= (line.includes(' ') ? 140 : 175), `${name}: ${line}`).toBe(true);
      // Joined again (a hyphen at a line's end was added), the lines give the name back.
      const lines = out.split('\n');
      let joined = '';
      lines.forEach((line, i) => {
        const added = line.endsWith('-') && i < lines.length - 1;
        joined += added ? line.slice(0, -1) : i < lines.length - 1 ? `${line} ` : line;
      });
      expect(joined).toBe(name);
      // And each hyphen added stands at a Dutch break point of its word.
      lines.forEach((line, i) => {
        if (!line.endsWith('-') || i === lines.length - 1) return;
        const head = line.slice(0, -1).split(' ').pop()!;
        const whole = name.split(' ').find((w) => w.startsWith(head) && w.length > head.length)!;
        expect(breakPoints(whole, dutch.hyphenate!), `${name}: ${line}`).toContain(head.length);
      });
    }
  });

  it('keeps words that fit as they are, and a short label on one line', () => {
    expect(wrapLabel('Overlast', dutch)).toBe('Overlast');
    expect(wrapLabel('Leegstand', dutch)).toBe('Leegstand');
    // A word alone may stick out a little (here 15 characters, 150 px) rather than be split.
    expect(wrapLabel('Achterblijvende', dutch)).toBe('Achterblijvende');
  });

  it('breaks English names with English patterns, and at a hyphen of the word itself', () => {
    const out = wrapLabel('Counterurbanisation pressure', english);
    expect(out).not.toContain(SOFT_HYPHEN);
    const head = out.split('\n')[0]!.slice(0, -1);
    expect(out.split('\n')[0]!.endsWith('-')).toBe(true);
    expect(breakPoints('Counterurbanisation', english.hyphenate!)).toContain(head.length);
    // "Socio-economic" breaks at its own hyphen, and no second hyphen is added.
    expect(wrapLabel('Socio-economic sorting', { ...english, wordWidth: 80 })).toBe('Socio-\neconomic\nsorting');
  });
});

describe('splitWord', () => {
  it('takes the last break point whose head fits, and letters when none does', () => {
    const fits = (t: string) => measure(t) <= 100;
    expect(splitWord(nl.hyphenateSync('woonaantrekkelijkheid'), fits)).toEqual(['woonaan-', `trek${SOFT_HYPHEN}ke${SOFT_HYPHEN}lijk${SOFT_HYPHEN}heid`]);
    // No break point in it at all: three letters at least either side.
    expect(splitWord('abcdefghijklmnop', fits)).toEqual(['abcdefghi-', 'jklmnop']);
  });
});

/**
 * The import engine's catalogue of rules (server/import/messages.ts): every rule code the engine
 * can report has its name, and its message or sentences, in Dutch and English with the same
 * parameters; a finding the engine makes carries its parameters (never a sentence of its own) and
 * reads in both languages.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../server/config.ts';
import { checkSource } from '../../server/source-policy.ts';
import { CheckError, DeferredPool, checkStatement } from '../../server/import/check.ts';
import { RULES, RULE_CODES, findingMessage, hasMessage, ruleMessage } from '../../server/import/messages.ts';

const placeholders = (text: string) => [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort();

type Text = { nl: string; en: string };
type Rule = { name: Text; message?: Text; sentences?: Record<string, Text> };

/** The engine's source files (not the catalogue itself). */
const engineFiles = () =>
  [...fs.readdirSync(path.join(PROJECT_ROOT, 'server/import')).map((f) => path.join('server/import', f)), 'server/source-policy.ts']
    .filter((f) => f.endsWith('.ts') && !f.endsWith('messages.ts'))
    .map((file) => ({ file, text: fs.readFileSync(path.join(PROJECT_ROOT, file), 'utf8') }));

/** The rule codes written in the engine's source: `rule: 'x'`, `new XError('x'`, `add('x'`, `issue('x'`. */
function codesInSource(): Set<string> {
  const codes = new Set<string>();
  for (const { text } of engineFiles()) {
    for (const m of text.matchAll(/(?:rule: |Error\(|add\(|issue\(|violation\(|finding\([^,]+, )'([a-z0-9-]+)'/g)) codes.add(m[1]!);
    // The syntax checker's rules are a union type.
    const union = /export type CheckRule =([^;]+);/.exec(text);
    if (union) for (const m of union[1]!.matchAll(/'([a-z0-9-]+)'/g)) codes.add(m[1]!);
  }
  return codes;
}

describe('the catalogue of import rules', () => {
  it('names every rule, and gives every message and sentence, in Dutch and English with the same parameters', () => {
    let sentences = 0;
    for (const code of RULE_CODES) {
      const rule = RULES[code] as Rule;
      expect(rule.name.nl.trim(), code).not.toBe('');
      expect(rule.name.en.trim(), code).not.toBe('');
      const texts = Object.entries({ ...rule.sentences, ...(rule.message ? { '(message)': rule.message } : {}) });
      sentences += texts.length;
      for (const [key, text] of texts) {
        expect(text.nl.trim(), `${code} ${key}`).not.toBe('');
        expect(text.en.trim(), `${code} ${key}`).not.toBe('');
        expect(text.nl, `${code} ${key}`).not.toBe(text.en);
        expect(placeholders(text.nl), `${code} ${key}`).toEqual(placeholders(text.en));
      }
    }
    expect(sentences).toBeGreaterThan(100);
    // Only the refusal a caller adds from outside the engine (`alongside`: a proposal decided meanwhile) has no words here.
    expect(RULE_CODES.filter((c) => !(RULES[c] as Rule).message && !(RULES[c] as Rule).sentences)).toEqual(['conflict']);
  });

  it('the engine passes every finding its parameters and a key into the catalogue, never a sentence of its own', () => {
    const keys = new Set(RULE_CODES.flatMap((c) => Object.keys((RULES[c] as Rule).sentences ?? {})));
    const raw: string[] = [];
    const unknown: string[] = [];
    let sites = 0;
    for (const { file, text } of engineFiles()) {
      const at = (i: number) => `${file}:${text.slice(0, i).split('\n').length}`;
      // A finding's words: a LineError's third argument, or an issue's `message`, written as a string or template literal.
      for (const m of text.matchAll(/new (?:Check|Track|Eval|Line)Error\(\s*[^,()]+,\s*[^,()]+(?:\([^()]*\))?[^,()]*,\s*([`'"])?/g)) {
        sites++;
        if (m[1]) raw.push(at(m.index));
      }
      for (const m of text.matchAll(/\bmessage:\s*([`'"])/g)) raw.push(at(m.index));
      // The syntax checker's refusals name their sentence (or null: the rule's message).
      if (file.endsWith('check.ts')) for (const m of text.matchAll(/this\.fail\(\s*(?:'([a-z-]+)'|(null)|(\S))/g)) {
        sites++;
        if (m[3]) raw.push(at(m.index));
        else if (m[1] && !keys.has(m[1])) unknown.push(`${at(m.index)} ${m[1]}`);
      }
      for (const m of text.matchAll(/\bsentence\(\s*'([a-z-]+)'/g)) if (!keys.has(m[1]!)) unknown.push(`${at(m.index)} ${m[1]}`);
      for (const m of text.matchAll(/CypherFileError\([^,]+,\s*'([a-z-]+)'/g)) if (!keys.has(m[1]!)) unknown.push(`${at(m.index)} ${m[1]}`);
    }
    expect(sites).toBeGreaterThan(80);
    expect(raw).toEqual([]);
    expect(unknown).toEqual([]);
  });

  it('knows every rule code the engine reports', () => {
    const found = codesInSource();
    expect(found.size).toBeGreaterThan(40);
    expect([...found].filter((c) => !RULE_CODES.includes(c as never))).toEqual([]);
  });

  it("a finding carries its parameters: the engine's English words, and the same in Dutch", () => {
    const [publisher] = checkSource({ id: 'source:x', year: 2024 });
    expect(publisher).toEqual({ rule: 'source-without-publisher', message: 'Source source:x has no publisher: name who published it.', params: { id: 'source:x' } });
    expect(findingMessage('nl', publisher!)).toBe('Bron source:x heeft geen uitgever: noem wie haar publiceerde.');

    let refusal: CheckError | undefined;
    try {
      checkStatement("MERGE (m:Maatregel {id: 'intervention:x'})", 3, new DeferredPool('t.cypher'));
    } catch (e) {
      refusal = e as CheckError;
    }
    expect(refusal).toBeInstanceOf(CheckError);
    expect(refusal!.message).toMatch(/^line 3: the label `Maatregel` is not in the vocabulary; known labels: .*Intervention/);
    expect(findingMessage('nl', refusal!)).toMatch(/^het label `Maatregel` staat niet in de woordenlijst; bekende labels: .*Intervention/);
    // One of a rule's several sentences: the same words as before, and in Dutch.
    let bound: CheckError | undefined;
    try {
      checkStatement("MERGE (n:Actor {id: 'actor:x'}) MERGE (n)", 4, new DeferredPool('t.cypher'));
    } catch (e) {
      bound = e as CheckError;
    }
    expect(bound!.message).toBe('line 4: n is bound already; MERGE (n) does nothing');
    expect(findingMessage('nl', bound!)).toBe('n is al gebonden; MERGE (n) doet niets');
    expect(hasMessage(bound!.rule, bound!.params)).toBe(true);
    // A finding from outside the engine (no parameters) keeps its words.
    expect(findingMessage('nl', { rule: 'conflict', message: 'something else' })).toBe('something else');
    expect(ruleMessage('nl', 'no-such-rule', {})).toBeNull();
  });
});

/**
 * The import engine's catalogue of rules (server/import/messages.ts): every rule code the engine
 * can report has its name, and its message where it has one, in Dutch and English with the same
 * parameters; a finding the engine makes carries its parameters and reads in both languages.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../server/config.ts';
import { checkSource } from '../../server/source-policy.ts';
import { CheckError, DeferredPool, checkStatement } from '../../server/import/check.ts';
import { RULES, RULE_CODES, findingMessage, ruleMessage } from '../../server/import/messages.ts';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

/** The rule codes written in the engine's source: `rule: 'x'`, `new XError('x'`, `add('x'`, `issue('x'`. */
function codesInSource(): Set<string> {
  const files = [...fs.readdirSync(path.join(PROJECT_ROOT, 'server/import')).map((f) => path.join('server/import', f)), 'server/source-policy.ts'].filter((f) => f.endsWith('.ts') && !f.endsWith('messages.ts'));
  const codes = new Set<string>();
  for (const file of files) {
    const text = fs.readFileSync(path.join(PROJECT_ROOT, file), 'utf8');
    for (const m of text.matchAll(/(?:rule: |Error\(|add\(|issue\(|violation\(|lineFinding\([^,]+, )'([a-z0-9-]+)'/g)) codes.add(m[1]!);
    // The syntax checker's rules are a union type.
    const union = /export type CheckRule =([^;]+);/.exec(text);
    if (union) for (const m of union[1]!.matchAll(/'([a-z0-9-]+)'/g)) codes.add(m[1]!);
  }
  return codes;
}

describe('the catalogue of import rules', () => {
  it('names every rule, and gives every message, in Dutch and English with the same parameters', () => {
    for (const code of RULE_CODES) {
      const rule = RULES[code] as { name: { nl: string; en: string }; message?: { nl: string; en: string } };
      expect(rule.name.nl.trim(), code).not.toBe('');
      expect(rule.name.en.trim(), code).not.toBe('');
      if (!rule.message) continue;
      expect(rule.message.nl.trim(), code).not.toBe('');
      expect(rule.message.nl, code).not.toBe(rule.message.en);
      expect(placeholders(rule.message.nl), code).toEqual(placeholders(rule.message.en));
    }
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
    // Without its parameters, a finding keeps the engine's words.
    expect(findingMessage('nl', { rule: 'unknown-label', message: 'line 3: something else' })).toBe('something else');
    expect(ruleMessage('nl', 'no-such-rule', {})).toBeNull();
  });
});

/**
 * A partner's file is hostile until proven otherwise. The attacks of the review (§1.1 a partner
 * forging an admin token, §1.3 a big file writing before it is checked, §1.5 reading token hashes)
 * and variants, sent as a partner would: through the real HTTP server with a partner token. Each is
 * refused before the database is written, reveals nothing of system data, and changes nothing.
 * Then ownership (§1.8): a partner changes only what its own imports created.
 */
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cypher, plain } from '../../server/db/driver.ts';
import { createApiToken } from '../../server/api/tokens.ts';
import { getImportRecord } from '../../server/import/record.ts';
import { fingerprint } from '../support/db.ts';
import { data, firstError, startApi, type Api } from './api-support.ts';

let api: Api;
const secrets: Record<string, string> = {};
const bearer = (who: string) => ({ authorization: `Bearer ${secrets[who]}` });

beforeAll(async () => {
  api = await startApi();
  for (const [who, role] of [['rigo', 'partner'], ['platform31', 'partner'], ['admin', 'admin']] as const) {
    secrets[who] = (await createApiToken(api.db, { name: who, role })).secret;
  }
});

afterAll(async () => {
  await api?.close();
});

const IMPORT = `mutation($t: String!, $dry: Boolean, $override: Boolean) {
  importDataset(fileName: "partner.cypher", text: $t, dryRun: $dry, overrideOwnership: $override) {
    importId status curated ownershipOverride counts errors { line rule message } warnings { rule message }
  }
}`;

async function importAs(who: string, text: string, options: { dryRun?: boolean; override?: boolean } = {}) {
  const r = await api.gql(IMPORT, { t: text, dry: options.dryRun ?? false, override: options.override ?? false }, bearer(who));
  return { raw: r, result: data(r).importDataset as { importId: string; status: string; curated: boolean; ownershipOverride: boolean; counts: any; errors: Array<{ line: number; rule: string; message: string }> } };
}

const tokens = cypher('test.security.tokens', 'MATCH (t:ApiToken) RETURN t.id AS id, t.hash AS hash, t.role AS role ORDER BY id');
const systemNodes = cypher('test.security.systemNodes', 'MATCH (n:ApiToken) RETURN count(n) AS n');

describe('the attacks of the review, refused before anything is written', () => {
  it('§1.1: forging an admin token with a dynamic label, and its variants', async () => {
    const forgedSecret = 'nt_forged-secret-of-my-choice';
    const hash = createHash('sha256').update(forgedSecret).digest('hex');
    const before = await fingerprint(api.db);
    const attacks = [
      // The review's file, as it was.
      `MERGE (s:Source {id:'source:x'}) SET s += {name:'x', kind:'report'};\nCREATE (t:$(['Import','ApiToken']) {id:'token:forged', hash:'${hash}', name:'e', role:'admin', createdAt:'2026-01-01T00:00:00Z'});`,
      `MERGE (s:Source {id:'source:x'}) SET s:$('ApiToken'), s += {hash: '${hash}', role: 'admin'};`,
      `CREATE (t:ApiToken {id:'token:forged', hash:'${hash}', name:'e', role:'admin'});`,
      `MERGE (s:Source {id:'source:x'}) SET s.name = 'x' SET s:ApiToken;`,
      `:param label => 'ApiToken'\nCREATE (t:$($label) {id:'token:forged', hash:'${hash}', role:'admin'});`,
      `MATCH (t:\`ApiToken\` {id: 'token:anything'}) SET t.role = 'admin';`,
      `MATCH (t) WHERE t.role = 'partner' SET t.role = 'admin';`,
      `MATCH (t {name: 'rigo'}) SET t.role = 'admin';`,
      `UNWIND ['ApiToken'] AS l MATCH (t:$(l)) SET t.role = 'admin';`,
      `MATCH (i:Import {id: 'import:x'}) SET i.partner = null;`,
      `MATCH (h:GraphHead {id: 'head'}) SET h.version = 0;`,
    ];
    for (const text of attacks) {
      const { result } = await importAs('rigo', text);
      expect(result.status, text).toBe('refused');
      expect(result.errors.length, text).toBeGreaterThan(0);
      expect(['dynamic-name', 'system-label', 'no-search']).toContain(result.errors[0]!.rule);
    }
    expect(await fingerprint(api.db)).toEqual(before);
    // The forged secret opens nothing; the partner's own token is still a partner's.
    const forged = await api.gql('{ apiTokens { id } }', {}, { authorization: `Bearer ${forgedSecret}` });
    expect(firstError(forged).extensions?.code).toBe('UNAUTHENTICATED');
    const asPartner = await api.gql('mutation { createToken(name: "x", role: admin) { secret } }', {}, bearer('rigo'));
    expect(firstError(asPartner).extensions?.code).toBe('FORBIDDEN');
  });

  it('§1.3: a big file that would touch a token first is refused before any of it runs', async () => {
    const before = await fingerprint(api.db);
    const filler = Array.from({ length: 4000 }, (_, i) => `MERGE (s:Source {id: 'source:big-${i}'}) SET s += {name: 'Bron ${i} ${'x'.repeat(2500)}', publisher: 'P', year: 2020};`).join('\n');
    const text = `MATCH (t:ApiToken {id: 'token:x'}) SET t.role = 'admin';\n${filler}\n`;
    expect(text.length).toBeGreaterThan(10_000_000);
    const { result } = await importAs('rigo', text);
    expect(result.status).toBe('refused');
    expect(result.errors[0]).toMatchObject({ line: 1, rule: 'system-label' });
    expect(await fingerprint(api.db)).toEqual(before);
  }, 120_000);

  it('§1.5: reading token names, roles and hashes into a value: refused, and nothing of them in the answer', async () => {
    const before = await fingerprint(api.db);
    const hashes = (await api.db.read(tokens)).records.map((r) => r.get('hash') as string);
    const reads = [
      ":param h => COLLECT { MATCH (t:ApiToken) RETURN t.hash }\nMERGE (s:Source {id: 'source:leak'}) SET s.name = $h[0];",
      "MATCH (t) WHERE t.hash IS NOT NULL MERGE (s:Source {id: 'source:leak'}) SET s.name = t.hash;",
      "MATCH (t:$('ApiToken')) MERGE (s:Source {id: 'source:leak'}) SET s.name = t.hash;",
      "MERGE (s:Source {id: 'source:leak'}) SET s.name = COLLECT { MATCH (t:ApiToken) RETURN t.hash }[0];",
      "MATCH (s:Source {id: 'source:s1'}) SET s.name = properties(s).name + keys(s)[0];",
      "MATCH (s:Source {id: 'source:s1'}), (t:Source {id: 'source:s1'}) SET s.description = t.name;",
      ':param h => [x IN COLLECT { MATCH (t:ApiToken) RETURN t } | x.hash]\nRETURN $h;',
    ];
    for (const text of reads) {
      for (const dryRun of [true, false]) {
        const { raw, result } = await importAs('rigo', text, { dryRun });
        expect(result.status, text).toBe('refused');
        for (const hash of hashes) expect(JSON.stringify(raw.body)).not.toContain(hash);
        expect(JSON.stringify(raw.body)).not.toMatch(/Node\(\d+\)/);
      }
    }
    expect(await fingerprint(api.db)).toEqual(before);
    expect(plain((await api.db.read(systemNodes)).records[0]!.get('n'))).toBe(hashes.length);
  });

  it('values arrive byte for byte: $& and $$ in a :param are themselves', async () => {
    const text = ":param name => 'Kosten $$5 and $& en \\\\ \\u00e9'\nMERGE (s:Source {id: 'source:dollar'}) SET s += {name: $name, publisher: 'P', year: 2024};";
    const { result } = await importAs('rigo', text);
    expect(result.status).toBe('applied');
    const r = await api.gql('{ node(id: "source:dollar") { name } }');
    expect(data(r).node.name).toBe('Kosten $$5 and $& en \\ é');
  });
});

describe('partners own what they bring', () => {
  const CURATED_CHANGE = "MATCH (c:Challenge {id: 'challenge:leefbaarheid'}) SET c.name = 'Overgenomen';";

  it('a partner cannot change curated data, in any spelling; the refusal names the node', async () => {
    const before = await fingerprint(api.db);
    for (const text of [
      CURATED_CHANGE,
      "MERGE (c:Challenge {id: 'challenge:leefbaarheid'}) ON MATCH SET c.description = 'x';",
      "MATCH (c:Challenge {id: 'challenge:leefbaarheid'}) SET c = {id: 'challenge:leefbaarheid', name: 'Leeggemaakt'};",
      "MATCH (c:Challenge {id: 'challenge:leefbaarheid'}) REMOVE c.description;",
    ]) {
      const { result } = await importAs('rigo', text);
      expect(result.status, text).toBe('refused');
      expect(result.errors[0]!.rule).toBe('not-owner');
      expect(result.errors[0]!.message).toContain('node "challenge:leefbaarheid" (:Challenge) belongs to the curated graph');
    }
    expect(await fingerprint(api.db)).toEqual(before);
  });

  it('a partner may add its own nodes and claims, also on curated nodes, and change them later; another partner may not', async () => {
    const created = await importAs(
      'rigo',
      `MERGE (s:Source {id: 'source:rigo-2024'}) SET s += {name: 'RIGO-rapport', publisher: 'RIGO', year: 2024};
MERGE (m:Mechanism {id: 'mechanism:rigo-sortering'}) SET m.name = 'Sortering';
MATCH (m:Mechanism {id: 'mechanism:rigo-sortering'}), (c:Challenge {id: 'challenge:leefbaarheid'})
MERGE (m)-[r:CAUSES]->(c) SET r += {polarity: '+', confidence: 'indicative', sources: ['source:rigo-2024']};`,
    );
    expect(created.result.status).toBe('applied');
    expect(created.result.curated).toBe(false);

    const own = await importAs('rigo', "MATCH (m:Mechanism {id: 'mechanism:rigo-sortering'}) SET m.nameEn = 'Sorting';");
    expect(own.result.status).toBe('applied');
    expect(own.result.counts.nodesChanged).toEqual({ Mechanism: 1 });

    const before = await fingerprint(api.db);
    const other = await importAs(
      'platform31',
      `MATCH (m:Mechanism {id: 'mechanism:rigo-sortering'}) SET m.name = 'Anders';
MATCH (m:Mechanism {id: 'mechanism:rigo-sortering'})-[r:CAUSES]->(c:Challenge {id: 'challenge:leefbaarheid'}) SET r.confidence = 'established';`,
    );
    expect(other.result.status).toBe('refused');
    expect(other.result.errors.map((e) => e.rule)).toEqual(['not-owner', 'not-owner']);
    expect(other.result.errors[0]!.message).toContain('belongs to partner "rigo"');
    expect(other.result.errors.map((e) => e.line)).toEqual([1, 2]);
    expect(await fingerprint(api.db)).toEqual(before);

    // Adding its own claim on rigo's node is fine: nothing of rigo's changes.
    const beside = await importAs(
      'platform31',
      `MERGE (s:Source {id: 'source:p31-2025'}) SET s += {name: 'Platform31-verkenning', publisher: 'Platform31', year: 2025};
MATCH (i:Intervention {id: 'intervention:i1'}), (m:Mechanism {id: 'mechanism:rigo-sortering'})
MERGE (i)-[r:ADDRESSES]->(m) SET r += {confidence: 'hypothesis', sources: ['source:p31-2025']};`,
    );
    expect(beside.result.status, JSON.stringify(beside.result.errors)).toBe('applied');
  });

  it('an admin may override, and the record says so; a partner may not ask for it', async () => {
    const refused = await api.gql(IMPORT, { t: CURATED_CHANGE, dry: false, override: true }, bearer('rigo'));
    expect(firstError(refused).extensions?.code).toBe('FORBIDDEN');
    const { result } = await importAs('admin', "MATCH (m:Mechanism {id: 'mechanism:rigo-sortering'}) SET m.description = 'Nagekeken door de redactie.';", { override: true });
    expect(result.status).toBe('applied');
    expect(result.ownershipOverride).toBe(true);
    expect(result.curated).toBe(true);
    expect((await getImportRecord(api.db, result.importId))?.ownershipOverride).toBe(true);
    // Without the override, even an admin's import leaves a partner's data alone.
    const without = await importAs('admin', "MATCH (m:Mechanism {id: 'mechanism:rigo-sortering'}) SET m.description = 'Nogmaals.';");
    expect(without.result.errors[0]!.rule).toBe('not-owner');
  });
});

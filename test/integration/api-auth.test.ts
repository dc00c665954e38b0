/** Writes: bearer tokens with roles, hashed storage, validation against the ontology, recordedBy/At. */
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { cypher, plain } from '../../server/db/driver.ts';
import { createApiToken } from '../../server/api/tokens.ts';
import { fingerprint } from '../support/db.ts';
import { data, firstError, startApi, type Api } from './api-support.ts';

let api: Api;
const secrets: Record<string, string> = {};
const bearer = (role: string) => ({ authorization: `Bearer ${secrets[role]}` });

beforeAll(async () => {
  api = await startApi({ maxImportBytes: 5_000, maxBodyBytes: 2_000 });
  for (const role of ['participant', 'partner', 'admin']) {
    secrets[role] = (await createApiToken(api.db, { name: `test-${role}`, role })).secret;
  }
});
afterAll(async () => {
  await api?.close();
});

const ADD_CASE = `mutation($input: AddCaseInput!) { addCase(input: $input) { id name label about { node { id } } involves { node { id } } sources { node { id } } } }`;
const caseInput = { name: 'Nieuwe casus Beta', placeIds: ['neighbourhood:beta-centrum'], involves: ['challenge:leefbaarheid', 'intervention:i1'], sourceId: 'source:s1', domains: ['sociaal'], period: '2024' };

test('reading is open; writing needs a token with a strong enough role', async () => {
  const anonymous = await api.gql(ADD_CASE, { input: caseInput });
  expect(firstError(anonymous).extensions?.code).toBe('UNAUTHENTICATED');
  expect(anonymous.status).toBe(401);
  const bogus = await api.gql(ADD_CASE, { input: caseInput }, { authorization: 'Bearer nt_not-a-real-token' });
  expect(firstError(bogus)).toMatchObject({ message: 'The API token is unknown or revoked.', extensions: { code: 'UNAUTHENTICATED' } });
  const weak = await api.gql('mutation { createToken(name: "x", role: admin) { secret } }', {}, bearer('partner'));
  expect(firstError(weak)).toMatchObject({ message: 'This needs the admin role; your token has the partner role.', extensions: { code: 'FORBIDDEN' } });
  expect(weak.status).toBe(403);
  const weakImport = await api.gql('mutation { importDataset(fileName: "a.cypher", text: "RETURN 1;") { status } }', {}, bearer('participant'));
  expect(firstError(weakImport).extensions?.code).toBe('FORBIDDEN');
  const direct = await api.gql(ADD_CASE, { input: caseInput }, bearer('participant'));
  expect(firstError(direct)).toMatchObject({ message: 'This needs the partner role; your token has the participant role.', extensions: { code: 'FORBIDDEN' } });
});

test('a partner adds a case directly (a participant proposes one), validated against the ontology, recorded with who and when', async () => {
  const badPlace = await api.gql(ADD_CASE, { input: { ...caseInput, placeIds: ['challenge:armoede'] } }, bearer('partner'));
  expect(firstError(badPlace)).toMatchObject({ message: "input.placeIds: 'challenge:armoede' is a Challenge; expected Municipality or Neighbourhood", extensions: { code: 'BAD_USER_INPUT' } });
  const missing = await api.gql(ADD_CASE, { input: { ...caseInput, involves: ['mechanism:none'] } }, bearer('partner'));
  expect(firstError(missing).message).toBe("input.involves: no node with id 'mechanism:none'");
  const noSource = await api.gql(ADD_CASE, { input: { ...caseInput, sourceId: null } }, bearer('partner'));
  expect(firstError(noSource).message).toMatch(/exactly one of sourceId, newSource and ownExperience/);
  const badDomain = await api.gql(ADD_CASE, { input: { ...caseInput, domains: ['x'] } }, bearer('partner'));
  expect(firstError(badDomain).message).toMatch(/Unknown domain 'x'/);

  const ok = data(await api.gql(ADD_CASE, { input: caseInput }, bearer('partner'))).addCase;
  expect(ok).toMatchObject({ name: 'Nieuwe casus Beta', label: 'Case', about: [{ node: { id: 'neighbourhood:beta-centrum' } }], sources: [{ node: { id: 'source:s1' } }] });
  expect(ok.id).toMatch(/^case:nieuwe-casus-beta-[0-9a-f]{6}$/);
  expect(ok.involves.map((x: any) => x.node.id).sort()).toEqual(['challenge:leefbaarheid', 'intervention:i1']);
  const stored = await api.db.read(
    cypher('test.case', 'MATCH (c:Case {id: $id})-[r:ABOUT]->() RETURN c.recordedBy AS by, c.recordedAt AS at, r.recordedBy AS rby'),
    { id: ok.id },
  );
  expect(stored.records[0]!.get('by')).toBe('test-partner');
  expect(stored.records[0]!.get('rby')).toBe('test-partner');
  expect(Date.parse(stored.records[0]!.get('at'))).toBeGreaterThan(Date.now() - 60_000);
  // Who and when are ontology properties, so the API serves them like any other.
  const read = data(await api.gql('query($id: ID!) { node(id: $id) { ... on Case { recordedBy recordedAt about { recordedBy } sources { recordedBy } } } }', { id: ok.id })).node;
  expect(read).toEqual({
    recordedBy: 'test-partner',
    recordedAt: stored.records[0]!.get('at'),
    about: [{ recordedBy: 'test-partner' }],
    sources: [{ recordedBy: 'test-partner' }],
  });
});

test('a partner adds an application with a new source', async () => {
  const r = data(
    await api.gql(
      `mutation { addApplication(interventionId: "intervention:i3", placeId: "municipality:GM0002", period: "2025",
         newSource: { name: "Raadsbrief Betadorp", url: "https://example.org/brief", year: 2025, kind: "local_document" }) {
         intervention { id } place { id } period recordedBy recordedAt sources { id name } } }`,
      {},
      bearer('partner'),
    ),
  ).addApplication;
  expect(r).toMatchObject({ intervention: { id: 'intervention:i3' }, place: { id: 'municipality:GM0002' }, period: '2025', recordedBy: 'test-partner' });
  expect(r.sources[0].name).toBe('Raadsbrief Betadorp');
  const back = data(await api.gql('{ node(id: "intervention:i3") { ... on Intervention { appliedIn { node { id } recordedBy sourceIds } } } }')).node.appliedIn;
  expect(back).toContainEqual({ node: { id: 'municipality:GM0002' }, recordedBy: 'test-partner', sourceIds: [r.sources[0].id] });
  const wrong = await api.gql('mutation { addApplication(interventionId: "mechanism:a", placeId: "municipality:GM0002", sourceId: "source:s1") { period } }', {}, bearer('partner'));
  expect(firstError(wrong).message).toBe("interventionId: 'mechanism:a' is a Mechanism; expected Intervention");
  const badUrl = await api.gql('mutation { addApplication(interventionId: "intervention:i3", placeId: "municipality:GM0002", newSource: { name: "x", url: "javascript:alert(1)" }) { period } }', {}, bearer('partner'));
  expect(firstError(badUrl).message).toBe('newSource.url must start with http:// or https://');
});

test('partner imports a dataset (dry run changes nothing), within the size limit', async () => {
  const before = await fingerprint(api.db);
  const text = "MERGE (n:Challenge {id: 'challenge:via-api'}) SET n.name = 'Via de API', n.domains = ['sociaal'];\n";
  const r = data(await api.gql('mutation($t: String!) { importDataset(fileName: "partner.cypher", text: $t, dryRun: true) { status dryRun partner actor errors { message } } }', { t: text }, bearer('partner'))).importDataset;
  expect(r).toMatchObject({ status: 'dry-run', dryRun: true, partner: 'test-partner', actor: 'api:test-partner' });
  expect((await fingerprint(api.db)).hash).toBe(before.hash);
  const big = await api.gql('mutation($t: String!) { importDataset(fileName: "big.cypher", text: $t) { status } }', { t: text.repeat(100) }, bearer('partner'));
  expect(firstError(big)).toMatchObject({ extensions: { code: 'PAYLOAD_TOO_LARGE' } });
  expect(firstError(big).message).toMatch(/the limit is 5000 bytes/);
  // Bodies past maxBodyBytes (2000) are allowed for a valid partner token only, up to the import limit.
  const mid = "MERGE (n:Challenge {id: 'challenge:via-api'}) SET n.name = 'Via de API', n.domains = ['sociaal'];\n" + '// padding\n'.repeat(250);
  const asPartner = await api.gql('mutation($t: String!) { importDataset(fileName: "mid.cypher", text: $t, dryRun: true) { status } }', { t: mid }, bearer('partner'));
  expect(data(asPartner).importDataset.status).toBe('dry-run');
  const asParticipant = await api.gql('mutation($t: String!) { importDataset(fileName: "mid.cypher", text: $t, dryRun: true) { status } }', { t: mid }, bearer('participant'));
  expect(asParticipant.status).toBe(413);
  const madeUp = await api.gql('mutation($t: String!) { importDataset(fileName: "mid.cypher", text: $t, dryRun: true) { status } }', { t: mid }, { authorization: 'Bearer made-up' });
  expect(madeUp.status).toBe(413);
});

test('admin creates and revokes tokens; only the sha256 hash is stored', async () => {
  const created = data(await api.gql('mutation { createToken(name: "Gemeente Betadorp", role: partner) { secret token { id name role createdAt createdBy revokedAt } } }', {}, bearer('admin'))).createToken;
  expect(created.token).toMatchObject({ name: 'Gemeente Betadorp', role: 'partner', createdBy: 'test-admin', revokedAt: null });
  const stored = await api.db.read(cypher('test.token', 'MATCH (t:ApiToken {id: $id}) RETURN properties(t) AS t'), { id: created.token.id });
  const props = plain(stored.records[0]!.get('t')) as Record<string, unknown>;
  expect(props.hash).toBe(createHash('sha256').update(created.secret).digest('hex'));
  expect(Object.values(props)).not.toContain(created.secret);
  const use = await api.gql(ADD_CASE, { input: { ...caseInput, name: 'Met nieuw token' } }, { authorization: `Bearer ${created.secret}` });
  expect(use.body.errors).toBeUndefined();
  const list = data(await api.gql('{ apiTokens { id name role } }', {}, bearer('admin'))).apiTokens;
  expect(list.map((t: any) => t.name)).toContain('Gemeente Betadorp');
  expect(firstError(await api.gql('{ apiTokens { id } }')).extensions?.code).toBe('UNAUTHENTICATED');
  const revoked = data(await api.gql('mutation($id: ID!) { revokeToken(id: $id) { revokedAt } }', { id: created.token.id }, bearer('admin'))).revokeToken;
  expect(revoked.revokedAt).toBeTruthy();
  const after = await api.gql(ADD_CASE, { input: caseInput }, { authorization: `Bearer ${created.secret}` });
  expect(firstError(after).extensions?.code).toBe('UNAUTHENTICATED');
  expect(firstError(await api.gql('mutation { createToken(name: "x", role: admin) { secret } }', {}, bearer('participant'))).extensions?.code).toBe('FORBIDDEN');
});

test("a partner's dataset larger than yoga's own 25 MB default is taken up to our import limit", async () => {
  // The body limit is ours alone (it depends on the token); yoga's built-in one must not cut in first.
  const roomy = await startApi({ maxImportBytes: 30_000_000, maxBodyBytes: 2_000 }, { load: false, db: api.db });
  try {
    const line = "MERGE (n:Challenge {id: 'challenge:via-api-groot'}) SET n.name = 'Groot', n.domains = ['sociaal'];\n";
    const text = line + '// opvulling om boven 25 MB te komen\n'.repeat(720_000);
    expect(text.length).toBeGreaterThan(26_000_000);
    const r = await roomy.gql('mutation($t: String!) { importDataset(fileName: "groot.cypher", text: $t, dryRun: true) { status errors { message } } }', { t: text }, bearer('partner'));
    expect(r.status).toBe(200);
    expect(data(r).importDataset).toMatchObject({ status: 'dry-run', errors: [] });
    const over = await roomy.gql('mutation($t: String!) { importDataset(fileName: "te-groot.cypher", text: $t, dryRun: true) { status } }', { t: text + text.slice(0, 4_000_000) }, bearer('partner'));
    expect(over.status).toBe(413);
    expect(firstError(over).extensions?.code).toBe('PAYLOAD_TOO_LARGE');
  } finally {
    await roomy.close();
  }
});

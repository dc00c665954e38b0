/**
 * Contributions as proposals, against the real server and Neo4j: a participant proposes, an editor
 * decides. Anonymous visitors cannot write, a participant cannot accept, a proposal is invisible to
 * other participants and to every read of the graph until accepted, a rejection keeps every word,
 * and an accepted proposal is published through the import engine with its provenance, undoably.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cypher, type Db } from '../../server/db/driver.ts';
import { createAccount } from '../../server/accounts/accounts.ts';
import { getProposal, proposalsBy } from '../../server/contribute/proposals.ts';
import { undoImport } from '../../server/import/pipeline.ts';
import { fingerprint, testDb } from '../support/db.ts';
import { cheapPasswordHashes } from '../support/passwords.ts';
import { data, firstError, startApi, type Api } from './api-support.ts';
import { browser, signIn } from './session-support.ts';

cheapPasswordHashes();
let api: Api;
let db: Db;
const PASSWORD = 'een lang genoeg wachtwoord';
const cookies: Record<string, string> = {};

beforeAll(async () => {
  db = testDb();
  api = await startApi({}, { db });
  const people = [
    ['anna@almere.nl', 'Anna', 'Gemeente Almere', 'participant'],
    ['bob@lelystad.nl', 'Bob', 'Gemeente Lelystad', 'participant'],
    ['eva@bzk.nl', 'Eva', 'Ministerie van BZK', 'editor'],
    ['piet@wszuid.nl', 'Piet', 'Woonstichting Zuid', 'partner'],
  ] as const;
  for (const [email, name, organisation, role] of people) {
    await createAccount(api.db, { email, name, organisation, role, password: PASSWORD, createdBy: 'test' });
    cookies[name] = await signIn(api, email, PASSWORD);
  }
});
afterAll(async () => {
  await api?.close();
  await db?.close();
});

const as = (who: string | null, query: string, variables: Record<string, unknown> = {}) => browser(api, query, variables, who ? cookies[who]! : null);

const PROPOSAL = 'id kind status input author { name organisation } reason reviewer { name } importId importStatus history';
const PROPOSE_CASE = `mutation($input: AddCaseInput!, $id: ID) { proposeCase(input: $input, proposalId: $id) { ${PROPOSAL} } }`;
const NAME = 'Buurtkamer Betadorp';
const caseInput = {
  name: NAME,
  description: 'Bewoners openen een buurtkamer in de oude bibliotheek.',
  period: '2024',
  placeIds: ['neighbourhood:beta-centrum'],
  involves: ['challenge:leefbaarheid'],
  lessons: ['Een vaste sleutelhouder maakt het verschil.'],
  ownExperience: true,
};

/** What every open read of the graph finds by the name: nothing until it is published. */
async function published(name: string) {
  const search = data(await api.gql('query($t: String!) { search(text: $t, labels: ["Case"]) { node { id } } }', { t: name })).search as Array<{ node: { id: string } }>;
  const list = data(await api.gql('{ cases(first: 100) { edges { node { id name } } } }')).cases.edges as Array<{ node: { id: string; name: string } }>;
  return { search: search.map((h) => h.node.id), list: list.filter((e) => e.node.name === name).map((e) => e.node.id) };
}

describe('proposals', () => {
  let proposalId: string;

  it('an anonymous visitor cannot write anything; a participant cannot publish directly', async () => {
    const before = await fingerprint(api.db);
    for (const query of [
      `mutation { proposeCase(input: {name: "x", placeIds: ["municipality:GM0002"], ownExperience: true}) { id } }`,
      'mutation { flagError(input: {nodeId: "challenge:armoede", reason: "klopt niet"}) { id } }',
      'mutation { acceptProposal(id: "proposal:0") { id } }',
      'mutation { rejectProposal(id: "proposal:0", reason: "nee") { id } }',
      'mutation { addCase(input: {name: "x", placeIds: ["municipality:GM0002"], sourceId: "source:s1"}) { id } }',
    ]) {
      const r = await as(null, query);
      expect(firstError(r).extensions?.code, query).toBe('UNAUTHENTICATED');
    }
    const direct = await as('Anna', 'mutation { addCase(input: {name: "x", placeIds: ["municipality:GM0002"], sourceId: "source:s1"}) { id } }');
    expect(firstError(direct).message).toBe('This needs the partner role; your account has the participant role.');
    expect(firstError(await as('Anna', '{ reviewQueue { id } }')).extensions?.code).toBe('FORBIDDEN');
    expect(await fingerprint(api.db)).toEqual(before);
  });

  it('a participant proposes a case: checked at once, stored before the answer, seen by its author and editors only', async () => {
    // Bad input changes nothing and says what is wrong.
    const count = cypher('test.proposals.count', 'MATCH (p:Proposal) RETURN count(p) AS n');
    const n = Number((await api.db.read(count)).records[0]!.get('n'));
    const bad = await as('Anna', PROPOSE_CASE, { input: { ...caseInput, placeIds: ['challenge:armoede'] } });
    expect(firstError(bad).message).toBe("input.placeIds: 'challenge:armoede' is a Challenge; expected Municipality or Neighbourhood");
    const twoSources = await as('Anna', PROPOSE_CASE, { input: { ...caseInput, sourceId: 'source:s1' } });
    expect(firstError(twoSources).message).toMatch(/exactly one of sourceId, newSource and ownExperience/);
    expect(Number((await api.db.read(count)).records[0]!.get('n'))).toBe(n);

    const p = data(await as('Anna', PROPOSE_CASE, { input: caseInput })).proposeCase;
    proposalId = p.id;
    expect(p).toMatchObject({ kind: 'case', status: 'submitted', author: { name: 'Anna', organisation: 'Gemeente Almere' }, input: caseInput });
    // Committed: another connection reads it at once.
    const other = testDb();
    try {
      expect((await getProposal(other, p.id))?.input).toEqual(caseInput);
    } finally {
      await other.close();
    }
    expect(data(await as('Anna', '{ myProposals { id } }')).myProposals).toEqual([{ id: p.id }]);
    expect(data(await as('Bob', '{ myProposals { id } }')).myProposals).toEqual([]);
    expect(data(await as('Bob', 'query($id: ID!) { proposal(id: $id) { id } }', { id: p.id })).proposal).toBeNull();
    expect(firstError(await as(null, 'query($id: ID!) { proposal(id: $id) { id } }', { id: p.id })).extensions?.code).toBe('UNAUTHENTICATED');
    expect(data(await as('Eva', '{ reviewQueue { id } }')).reviewQueue.map((x: { id: string }) => x.id)).toContain(p.id);
    expect(await published(NAME)).toEqual({ search: [], list: [] });
    expect(firstError(await as('Bob', 'mutation($id: ID!) { acceptProposal(id: $id) { id } }', { id: p.id })).extensions?.code).toBe('FORBIDDEN');
    expect(firstError(await as('Bob', PROPOSE_CASE, { input: { ...caseInput, name: 'Overgenomen' }, id: p.id })).message).toBe(`No proposal '${p.id}' of yours`);
  });

  it('a restart of the server loses no proposal and no session', async () => {
    await api.server.close();
    api = await startApi({}, { load: false, db });
    expect(data(await as('Anna', '{ myProposals { id status input } }')).myProposals).toEqual([{ id: proposalId, status: 'submitted', input: caseInput }]);
  });

  it('an editor rejects with a reason; the author keeps every word, edits and resubmits', async () => {
    expect(firstError(await as('Eva', 'mutation($id: ID!) { rejectProposal(id: $id, reason: " ") { id } }', { id: proposalId })).message).toBe('reason is required');
    const rejected = data(await as('Eva', 'mutation($id: ID!) { rejectProposal(id: $id, reason: "Noem de periode preciezer.") { status reason reviewer { name } } }', { id: proposalId })).rejectProposal;
    expect(rejected).toEqual({ status: 'rejected', reason: 'Noem de periode preciezer.', reviewer: { name: 'Eva' } });
    const seen = data(await as('Anna', `query($id: ID!) { proposal(id: $id) { ${PROPOSAL} } }`, { id: proposalId })).proposal;
    expect(seen).toMatchObject({ status: 'rejected', reason: 'Noem de periode preciezer.', input: caseInput });
    expect(firstError(await as('Eva', 'mutation($id: ID!) { acceptProposal(id: $id) { id } }', { id: proposalId })).message).toBe(`Proposal '${proposalId}' is rejected already`);
    const again = data(await as('Anna', PROPOSE_CASE, { input: { ...caseInput, period: 'maart 2024 - heden' }, id: proposalId })).proposeCase;
    expect(again).toMatchObject({ id: proposalId, status: 'submitted', input: { period: 'maart 2024 - heden' } });
    expect(again.history.map((e: { action: string }) => e.action)).toEqual(['submitted', 'rejected', 'resubmitted']);
    expect(again.history[2].previousInput).toEqual(caseInput);
  });

  it('an editor accepts: published through the import engine with author, organisation and reviewer; undone like an import', async () => {
    const accepted = data(await as('Eva', `mutation($id: ID!) { acceptProposal(id: $id) { ${PROPOSAL} } }`, { id: proposalId })).acceptProposal;
    expect(accepted).toMatchObject({ status: 'accepted', reviewer: { name: 'Eva' }, importStatus: 'applied' });
    const { search, list } = await published(NAME);
    expect(list).toHaveLength(1);
    expect(search).toContain(list[0]);
    const node = data(
      await api.gql('query($id: ID!) { node(id: $id) { ... on Case { period recordedBy provenance { importId actor contribution } sources { node { ... on Source { name kind publisher } } } } } }', { id: list[0] }),
    ).node;
    expect(node).toMatchObject({
      period: 'maart 2024 - heden',
      recordedBy: 'Anna (Gemeente Almere)',
      provenance: { importId: accepted.importId, actor: 'editor:Eva', contribution: { proposalId, author: 'Anna', organisation: 'Gemeente Almere', reviewer: 'Eva' } },
      sources: [{ node: { name: 'Eigen ervaring van Gemeente Almere', kind: 'own_experience', publisher: 'Gemeente Almere' } }],
    });
    expect(firstError(await as('Eva', 'mutation($id: ID!) { acceptProposal(id: $id) { id } }', { id: proposalId })).message).toBe(`Proposal '${proposalId}' is accepted already`);
    expect((await undoImport(api.db, accepted.importId)).status).toBe('undone');
    expect(await published(NAME)).toEqual({ search: [], list: [] });
    expect(data(await as('Anna', 'query($id: ID!) { proposal(id: $id) { status importStatus } }', { id: proposalId })).proposal).toEqual({ status: 'accepted', importStatus: 'undone' });
  });

  it('a causal link, a correction and a flag: checked, then published (or, a flag, acknowledged)', async () => {
    const link = await as('Bob', 'mutation { proposeCausalLink(input: {fromId: "mechanism:a", toId: "challenge:armoede", polarity: "++", ownExperience: true}) { id } }');
    expect(firstError(link).message).toBe('polarity must be one of +, -, ?');
    const badProperty = await as('Bob', 'mutation { proposeCorrection(input: {nodeId: "challenge:armoede", property: "importId", value: "x", reason: "r"}) { id } }');
    expect(firstError(badProperty).message).toMatch(/^property: 'importId' cannot be corrected here/);
    const same = await as('Bob', 'mutation { proposeCorrection(input: {nodeId: "challenge:armoede", property: "name", value: "Armoede", reason: "r"}) { id } }');
    expect(firstError(same).message).toBe('The proposal would change nothing in the graph.');

    const ids = {
      link: data(await as('Bob', 'mutation { proposeCausalLink(input: {fromId: "mechanism:a", toId: "challenge:armoede", polarity: "+", ownExperience: true, note: "Gezien in Lelystad"}) { id } }')).proposeCausalLink.id,
      fix: data(await as('Bob', 'mutation { proposeCorrection(input: {nodeId: "challenge:armoede", property: "nameEn", value: "Poverty (household income)", reason: "Preciezer"}) { id } }')).proposeCorrection.id,
      flag: data(await as('Bob', 'mutation { flagError(input: {claim: {type: "CAUSES", fromId: "mechanism:b", toId: "mechanism:a"}, reason: "Bron zegt het omgekeerde"}) { id } }')).flagError.id,
    };

    // Editing, for every kind as for a case: its author or an editor; another participant or a
    // partner gets the answer a missing proposal gets, and nothing changes.
    const edit = {
      link: 'mutation($id: ID) { proposeCausalLink(input: {fromId: "mechanism:a", toId: "challenge:armoede", polarity: "-", ownExperience: true}, proposalId: $id) { id input } }',
      fix: 'mutation($id: ID) { proposeCorrection(input: {nodeId: "challenge:armoede", property: "nameEn", value: "Overgenomen", reason: "r"}, proposalId: $id) { id input } }',
      flag: 'mutation($id: ID) { flagError(input: {nodeId: "challenge:armoede", reason: "Overgenomen"}, proposalId: $id) { id input } }',
    };
    const stored = async () => Promise.all(Object.values(ids).map(async (id) => (await getProposal(api.db, id))!));
    const untouched = await stored();
    for (const who of ['Anna', 'Piet'])
      for (const k of ['link', 'fix', 'flag'] as const) expect(firstError(await as(who, edit[k], { id: ids[k] })).message, `${who} ${k}`).toBe(`No proposal '${ids[k]}' of yours`);
    expect(firstError(await as('Anna', edit.flag, { id: ids.link })).message).toBe(`No proposal '${ids.link}' of yours`);
    expect(firstError(await as('Bob', edit.flag, { id: ids.link })).message).toBe(`Proposal '${ids.link}' is a causal_link proposal`);
    expect(await stored()).toEqual(untouched);
    // Its author edits the link, an editor the correction: the same proposals, the author kept.
    const edited = data(await as('Bob', 'mutation($id: ID) { proposeCausalLink(input: {fromId: "mechanism:a", toId: "challenge:armoede", polarity: "+", ownExperience: true, note: "Gezien in Lelystad, 2024"}, proposalId: $id) { id input } }', { id: ids.link })).proposeCausalLink;
    expect(edited).toMatchObject({ id: ids.link, input: { note: 'Gezien in Lelystad, 2024' } });
    const fix = data(await as('Eva', `mutation($id: ID) { proposeCorrection(input: {nodeId: "challenge:armoede", property: "nameEn", value: "Poverty (income)", reason: "Preciezer"}, proposalId: $id) { ${PROPOSAL} } }`, { id: ids.fix })).proposeCorrection;
    expect(fix).toMatchObject({ id: ids.fix, status: 'submitted', author: { name: 'Bob' }, input: { value: 'Poverty (income)' } });
    expect(fix.history.map((e: { action: string; by: string }) => [e.action, e.by])).toEqual([['submitted', 'Bob'], ['edited by editor', 'Eva']]);

    for (const id of Object.values(ids)) expect(data(await as('Eva', 'mutation($id: ID!) { acceptProposal(id: $id) { status } }', { id })).acceptProposal.status).toBe('accepted');
    // Accepted, a proposal is no longer editable, not even by its author.
    expect(firstError(await as('Bob', edit.flag, { id: ids.flag })).message).toBe(`Proposal '${ids.flag}' is accepted; it cannot be changed now`);
    const armoede = data(await api.gql('{ node(id: "challenge:armoede") { nameEn ... on Challenge { causes { node { id } polarity confidence note } } } }')).node;
    expect(armoede.nameEn).toBe('Poverty (income)');
    expect(armoede.causes).toContainEqual({ node: { id: 'mechanism:a' }, polarity: '+', confidence: 'hypothesis', note: 'Gezien in Lelystad, 2024' });
    expect(data(await as('Bob', 'query($id: ID!) { proposal(id: $id) { importId } }', { id: ids.flag })).proposal.importId).toBeNull();
  });
});

describe('datasets', () => {
  const FILE = [
    "MERGE (s:Source {id: 'source:wsz-2025'}) SET s += {name: 'Jaarverslag 2025', publisher: 'Woonstichting Zuid', year: 2025};",
    "MERGE (i:Intervention {id: 'intervention:wsz-buurtconcierge'}) SET i.name = 'Buurtconciërge';",
    "MATCH (i:Intervention {id: 'intervention:wsz-buurtconcierge'}), (c:Challenge {id: 'challenge:armoede'})",
    "MERGE (i)-[r:ADDRESSES]->(c) SET r += {sources: ['source:wsz-2025'], confidence: 'hypothesis'};",
  ].join('\n');
  const PROPOSE = `mutation($f: String!, $t: String!, $id: ID) { proposeDataset(fileName: $f, text: $t, proposalId: $id) { ${PROPOSAL} } }`;
  const DIFF = 'diff { nodes { id label name change } relationships { type fromId toId change } truncated }';
  const intervention = async () => data(await api.gql('{ node(id: "intervention:wsz-buurtconcierge") { id provenance { importId partner fileName contribution } } }')).node;
  let proposalId: string;

  it('a participant cannot propose a dataset; a hostile file is refused at once with its line, and changes nothing', async () => {
    const before = await fingerprint(api.db);
    expect(firstError(await as(null, PROPOSE, { f: 'a.cypher', t: FILE })).extensions?.code).toBe('UNAUTHENTICATED');
    expect(firstError(await as('Anna', PROPOSE, { f: 'a.cypher', t: FILE })).extensions?.code).toBe('FORBIDDEN');
    const hostile = await as('Piet', PROPOSE, { f: 'a.cypher', t: `${FILE.split('\n')[0]}\nMATCH (t) WHERE t.role = 'partner' SET t.role = 'admin';` });
    expect(firstError(hostile).message).toMatch(/^The dataset cannot be applied: line 2: /);
    expect(firstError(await as('Piet', PROPOSE, { f: '../etc/passwd', t: FILE })).message).toBe('fileName may hold letters, digits, spaces and ._-,()+ only');
    expect(firstError(await as('Piet', PROPOSE, { f: 'a.cypher', t: '  \n// niets\n' })).message).toBe('The dataset would change nothing in the graph.');
    const curated = await as('Piet', PROPOSE, { f: 'a.cypher', t: "MATCH (c:Challenge {id: 'challenge:armoede'}) SET c.name = 'Geen armoede';" });
    expect(firstError(curated).message).toMatch(/^The dataset cannot be applied: node "challenge:armoede" \(:Challenge\) belongs to /);
    expect(data(await as('Piet', '{ myProposals { id } }')).myProposals).toEqual([]);
    expect(await fingerprint(api.db)).toEqual(before);
  });

  it('the dry run shows what would change, element by element', async () => {
    const dry = data(await as('Piet', `mutation($t: String!) { importDataset(fileName: "wsz.cypher", text: $t, dryRun: true) { status partner counts ${DIFF} } }`, { t: FILE })).importDataset;
    expect(dry).toMatchObject({ status: 'dry-run', partner: 'Woonstichting Zuid', counts: { nodesCreated: { Source: 1, Intervention: 1 }, relationshipsCreated: { ADDRESSES: 1 } } });
    expect(dry.diff.nodes).toEqual(
      expect.arrayContaining([
        { id: 'intervention:wsz-buurtconcierge', label: 'Intervention', name: 'Buurtconciërge', change: 'new' },
        { id: 'challenge:armoede', label: 'Challenge', name: expect.any(String), change: 'context' },
      ]),
    );
    expect(dry.diff.relationships).toEqual([{ type: 'ADDRESSES', fromId: 'intervention:wsz-buurtconcierge', toId: 'challenge:armoede', change: 'new' }]);
    expect(await intervention()).toBeNull();
    // Its findings in the reader's language: code, params and line; the words from the catalogue of rules.
    const issue = 'rule line message nl: message(lang: "nl") params';
    const bad = `mutation($t: String!) { importDataset(fileName: "wsz.cypher", text: $t, dryRun: true) { errors { ${issue} } warnings { ${issue} } } }`;
    const refused = data(await as('Piet', bad, { t: FILE.replace('MERGE (i:Intervention', 'MERGE (i:Maatregel') })).importDataset;
    expect(refused.errors).toEqual([
      { rule: 'unknown-label', line: 2, message: expect.stringMatching(/^line 2: the label `Maatregel` is not in the vocabulary/), nl: expect.stringMatching(/^regel 2: het label `Maatregel` staat niet in de woordenlijst/), params: { label: 'Maatregel', known: expect.any(String) } },
    ]);
    // The syntax checker's refusals too: each of its sentences is in the catalogue.
    const deleting = data(await as('Piet', bad, { t: "MATCH (n:Intervention {id: 'intervention:x'}) DETACH DELETE n" })).importDataset;
    expect(deleting.errors).toEqual([
      { rule: 'no-delete', line: 1, message: expect.stringMatching(/^line 1: DETACH DELETE is not allowed in an import: a dataset only adds/), nl: expect.stringMatching(/^regel 1: DETACH DELETE is niet toegestaan in een import: een dataset voegt alleen toe/), params: { clause: 'DETACH DELETE' } },
    ]);
    const warned = data(await as('Piet', bad, { t: FILE.replace(", publisher: 'Woonstichting Zuid'", '') })).importDataset;
    expect(warned.warnings).toEqual([
      { rule: 'source-without-publisher', line: 1, message: 'Source source:wsz-2025 has no publisher: name who published it.', nl: 'Bron source:wsz-2025 heeft geen uitgever: noem wie haar publiceerde.', params: { id: 'source:wsz-2025' } },
    ]);
    expect(firstError(await as('Piet', bad.replace('"nl"', '"fr"'), { t: FILE.replace('MERGE (i:Intervention', 'MERGE (i:Maatregel') })).message).toBe("lang must be nl or en, not 'fr'");
  });

  it('a partner proposes it: stored whole, invisible until an editor accepts; a rejection keeps the text', async () => {
    const p = data(await as('Piet', PROPOSE, { f: 'wsz.cypher', t: FILE })).proposeDataset;
    proposalId = p.id;
    expect(p).toMatchObject({ kind: 'dataset', status: 'submitted', input: { fileName: 'wsz.cypher', text: FILE } });
    // Committed whole before the answer: a restart loses none of it.
    await api.server.close();
    api = await startApi({}, { load: false, db });
    expect(data(await as('Piet', '{ myProposals { id input } }')).myProposals).toEqual([{ id: p.id, input: { fileName: 'wsz.cypher', text: FILE } }]);
    // A list need not carry the file: its name and size.
    expect(data(await as('Eva', '{ reviewQueue { input(text: false) } }')).reviewQueue).toContainEqual({ input: { fileName: 'wsz.cypher', textBytes: Buffer.byteLength(FILE) } });
    // Nor does it read the file from Neo4j: the text is kept apart from the input, and the lists leave it (and the history) there.
    const [listed] = (await proposalsBy(api.db, (await getProposal(api.db, p.id))!.author.id)).filter((x) => x.id === p.id);
    expect(listed).toMatchObject({ input: { fileName: 'wsz.cypher', textBytes: Buffer.byteLength(FILE) }, history: null });
    expect(listed!.input).not.toHaveProperty('text');
    const raw = (await api.db.read(cypher('test.proposals.raw', 'MATCH (p:Proposal {id: $id}) RETURN p.input AS input, p.datasetText AS text'), { id: p.id })).records[0]!;
    expect([JSON.parse(raw.get('input') as string), raw.get('text')]).toEqual([{ fileName: 'wsz.cypher' }, FILE]);
    expect(await intervention()).toBeNull();
    const preview = data(await as('Eva', `query($id: ID!) { proposal(id: $id) { preview { status ${DIFF} } } }`, { id: p.id })).proposal.preview;
    expect(preview.status).toBe('dry-run');
    expect(preview.diff.nodes.filter((n: { change: string }) => n.change === 'new').map((n: { id: string }) => n.id).sort()).toEqual(['intervention:wsz-buurtconcierge', 'source:wsz-2025']);
    const rejected = data(await as('Eva', 'mutation($id: ID!) { rejectProposal(id: $id, reason: "Noem de periode.") { status input } }', { id: p.id })).rejectProposal;
    expect(rejected).toEqual({ status: 'rejected', input: { fileName: 'wsz.cypher', text: FILE } });
    const again = data(await as('Piet', PROPOSE, { f: 'wsz.cypher', t: FILE.replace("i.name = 'Buurtconciërge'", "i.name = 'Buurtconciërge', i.period = '2025'"), id: p.id })).proposeDataset;
    expect(again).toMatchObject({ id: p.id, status: 'submitted' });
    expect(again.history[2].previousInput).toEqual({ fileName: 'wsz.cypher', text: FILE });
  });

  it("an editor accepts: imported as the partner's data with its provenance; the import history lists it and undoes it", async () => {
    const accepted = data(await as('Eva', `mutation($id: ID!) { acceptProposal(id: $id) { ${PROPOSAL} } }`, { id: proposalId })).acceptProposal;
    expect(accepted).toMatchObject({ status: 'accepted', importStatus: 'applied' });
    expect(await intervention()).toEqual({
      id: 'intervention:wsz-buurtconcierge',
      provenance: { importId: accepted.importId, partner: 'Woonstichting Zuid', fileName: 'wsz.cypher', contribution: expect.objectContaining({ proposalId, author: 'Piet', reviewer: 'Eva', kind: 'dataset' }) },
    });
    expect(firstError(await as('Piet', '{ imports { id } }')).extensions?.code).toBe('FORBIDDEN');
    const history = data(await as('Eva', '{ imports(first: 20) { id fileName partner actor status counts contribution } }')).imports;
    expect(history.find((r: { id: string }) => r.id === accepted.importId)).toMatchObject({ id: accepted.importId, fileName: 'wsz.cypher', partner: 'Woonstichting Zuid', actor: 'editor:Eva', status: 'applied', counts: { nodesCreated: { Intervention: 1, Source: 1 } } });
    const UNDO = 'mutation($id: ID!) { undoImport(id: $id) { status reasons counts record { status undoneBy } } }';
    expect(data(await as('Eva', UNDO, { id: 'import:nothing' })).undoImport).toMatchObject({ status: 'not-found', record: null });
    const undone = data(await as('Eva', UNDO, { id: accepted.importId })).undoImport;
    expect(undone).toMatchObject({ status: 'undone', reasons: [], counts: { nodesDeleted: 2 }, record: { status: 'undone', undoneBy: 'editor:Eva' } });
    expect(await intervention()).toBeNull();
    expect(data(await as('Eva', UNDO, { id: accepted.importId })).undoImport.reasons[0]).toMatch(/only an applied import can be undone/);
    expect(data(await as('Piet', 'query($id: ID!) { proposal(id: $id) { status importStatus } }', { id: proposalId })).proposal).toEqual({ status: 'accepted', importStatus: 'undone' });
  });
});

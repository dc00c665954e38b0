/** Causal chain, feedback loops, intervention ranking and comparison on the fixture's known answers. */
import { afterAll, beforeAll, expect, test } from 'vitest';
import { data, firstError, startApi, type Api } from './api-support.ts';
import { KNOWN } from '../fixtures/graph/fixture.ts';

let api: Api;
beforeAll(async () => {
  api = await startApi();
});
afterAll(async () => {
  await api?.close();
});

test('causalChain: everything upstream of a challenge, with polarity, confidence and sources on the edges', async () => {
  const g = data(
    await api.gql(`{ causalChain(challengeId: "challenge:leefbaarheid", maxDepth: 3) {
      truncated nodes { id label name nameEn depth } edges { id type source target polarity confidence sourceIds sources { id } properties } } }`),
  ).causalChain;
  expect(g.truncated).toBe(false);
  expect(g.nodes.map((n: any) => n.id).sort()).toEqual([...KNOWN.chainDepth3.nodes].sort());
  expect(Object.fromEntries(g.nodes.map((n: any) => [n.id, n.depth]))).toEqual({
    'challenge:leefbaarheid': 0,
    'mechanism:a': 1,
    'mechanism:b': 2,
    'mechanism:d': 2,
    'mechanism:c': 3,
  });
  expect(g.edges.map((e: any) => e.id).sort()).toEqual([...KNOWN.chainDepth3.edges].sort());
  const ab = g.edges.find((e: any) => e.id === 'mechanism:b-[CAUSES]->mechanism:a');
  expect(ab).toMatchObject({ type: 'CAUSES', polarity: '+', confidence: 'indicative', sourceIds: ['source:s1'], sources: [{ id: 'source:s1' }] });
  expect(ab.properties).toMatchObject({ polarity: '+', confidence: 'indicative', sources: ['source:s1'] });
  const shallow = data(await api.gql('{ causalChain(challengeId: "challenge:leefbaarheid", maxDepth: 1) { nodes { id } edges { id } } }')).causalChain;
  expect(shallow.nodes.map((n: any) => n.id).sort()).toEqual(['challenge:leefbaarheid', 'mechanism:a']);
  expect(shallow.edges).toHaveLength(2);
  // Also as a field of Challenge.
  const field = data(await api.gql('{ node(id: "challenge:leefbaarheid") { ... on Challenge { causalChain(maxDepth: 2) { nodes { id } } } } }'));
  expect(field.node.causalChain.nodes).toHaveLength(4);
  expect(data(await api.gql('{ causalChain(challengeId: "challenge:none") { nodes { id } } }')).causalChain).toBeNull();
  expect(firstError(await api.gql('{ causalChain(challengeId: "challenge:leefbaarheid", maxDepth: 7) { nodes { id } } }')).message).toBe(
    'maxDepth must be between 1 and 6',
  );
});

test('feedbackLoops: each simple cycle once, classified by polarity', async () => {
  const loops = data(await api.gql('{ feedbackLoops(maxLength: 6) { id kind length nodes { id } edges { source target polarity } } }')).feedbackLoops;
  const got = (kind: string) => loops.filter((l: any) => l.kind === kind).map((l: any) => l.nodes.map((n: any) => n.id).sort());
  expect(loops).toHaveLength(4);
  expect(got('REINFORCING').sort()).toEqual(KNOWN.loops.REINFORCING.map((x) => [...x].sort()).sort());
  expect(got('BALANCING')).toEqual(KNOWN.loops.BALANCING);
  expect(got('UNDETERMINED')).toEqual(KNOWN.loops.UNDETERMINED);
  expect(new Set(loops.map((l: any) => l.id)).size).toBe(4);
  for (const l of loops) {
    expect(l.edges).toHaveLength(l.length);
    l.edges.forEach((e: any, i: number) => expect(e.target).toBe(l.edges[(i + 1) % l.length].source));
  }
  const short = data(await api.gql('{ feedbackLoops(maxLength: 2) { length } }')).feedbackLoops;
  expect(short.map((l: any) => l.length)).toEqual([2, 2, 2]);
  const through = data(await api.gql('{ feedbackLoops(through: "mechanism:i") { kind nodes { id } } }')).feedbackLoops;
  expect(through).toEqual([{ kind: 'REINFORCING', nodes: [{ id: 'challenge:armoede' }, { id: 'mechanism:i' }, { id: 'mechanism:j' }] }]);
  const balancing = data(await api.gql('{ feedbackLoops(kind: BALANCING) { kind } }')).feedbackLoops;
  expect(balancing).toEqual([{ kind: 'BALANCING' }]);
  // A list cut at `first` says so, in extensions.warnings; a complete one carries no warning.
  const cut = await api.gql('{ loops: feedbackLoops(first: 3) { id } }');
  expect(data(cut).loops.map((l: any) => l.id)).toEqual(loops.slice(0, 3).map((l: any) => l.id));
  expect((cut.body as any).extensions.warnings).toEqual([{ code: 'TRUNCATED', path: ['loops'], message: expect.stringMatching(/^There are more loops than these 3; narrow it/) }]);
  expect((await api.gql('{ feedbackLoops(first: 4) { id } }')).body).not.toHaveProperty('extensions');
});

test('interventionsFor: upstream interventions ranked by directness, evidence, confidence and place', async () => {
  const r = data(
    await api.gql(`{ interventionsFor(challengeId: "challenge:leefbaarheid", municipalityCode: "GM0001") {
      score distance evidenceLevel confidence appliedInMunicipality near
      intervention { id } reaches { node { id } confidence sources { id } } path { id } pathEdges { id }
      appliedIn { place { id } municipalityCode period sources { id } } } }`),
  ).interventionsFor;
  expect(r.map((x: any) => ({ id: x.intervention.id, score: x.score, distance: x.distance, appliedInMunicipality: x.appliedInMunicipality, near: x.near }))).toEqual(
    KNOWN.ranking,
  );
  const i3 = r[2];
  expect(i3.path.map((n: any) => n.id)).toEqual(['intervention:i3', 'mechanism:c', 'mechanism:b', 'mechanism:a', 'challenge:leefbaarheid']);
  expect(i3.pathEdges).toHaveLength(3);
  expect(i3.confidence).toBe(0.28);
  expect(i3.reaches).toEqual([{ node: { id: 'mechanism:c' }, confidence: 'hypothesis', sources: [{ id: 'source:s1' }] }]);
  expect(r[0].appliedIn).toEqual([{ place: { id: 'neighbourhood:beta-centrum' }, municipalityCode: 'GM0002', period: '2008-2018', sources: [{ id: 'source:s3' }] }]);
  expect(r[0].evidenceLevel).toBe('effectief');
  // Without a municipality: no place bonus beyond "applied somewhere".
  const cut = await api.gql('{ interventionsFor(challengeId: "challenge:leefbaarheid", first: 2) { score intervention { id } near } }');
  const plain = data(cut).interventionsFor;
  expect((cut.body as any).extensions.warnings).toEqual([
    { code: 'TRUNCATED', path: ['interventionsFor'], message: `These are the best 2 of ${r.length} interventions; raise first (up to 100) for more.` },
  ]);
  expect(plain).toEqual([
    { score: 6.25, intervention: { id: 'intervention:i1' }, near: false },
    { score: 3.75, intervention: { id: 'intervention:i2' }, near: false },
  ]);
  // Depth bounds which mechanisms count: at depth 1, i3 (three hops away) drops out.
  const near = data(await api.gql('{ interventionsFor(challengeId: "challenge:leefbaarheid", maxDepth: 1) { intervention { id } } }')).interventionsFor;
  expect(near.map((x: any) => x.intervention.id)).toEqual(['intervention:i1', 'intervention:i2']);
  expect(firstError(await api.gql('{ interventionsFor(challengeId: "challenge:leefbaarheid", municipalityCode: "Zoetermeer") { score } }')).extensions?.code).toBe('BAD_USER_INPUT');
});

test('compareMunicipalities: rows of challenges/opportunities, cells per municipality with neighbourhoods and sources', async () => {
  const c = data(
    await api.gql(`{ compareMunicipalities(codes: ["GM0001", "GM0002", "GM0003", "GM0999"]) {
      municipalities { code } missing
      rows { label count node { id } cells { municipality { code } present direct neighbourhoods { id } sources { id } } } } }`),
  ).compareMunicipalities;
  expect(c.municipalities.map((m: any) => m.code)).toEqual(['GM0001', 'GM0002', 'GM0003']);
  expect(c.missing).toEqual(['GM0999']);
  const row = (id: string) => c.rows.find((r: any) => r.node.id === id);
  expect(c.rows[0].node.id).toBe('challenge:leefbaarheid');
  expect(row('challenge:leefbaarheid')).toEqual({
    label: 'Challenge',
    count: 2,
    node: { id: 'challenge:leefbaarheid' },
    cells: [
      { municipality: { code: 'GM0001' }, present: true, direct: true, neighbourhoods: [{ id: 'neighbourhood:alfa-zuid-buurt1' }], sources: [{ id: 'source:s1' }, { id: 'source:s2' }] },
      { municipality: { code: 'GM0002' }, present: true, direct: false, neighbourhoods: [{ id: 'neighbourhood:beta-centrum' }], sources: [{ id: 'source:s1' }] },
      { municipality: { code: 'GM0003' }, present: false, direct: false, neighbourhoods: [], sources: [] },
    ],
  });
  expect(row('challenge:armoede').cells[0]).toMatchObject({ present: true, direct: false, neighbourhoods: [{ id: 'neighbourhood:alfa-noord' }] });
  expect(row('opportunity:leefbaarheid')).toMatchObject({ label: 'Opportunity', count: 1 });
  expect(row('opportunity:leefbaarheid').cells[2]).toMatchObject({ present: true, direct: true });
});

test('evidence: every claim summarises its sources, and minEvidence restricts each analysis to claims at or above a grade', async () => {
  const chain = data(
    await api.gql(`{ causalChain(challengeId: "challenge:leefbaarheid", maxDepth: 3) { edges { id evidence { grade bestKind publishers sources secondaryOnly } } } }`),
  ).causalChain;
  const evidence = Object.fromEntries(chain.edges.map((e: any) => [e.id, e.evidence]));
  expect(evidence['mechanism:c-[CAUSES]->mechanism:b']).toEqual({ grade: 'weak', bestKind: 'news', publishers: 1, sources: 1, secondaryOnly: true });
  expect(evidence['mechanism:d-[CAUSES]->mechanism:a']).toEqual({ grade: 'fair', bestKind: 'research', publishers: 1, sources: 1, secondaryOnly: false });
  expect(evidence['mechanism:b-[CAUSES]->mechanism:a']).toEqual({ grade: 'good', bestKind: 'research', publishers: 1, sources: 1, secondaryOnly: false });
  // The same summary on a relationship field; a claim without sources has none.
  const links = data(await api.gql('{ node(id: "challenge:armoede") { ... on Challenge { facedBy(first: 3) { source evidence { grade sources } } } } }')).node.facedBy;
  expect(links.find((l: any) => l.source === 'neighbourhood:alfa-noord').evidence).toEqual({ grade: 'good', sources: 1 });
  expect(links.find((l: any) => l.source.startsWith('neighbourhood:extra-')).evidence).toEqual({ grade: 'none', sources: 0 });

  const good = data(await api.gql('{ causalChain(challengeId: "challenge:leefbaarheid", maxDepth: 3, minEvidence: good) { nodes { id } edges { id } } }')).causalChain;
  expect(good.nodes.map((n: any) => n.id).sort()).toEqual(['challenge:leefbaarheid', 'mechanism:a', 'mechanism:b']);
  expect(good.edges.map((e: any) => e.id).sort()).toEqual(['challenge:leefbaarheid-[CAUSES]->mechanism:a', 'mechanism:a-[CAUSES]->challenge:leefbaarheid', 'mechanism:b-[CAUSES]->mechanism:a']);
  const fair = data(await api.gql('{ causalChain(challengeId: "challenge:leefbaarheid", maxDepth: 3, minEvidence: fair) { nodes { id } } }')).causalChain;
  expect(fair.nodes.map((n: any) => n.id).sort()).toEqual(['challenge:leefbaarheid', 'mechanism:a', 'mechanism:b', 'mechanism:d']);
  // i3 addresses c through a hypothesis: gone at 'good'.
  const ranked = data(await api.gql('{ interventionsFor(challengeId: "challenge:leefbaarheid", minEvidence: good) { intervention { id } } }')).interventionsFor;
  expect(ranked.map((x: any) => x.intervention.id)).toEqual(['intervention:i1', 'intervention:i2']);
  expect(data(await api.gql('{ feedbackLoops(minEvidence: good) { id } }')).feedbackLoops).toHaveLength(4);
  expect(data(await api.gql('{ feedbackLoops(minEvidence: strong) { id } }')).feedbackLoops).toEqual([]);
  const compare = (grade: string) => api.gql(`{ compareMunicipalities(codes: ["GM0101"]${grade}) { rows { node { id } } } }`);
  expect(data(await compare('')).compareMunicipalities.rows).toHaveLength(1);
  expect(data(await compare(', minEvidence: weak')).compareMunicipalities.rows).toEqual([]);
  // An unknown grade is refused by the schema, naming the argument.
  expect(firstError(await api.gql('{ feedbackLoops(minEvidence: excellent) { id } }')).message).toMatch(/"excellent" does not exist in "EvidenceGrade"/);
});

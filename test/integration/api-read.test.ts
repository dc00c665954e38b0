/** The read contract on the fixture graph: lookups, types both ways, connections, search, provenance. */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { data, firstError, startApi, type Api } from './api-support.ts';
import { KNOWN } from '../fixtures/graph/fixture.ts';

let api: Api;
beforeAll(async () => {
  api = await startApi();
});
afterAll(async () => {
  await api?.close();
});

describe('lookups', () => {
  test('municipality by code, with neighbourhoods (through wijken too), faces, provenance', async () => {
    const d = data(
      await api.gql(`{ municipality(code: "GM0001") {
        id name code province groeikern population label
        provenance { importId fileName partner actor startedAt status }
        neighbourhoods { id municipality { code } }
        faces { id type node { id label } source target sourceIds sources { id name } }
        memberOf { node { id } role }
      } }`),
    );
    const m = d.municipality;
    expect(m).toMatchObject({ id: 'municipality:GM0001', name: 'Alfastad', province: 'Zuid-Holland', groeikern: true, population: 120000, label: 'Municipality' });
    expect(m.provenance).toEqual({ importId: 'import:fixture-1', fileName: 'fixture.cypher', partner: 'Testpartner', actor: 'cli:test', startedAt: '2026-01-01T00:00:00Z', status: 'applied' });
    expect(m.neighbourhoods.map((n: any) => n.id)).toEqual(['neighbourhood:alfa-noord', 'neighbourhood:alfa-zuid', 'neighbourhood:alfa-zuid-buurt1']);
    expect(m.neighbourhoods.every((n: any) => n.municipality.code === 'GM0001')).toBe(true);
    expect(m.faces).toEqual([
      {
        id: 'municipality:GM0001-[FACES]->challenge:leefbaarheid',
        type: 'FACES',
        node: { id: 'challenge:leefbaarheid', label: 'Challenge' },
        source: 'municipality:GM0001',
        target: 'challenge:leefbaarheid',
        sourceIds: ['source:s1'],
        sources: [{ id: 'source:s1', name: 'Rapport leefbaarheid groeikernen' }],
      },
    ]);
    expect(m.memberOf).toEqual([{ node: { id: 'actor:leernetwerk-new-towns' }, role: 'signatory' }]);
    const none = data(await api.gql('{ municipality(code: "GM0999") { id } node(id: "challenge:none") { id } other: node(id: "zzz") { id } }'));
    expect(none).toEqual({ municipality: null, node: null, other: null });
  });

  test('node(id) through the Node interface, and relationships both ways with their properties', async () => {
    const d = data(
      await api.gql(`{
        node(id: "mechanism:a") { id name nameEn label description provenance { importId }
          ... on Mechanism { effects { node { id } polarity confidence sourceIds } causes { node { id } polarity confidence note } addressedBy { node { id } } sources { node { id } } } }
        challenge: node(id: "challenge:leefbaarheid") { ... on Challenge { causes { node { id } polarity } facedBy { node { id label } } addressedBy { node { id } confidence } involvedIn { node { id } } sources { node { id } page } } }
        intervention: node(id: "intervention:i2") { ... on Intervention { evidenceLevel addresses { node { id } } appliedIn { node { id } period } implementedBy { node { id } role } } }
        nb: node(id: "neighbourhood:alfa-zuid-buurt1") { ... on Neighbourhood { municipality { code } partOf { node { id } } cases { node { id } } } }
        case: node(id: "case:alfa-zuid") { ... on Case { about { node { id } } involves { node { id } } } }
      }`),
    );
    expect(d.node).toMatchObject({ id: 'mechanism:a', name: 'Selectief vertrek', nameEn: 'Selective migration', label: 'Mechanism', provenance: null });
    expect(d.node.effects).toEqual([{ node: { id: 'challenge:leefbaarheid' }, polarity: '+', confidence: 'established', sourceIds: ['source:s1'] }]);
    expect(d.node.causes.map((c: any) => c.node.id).sort()).toEqual(['challenge:leefbaarheid', 'mechanism:b', 'mechanism:d']);
    expect(d.node.addressedBy).toEqual([{ node: { id: 'intervention:i2' } }]);
    expect(d.node.sources).toEqual([{ node: { id: 'source:s2' } }]);
    expect(d.challenge.causes.map((c: any) => c.node.id)).toEqual(['mechanism:a']);
    expect(d.challenge.facedBy.map((c: any) => c.node.id).sort()).toContain('neighbourhood:beta-centrum');
    expect(d.challenge.sources).toEqual([{ node: { id: 'source:s1' }, page: '12' }]);
    expect(d.challenge.involvedIn).toEqual([{ node: { id: 'case:alfa-zuid' } }]);
    expect(d.intervention).toEqual({
      evidenceLevel: 'goed_onderbouwd',
      addresses: [{ node: { id: 'mechanism:a' } }],
      appliedIn: [{ node: { id: 'municipality:GM0001' }, period: '2015-2022' }],
      implementedBy: [{ node: { id: 'actor:corporatie-x' }, role: 'lead' }],
    });
    expect(d.nb).toEqual({ municipality: { code: 'GM0001' }, partOf: [{ node: { id: 'neighbourhood:alfa-zuid' } }], cases: [] });
    expect(d.case).toEqual({ about: [{ node: { id: 'neighbourhood:alfa-zuid' } }], involves: [{ node: { id: 'challenge:leefbaarheid' } }] });
  });
});

describe('connections', () => {
  test('pages through every source: no repeats, no gaps, stable order, totalCount', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const d: any = data(
        await api.gql('query($after: String) { sources(first: 10, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id name } } } }', { after }),
      );
      pages++;
      expect(d.sources.totalCount).toBe(KNOWN.sources);
      seen.push(...d.sources.edges.map((e: any) => e.node.id));
      expect(d.sources.pageInfo.endCursor).toBe(d.sources.edges.at(-1)?.cursor ?? null);
      if (!d.sources.pageInfo.hasNextPage) break;
      after = d.sources.pageInfo.endCursor;
    }
    expect(pages).toBe(3);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.length).toBe(KNOWN.sources);
    const all = data(await api.gql('{ sources(first: 100) { edges { node { id name } } } }')).sources.edges.map((e: any) => e.node);
    expect(all.map((n: any) => n.id)).toEqual(seen);
    const sorted = [...all].sort((a: any, b: any) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.id < b.id ? -1 : 1));
    expect(all).toEqual(sorted);
    // The cursor is opaque base64 of the sort key, not an offset.
    const cursor = JSON.parse(Buffer.from(data(await api.gql('{ sources(first: 1) { pageInfo { endCursor } } }')).sources.pageInfo.endCursor, 'base64url').toString());
    expect(cursor).toEqual([all[0].name, all[0].id]);
  });

  test('filters: municipality, domain, text, label-specific, several labels', async () => {
    const q = async (field: string, filter: string) =>
      data(await api.gql(`{ ${field}(first: 100, filter: ${filter}) { totalCount edges { node { id } } } }`))[field];
    const nbs = await q('neighbourhoods', '{ municipality: "GM0001" }');
    expect(nbs.edges.map((e: any) => e.node.id)).toEqual(['neighbourhood:alfa-noord', 'neighbourhood:alfa-zuid', 'neighbourhood:alfa-zuid-buurt1']);
    expect(nbs.totalCount).toBe(3);
    expect((await q('challenges', '{ municipality: "GM0002" }')).edges.map((e: any) => e.node.id)).toEqual(['challenge:leefbaarheid']);
    expect((await q('challenges', '{ municipality: "municipality:GM0001" }')).totalCount).toBe(2);
    expect((await q('interventions', '{ municipality: "GM0001" }')).edges.map((e: any) => e.node.id)).toEqual(['intervention:i2']);
    expect((await q('mechanisms', '{ domain: "economie" }')).edges.map((e: any) => e.node.id)).toEqual(['mechanism:j', 'mechanism:i']);
    expect((await q('mechanisms', '{ text: "WONINGVOORRAAD" }')).totalCount).toBe(2);
    expect((await q('municipalities', '{ groeikern: true }')).totalCount).toBe(3);
    expect((await q('municipalities', '{ province: "Zuid-Holland" }')).totalCount).toBe(2);
    expect((await q('interventions', '{ evidenceLevel: "effectief" }')).totalCount).toBe(2);
    expect((await q('actors', '{ kind: "network" }')).edges.map((e: any) => e.node.id)).toEqual(['actor:leernetwerk-new-towns']);
    expect((await q('cases', '{ municipality: "GM0001" }')).totalCount).toBe(1);
    const mixed = data(await api.gql('{ nodeList(labels: ["Challenge", "Opportunity"], first: 10) { totalCount edges { node { id label } } } }')).nodeList;
    expect(mixed.totalCount).toBe(3);
    const bad = await api.gql('{ challenges(filter: { evidenceLevel: "effectief" }) { totalCount } }');
    expect(firstError(bad).message).toMatch(/filter.evidenceLevel does not apply to Challenge/);
    expect(firstError(await api.gql('{ mechanisms(filter: { domain: "nope" }) { totalCount } }')).message).toMatch(/Unknown domain 'nope'/);
  });
});

describe('search', () => {
  test('Dutch stemming, exact name on top, label filter, escaping', async () => {
    const hits = data(await api.gql('{ search(text: "leefbaar") { node { id label } score exact } }')).search;
    expect(hits.map((h: any) => h.node.id)).toContain('challenge:leefbaarheid');
    const exact = data(await api.gql('{ search(text: "leefbaarheid") { node { id } exact score } }')).search;
    expect(exact[0]).toMatchObject({ node: { id: 'opportunity:leefbaarheid' }, exact: true });
    expect(exact.map((h: any) => h.node.id)).toContain('challenge:leefbaarheid');
    const en = data(await api.gql('{ search(text: "selective migration") { node { id } exact } }')).search;
    expect(en[0]).toEqual({ node: { id: 'mechanism:a' }, exact: true });
    const only = data(await api.gql('{ search(text: "leefbaarheid", labels: ["Challenge"]) { node { id } } }')).search;
    expect(only.map((h: any) => h.node.id)).toEqual(['challenge:leefbaarheid']);
    // Lucene syntax in user text is escaped, not interpreted or failing.
    const special = await api.gql('{ search(text: "leefbaarheid AND (armoede OR \\"x\\" ~2 ^3 [a TO z] title:foo \\\\ /re/ *") { node { id } } }');
    expect(special.body.errors).toBeUndefined();
    expect(firstError(await api.gql('{ search(text: "  ***  ") { node { id } } }')).message).toBe('search text must contain at least one letter or digit');
  });

  test('as you type: word starts and small typos in names, a municipality above its neighbourhoods and sources', async () => {
    const ids = async (text: string, first = 10) => data(await api.gql('query S($text: String!, $first: Int) { search(text: $text, first: $first) { node { id } exact } }', { text, first })).search.map((h: any) => h.node.id);
    // The start of a name, and of a word in it; Alfastad before the neighbourhoods named Alfa-...
    const alfa = await ids('Alf');
    expect(alfa[0]).toBe('municipality:GM0001');
    expect(alfa).toEqual(expect.arrayContaining(['neighbourhood:alfa-noord', 'neighbourhood:alfa-zuid']));
    expect(alfa.indexOf('municipality:GM0001')).toBeLessThan(alfa.indexOf('neighbourhood:alfa-noord'));
    expect((await ids('Alfast'))[0]).toBe('municipality:GM0001');
    expect((await ids('Betad'))[0]).toBe('municipality:GM0002');
    expect((await ids('zuid buurt'))[0]).toBe('neighbourhood:alfa-zuid-buurt1');
    // One typo from four letters on: a swap, a letter missing, one too many.
    for (const typo of ['Alfsatad', 'Gamaveen', 'Deltawaardd']) expect((await ids(typo))[0], typo).toMatch(/^municipality:GM000[134]$/);
    // A prefix of a word whose Dutch stem is shorter still finds it (leefbaarh- of leefbaarheid).
    expect(await ids('leefbaarh')).toEqual(expect.arrayContaining(['challenge:leefbaarheid', 'opportunity:leefbaarheid']));
    // Where only a description mentions the word, the score decides; name hits come before it.
    const leefb = await ids('leefb', 20);
    expect(leefb.slice(0, 3)).toEqual(expect.arrayContaining(['opportunity:leefbaarheid', 'challenge:leefbaarheid']));
    // Sources come after the nodes of the same tier: "Rapport leefbaarheid" after the challenge.
    expect(leefb.indexOf('source:s1')).toBeGreaterThan(leefb.indexOf('challenge:leefbaarheid'));
    // Nothing: an empty list, not an error. Query syntax stays text: no field, no wildcard.
    expect(await ids('Qwxyzzy')).toEqual([]);
    expect(await ids('name:Alfastad')).toEqual([]);
    for (const odd of ['a*', 'Alfa~', '"Alfa', 'Alfa)', '[a TO z]', 'x^10', '/re.*/', 'a\\', 'NOT Alfastad', "'s-Hertogenbosch", 'Zoë', '😀 Alfa', 'Alfa '.repeat(39)]) {
      const r = await api.gql('query S($text: String!) { search(text: $text) { node { id } } }', { text: odd });
      expect(r.body.errors, odd).toBeUndefined();
    }
    for (const none of ['/.*/', '\\\\', '~~', '* * *']) {
      expect(firstError(await api.gql('query S($text: String!) { search(text: $text) { node { id } } }', { text: none })).message, none).toBe('search text must contain at least one letter or digit');
    }
  });
});

describe('graphs', () => {
  test('subgraph, neighbours and overview in the Graph shape, truncated when cut', async () => {
    const g = data(await api.gql('{ subgraph(ids: ["municipality:GM0001"], depth: 1) { truncated nodes { id label name depth } edges { id type source target } } }')).subgraph;
    expect(g.truncated).toBe(false);
    expect(g.nodes.map((n: any) => n.id).sort()).toEqual(
      ['actor:leernetwerk-new-towns', 'challenge:leefbaarheid', 'intervention:i2', 'municipality:GM0001', 'neighbourhood:alfa-noord', 'neighbourhood:alfa-zuid'].sort(),
    );
    expect(g.edges.map((e: any) => e.id)).toContain('neighbourhood:alfa-zuid-[PART_OF]->municipality:GM0001');
    const ids = new Set(g.nodes.map((n: any) => n.id));
    expect(g.edges.every((e: any) => ids.has(e.source) && ids.has(e.target))).toBe(true);
    const cut = data(await api.gql('{ subgraph(ids: ["municipality:GM0001"], depth: 2, limit: 3) { truncated nodes { id } } }')).subgraph;
    expect(cut).toMatchObject({ truncated: true });
    expect(cut.nodes).toHaveLength(3);
    const onlyNb = data(await api.gql('{ subgraph(ids: ["municipality:GM0001"], depth: 2, labels: ["Neighbourhood"]) { nodes { id } } }')).subgraph;
    expect(onlyNb.nodes.map((n: any) => n.id).sort()).toEqual(['municipality:GM0001', 'neighbourhood:alfa-noord', 'neighbourhood:alfa-zuid', 'neighbourhood:alfa-zuid-buurt1']);
    const nb = data(await api.gql('{ neighbours(id: "mechanism:a", limit: 2) { truncated nodes { id } } }')).neighbours;
    expect(nb).toMatchObject({ truncated: true });
    // The node itself and at most `limit` neighbours.
    expect(nb.nodes).toHaveLength(3);
    expect(nb.nodes[0].id === 'mechanism:a' || nb.nodes.some((n: any) => n.id === 'mechanism:a')).toBe(true);
    const o = data(await api.gql('{ overview { truncated nodes { id } edges { type source target } } }')).overview;
    expect(o.nodes.map((n: any) => n.id).sort()).toEqual(['actor:leernetwerk-new-towns', 'municipality:GM0001', 'municipality:GM0002', 'municipality:GM0003']);
    expect(o.edges).toHaveLength(2);
  });

  test('ontology: labels and relationships with names, colours, shapes', async () => {
    const o = data(await api.gql('{ ontology { version labels { name names { nl en } colour shape symbol listField } relationships { type names { en } from to claim outField inField } evidenceLevels { value } } }')).ontology;
    expect(o.labels.find((l: any) => l.name === 'Municipality')).toMatchObject({ names: { nl: 'Gemeente', en: 'Municipality' }, colour: '#1f4e99', shape: 'round-rectangle', listField: 'municipalities' });
    expect(o.relationships.find((r: any) => r.type === 'CAUSES')).toMatchObject({ claim: true, outField: 'effects', inField: 'causes' });
    expect(o.evidenceLevels.map((e: any) => e.value)).toEqual(['goed_beschreven', 'goed_onderbouwd', 'effectief']);
  });
});

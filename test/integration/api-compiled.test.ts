/**
 * Nested selections compiled into one Cypher query (server/api/selection.ts + graph/projection.ts):
 * the answers equal those of the batched path, fragments, aliases, directives and variables are
 * honoured, relationship connections page without repeats or gaps, and a whole nested request
 * costs one query.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { cypher } from '../../server/db/driver.ts';
import { data, startApi, type Api } from './api-support.ts';

let api: Api;
beforeAll(async () => {
  api = await startApi();
});
afterAll(async () => {
  await api?.close();
});

const firstError = (r: Awaited<ReturnType<Api['gql']>>) => r.body.errors?.[0];

const MUNICIPALITY_FIELDS = `
  fragment M on Municipality {
    id name code province population provenance { fileName }
    neighbourhoods { id name kind municipality { code } faces { id note sourceIds node { id name ... on Challenge { domains } } } parts { node { id } } }
    faces(first: 5) { id sourceIds sources { id name } node { id name } }
    memberOf { role node { id name } }
    opportunities { node { id } }
  }`;

describe('one query for a nested request', () => {
  test('a municipality with neighbourhoods, their challenges and links costs one Cypher query', async () => {
    const r = await api.gql(`{ municipality(code: "GM0001") { ...M } } ${MUNICIPALITY_FIELDS}`);
    const m = data(r).municipality;
    expect(m.neighbourhoods.map((n: any) => n.id)).toEqual(['neighbourhood:alfa-noord', 'neighbourhood:alfa-zuid', 'neighbourhood:alfa-zuid-buurt1']);
    expect(m.neighbourhoods.every((n: any) => n.municipality.code === 'GM0001')).toBe(true);
    const buurt = m.neighbourhoods.find((n: any) => n.id === 'neighbourhood:alfa-zuid-buurt1');
    expect(buurt.faces).toEqual([
      {
        id: 'neighbourhood:alfa-zuid-buurt1-[FACES]->challenge:leefbaarheid',
        note: null,
        sourceIds: ['source:s2'],
        node: { id: 'challenge:leefbaarheid', name: expect.any(String), domains: expect.arrayContaining(['sociaal']) },
      },
    ]);
    expect(m.memberOf).toEqual([{ role: 'signatory', node: { id: 'actor:leernetwerk-new-towns', name: 'Leernetwerk Toekomstbestendige New Towns' } }]);
    expect(m.faces[0].sources).toEqual([{ id: 'source:s1', name: 'Rapport leefbaarheid groeikernen' }]);
    // The municipality and everything below it in one query; provenance and link sources are
    // batched lookups by id (one each).
    expect(r.queries).toBe(3);
    const timing = /neo4j;dur=([\d.]+);desc="3 queries", total;dur=([\d.]+)/.exec(r.headers.get('server-timing') ?? '');
    expect(timing).not.toBeNull();
    expect(Number(timing![1])).toBeLessThanOrEqual(Number(timing![2]));
  });

  test('the compiled answer equals the batched one (a node reached through search has nothing preloaded)', async () => {
    const compiled = data(await api.gql(`{ municipality(code: "GM0001") { ...M } } ${MUNICIPALITY_FIELDS}`)).municipality;
    const viaNode = data(await api.gql(`{ node(id: "municipality:GM0001") { ...M } } ${MUNICIPALITY_FIELDS}`)).node;
    const batched = await api.gql(`{ search(text: "Alfastad", labels: ["Municipality"], first: 1) { node { ...M } } } ${MUNICIPALITY_FIELDS}`);
    expect(viaNode).toEqual(compiled);
    expect(data(batched).search[0].node).toEqual(compiled);
    expect(batched.queries).toBeGreaterThan(3);
  });

  test('aliases with different arguments, @skip/@include with variables, fragments on the Node interface', async () => {
    const r = await api.gql(
      `query($withParts: Boolean!, $n: Int!) {
        a: node(id: "challenge:leefbaarheid") {
          id
          ... on Challenge { one: facedBy(first: 1) { node { id } } all: facedBy(first: $n) { node { id } } }
          ... on Municipality { one: neighbourhoods(first: 1) { id } }
          ...Parts
        }
        b: node(id: "municipality:GM0001") {
          ... on Challenge { one: facedBy(first: 1) { node { id } } }
          ... on Municipality { one: neighbourhoods(first: 1) { id } skipped: faces @skip(if: true) { id } }
        }
      }
      fragment Parts on Challenge { causes @include(if: $withParts) { node { id } } }`,
      { withParts: false, n: 3 },
    );
    const d = data(r);
    // By name: 'Alfa-Zuid Buurt 1' < 'Alfastad' < 'Beta-Centrum'.
    expect(d.a.all.map((l: any) => l.node.id)).toEqual(['neighbourhood:alfa-zuid-buurt1', 'municipality:GM0001', 'neighbourhood:beta-centrum']);
    expect(d.a.one).toEqual([d.a.all[0]]);
    expect(d.a).not.toHaveProperty('causes');
    expect(d.b).toEqual({ one: [{ id: 'neighbourhood:alfa-noord' }] });
    expect(r.queries).toBe(2);
  });

  test('a bad argument deep in the selection is an input error at its path, and nothing else breaks', async () => {
    const r = await api.gql('{ municipality(code: "GM0001") { name neighbourhoods { name faces(first: 0) { id } } } }');
    expect(firstError(r)).toMatchObject({ message: 'first must be between 1 and 1000', path: ['municipality', 'neighbourhoods', 0, 'faces'], extensions: { code: 'BAD_USER_INPUT' } });
    const cursor = await api.gql('{ municipality(code: "GM0001") { neighbourhoodsConnection(after: "MATCH (n) DETACH DELETE n") { totalCount } } }');
    expect(firstError(cursor)?.message).toMatch(/after is not a valid cursor/);
    expect(data(await api.gql('{ municipality(code: "GM0001") { neighbourhoods { faces(first: 1) { id } } } }')).municipality.neighbourhoods).toHaveLength(3);
  });
});

describe('relationship connections', () => {
  test('pages through neighbourhoodsConnection and facedByConnection without repeats or gaps', async () => {
    const all = data(await api.gql('{ node(id: "challenge:leefbaarheid") { ... on Challenge { facedBy(first: 1000) { node { id } } } } }')).node.facedBy.map((l: any) => l.node.id);
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 10; page++) {
      const r = await api.gql(
        `query($after: String) { node(id: "challenge:leefbaarheid") { ... on Challenge {
          facedByConnection(first: 1, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { cursor sourceIds node { id } } } } } }`,
        { after },
      );
      const c = data(r).node.facedByConnection;
      expect(c.totalCount).toBe(all.length);
      seen.push(...c.edges.map((e: any) => e.node.id));
      expect(c.pageInfo.endCursor).toBe(c.edges.at(-1).cursor);
      if (!c.pageInfo.hasNextPage) break;
      after = c.pageInfo.endCursor;
    }
    expect(seen).toEqual(all);

    const hoods = data(await api.gql('{ municipality(code: "GM0001") { neighbourhoodsConnection(first: 2) { totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } } }'))
      .municipality.neighbourhoodsConnection;
    expect(hoods.totalCount).toBe(3);
    expect(hoods.pageInfo.hasNextPage).toBe(true);
    const rest = data(
      await api.gql('query($a: String) { municipality(code: "GM0001") { neighbourhoodsConnection(first: 2, after: $a) { pageInfo { hasNextPage } edges { node { id } } } } }', {
        a: hoods.pageInfo.endCursor,
      }),
    ).municipality.neighbourhoodsConnection;
    expect([...hoods.edges, ...rest.edges].map((e: any) => e.node.id)).toEqual(['neighbourhood:alfa-noord', 'neighbourhood:alfa-zuid', 'neighbourhood:alfa-zuid-buurt1']);
    expect(rest.pageInfo.hasNextPage).toBe(false);
  });

  test('a neighbourhood reached twice (directly and through its wijk) comes and counts once', async () => {
    const link = cypher('test.compiled.doublePartOf', "MATCH (b:Neighbourhood {id: 'neighbourhood:alfa-zuid-buurt1'}), (m:Municipality {code: 'GM0001'}) MERGE (b)-[:PART_OF]->(m)");
    const unlink = cypher('test.compiled.doublePartOfUndo', "MATCH (:Neighbourhood {id: 'neighbourhood:alfa-zuid-buurt1'})-[r:PART_OF]->(:Municipality {code: 'GM0001'}) DELETE r");
    await api.db.write(link);
    try {
      const m = data(await api.gql('{ municipality(code: "GM0001") { neighbourhoods { id } neighbourhoodsConnection(first: 10) { totalCount edges { node { id } } } } }')).municipality;
      const ids = ['neighbourhood:alfa-noord', 'neighbourhood:alfa-zuid', 'neighbourhood:alfa-zuid-buurt1'];
      expect(m.neighbourhoods.map((n: any) => n.id)).toEqual(ids);
      expect(m.neighbourhoodsConnection.edges.map((e: any) => e.node.id)).toEqual(ids);
      expect(m.neighbourhoodsConnection.totalCount).toBe(3);
    } finally {
      await api.db.write(unlink);
    }
  });

  test('page sizes are bounded', async () => {
    const r = await api.gql('{ municipality(code: "GM0001") { neighbourhoodsConnection(first: 101) { totalCount } } }');
    expect(firstError(r)?.message).toBe('first must be between 1 and 100');
  });
});

describe('graph answers ask only for what is selected', () => {
  test('subgraph nodes carry relationship fields from the same query', async () => {
    const r = await api.gql('{ subgraph(ids: ["municipality:GM0002"], depth: 1) { nodes { id nameEn node { ... on Neighbourhood { faces { node { id } } } } } edges { id } } }');
    const nodes = data(r).subgraph.nodes;
    expect(nodes.find((n: any) => n.id === 'neighbourhood:beta-centrum').node.faces).toEqual([{ node: { id: 'challenge:leefbaarheid' } }]);
    expect(r.queries).toBe(1);
  });

  test('edges carry the relationship properties their fields read; `properties` brings all of them', async () => {
    const q = (fields: string) => `{ causalChain(challengeId: "challenge:leefbaarheid", maxDepth: 3) { edges { id ${fields} } } }`;
    const full = data(await api.gql(q('polarity confidence sourceIds properties'))).causalChain.edges;
    const lean = data(await api.gql(q('polarity confidence sourceIds'))).causalChain.edges;
    const none = data(await api.gql(q('source target'))).causalChain.edges;
    expect(full.length).toBeGreaterThan(2);
    expect(lean.map((e: any) => e.id)).toEqual(full.map((e: any) => e.id));
    expect(none.map((e: any) => e.id)).toEqual(full.map((e: any) => e.id));
    for (const [i, e] of full.entries()) {
      expect(e.properties).toMatchObject({ polarity: e.polarity, confidence: e.confidence, sources: e.sourceIds });
      expect(lean[i]).toEqual({ id: e.id, polarity: e.polarity, confidence: e.confidence, sourceIds: e.sourceIds });
    }
    expect(full.every((e: any) => ['+', '-', '?'].includes(e.polarity) && e.sourceIds.length > 0)).toBe(true);
    const sub = data(await api.gql('{ subgraph(ids: ["challenge:leefbaarheid"], depth: 2) { edges { id polarity properties } } }')).subgraph.edges;
    expect(sub.filter((e: any) => e.id.includes('[CAUSES]')).every((e: any) => e.polarity === e.properties.polarity && e.polarity !== null)).toBe(true);
  });
});

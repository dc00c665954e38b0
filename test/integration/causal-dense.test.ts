/**
 * The causal chain on a dense causal web: 6 layers of 8 mechanisms, each causing every mechanism of
 * the layer below, so about 300,000 distinct paths lead into the challenge within 6 steps. The
 * chain must give every node its smallest depth without walking those paths one by one.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import { cypher, int } from '../../server/db/driver.ts';
import { chainQuery } from '../../server/analysis/causal.ts';
import { ALL_PROPERTIES, ProjectionQuery } from '../../server/graph/projection.ts';
import { data, startApi, type Api } from './api-support.ts';
import { emptyGraph, testDb } from '../support/db.ts';
import { loadGraph, type FixtureGraph } from '../fixtures/graph/fixture.ts';

const LAYERS = 6;
const WIDTH = 8;
const target = 'challenge:dense';
const mechanism = (layer: number, i: number) => `mechanism:dense-${layer}-${i}`;
// One shortcut: a mechanism of the top layer also causes the challenge directly (its depth is 1).
const shortcut = mechanism(LAYERS, 0);

function denseWeb(): FixtureGraph {
  const g: FixtureGraph = { nodes: [{ id: target, name: 'Dichte opgave' }], rels: [] };
  const claim = { polarity: '+', confidence: 'indicative', sources: ['source:dense'] };
  g.nodes.push({ id: 'source:dense', name: 'Bron', year: 2024 });
  for (let layer = 1; layer <= LAYERS; layer++) {
    for (let i = 0; i < WIDTH; i++) {
      g.nodes.push({ id: mechanism(layer, i), name: `Mechanisme ${layer}.${i}` });
      const below = layer === 1 ? [target] : Array.from({ length: WIDTH }, (_, k) => mechanism(layer - 1, k));
      for (const to of below) g.rels.push({ type: 'CAUSES', from: mechanism(layer, i), to, props: claim });
    }
  }
  g.rels.push({ type: 'CAUSES', from: shortcut, to: target, props: { ...claim, polarity: '-' } });
  return g;
}

let api: Api;
beforeAll(async () => {
  const db = testDb();
  await emptyGraph(db);
  await loadGraph(db, denseWeb());
  api = await startApi({}, { load: false, db });
});
afterAll(async () => {
  await api?.close();
  await api?.db.close();
});

test('every node comes once, at its smallest depth, with every CAUSES edge among the nodes kept', async () => {
  const chain = data(await api.gql(`{ causalChain(challengeId: "${target}", maxDepth: ${LAYERS}) { truncated nodes { id depth } edges { source target polarity } } }`)).causalChain;
  const expected: Record<string, number> = { [target]: 0 };
  for (let layer = 1; layer <= LAYERS; layer++) for (let i = 0; i < WIDTH; i++) expected[mechanism(layer, i)] = layer;
  expected[shortcut] = 1;
  expect(chain.truncated).toBe(false);
  expect(chain.nodes).toHaveLength(1 + LAYERS * WIDTH);
  expect(Object.fromEntries(chain.nodes.map((n: { id: string; depth: number }) => [n.id, n.depth]))).toEqual(expected);
  // Nodes in (depth, name) order: the shortcut among depth 1.
  const depths = chain.nodes.map((n: { depth: number }) => n.depth);
  expect(depths).toEqual([...depths].sort((a, b) => a - b));
  expect(chain.nodes.slice(1, 1 + WIDTH + 1).map((n: { id: string }) => n.id)).toContain(shortcut);
  expect(chain.edges).toHaveLength(WIDTH + (LAYERS - 1) * WIDTH * WIDTH + 1);
  expect(chain.edges.filter((e: { polarity: string }) => e.polarity === '-')).toEqual([{ source: shortcut, target, polarity: '-' }]);

  // Depth 2 stops at the second layer (and the shortcut).
  const shallow = data(await api.gql(`{ causalChain(challengeId: "${target}", maxDepth: 2) { nodes { id } } }`)).causalChain;
  expect(shallow.nodes).toHaveLength(1 + 2 * WIDTH + 1);
});

test('the chain query visits nodes, not paths: its database hits stay within a small multiple of the graph size', async () => {
  const projection = new ProjectionQuery(ALL_PROPERTIES);
  const query = chainQuery(LAYERS, projection, 'all', false);
  const result = await api.db.read(cypher('test.profileChain', `PROFILE ${query.text}`), {
    ...projection.params,
    id: target,
    limit: int(2000),
    edgeScan: int(40_000),
  });
  type Plan = { operatorType: string; dbHits: number; children: Plan[] };
  const operators: string[] = [];
  const hits = (p: Plan): number => (operators.push(p.operatorType), p.dbHits + p.children.reduce((s, c) => s + hits(c), 0));
  const total = hits(result.summary.profile as unknown as Plan);
  const graphSize = 1 + LAYERS * WIDTH + (WIDTH + (LAYERS - 1) * WIDTH * WIDTH + 1);
  // Walking the ~300,000 paths would cost millions of hits.
  expect(total).toBeLessThan(20 * graphSize);
  expect(operators.some((o) => /VarLengthExpand\(Pruning,BFS/.test(o))).toBe(true);
});

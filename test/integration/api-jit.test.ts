/**
 * Compiled execution (graphql-jit, useCompiledExecution) answers exactly as graphql-js's own
 * execute would: the same data with the same key order, the same errors at the same paths and
 * locations, for the saved examples and for queries that use what compilation could get wrong
 * (fragments, aliases, directives, variables and their defaults, abstract types, lazy fields,
 * errors with their locations).
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import { execute, getIntrospectionQuery, parse, print, Kind, type OperationDefinitionNode } from 'graphql';
import { createSchemaWithResolvers } from '../../server/api/index.ts';
import { createContext } from '../../server/api/context.ts';
import { EXAMPLE_QUERIES } from '../../server/api/examples.ts';
import { maskError } from '../../server/api/errors.ts';
import { RUNS_BEFORE_COMPILING } from '../../server/api/plugins/compiled-execution.ts';
import { testConfig } from '../support/db.ts';
import { startApi, type Api } from './api-support.ts';

let api: Api;
beforeAll(async () => {
  api = await startApi();
});
afterAll(async () => {
  await api?.close();
});

const schema = createSchemaWithResolvers();

/** graphql-js's answer, with errors masked as the server masks them. */
async function reference(query: string, variables?: Record<string, unknown>, operationName?: string) {
  const contextValue = createContext(api.db, testConfig({ port: 0 }), { requestId: 'reference', counter: { queries: 0 }, authorization: null });
  const result = await execute({ schema, document: parse(query), variableValues: variables, operationName, contextValue });
  return { data: result.data, errors: result.errors?.map((e) => maskError(e)) };
}

const shapeOfErrors = (errors: readonly { message: string; path?: unknown; locations?: unknown }[] | undefined) =>
  errors?.map((e) => ({ message: e.message, path: e.path, locations: e.locations }));

type Served = { data?: unknown; errors?: { message: string; path?: unknown; locations?: unknown }[] };

async function serve(query: string, variables?: Record<string, unknown>, operationName?: string) {
  const res = await fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables, operationName }),
  });
  return { body: (await res.json()) as Served, timing: res.headers.get('server-timing') ?? '' };
}

/** Sends the query until it runs compiled, and compares each answer with graphql-js's. */
async function expectSameAnswer(query: string, variables?: Record<string, unknown>, operationName?: string) {
  const expected = await reference(query, variables, operationName);
  let served: Served = {};
  for (let run = 0; run <= RUNS_BEFORE_COMPILING + 1; run++) {
    served = (await serve(query, variables, operationName)).body;
    // Compared as JSON text, so key order counts too.
    expect(JSON.stringify(served.data ?? null)).toBe(JSON.stringify(expected.data ?? null));
    expect(JSON.stringify(shapeOfErrors(served.errors))).toBe(JSON.stringify(shapeOfErrors(expected.errors)));
  }
  return served;
}

test('an operation is compiled once, when it comes a second time; Server-Timing says so', async () => {
  const query = '{ mechanisms(first: 2) { edges { node { id name } } } compiledOnce: __typename }';
  const timings: string[] = [];
  for (let run = 0; run < 4; run++) timings.push((await serve(query)).timing);
  expect(timings.map((t) => /compile;dur=[\d.]+/.test(t))).toEqual([false, true, false, false]);
  // A document with several operations runs on graphql-js: @envelop/graphql-jit keeps one
  // compiled operation per document, and would answer one operation with another.
  const twoOperations = 'query A { __typename } query B { mechanisms(first: 1) { totalCount } }';
  const b = [];
  for (let run = 0; run < 3; run++) b.push(await serve(twoOperations, {}, 'B'));
  expect(b.map((r) => /compile;dur/.test(r.timing))).toEqual([false, false, false]);
  expect((await serve(twoOperations, {}, 'A')).body.data).toEqual({ __typename: 'Query' });
  expect(b[2]!.body.data).toEqual({ mechanisms: { totalCount: expect.any(Number) } });
});

test('every saved example query', async () => {
  const operations = parse(EXAMPLE_QUERIES).definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  expect(operations.length).toBeGreaterThanOrEqual(5);
  const fragments = parse(EXAMPLE_QUERIES).definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION);
  for (const op of operations) {
    // Each on its own (a document of one operation is compiled) and as GraphiQL sends them.
    const alone = print({ kind: Kind.DOCUMENT, definitions: [op, ...fragments] });
    const served = await expectSameAnswer(alone, {}, op.name!.value);
    expect(served.data, op.name!.value).toBeTruthy();
    expect(await expectSameAnswer(EXAMPLE_QUERIES, {}, op.name!.value)).toEqual(served);
  }
});

test('fragments, aliases, @include/@skip with variables, inline fragments on the Node interface, __typename', async () => {
  const served = await expectSameAnswer(
    `query Q($withFaces: Boolean!, $skipCode: Boolean!, $id: ID!) {
       here: municipality(code: "GM0001") { ...M }
       other: municipality(code: "GM0002") { ...M }
       node(id: $id) { __typename id label ... on Challenge { domains causes { node { __typename id name } } } ... on Node { name } }
       nothing: node(id: "challenge:none") { id }
     }
     fragment M on Municipality {
       __typename code @skip(if: $skipCode) name
       neighbourhoods { id name faces @include(if: $withFaces) { id note sourceIds node { id name } } }
       faces(first: 2) { id node { id } }
     }`,
    { withFaces: true, skipCode: false, id: 'challenge:leefbaarheid' },
  );
  expect((served.data as any).here.neighbourhoods.length).toBeGreaterThan(0);
  // A non-null variable with a default may be left out.
  const defaulted = await expectSameAnswer('query D($id: ID! = "challenge:leefbaarheid", $depth: Int = 2) { node(id: $id) { id ... on Challenge { causalChain(maxDepth: $depth) { nodes { id depth } } } } }', {});
  expect((defaulted.data as any).node.causalChain.nodes.length).toBeGreaterThan(1);
  await expectSameAnswer('query Q($withFaces: Boolean!) { municipality(code: "GM0001") { neighbourhoods { id faces @include(if: $withFaces) { id } } } }', { withFaces: false });
});

test('connections with a lazily counted totalCount, search, graph-shaped answers and the comparison', async () => {
  const first = await expectSameAnswer('{ mechanisms(first: 3) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id name } } } }');
  const after = (first.data as any).mechanisms.pageInfo.endCursor;
  await expectSameAnswer('query P($after: String) { mechanisms(first: 3, after: $after) { totalCount edges { node { id } } } }', { after });
  await expectSameAnswer('{ nodeList(labels: ["Challenge", "Mechanism"], first: 50) { totalCount edges { node { __typename id label } } } }');
  await expectSameAnswer('{ search(text: "leefbaar", first: 5) { score node { __typename id name } } }');
  await expectSameAnswer(
    '{ causalChain(challengeId: "challenge:leefbaarheid", maxDepth: 3) { truncated nodes { id label name depth node { id } } edges { id type source target properties polarity confidence sourceIds sources { id name } } } }',
  );
  await expectSameAnswer('{ subgraph(ids: ["municipality:GM0001", "challenge:leefbaarheid"], depth: 2, limit: 8) { truncated nodes { id label } edges { id type } } }');
  await expectSameAnswer('{ feedbackLoops(maxLength: 6) { id kind length nodes { id } edges { source target polarity } } }');
  await expectSameAnswer('{ interventionsFor(challengeId: "challenge:leefbaarheid", municipalityCode: "GM0001") { score intervention { id } reaches { node { id } } path { id } } }');
});

test('errors: with their locations next to data, and a null in a non-null field taking its parent with it', async () => {
  const query = `{ a: causalChain(challengeId: "challenge:leefbaarheid", maxDepth: 7) { nodes { id } }
       c: municipality(code: "GM0001") { name }
       d: node(id: "challenge:leefbaarheid") { ... on Challenge { causalChain(maxDepth: 9) { truncated } } } }`;
  const served = await expectSameAnswer(query);
  expect(served.errors?.map((e) => e.path)).toEqual([['a'], ['d', 'causalChain']]);
  const at = (line: number, text: string) => ({ line, column: query.split('\n')[line - 1]!.indexOf(text) + 1 });
  expect(served.errors?.map((e) => e.locations)).toEqual([[at(1, 'a: causalChain')], [at(3, 'causalChain(maxDepth: 9)')]]);
  expect((served.data as any).c.name).toBe('Alfastad');
  // subgraph is non-null: its error nulls the whole answer.
  const nulled = await expectSameAnswer('{ c: municipality(code: "GM0001") { name } b: subgraph(ids: [], depth: 1) { nodes { id } } }');
  expect(nulled.data).toBeNull();
  expect(nulled.errors?.map((e) => e.path)).toEqual([['b']]);
});

test('introspection (what GraphiQL sends) and a mutation refused without a token', async () => {
  const schemaAnswer = await expectSameAnswer(getIntrospectionQuery({ descriptions: true, inputValueDeprecation: true }));
  expect((schemaAnswer.data as any).__schema.types.length).toBeGreaterThan(50);
  const refused = await expectSameAnswer('mutation { createToken(name: "x", role: admin) { secret } }');
  expect(refused.errors?.[0]?.message).toMatch(/Sign in first/);
});

test('hostile text in arguments and variables stays data: compiled code does not run it', async () => {
  const hostile = ['"); process.abort(); ("', "'; throw new Error('x'); '", '\\"}) }; globalThis.pwned = 1; ({ "', '${process.abort()}', 'line\nbreak \u2028 \u2029 \u0000 </script>'];
  for (const text of hostile) {
    const literal = JSON.stringify(text);
    await expectSameAnswer(`{ search(text: ${literal}, first: 3) { node { id } } node(id: ${literal}) { id } }`);
    await expectSameAnswer('query H($t: String!, $id: ID!) { search(text: $t, first: 3) { node { id } } node(id: $id) { id } }', { t: text, id: text });
  }
  expect((globalThis as { pwned?: unknown }).pwned).toBeUndefined();
});

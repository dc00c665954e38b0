/**
 * The anchor the API is measured against: @neo4j/graphql (the Neo4j GraphQL Library, v7),
 * generating its schema and its Cypher from type definitions that hold the same data as the
 * bench's question, served by the same graphql-yoga over HTTP, in the same process, against the
 * same Neo4j. It compiles each request into one Cypher query, as this API does.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Neo4jGraphQL } from '@neo4j/graphql';
import { createYoga } from 'graphql-yoga';
import type { Driver } from 'neo4j-driver';

/** Municipalities, their neighbourhoods (PART_OF, in) and the challenges those face (FACES, out). */
export const TYPE_DEFS = /* GraphQL */ `
  type Municipality @node {
    id: ID!
    name: String!
    code: String
    neighbourhoods: [Neighbourhood!]! @relationship(type: "PART_OF", direction: IN)
  }
  type Neighbourhood @node {
    id: ID!
    name: String!
    faces: [Challenge!]! @relationship(type: "FACES", direction: OUT)
  }
  type Challenge @node {
    id: ID!
    name: String!
  }
`;

/** The bench's municipality question in @neo4j/graphql's language: the same fields, the same order. */
export const MUNICIPALITY_QUERY = (code: string) =>
  `{ municipalities(where: { code: { eq: "${code}" } }) { id name neighbourhoods(sort: [{ name: ASC }]) { id name faces(sort: [{ name: ASC }]) { id name } } } }`;

export async function startNeo4jGraphQL(driver: Driver, database: string): Promise<{ url: string; close(): Promise<void> }> {
  const schema = await new Neo4jGraphQL({ typeDefs: TYPE_DEFS, driver }).getSchema();
  const yoga = createYoga({ schema, graphiql: false, landingPage: false, context: { sessionConfig: { database } } });
  const server = http.createServer(yoga);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

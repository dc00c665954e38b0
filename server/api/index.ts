/**
 * The GraphQL endpoint. (Foundation stub: the API issue replaces this with the full schema.)
 */
import { createSchema, createYoga } from 'graphql-yoga';
import type { Config } from '../config.ts';
import type { Db } from '../db/driver.ts';
import { ONTOLOGY_VERSION } from '../ontology.ts';

export interface ApiDeps {
  db: Db;
  config: Config;
}

export function createGraphQL({ config }: ApiDeps) {
  return createYoga({
    graphqlEndpoint: '/graphql',
    graphiql: config.graphiql,
    schema: createSchema({
      typeDefs: 'type Query { ontologyVersion: Int! }',
      resolvers: { Query: { ontologyVersion: () => ONTOLOGY_VERSION } },
    }),
  });
}

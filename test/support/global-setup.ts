/**
 * Starts the test Neo4j (its own port and data folder, never the development graph) or reuses one
 * that runs, applies the schema, and hands the connection to the tests. NEWTOWNS_TEST_NEO4J_URI
 * (with _USER and _PASSWORD) points the tests at another server instead.
 */
import type { TestProject } from 'vitest/node';
import { createDriver, Db } from '../../server/db/driver.ts';
import { start, stop } from '../../server/db/local-neo4j.ts';
import { applySchema } from '../../server/db/schema.ts';
import type { Neo4jConnection } from '../../server/config.ts';
import { BROWSER_PROJECT, browserTestNeo4jSettings, testNeo4jSettings } from './settings.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: Neo4jConnection;
  }
}

export default async function setup(project: TestProject) {
  const env = process.env;
  const settings = project.name === BROWSER_PROJECT ? browserTestNeo4jSettings : testNeo4jSettings;
  const tag = `[test neo4j${project.name === BROWSER_PROJECT ? ', browser tests' : ''}]`;
  let connection: Neo4jConnection;
  let startedHere = false;
  if (env.NEWTOWNS_TEST_NEO4J_URI) {
    connection = {
      uri: env.NEWTOWNS_TEST_NEO4J_URI,
      user: env.NEWTOWNS_TEST_NEO4J_USER ?? 'neo4j',
      password: env.NEWTOWNS_TEST_NEO4J_PASSWORD ?? '',
      database: 'neo4j',
    };
  } else {
    const result = await start(settings, (m) => console.log(`${tag} ${m}`));
    connection = result.connection;
    startedHere = result.started;
    console.log(`${tag} ${result.started ? 'started' : 'reusing'} Neo4j ${result.version} at ${connection.uri} (${result.ms} ms)`);
  }
  const db = new Db(createDriver(connection), connection.database, 60_000);
  await applySchema(db);
  await db.close();
  project.provide('neo4j', connection);
  return async () => {
    // Keep a test server someone started by hand; stop the one this run started.
    if (startedHere && !env.NEWTOWNS_KEEP_TEST_NEO4J) await stop(settings);
  };
}

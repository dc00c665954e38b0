import path from 'node:path';
import { PROJECT_ROOT, type LocalNeo4jSettings } from '../../server/config.ts';

/**
 * The test servers: their own folders and ports, so tests never touch the development graph.
 * NEWTOWNS_TEST_NEO4J_PORT / _HOME give parallel runs (one per developer task) their own.
 * The browser tests have a Neo4j of their own (port + 1000, folder + '-browser'): Community has one
 * user database, and with two servers the browser tests run beside the integration tests.
 */
const port = Number(process.env.NEWTOWNS_TEST_NEO4J_PORT ?? 7688);
const home = path.resolve(PROJECT_ROOT, process.env.NEWTOWNS_TEST_NEO4J_HOME ?? '.data/neo4j-test');

export const testNeo4jSettings: LocalNeo4jSettings = { home, boltPort: port, heap: '1g', pageCache: '256m' };

export const browserTestNeo4jSettings: LocalNeo4jSettings = { home: `${home}-browser`, boltPort: port + 1000, heap: '1g', pageCache: '256m' };

/** The vitest project whose files run against the second server. */
export const BROWSER_PROJECT = 'browser';

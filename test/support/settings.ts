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

/**
 * A test server lives for minutes and runs hundreds of different small queries a few times each: the
 * JIT's optimising compiler never pays back. With the client compiler alone its JVM used half the
 * CPU time (10.6 instead of 19.2 s to start, 7 to 10 instead of 14 to 16 s for the schema, the seed
 * and a few reads, a fresh server started each way on 2026-12-04), CPU the two cores give to the tests instead.
 */
const jvmOptions = ['-XX:TieredStopAtLevel=1'];

export const testNeo4jSettings: LocalNeo4jSettings = { home, boltPort: port, heap: '1g', pageCache: '256m', jvmOptions };

export const browserTestNeo4jSettings: LocalNeo4jSettings = { home: `${home}-browser`, boltPort: port + 1000, heap: '1g', pageCache: '256m', jvmOptions };

/** The vitest project whose files run against the second server. */
export const BROWSER_PROJECT = 'browser';

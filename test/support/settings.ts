import path from 'node:path';
import { PROJECT_ROOT, type LocalNeo4jSettings } from '../../server/config.ts';

/**
 * The test server: its own folder and port, so tests never touch the development graph.
 * NEWTOWNS_TEST_NEO4J_PORT / _HOME give parallel runs (one per developer task) their own.
 */
export const testNeo4jSettings: LocalNeo4jSettings = {
  home: path.resolve(PROJECT_ROOT, process.env.NEWTOWNS_TEST_NEO4J_HOME ?? '.data/neo4j-test'),
  boltPort: Number(process.env.NEWTOWNS_TEST_NEO4J_PORT ?? 7688),
  heap: '1g',
  pageCache: '256m',
};

/**
 * Start-up of the database side: the configured server (NEO4J_URI) or the local one, a driver
 * that reaches it, and the schema applied. Returns how to close what was opened.
 */
import type { Config, Neo4jConnection } from '../config.ts';
import { Db, createDriver } from './driver.ts';
import { start as startLocal, stop as stopLocal } from './local-neo4j.ts';
import { applySchema } from './schema.ts';

export interface OpenDatabase {
  db: Db;
  connection: Neo4jConnection;
  /** Whether the local server was started by this process (and so is stopped by `close`). */
  startedLocal: boolean;
  close(): Promise<void>;
}

export async function openDatabase(config: Config, log: (message: string) => void = () => {}): Promise<OpenDatabase> {
  let connection: Neo4jConnection;
  let startedLocal = false;
  if (config.external) {
    connection = config.external;
    log(`Using the Neo4j server at ${connection.uri} (NEO4J_URI); no local server is started.`);
  } else {
    const started = await startLocal(config.local, log);
    connection = { ...started.connection, database: config.database };
    startedLocal = started.started;
    log(
      started.started
        ? `Neo4j ${started.version} started in ${(started.ms / 1000).toFixed(1)} s on ${connection.uri}.`
        : `Neo4j ${started.version} already running on ${connection.uri}; reusing it.`,
    );
  }
  const driver = createDriver(connection);
  const db = new Db(driver, connection.database, config.queryTimeoutMs);
  try {
    await driver.verifyConnectivity({ database: connection.database });
    const { created } = await applySchema(db);
    log(created ? `Schema applied: ${created} constraints and indexes created.` : 'Schema up to date.');
  } catch (error) {
    await db.close();
    if (startedLocal) await stopLocal(config.local);
    throw error;
  }
  return {
    db,
    connection,
    startedLocal,
    async close() {
      await db.close();
      if (startedLocal) await stopLocal(config.local, log);
    },
  };
}

/**
 * A change to the knowledge graph as every writer makes it (imports, undo, accepted
 * contributions): the graph head advanced as the first statement of the write transaction, the
 * change after it, committed together (see server/db/graph-head.ts).
 */
import type { Db, NamedQuery, Params } from '../../server/db/driver.ts';
import { advanceGraphHead } from '../../server/db/graph-head.ts';

/** Commits `query` with the head advanced in the same transaction; the version it published. */
export async function writeAsWriter(db: Db, query: NamedQuery, params: Params = {}, writer = `test:${query.name}`): Promise<string> {
  return db.writeTransaction(query.name, async (tx) => {
    const version = await advanceGraphHead(tx, writer);
    await tx.run(query.text, params);
    return version;
  });
}

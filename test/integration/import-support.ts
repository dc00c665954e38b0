/**
 * Shared by the import tests: importing a text into the test graph, and what "nothing changed"
 * means (same fingerprint, no APOC temporary constraint left).
 */
import neo4j from 'neo4j-driver';
import { cypher, plain, type Db } from '../../server/db/driver.ts';
import { advanceGraphHead } from '../../server/db/graph-head.ts';
import { importDataset, type ImportOptions, type ImportReport } from '../../server/import/pipeline.ts';
import { LABEL_NAMES } from '../../server/ontology.ts';

export async function importText(db: Db, text: string, options: Omit<ImportOptions, 'text'> = {}): Promise<ImportReport> {
  return importDataset(db, { fileName: 'test.cypher', partner: 'test partner', actor: 'vitest', ...options, text });
}

const tempConstraints = cypher(
  'test.import.tempConstraints',
  "SHOW CONSTRAINTS YIELD name, labelsOrTypes WHERE 'UNIQUE IMPORT LABEL' IN labelsOrTypes OR name STARTS WITH 'import_tmp_' RETURN collect(name) AS names",
);

/** Names of constraints on APOC's temporary label (none should outlive an import). */
export async function leftoverConstraints(db: Db): Promise<string[]> {
  const result = await db.read(tempConstraints);
  return result.records[0]?.get('names') as string[];
}

const counts = cypher(
  'test.import.counts',
  `CALL { MATCH (n) WHERE any(l IN labels(n) WHERE l IN $labels) RETURN count(n) AS nodes }
   CALL { MATCH ()-[r]->() RETURN count(r) AS rels }
   RETURN nodes, rels`,
);

/** Knowledge nodes (not import records or the graph head) and relationships. */
export async function graphSize(db: Db): Promise<{ nodes: number; relationships: number }> {
  const r = (await db.read(counts, { labels: LABEL_NAMES })).records[0]!;
  return { nodes: Number(r.get('nodes')), relationships: Number(r.get('rels')) };
}

/** A small valid dataset: a Source, a Mechanism, a Challenge and a CAUSES claim between them. */
export const SMALL = `// a small MERGE-based dataset
MERGE (s:Source {id: 'source:t-1'}) SET s += {name: 'Testrapport', kind: 'research', year: 2020, publisher: 'Testbureau'};
MERGE (m:Mechanism {id: 'mechanism:t-a'}) SET m += {name: 'Vergrijzing', domains: ['wonen', 'zorg']};
MERGE (c:Challenge {id: 'challenge:t-b'}) SET c += {name: 'Leegstand'};
MATCH (a:Mechanism {id: 'mechanism:t-a'}) MATCH (b:Challenge {id: 'challenge:t-b'})
MERGE (a)-[r:CAUSES]->(b) SET r += {polarity: '+', sources: ['source:t-1'], confidence: 'indicative'};
`;

const knowledge = cypher(
  'test.import.knowledgeFingerprint',
  `MATCH (n) WHERE NOT n:Import AND NOT n:GraphHead
   OPTIONAL MATCH (n)-[r]->(m)
   WITH n, collect(CASE WHEN r IS NULL THEN null ELSE [type(r), properties(r), elementId(m)] END) AS out
   RETURN elementId(n) AS id, labels(n) AS labels, properties(n) AS props, out`,
);

/** Like fingerprint(), leaving out the Import records (undo keeps them, marked 'undone') and the graph head. */
export async function knowledgeFingerprint(db: Db): Promise<string> {
  const result = await db.read(knowledge);
  const rows = result.records.map((r) => JSON.stringify(sortKeys(plain([r.get('id'), [...(r.get('labels') as string[])].sort(), r.get('props'), r.get('out')]))));
  return rows.sort().join('\n');
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => [k, sortKeys(v)]));
  }
  return value;
}

/**
 * Holds the graph's write lock, as another process's import would, until `release`: an import
 * started meanwhile waits for it (in flight, its transaction open, nothing written).
 */
export async function holdGraphLock(db: Db): Promise<{ release(commit?: boolean): Promise<void>; run(query: string, params?: Record<string, unknown>): Promise<unknown> }> {
  const session = db.driver.session({ database: db.database, defaultAccessMode: neo4j.session.WRITE });
  const tx = session.beginTransaction({ metadata: { app: 'newtowns', query: 'test.holdGraphLock' } });
  await advanceGraphHead(tx, 'test');
  return {
    run: (query, params = {}) => tx.run(query, params),
    async release(commit = false) {
      if (tx.isOpen()) await (commit ? tx.commit() : tx.rollback());
      await session.close();
    },
  };
}

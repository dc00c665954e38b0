/**
 * Import bench: a dataset of 100,000 nodes and 200,000 relationships in APOC's export layout
 * (cypher-shell format, UNWIND batches of 20 rows, the temporary UNIQUE IMPORT LABEL constraint
 * and its clean-up), valid against the ontology, imported through the pipeline, then (on an
 * emptied graph) the same statements run raw through the driver in one transaction. Prints both
 * times and the ratio (aim: pipeline <= 1.5x raw).
 *
 * `generateApocDataset` is also used by the import tests (small sizes, and a big file to kill).
 */
import neo4j from 'neo4j-driver';
import { cypher, plain, type Db } from '../../server/db/driver.ts';
import { importDataset, type ImportReport } from '../../server/import/pipeline.ts';

export interface DatasetSize {
  /** Knowledge nodes besides the one Source (Neighbourhood, Challenge, Mechanism in 4:3:3). */
  nodes: number;
  /** Relationships: CAUSES 50%, FACES 30%, PART_OF 20%. */
  relationships: number;
  /** Rows per UNWIND statement (APOC's unwindBatchSize, default 20). */
  unwindBatch?: number;
  /** Rows per :begin/:commit block (APOC's batchSize, default 20000). */
  txBatch?: number;
  /** Prefix of the ids, so several datasets can live side by side. */
  prefix?: string;
}

const q = (s: string) => JSON.stringify(s);

/**
 * An APOC `apoc.export.cypher.all` file (format cypher-shell, useOptimizations UNWIND_BATCH) of a
 * graph that fits the ontology. Node 0 is the Source that every CAUSES claim cites.
 */
export function generateApocDataset(size: DatasetSize): string {
  const unwind = size.unwindBatch ?? 20;
  const txBatch = size.txBatch ?? 20000;
  const p = size.prefix ?? 'bench';
  const lines: string[] = [];
  lines.push(':begin');
  lines.push('CREATE CONSTRAINT UNIQUE_IMPORT_NAME FOR (node:`UNIQUE IMPORT LABEL`) REQUIRE (node.`UNIQUE IMPORT ID`) IS UNIQUE;');
  lines.push(':commit');
  lines.push('CALL db.awaitIndexes(300);');

  const total = size.nodes + 1;
  const neighbourhoods = Math.floor(size.nodes * 0.4);
  const challenges = Math.floor(size.nodes * 0.3);
  const labelOf = (i: number) => (i === 0 ? 'Source' : i <= neighbourhoods ? 'Neighbourhood' : i <= neighbourhoods + challenges ? 'Challenge' : 'Mechanism');
  const sourceId = `source:${p}-0`;
  const nodeRow = (i: number) => {
    const label = labelOf(i);
    const prefix = label.toLowerCase();
    if (label === 'Source') return `{_id:0, properties:{id:${q(sourceId)}, name:"Benchbron", kind:"dataset", year:2024}}`;
    const extra = label === 'Neighbourhood' ? `, kind:"buurt", builtFrom:${1970 + (i % 20)}` : `, domains:["wonen", "sociaal"]`;
    return `{_id:${i}, properties:{id:${q(`${prefix}:${p}-${i}`)}, name:${q(`${label} ${i}`)}, nameEn:${q(`${label} ${i} (en)`)}${extra}}}`;
  };

  let inTx = 0;
  const begin = () => {
    if (inTx === 0) lines.push(':begin');
  };
  const count = (n: number) => {
    inTx += n;
    if (inTx >= txBatch) {
      lines.push(':commit');
      inTx = 0;
    }
  };
  // Nodes, grouped by label as APOC does.
  for (let from = 0; from < total; ) {
    const label = labelOf(from);
    const rows: string[] = [];
    let i = from;
    while (i < total && rows.length < unwind && labelOf(i) === label) rows.push(nodeRow(i++));
    begin();
    lines.push(`UNWIND [${rows.join(', ')}] AS row`);
    lines.push(`CREATE (n:\`UNIQUE IMPORT LABEL\`{\`UNIQUE IMPORT ID\`: row._id}) SET n += row.properties SET n:${label};`);
    count(rows.length);
    from = i;
  }
  if (inTx) {
    lines.push(':commit');
    inTx = 0;
  }

  // Relationships, grouped by type.
  const mechanismsFrom = neighbourhoods + challenges + 1;
  const causal = (k: number) => neighbourhoods + 1 + (k % (total - neighbourhoods - 1)); // Challenge or Mechanism
  const challenge = (k: number) => neighbourhoods + 1 + (k % challenges);
  const neighbourhood = (k: number) => 1 + (k % neighbourhoods);
  const causes = Math.floor(size.relationships * 0.5);
  const faces = Math.floor(size.relationships * 0.3);
  const partOf = size.relationships - causes - faces;
  const rel = (type: string, n: number, ends: (k: number) => [number, number], props: (k: number) => string) => {
    for (let k = 0; k < n; ) {
      const rows: string[] = [];
      while (k < n && rows.length < unwind) {
        const [a, b] = ends(k);
        rows.push(`{start: {_id:${a}}, end: {_id:${b}}, properties:${props(k)}}`);
        k++;
      }
      begin();
      lines.push(`UNWIND [${rows.join(', ')}] AS row`);
      lines.push('MATCH (start:`UNIQUE IMPORT LABEL`{`UNIQUE IMPORT ID`: row.start._id})');
      lines.push('MATCH (end:`UNIQUE IMPORT LABEL`{`UNIQUE IMPORT ID`: row.end._id})');
      lines.push(`CREATE (start)-[r:${type}]->(end) SET r += row.properties;`);
      count(rows.length);
    }
  };
  const polarity = ['+', '-', '?'];
  const confidence = ['established', 'indicative', 'hypothesis'];
  rel(
    'CAUSES',
    causes,
    (k) => {
      const a = causal(k);
      let b = causal(k * 7 + 3);
      if (b === a) b = b + 1 < total ? b + 1 : mechanismsFrom;
      return [a, b];
    },
    (k) => `{polarity:${q(polarity[k % 3]!)}, confidence:${q(confidence[k % 3]!)}, sources:[${q(sourceId)}]}`,
  );
  rel('FACES', faces, (k) => [neighbourhood(k), challenge(k * 13 + 1)], () => '{}');
  rel(
    'PART_OF',
    partOf,
    (k) => {
      const a = neighbourhood(k);
      const b = neighbourhood(k + 1);
      return [a, b === a ? neighbourhood(k + 2) : b];
    },
    () => '{}',
  );
  if (inTx) lines.push(':commit');

  // APOC's clean-up: one statement per 20000 nodes, then the constraint goes.
  for (let n = 0; n < total; n += 20000) {
    lines.push(':begin');
    lines.push('MATCH (n:`UNIQUE IMPORT LABEL`)  WITH n LIMIT 20000 REMOVE n:`UNIQUE IMPORT LABEL` REMOVE n.`UNIQUE IMPORT ID`;');
    lines.push(':commit');
  }
  lines.push(':begin');
  lines.push('DROP CONSTRAINT UNIQUE_IMPORT_NAME;');
  lines.push(':commit');
  return lines.join('\n') + '\n';
}

/** The statements of a generated file, as cypher-shell would send them (for the raw baseline). */
function rawStatements(text: string): string[] {
  const out: string[] = [];
  let current: string[] = [];
  for (const line of text.split('\n')) {
    if (line.startsWith(':') || line === '') continue;
    current.push(line);
    if (line.endsWith(';')) {
      out.push(current.join('\n').slice(0, -1));
      current = [];
    }
  }
  return out;
}

function defaultSize(env: NodeJS.ProcessEnv = process.env): DatasetSize {
  const nodes = Number(env.NEWTOWNS_BENCH_IMPORT_NODES ?? 100_000);
  const relationships = Number(env.NEWTOWNS_BENCH_IMPORT_RELATIONSHIPS ?? 200_000);
  return { nodes: Math.max(1, nodes - 1), relationships };
}

const wipe = cypher('bench.import.wipe', 'MATCH (n) WITH n LIMIT 10000 DETACH DELETE n RETURN count(*) AS deleted');

async function emptyGraph(db: Db): Promise<void> {
  for (;;) {
    const r = await db.write(wipe, {}, { timeoutMs: 600_000 });
    if (Number(plain(r.records[0]?.get('deleted'))) === 0) return;
  }
}

/** Runs the file's statements through the driver: schema in its own transactions, data in one. */
export async function rawImport(db: Db, text: string): Promise<number> {
  const statements = rawStatements(text);
  const started = performance.now();
  const session = db.driver.session({ database: db.database, defaultAccessMode: neo4j.session.WRITE });
  try {
    const schema = statements.filter((s) => /^(CREATE|DROP) CONSTRAINT/.test(s));
    const data = statements.filter((s) => !/^(CREATE|DROP) CONSTRAINT|^CALL db\.awaitIndexes/.test(s));
    await session.run(schema[0]!);
    await session.run('CALL db.awaitIndexes(300)');
    const tx = session.beginTransaction({ timeout: 30 * 60_000 });
    for (const s of data) await tx.run(s);
    await tx.commit();
    await session.run(schema[1]!);
  } finally {
    await session.close();
  }
  return performance.now() - started;
}

function summary(report: ImportReport): string {
  const n = Object.values(report.counts.nodesCreated).reduce((a, b) => a + b, 0);
  const r = Object.values(report.counts.relationshipsCreated).reduce((a, b) => a + b, 0);
  return `${report.status}: ${n} nodes, ${r} relationships; phases ${JSON.stringify(report.timings)}`;
}

/**
 * The full size takes about 15 minutes per run on a 2-core machine (Neo4j plans each of APOC's
 * 15,000 literal-laden statements afresh, ~50 ms each); NEWTOWNS_BENCH_IMPORT_NODES and
 * NEWTOWNS_BENCH_IMPORT_RELATIONSHIPS scale it down.
 */
export async function benchImport(db: Db, size: DatasetSize = defaultSize()): Promise<void> {
  console.log(`== import: ${size.nodes + 1} nodes, ${size.relationships} relationships, APOC cypher-shell UNWIND layout`);
  let t = performance.now();
  const text = generateApocDataset(size);
  console.log(`generated ${(text.length / 1e6).toFixed(1)} MB in ${Math.round(performance.now() - t)} ms`);

  await emptyGraph(db);
  t = performance.now();
  const report = await importDataset(db, { text, fileName: 'bench.cypher', partner: 'bench', actor: 'bench' });
  const pipelineMs = performance.now() - t;
  console.log(`pipeline: ${(pipelineMs / 1000).toFixed(1)} s  (${summary(report)})`);
  if (report.status !== 'applied') console.log(report.errors.slice(0, 5));

  await emptyGraph(db);
  const rawMs = await rawImport(db, text);
  console.log(`raw:      ${(rawMs / 1000).toFixed(1)} s  (same statements, one transaction, no checks)`);
  console.log(`ratio pipeline/raw: ${(pipelineMs / rawMs).toFixed(2)} (aim <= 1.5)`);
  await emptyGraph(db);
}

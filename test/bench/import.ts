/**
 * Import bench (`npm run bench -- import`), side by side in one run:
 *
 * 1. The seed graph loaded into an empty database with a cold plan cache (as at `npm start`).
 * 2. Cost follows the import, not the graph: a 3-node import on the seed graph, then on the seed
 *    graph plus 100,000 extra nodes and 100,000 extra relationships (median and fastest of several runs each),
 *    and the CLI's peak memory for it on both.
 * 3. An APOC export (cypher-shell format, UNWIND batches of 20 literal rows) of 10,000 nodes and
 *    16,000 relationships, three ways: the engine; the file's statements run as they are (what
 *    cypher-shell does); a hand-written parameterised UNWIND of the same rows in batches of 1000.
 * 4. 100,000 nodes and 200,000 relationships in APOC layout through the engine.
 *
 * `generateApocDataset` is also used by the import tests. NEWTOWNS_BENCH_IMPORT_SCALE (default 1)
 * scales sizes 2 to 4 down for a quick look.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { PROJECT_ROOT } from '../../server/config.ts';
import { cypher, plain, type Db } from '../../server/db/driver.ts';
import { importDataset, type ImportReport } from '../../server/import/pipeline.ts';
import { loadSeed } from '../../server/import/seed.ts';

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

interface Row {
  label: string;
  props: Record<string, unknown>;
}
interface RelRow {
  type: string;
  from: number;
  to: number;
  props: Record<string, unknown>;
}

/** The nodes (index = APOC's _id) and relationships of a dataset that fits the ontology. */
export function datasetRows(size: DatasetSize): { nodes: Row[]; rels: RelRow[] } {
  const p = size.prefix ?? 'bench';
  const total = size.nodes + 1;
  const neighbourhoods = Math.floor(size.nodes * 0.4);
  const challenges = Math.floor(size.nodes * 0.3);
  const labelOf = (i: number) => (i === 0 ? 'Source' : i <= neighbourhoods ? 'Neighbourhood' : i <= neighbourhoods + challenges ? 'Challenge' : 'Mechanism');
  const sourceId = `source:${p}-0`;
  const nodes: Row[] = [];
  for (let i = 0; i < total; i++) {
    const label = labelOf(i);
    if (label === 'Source') {
      nodes.push({ label, props: { id: sourceId, name: 'Benchbron', kind: 'official_statistics', year: 2024, publisher: 'Bench' } });
      continue;
    }
    const extra = label === 'Neighbourhood' ? { kind: 'buurt', builtFrom: 1970 + (i % 20) } : { domains: ['wonen', 'sociaal'] };
    nodes.push({ label, props: { id: `${label.toLowerCase()}:${p}-${i}`, name: `${label} ${i}`, nameEn: `${label} ${i} (en)`, ...extra } });
  }
  const rels: RelRow[] = [];
  const mechanismsFrom = neighbourhoods + challenges + 1;
  const causal = (k: number) => neighbourhoods + 1 + (k % (total - neighbourhoods - 1));
  const challenge = (k: number) => neighbourhoods + 1 + (k % challenges);
  const neighbourhood = (k: number) => 1 + (k % neighbourhoods);
  const causes = Math.floor(size.relationships * 0.5);
  const faces = Math.floor(size.relationships * 0.3);
  const partOf = size.relationships - causes - faces;
  const polarity = ['+', '-', '?'];
  const confidence = ['established', 'indicative', 'hypothesis'];
  for (let k = 0; k < causes; k++) {
    const a = causal(k);
    let b = causal(k * 7 + 3);
    if (b === a) b = b + 1 < total ? b + 1 : mechanismsFrom;
    rels.push({ type: 'CAUSES', from: a, to: b, props: { polarity: polarity[k % 3], confidence: confidence[k % 3], sources: [sourceId] } });
  }
  for (let k = 0; k < faces; k++) rels.push({ type: 'FACES', from: neighbourhood(k), to: challenge(k * 13 + 1), props: {} });
  for (let k = 0; k < partOf; k++) {
    const a = neighbourhood(k);
    const b = neighbourhood(k + 1);
    rels.push({ type: 'PART_OF', from: a, to: b === a ? neighbourhood(k + 2) : b, props: {} });
  }
  return { nodes, rels };
}

/** A value as APOC writes it in a literal map. */
function literal(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(literal).join(', ')}]`;
  if (typeof v === 'string') return JSON.stringify(v);
  return String(v);
}
const literalMap = (props: Record<string, unknown>) => `{${Object.entries(props).map(([k, v]) => `${k}:${literal(v)}`).join(', ')}}`;

/**
 * An APOC `apoc.export.cypher.all` file (format cypher-shell, useOptimizations UNWIND_BATCH) of the
 * dataset: the temporary constraint, UNWIND batches of literal rows per label and type, the
 * clean-up and the constraint's drop.
 */
export function generateApocDataset(size: DatasetSize): string {
  const unwind = size.unwindBatch ?? 20;
  const txBatch = size.txBatch ?? 20000;
  const { nodes, rels } = datasetRows(size);
  const lines: string[] = [];
  lines.push(':begin');
  lines.push('CREATE CONSTRAINT UNIQUE_IMPORT_NAME FOR (node:`UNIQUE IMPORT LABEL`) REQUIRE (node.`UNIQUE IMPORT ID`) IS UNIQUE;');
  lines.push(':commit');
  lines.push('CALL db.awaitIndexes(300);');
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
  for (let from = 0; from < nodes.length; ) {
    const label = nodes[from]!.label;
    const rows: string[] = [];
    let i = from;
    while (i < nodes.length && rows.length < unwind && nodes[i]!.label === label) rows.push(`{_id:${i}, properties:${literalMap(nodes[i++]!.props)}}`);
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
  for (let from = 0; from < rels.length; ) {
    const type = rels[from]!.type;
    const rows: string[] = [];
    let k = from;
    while (k < rels.length && rows.length < unwind && rels[k]!.type === type) {
      const r = rels[k++]!;
      rows.push(`{start: {_id:${r.from}}, end: {_id:${r.to}}, properties:${literalMap(r.props)}}`);
    }
    begin();
    lines.push(`UNWIND [${rows.join(', ')}] AS row`);
    lines.push('MATCH (start:`UNIQUE IMPORT LABEL`{`UNIQUE IMPORT ID`: row.start._id})');
    lines.push('MATCH (end:`UNIQUE IMPORT LABEL`{`UNIQUE IMPORT ID`: row.end._id})');
    lines.push(`CREATE (start)-[r:${type}]->(end) SET r += row.properties;`);
    count(rows.length);
    from = k;
  }
  if (inTx) lines.push(':commit');
  for (let n = 0; n < nodes.length; n += 20000) {
    lines.push(':begin');
    lines.push('MATCH (n:`UNIQUE IMPORT LABEL`)  WITH n LIMIT 20000 REMOVE n:`UNIQUE IMPORT LABEL` REMOVE n.`UNIQUE IMPORT ID`;');
    lines.push(':commit');
  }
  lines.push(':begin');
  lines.push('DROP CONSTRAINT UNIQUE_IMPORT_NAME;');
  lines.push(':commit');
  return lines.join('\n') + '\n';
}

// ---------------------------------------------------------------------------------------------
// Baselines

/** The statements of a generated file, as cypher-shell would send them. */
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

/** The file's statements run as they are: schema in its own transactions, the data in one. */
export async function rawImport(db: Db, text: string): Promise<number> {
  const statements = rawStatements(text);
  const started = performance.now();
  const session = db.driver.session({ database: db.database, defaultAccessMode: neo4j.session.WRITE });
  try {
    const schema = statements.filter((s) => /^(CREATE|DROP) CONSTRAINT/.test(s));
    const data = statements.filter((s) => !/^(CREATE|DROP) CONSTRAINT|^CALL db\.awaitIndexes/.test(s));
    await session.run(schema[0]!);
    await session.run('CALL db.awaitIndexes(300)');
    const tx = session.beginTransaction({ timeout: 60 * 60_000 });
    for (const s of data) await tx.run(s);
    await tx.commit();
    await session.run(schema[1]!);
  } finally {
    await session.close();
  }
  return performance.now() - started;
}

/** What a developer would write by hand: parameterised UNWIND of the rows, 1000 at a time, one transaction. */
export async function handWrittenImport(db: Db, size: DatasetSize): Promise<number> {
  const { nodes, rels } = datasetRows(size);
  const started = performance.now();
  const session = db.driver.session({ database: db.database, defaultAccessMode: neo4j.session.WRITE });
  const toValue = (props: Record<string, unknown>) =>
    Object.fromEntries(Object.entries(props).map(([k, v]) => [k, Number.isInteger(v) ? neo4j.int(v as number) : v]));
  try {
    const tx = session.beginTransaction({ timeout: 60 * 60_000 });
    const byLabel = new Map<string, Row[]>();
    for (const n of nodes) (byLabel.get(n.label) ?? byLabel.set(n.label, []).get(n.label)!).push(n);
    for (const [label, rows] of byLabel) {
      for (let i = 0; i < rows.length; i += 1000) {
        await tx.run(`UNWIND $rows AS row CREATE (n:${label}) SET n = row`, { rows: rows.slice(i, i + 1000).map((r) => toValue(r.props)) });
      }
    }
    // One query per (type, start label, end label), so that every MATCH uses its label's index.
    const groups = new Map<string, RelRow[]>();
    for (const r of rels) {
      const key = `${r.type}|${nodes[r.from]!.label}|${nodes[r.to]!.label}`;
      (groups.get(key) ?? groups.set(key, []).get(key)!).push(r);
    }
    for (const [key, rows] of groups) {
      const [type, la, lb] = key.split('|');
      for (let i = 0; i < rows.length; i += 1000) {
        const batch = rows.slice(i, i + 1000).map((r) => ({ a: nodes[r.from]!.props.id, b: nodes[r.to]!.props.id, props: r.props }));
        await tx.run(`UNWIND $rows AS row MATCH (a:${la} {id: row.a}) MATCH (b:${lb} {id: row.b}) CREATE (a)-[r:${type}]->(b) SET r = row.props`, { rows: batch });
      }
    }
    await tx.commit();
  } finally {
    await session.close();
  }
  return performance.now() - started;
}

// ---------------------------------------------------------------------------------------------

const wipe = cypher('bench.import.wipe', 'MATCH (n) WITH n LIMIT 10000 DETACH DELETE n RETURN count(*) AS deleted');
const clearPlans = cypher('bench.import.clearQueryCaches', 'CALL db.clearQueryCaches()');
const extra = cypher(
  'bench.import.extra',
  `UNWIND range($from, $to - 1) AS i
   CREATE (n:Mechanism {id: 'mechanism:extra-' + i, name: 'Extra ' + i})
   WITH n, i
   MATCH (s:Source {id: $source})
   CREATE (n)-[:SUPPORTED_BY]->(s)`,
);
const anySource = cypher('bench.import.anySource', 'MATCH (s:Source) RETURN s.id AS id LIMIT 1');

export async function emptyGraph(db: Db): Promise<void> {
  for (;;) {
    const r = await db.write(wipe, {}, { timeoutMs: 600_000 });
    if (Number(plain(r.records[0]?.get('deleted'))) === 0) return;
  }
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function summary(report: ImportReport): string {
  const n = Object.values(report.counts.nodesCreated).reduce((a, b) => a + b, 0);
  const r = Object.values(report.counts.relationshipsCreated).reduce((a, b) => a + b, 0);
  return `${report.status}: ${n} nodes, ${r} relationships; phases ms ${JSON.stringify(report.timings)}`;
}

/** A 3-node import (a Mechanism, a Challenge and a claim between them citing an existing Source). */
function smallImport(i: number, source: string): string {
  return `MERGE (m:Mechanism {id: 'mechanism:small-${i}'}) SET m.name = 'Klein ${i}';
MERGE (c:Challenge {id: 'challenge:small-${i}'}) SET c.name = 'Klein ${i}';
MATCH (m:Mechanism {id: 'mechanism:small-${i}'}), (c:Challenge {id: 'challenge:small-${i}'})
MERGE (m)-[r:CAUSES]->(c) SET r += {polarity: '+', confidence: 'hypothesis', sources: ['${source}']};
`;
}

/** The CLI's peak memory (kB) importing `file` as a dry run, against the bench Neo4j. */
function cliPeakKb(file: string): number {
  const connection = benchConnection;
  const script = `process.on('exit', () => process.stderr.write('\\nmaxRSS ' + process.resourceUsage().maxRSS + '\\n'));
process.argv = [process.argv[0], 'newtowns', 'import', ${JSON.stringify(file)}, '--dry-run', '--json'];
await import(${JSON.stringify(path.join(PROJECT_ROOT, 'server/bin/newtowns.mjs'))});`;
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, NEO4J_URI: connection!.uri, NEO4J_USER: connection!.user, NEO4J_PASSWORD: connection!.password },
    encoding: 'utf8',
  });
  const m = /maxRSS (\d+)/.exec(result.stderr);
  if (!m) throw new Error(`no maxRSS from the CLI: ${result.stderr.slice(-500)}`);
  return Number(m[1]);
}

let benchConnection: { uri: string; user: string; password: string } | undefined;

export async function benchImport(db: Db, connection: { uri: string; user: string; password: string }): Promise<void> {
  benchConnection = connection;
  const scale = Number(process.env.NEWTOWNS_BENCH_IMPORT_SCALE ?? 1);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newtowns-bench-import-'));
  try {
    // 1. The seed at start-up: an empty database, no plans cached.
    console.log('== import 1: the seed graph into an empty database, cold plan cache (aim: under 3 s)');
    await emptyGraph(db);
    await db.write(clearPlans);
    let t = performance.now();
    const seed = await loadSeed(db);
    console.log(`seed: ${seconds(performance.now() - t)}  (${summary(seed)})\n`);

    // 2. Cost follows the import: a 3-node import on the seed graph, then on seed + 100k + 100k.
    const runs = 9;
    const extraSize = Math.round(100_000 * scale);
    console.log(`== import 2: a 3-node import on the seed graph and on the seed + ${extraSize} nodes + ${extraSize} relationships (${runs} runs each; aim: ratio at most 1.2)`);
    const source = (await db.read(anySource)).records[0]!.get('id') as string;
    // The median of each phase too, so that a difference shows where it comes from.
    const phases: Array<Record<string, number>> = [];
    const time = async (offset: number) => {
      const ms: number[] = [];
      const byPhase = new Map<string, number[]>();
      for (let i = 0; i < runs; i++) {
        const s = performance.now();
        const r = await importDataset(db, { text: smallImport(offset + i, source), fileName: 'small.cypher', partner: 'bench' });
        ms.push(performance.now() - s);
        if (r.status !== 'applied') throw new Error(`small import: ${r.status} ${JSON.stringify(r.errors)}`);
        for (const [phase, t] of Object.entries(r.timings)) (byPhase.get(phase) ?? byPhase.set(phase, []).get(phase)!).push(t);
      }
      phases.push(Object.fromEntries([...byPhase].map(([phase, t]) => [phase, Math.round(median(t))])));
      return { median: median(ms), min: Math.min(...ms) };
    };
    await time(1000); // warm: plans cached, as on a running server
    const smallFile = path.join(dir, 'small.cypher');
    fs.writeFileSync(smallFile, smallImport(9999, source));
    const onSeed = await time(0);
    const memSeed = cliPeakKb(smallFile);
    for (let from = 0; from < extraSize; from += 10_000) await db.write(extra, { from: neo4j.int(from), to: neo4j.int(Math.min(extraSize, from + 10_000)), source }, { timeoutMs: 600_000 });
    // Neo4j checkpoints and collects garbage after a bulk write: let it settle and warm up, as a
    // running server would be, so that what is measured is the import on a bigger graph.
    await new Promise((resolve) => setTimeout(resolve, 10_000));
    await time(2000);
    phases.pop();
    const onBig = await time(100);
    const memBig = cliPeakKb(smallFile);
    // The fastest run as well as the median: on a shared machine other work only ever adds time, and
    // a 3-node import is mostly one commit (a disk flush), so the median moves with the neighbours.
    console.log(
      `on the seed graph: median ${onSeed.median.toFixed(0)} ms, fastest ${onSeed.min.toFixed(0)} ms; with the extra graph: median ${onBig.median.toFixed(0)} ms, fastest ${onBig.min.toFixed(0)} ms; ` +
        `ratio of medians ${(onBig.median / onSeed.median).toFixed(2)}, of the fastest ${(onBig.min / onSeed.min).toFixed(2)} (aim <= 1.2)`,
    );
    console.log(`  median phases ms, seed graph: ${JSON.stringify(phases[1])}`);
    console.log(`  median phases ms, bigger graph: ${JSON.stringify(phases[2])}`);
    console.log(`CLI peak memory (dry run of the same file): ${(memSeed / 1024).toFixed(0)} MB and ${(memBig / 1024).toFixed(0)} MB; ratio ${(memBig / memSeed).toFixed(2)}\n`);

    // 3. An APOC export of 10k nodes and 16k relationships, three ways.
    const mid: DatasetSize = { nodes: Math.round(10_000 * scale) - 1, relationships: Math.round(16_000 * scale), unwindBatch: 20, prefix: 'mid' };
    console.log(`== import 3: an APOC export (UNWIND batches of 20) of ${mid.nodes + 1} nodes and ${mid.relationships} relationships`);
    const text = generateApocDataset(mid);
    // One small import first, as a running server has done (its code compiled by the JIT); the
    // baselines need none: their work is Neo4j's, whose plans for them are not cached either way.
    await emptyGraph(db);
    await importDataset(db, { text: generateApocDataset({ ...mid, nodes: 999, relationships: 1600, prefix: 'warm' }), fileName: 'warm.cypher', partner: 'bench' });
    await emptyGraph(db);
    t = performance.now();
    const engine = await importDataset(db, { text, fileName: 'mid.cypher', partner: 'bench' });
    const engineMs = performance.now() - t;
    console.log(`engine:        ${seconds(engineMs)}  (${summary(engine)})`);
    await emptyGraph(db);
    const rawMs = await rawImport(db, text);
    console.log(`raw statements: ${seconds(rawMs)}  (the file's ${rawStatements(text).length} statements as they are, one transaction)`);
    await emptyGraph(db);
    const handMs = await handWrittenImport(db, mid);
    console.log(`hand-written:  ${seconds(handMs)}  (parameterised UNWIND, 1000 rows a batch, one transaction)`);
    console.log(`ratio engine/raw ${(engineMs / rawMs).toFixed(3)} (aim <= 0.1); engine/hand-written ${(engineMs / handMs).toFixed(2)} (aim <= 3)\n`);

    // 4. 100k nodes and 200k relationships.
    const big: DatasetSize = { nodes: Math.round(100_000 * scale) - 1, relationships: Math.round(200_000 * scale), unwindBatch: 20, prefix: 'big' };
    const bigText = generateApocDataset(big);
    console.log(`== import 4: ${big.nodes + 1} nodes and ${big.relationships} relationships in APOC layout, ${(bigText.length / 1e6).toFixed(1)} MB (aim: under 60 s)`);
    await emptyGraph(db);
    t = performance.now();
    const bigReport = await importDataset(db, { text: bigText, fileName: 'big.cypher', partner: 'bench' });
    console.log(`engine: ${seconds(performance.now() - t)}  (${summary(bigReport)})`);
    await emptyGraph(db);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

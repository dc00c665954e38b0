/**
 * The import engine against the real test Neo4j: every file layout it understands (cypher-shell
 * statements, comments, CRLF, BOM, :param, :params, :begin/:commit/:rollback, APOC exports in the
 * cypher-shell, plain, neo4j-shell and UNWIND_BATCH_PARAMS layouts, one CREATE per node, 4.x
 * constraint syntax), provenance on what it creates, and re-running a MERGE file changing nothing.
 * APOC's temporary label, id and constraint never reach the graph.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { isDate, isInt } from 'neo4j-driver';
import { cypher, plain } from '../../server/db/driver.ts';
import { PROJECT_ROOT } from '../../server/config.ts';
import { emptyGraph, fingerprint, testDb } from '../support/db.ts';
import { generateApocDataset } from '../bench/import.ts';
import { graphSize, importText, leftoverConstraints, SMALL } from './import-support.ts';

const db = testDb(120_000);
const fixture = (name: string) => fs.readFileSync(path.join(PROJECT_ROOT, 'test/fixtures/import', name), 'utf8');

const node = cypher('test.import.node', 'MATCH (n {id: $id}) RETURN n, labels(n) AS labels');
const importNode = cypher('test.import.record', 'MATCH (i:Import {id: $id}) RETURN i');
const tagged = cypher(
  'test.import.tagged',
  `CALL { MATCH (n) WHERE NOT n:Import AND NOT n:GraphHead RETURN count(n) AS nodes, count(n.importId) AS taggedNodes }
   CALL { MATCH ()-[r]->() RETURN count(r) AS rels, count(r.importId) AS taggedRels }
   RETURN nodes, taggedNodes, rels, taggedRels`,
);
const tempLeft = cypher(
  'test.import.tempLeft',
  "MATCH (n) WHERE n:`UNIQUE IMPORT LABEL` OR n.`UNIQUE IMPORT ID` IS NOT NULL RETURN count(n) AS n",
);

async function props(id: string) {
  const r = (await db.read(node, { id })).records[0];
  return r ? { props: r.get('n').properties as Record<string, unknown>, labels: r.get('labels') as string[] } : null;
}

beforeEach(async () => {
  await emptyGraph(db);
});

afterAll(async () => {
  await emptyGraph(db);
  await db.close();
});

describe('cypher-shell files', () => {
  it('imports statements with comments, tags everything it creates and records the import', async () => {
    const report = await importText(db, SMALL);
    expect(report.errors).toEqual([]);
    expect(report.status).toBe('applied');
    expect(report.counts.nodesCreated).toEqual({ Source: 1, Mechanism: 1, Challenge: 1 });
    expect(report.counts.relationshipsCreated).toEqual({ CAUSES: 1 });
    const m = await props('mechanism:t-a');
    expect(m?.props.importId).toBe(report.importId);
    expect(m?.props.domains).toEqual(['wonen', 'zorg']);
    const t = (await db.read(tagged)).records[0]!;
    expect(plain(t.get('nodes'))).toBe(plain(t.get('taggedNodes')));
    expect(plain(t.get('rels'))).toBe(plain(t.get('taggedRels')));

    const record = (await db.read(importNode, { id: report.importId })).records[0]!.get('i').properties;
    expect(record.status).toBe('applied');
    expect(record.fileName).toBe('test.cypher');
    expect(record.partner).toBe('test partner');
    expect(record.actor).toBe('vitest');
    expect(record.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.parse(record.counts).nodesCreated.Source).toBe(1);
    expect(record.warnings).toEqual([]);
  });

  it('re-importing a MERGE-based file changes nothing and records nothing', async () => {
    const first = await importText(db, SMALL);
    expect(first.status).toBe('applied');
    const before = await fingerprint(db);
    const again = await importText(db, SMALL);
    expect(again.status).toBe('unchanged');
    expect(again.errors).toEqual([]);
    expect(await fingerprint(db)).toEqual(before);
  });

  it('a MERGE that matches a node of an earlier import keeps its importId and records the change', async () => {
    const first = await importText(db, SMALL);
    const second = await importText(db, "MERGE (m:Mechanism {id: 'mechanism:t-a'}) SET m.nameEn = 'Ageing';");
    expect(second.status).toBe('applied');
    expect(second.counts.nodesChanged).toEqual({ Mechanism: 1 });
    expect(second.counts.propertiesChanged).toBe(1);
    const m = await props('mechanism:t-a');
    expect(m?.props.importId).toBe(first.importId);
    expect(m?.props.nameEn).toBe('Ageing');
  });

  it('reads CRLF line ends and a byte-order mark', async () => {
    const text = '\uFEFF' + SMALL.replace(/\n/g, '\r\n');
    const report = await importText(db, text);
    expect(report.errors).toEqual([]);
    expect(report.status).toBe('applied');
    expect((await props('challenge:t-b'))?.props.name).toBe('Leegstand');
  });

  it('evaluates :param and :params (dates stay dates, integers integers)', async () => {
    const text = `:param since => date('2019-03-01')
:param pop => 41234
:params {code: 'GM0034', name: 'Almere'}
:param row => {id: 'municipality:GM0034', year: 2024}
MERGE (m:Municipality {id: $row.id}) SET m.name = $name, m.code = $code, m.population = $pop, m.populationYear = $row.year, m.validFrom = $since;
`;
    const report = await importText(db, text);
    expect(report.errors).toEqual([]);
    expect(report.status).toBe('applied');
    const m = (await props('municipality:GM0034'))!.props;
    expect(isDate(m.validFrom)).toBe(true);
    expect(String(m.validFrom)).toBe('2019-03-01');
    expect(isInt(m.population)).toBe(true);
    expect(plain(m.population)).toBe(41234);
    expect(m.name).toBe('Almere');
    // Made without Neo4j (the usual ISO date) or by it (the rest): the same value either way, so
    // the same file again changes nothing; a day not in the calendar is Neo4j's to refuse.
    const again = await importText(db, text.replace("date('2019-03-01')", "date('2019-3-1')").replace(":param pop", ":param other => date('2024-02-29')\n:param pop"));
    expect(again.errors).toEqual([]);
    expect(again.status).toBe('unchanged');
    const leap = await importText(db, "MERGE (m:Municipality {id: 'municipality:GM0034'}) SET m.validFrom = date('2023-02-29');");
    expect(leap.status).toBe('refused');
    expect(leap.errors[0]).toMatchObject({ line: 1, rule: 'bad-value' });
  });

  it('runs :begin/:commit blocks in the one transaction and drops :rollback blocks with a warning', async () => {
    const text = `:begin
MERGE (s:Source {id: 'source:t-1'}) SET s.name = 'Bron';
:commit
:begin
MERGE (s:Source {id: 'source:t-2'}) SET s.name = 'Weggegooid';
:rollback
:begin
MERGE (s:Source {id: 'source:t-3'}) SET s.name = 'Bron 3';
:commit
`;
    const report = await importText(db, text);
    expect(report.status).toBe('applied');
    expect(report.counts.nodesCreated).toEqual({ Source: 2 });
    const rolledBack = report.warnings.filter((w) => w.rule === 'rolled-back-block');
    expect(rolledBack.map((w) => w.line)).toEqual([6]);
    expect(await props('source:t-2')).toBeNull();
    expect(report.statements).toEqual({ total: 3, run: 2, skipped: 1 });
  });

  it('refuses unbalanced transaction markers with their lines', async () => {
    const before = await fingerprint(db);
    const report = await importText(db, ":begin\nMERGE (s:Source {id: 'source:t-1'}) SET s.name = 'x';\n:begin\n:commit\n:commit\n");
    expect(report.status).toBe('refused');
    expect(report.errors.map((e) => [e.rule, e.line])).toEqual([
      ['nested-begin', 3],
      ['commit-without-begin', 5],
    ]);
    const open = await importText(db, ":begin\nMERGE (s:Source {id: 'source:t-1'}) SET s.name = 'x';\n");
    expect(open.errors.map((e) => [e.rule, e.line])).toEqual([['unterminated-begin', 1]]);
    expect(await fingerprint(db)).toEqual(before);
  });
});

describe('APOC exports', () => {
  it('imports the cypher-shell UNWIND layout: no temporary label, id or constraint reaches the graph', async () => {
    const text = generateApocDataset({ nodes: 200, relationships: 400, unwindBatch: 20, txBatch: 100, prefix: 'apoc' });
    const report = await importText(db, text, { fileName: 'pipeline-apoc5.cypher' });
    expect(report.errors).toEqual([]);
    expect(report.status).toBe('applied');
    expect(report.counts.nodesCreated).toEqual({ Source: 1, Neighbourhood: 80, Challenge: 60, Mechanism: 60 });
    expect(report.counts.relationshipsCreated).toEqual({ CAUSES: 200, FACES: 120, PART_OF: 80 });
    expect(plain((await db.read(tempLeft)).records[0]!.get('n'))).toBe(0);
    expect(await leftoverConstraints(db)).toEqual([]);
    expect(await graphSize(db)).toEqual({ nodes: 201, relationships: 400 });
  });

  it('an export without its clean-up statements imports the same (the temporary label never reaches the graph)', async () => {
    const text = generateApocDataset({ nodes: 30, relationships: 20, prefix: 'apoc' }).replace(/^MATCH \(n:`UNIQUE IMPORT LABEL`\).*$/m, '');
    const report = await importText(db, text);
    expect(report.errors).toEqual([]);
    expect(report.status).toBe('applied');
    expect(plain((await db.read(tempLeft)).records[0]!.get('n'))).toBe(0);
  });

  it('a node created with only the temporary label (the SET n:Label is missing) is refused', async () => {
    const before = await fingerprint(db);
    const report = await importText(db, 'CREATE (:`UNIQUE IMPORT LABEL` {id: "challenge:x", name: "X", `UNIQUE IMPORT ID`: 1});');
    expect(report.status).toBe('refused');
    expect(report.errors.map((e) => e.rule)).toEqual(['no-label']);
    expect(await fingerprint(db)).toEqual(before);
  });

  it('imports the 4.x syntax (CREATE CONSTRAINT ON ... ASSERT), UNWIND_BATCH_PARAMS, one CREATE per node, plain and neo4j-shell layouts', async () => {
    const text = fixture('pipeline-apoc-layouts.cypher');
    const report = await importText(db, text, { fileName: 'pipeline-apoc-layouts.cypher' });
    expect(report.errors).toEqual([]);
    expect(report.status).toBe('applied');
    expect(report.counts.nodesCreated).toEqual({ Source: 1, Municipality: 2, Challenge: 2, Mechanism: 2 });
    expect(report.counts.relationshipsCreated).toEqual({ CAUSES: 2, FACES: 1, MERGED_INTO: 1 });
    const m = (await props('municipality:GM0050'))!.props;
    expect(String(m.validFrom)).toBe('1984-01-01');
    expect(plain((await db.read(tempLeft)).records[0]!.get('n'))).toBe(0);
    expect(await leftoverConstraints(db)).toEqual([]);
  });

  it('refuses a real APOC export of another domain (Movie graph) naming the unknown labels; the graph is unchanged', async () => {
    await importText(db, SMALL);
    const before = await fingerprint(db);
    const report = await importText(db, fixture('apoc4-cypher-shell-linguist.cypher'), { fileName: 'apoc4-cypher-shell-linguist.cypher' });
    expect(report.status).toBe('refused');
    const rules = new Set(report.errors.map((e) => e.rule));
    expect(rules.has('unknown-label')).toBe(true);
    expect(report.errors.some((e) => e.message.includes('`Movie`'))).toBe(true);
    expect(await fingerprint(db)).toEqual(before);
    expect(await leftoverConstraints(db)).toEqual([]);
  });

  it('the fixtures of other domains are refused before anything runs (their schema statements and labels)', async () => {
    const before = await fingerprint(db);
    for (const name of fs.readdirSync(path.join(PROJECT_ROOT, 'test/fixtures/import')).filter((n) => n.startsWith('apoc'))) {
      const report = await importText(db, fixture(name), { fileName: name });
      expect(report.status, name).toBe('refused');
      expect(report.errors.length, name).toBeGreaterThan(0);
      for (const e of report.errors) expect(e.file, name).toBe(name);
    }
    expect(await fingerprint(db)).toEqual(before);
    expect(await leftoverConstraints(db)).toEqual([]);
  });
});

describe('several files as one import', () => {
  it('runs them in order in one transaction and names the file of an error', async () => {
    const report = await importText(db, '', {
      files: [
        { fileName: 'a.cypher', text: "MERGE (s:Source {id: 'source:t-1'}) SET s.name = 'Bron';" },
        { fileName: 'b.cypher', text: "MATCH (s:Source {id: 'source:t-1'})\nMERGE (c:Challenge {id: 'challenge:t-x'}) SET c.name = 'X';\nRETURN nosuchfunction(1);" },
      ],
    });
    expect(report.status).toBe('refused');
    expect(report.errors[0]).toMatchObject({ file: 'b.cypher', line: 3, rule: 'no-read' });
    expect(await graphSize(db)).toEqual({ nodes: 0, relationships: 0 });
  });

  it('names the file and line of a statement that breaks the vocabulary in the second file', async () => {
    const report = await importText(db, '', {
      files: [
        { fileName: 'a.cypher', text: "MERGE (s:Source {id: 'source:t-1'}) SET s += {name: 'Bron', publisher: 'P', year: 2020};" },
        { fileName: 'b.cypher', text: "// one\nMERGE (c:Challenge {id: 'challenge:t-x'}) SET c.name = 'X', c.colour = 'red';" },
      ],
    });
    expect(report.status).toBe('refused');
    expect(report.errors[0]).toMatchObject({ file: 'b.cypher', line: 2, rule: 'unknown-property' });
  });
});

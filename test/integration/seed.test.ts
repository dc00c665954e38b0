/**
 * The seed graph, loaded into the real test Neo4j: it fits the ontology (checked here with plain
 * Cypher, independently of the import validator), every claim rests on existing sources, the
 * sixteen growth-centre municipalities are there with well-formed CBS codes, and every node is
 * named in Dutch and English.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cypher, plain } from '../../server/db/driver.ts';
import {
  ID_PATTERN,
  LABELS,
  LABEL_NAMES,
  MUNICIPALITY_CODE_PATTERN,
  NEIGHBOURHOOD_CODE_PATTERN,
  RELATIONSHIPS,
  RELATIONSHIP_TYPES,
  SYSTEM_LABELS,
  allowsEndpoints,
  isLabel,
  isRelationshipType,
  type PropertyDef,
  type RelationshipDef,
} from '../../server/ontology.ts';
import { parse, type OperationDefinitionNode } from 'graphql';
import { EXAMPLE_QUERIES } from '../../server/api/examples.ts';
import { startHttpServer } from '../../server/http.ts';
import { emptyGraph, fingerprint, testConfig, testDb } from '../support/db.ts';
import { loadSeed } from '../support/seed.ts';
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../../server/config.ts';
import { coverage, coverageRows } from '../../server/graph/coverage.ts';
import { checkSource } from '../../server/source-policy.ts';

const db = testDb(120_000);
const systemLabels = Object.keys(SYSTEM_LABELS);

const allNodes = cypher(
  'test.seed.nodes',
  'MATCH (n) WHERE none(l IN labels(n) WHERE l IN $system) RETURN labels(n) AS labels, properties(n) AS props',
);
const allRelationships = cypher(
  'test.seed.relationships',
  `MATCH (a)-[r]->(b) WHERE none(l IN labels(a) + labels(b) WHERE l IN $system)
   RETURN labels(a) AS from, type(r) AS type, labels(b) AS to, properties(r) AS props, a.id AS fromId, b.id AS toId`,
);
const orphans = cypher(
  'test.seed.orphans',
  'MATCH (n) WHERE none(l IN labels(n) WHERE l IN $system) AND NOT (n)--() RETURN n.id AS id',
);
const sourceIds = cypher('test.seed.sourceIds', 'MATCH (s:Source) RETURN collect(s.id) AS ids');

type Row = { labels: string[]; props: Record<string, unknown> };
type Rel = { from: string[]; type: string; to: string[]; props: Record<string, unknown>; fromId: string; toId: string };

let nodes: Row[] = [];
let relationships: Rel[] = [];

function typeOk(value: unknown, def: PropertyDef): boolean {
  switch (def.type) {
    case 'string':
      return typeof value === 'string' && value.length > 0;
    case 'string[]':
      return Array.isArray(value) && value.every((v) => typeof v === 'string');
    case 'integer':
      return Number.isInteger(value);
    case 'float':
      return typeof value === 'number';
    case 'boolean':
      return typeof value === 'boolean';
    case 'date':
      return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value);
  }
}

function problemsOfProperties(owner: string, props: Record<string, unknown>, defs: Readonly<Record<string, PropertyDef>>): string[] {
  const problems: string[] = [];
  for (const [key, def] of Object.entries(defs)) {
    if (def.required && (props[key] === undefined || props[key] === null)) problems.push(`${owner}: missing ${key}`);
  }
  for (const [key, value] of Object.entries(props)) {
    if (key === 'importId') continue;
    const def = defs[key];
    if (!def) {
      problems.push(`${owner}: unknown property ${key}`);
      continue;
    }
    if (!typeOk(value, def)) problems.push(`${owner}: ${key} should be ${def.type}, is ${JSON.stringify(value)}`);
    if (def.values) {
      const values = Array.isArray(value) ? value : [value];
      for (const v of values) if (!def.values.includes(v as string)) problems.push(`${owner}: ${key} = ${String(v)} is not one of ${def.values.join(', ')}`);
    }
  }
  return problems;
}

beforeAll(async () => {
  await emptyGraph(db);
  await loadSeed(db);
  nodes = (await db.read(allNodes, { system: systemLabels })).records.map((r) => plain(r.toObject()) as Row);
  relationships = (await db.read(allRelationships, { system: systemLabels })).records.map((r) => plain(r.toObject()) as Rel);
}, 300_000);

afterAll(async () => {
  await emptyGraph(db);
  await db.close();
});

describe('the seed graph', () => {
  it('has the rough size the issue asks for', () => {
    const count = (label: string) => nodes.filter((n) => n.labels.includes(label)).length;
    expect(nodes.filter((n) => n.labels.includes('Municipality') && n.props.groeikern === true)).toHaveLength(16);
    // Only neighbourhoods a dated source names (docs/data.md, gaps): the undated ones are gone.
    expect(count('Neighbourhood')).toBeGreaterThanOrEqual(15);
    expect(count('Challenge') + count('Opportunity')).toBeGreaterThanOrEqual(15);
    expect(count('Mechanism')).toBeGreaterThanOrEqual(20);
    expect(count('Intervention')).toBeGreaterThanOrEqual(25);
    expect(count('Actor')).toBeGreaterThanOrEqual(15);
    expect(count('Source')).toBeGreaterThanOrEqual(20);
    expect(count('Case')).toBeGreaterThanOrEqual(3);
  });

  it('has only nodes that fit the ontology: one known label, a well-formed id with its prefix, required and typed properties', () => {
    const problems: string[] = [];
    for (const { labels, props } of nodes) {
      const id = String(props.id);
      if (labels.length !== 1 || !isLabel(labels[0]!)) {
        problems.push(`${id}: labels ${labels.join(':')}`);
        continue;
      }
      const def = LABELS[labels[0]];
      if (!ID_PATTERN.test(id) || !id.startsWith(`${def.idPrefix}:`)) problems.push(`${id}: id does not match ${def.idPrefix}:...`);
      problems.push(...problemsOfProperties(id, props, def.properties));
    }
    expect(problems).toEqual([]);
  });

  it('has only relationships that fit the ontology: known type, allowed endpoints, typed properties', () => {
    const problems: string[] = [];
    for (const r of relationships) {
      const where = `(${r.fromId})-[:${r.type}]->(${r.toId})`;
      if (!isRelationshipType(r.type)) {
        problems.push(`${where}: unknown type`);
        continue;
      }
      const [from, to] = [r.from[0]!, r.to[0]!];
      if (!isLabel(from) || !isLabel(to) || !allowsEndpoints(r.type, from, to)) problems.push(`${where}: endpoints ${from} -> ${to} not allowed`);
      problems.push(...problemsOfProperties(where, r.props, (RELATIONSHIPS[r.type] as RelationshipDef).properties));
    }
    expect(problems).toEqual([]);
  });

  it('has no orphan nodes', async () => {
    const result = await db.read(orphans, { system: systemLabels });
    expect(result.records.map((r) => r.get('id'))).toEqual([]);
  });

  it('gives every CAUSES and ADDRESSES edge a confidence and sources that exist', async () => {
    const known = new Set((await db.read(sourceIds)).records[0]!.get('ids') as string[]);
    const claims = relationships.filter((r) => (RELATIONSHIPS[r.type as keyof typeof RELATIONSHIPS] as RelationshipDef | undefined)?.claim);
    expect(claims.filter((r) => r.type === 'CAUSES').length).toBeGreaterThanOrEqual(20);
    expect(claims.filter((r) => r.type === 'ADDRESSES').length).toBeGreaterThanOrEqual(20);
    const problems: string[] = [];
    for (const r of claims) {
      const where = `(${r.fromId})-[:${r.type}]->(${r.toId})`;
      const sources = r.props.sources as string[] | undefined;
      if (!sources?.length) problems.push(`${where}: no sources`);
      for (const s of sources ?? []) if (!known.has(s)) problems.push(`${where}: source ${s} does not exist`);
      if (!['established', 'indicative', 'hypothesis'].includes(r.props.confidence as string)) problems.push(`${where}: confidence`);
    }
    for (const r of relationships) {
      for (const s of (r.props.sources as string[] | undefined) ?? []) if (!known.has(s)) problems.push(`(${r.fromId})-[:${r.type}]->(${r.toId}): source ${s} does not exist`);
    }
    expect(problems).toEqual([]);
  });

  it('has all sixteen growth-centre municipalities with well-formed CBS codes, and the former ones linked to their successors', () => {
    const municipalities = nodes.filter((n) => n.labels.includes('Municipality'));
    for (const m of municipalities) expect(m.props.code, String(m.props.id)).toMatch(MUNICIPALITY_CODE_PATTERN);
    const codes = municipalities.filter((m) => m.props.groeikern === true).map((m) => m.props.code);
    expect(codes.sort()).toEqual(
      ['GM0361', 'GM0034', 'GM0502', 'GM0226', 'GM0293', 'GM0394', 'GM0530', 'GM0794', 'GM0405', 'GM0321', 'GM0406', 'GM0995', 'GM0356', 'GM1930', 'GM0439', 'GM0637'].sort(),
    );
    const merged = relationships.filter((r) => r.type === 'MERGED_INTO').map((r) => `${r.fromId}->${r.toId}`);
    expect(merged).toEqual(
      expect.arrayContaining([
        'municipality:GM0612->municipality:GM1930',
        'municipality:GM0568->municipality:GM1930',
        'municipality:GM0530->municipality:GM1992',
        'municipality:GM0365->municipality:GM0361',
        'municipality:GM0458->municipality:GM0361',
        'municipality:GM0393->municipality:GM0394',
        'municipality:GM0370->municipality:GM0439',
      ]),
    );
    for (const n of nodes.filter((x) => x.labels.includes('Neighbourhood') && x.props.code)) {
      expect(n.props.code, String(n.props.id)).toMatch(NEIGHBOURHOOD_CODE_PATTERN);
      expect(n.props.codeYear, `${String(n.props.id)} has a code without its year`).toBeTypeOf('number');
    }
  });

  it('gives every groeikern that existed on 1 January 2024 its population of that date from one CBS table, and a merged-away one none', () => {
    const byId = new Map(nodes.map((n) => [String(n.props.id), n.props]));
    const source = (id: unknown) => byId.get(String(id));
    const problems: string[] = [];
    for (const m of nodes.filter((n) => n.labels.includes('Municipality') && n.props.groeikern === true).map((n) => n.props)) {
      const id = String(m.id);
      if (typeof m.validTo === 'string' && m.validTo < '2024-01-01') {
        if (m.population !== undefined) problems.push(`${id}: merged away before 2024, yet has a population`);
        const successors = relationships.filter((r) => r.type === 'MERGED_INTO' && r.fromId === id).map((r) => byId.get(r.toId));
        if (!successors.some((s) => s?.populationYear === 2024)) problems.push(`${id}: no successor with a 2024 population`);
        continue;
      }
      if (!Number.isInteger(m.population) || (m.population as number) <= 0) problems.push(`${id}: population ${String(m.population)}`);
      if (m.populationYear !== 2024) problems.push(`${id}: populationYear ${String(m.populationYear)}`);
      if (source(m.populationSource)?.identifier !== '85984NED') problems.push(`${id}: populationSource ${String(m.populationSource)} is not CBS 85984NED`);
    }
    expect(problems).toEqual([]);
    // Read by hand in the table's extract (docs/data.md, gaps).
    expect(byId.get('municipality:GM0034')?.population).toBe(226500);
    expect(byId.get('municipality:GM0637')?.population).toBe(128434);
    expect(byId.get('municipality:GM0530')?.population).toBeUndefined();
  });

  it("cites every municipality's province to a CBS list of the municipal division of a year it existed in", () => {
    const byId = new Map(nodes.map((n) => [String(n.props.id), n.props]));
    const problems: string[] = [];
    for (const m of nodes.filter((n) => n.labels.includes('Municipality')).map((n) => n.props)) {
      const id = String(m.id);
      const lists = relationships
        .filter((r) => r.type === 'SUPPORTED_BY' && r.fromId === id && String(r.props.note ?? '').startsWith('Provincie:'))
        .map((r) => ({ note: String(r.props.note), source: byId.get(r.toId) }));
      const fits = lists.filter(({ note, source }) => {
        const onFirstJanuary = `${String(source?.year)}-01-01`;
        return (
          String(source?.publisher).includes('CBS') &&
          source?.kind === 'official_statistics' &&
          note.includes(String(m.province)) &&
          (typeof m.validFrom !== 'string' || m.validFrom <= onFirstJanuary) &&
          (typeof m.validTo !== 'string' || m.validTo >= onFirstJanuary)
        );
      });
      if (fits.length === 0) problems.push(`${id} (${String(m.province)}): no CBS list of a year it existed in names its province`);
    }
    expect(problems).toEqual([]);
  });

  it('cites every Staatsblad act a municipality\'s description names to a source with that number', () => {
    const byId = new Map(nodes.map((n) => [String(n.props.id), n.props]));
    const problems: string[] = [];
    for (const m of nodes.filter((n) => n.labels.includes('Municipality')).map((n) => n.props)) {
      const cited = new Set(
        relationships.filter((r) => r.type === 'SUPPORTED_BY' && r.fromId === m.id).map((r) => byId.get(r.toId)?.identifier),
      );
      for (const [act] of String(m.description).matchAll(/Stb\. \d{4}, \d+/g)) {
        if (!cited.has(act)) problems.push(`${String(m.id)} names ${act} but cites no source with that identifier`);
      }
    }
    expect(problems).toEqual([]);
    const purmerend = String(byId.get('municipality:GM0439')?.description);
    expect(purmerend).toContain('Stb. 2021, 264');
    expect(purmerend).not.toContain('91.781');
  });

  it('names every node in Dutch and in English', () => {
    const unnamed = nodes.filter((n) => !n.props.name || !n.props.nameEn).map((n) => n.props.id);
    expect(unnamed).toEqual([]);
  });

  it('has the five kopgroep signatories of 28 November 2022, and a feedback loop among CAUSES edges', async () => {
    const signatories = relationships
      .filter((r) => r.type === 'MEMBER_OF' && r.props.role === 'signatory' && r.from.includes('Municipality'))
      .map((r) => r.fromId)
      .sort();
    expect(signatories).toEqual(['municipality:GM0034', 'municipality:GM0356', 'municipality:GM0502', 'municipality:GM0637', 'municipality:GM1930']);
    for (const r of relationships.filter((x) => x.type === 'MEMBER_OF' && x.props.role === 'signatory')) expect(r.props.since).toBe('2022-11-28');
    // A loop is assembled from findings of different sources and scales: it is a hypothesis, and one of its edges says so.
    const loops = await db.read(
      cypher('test.seed.loops', 'MATCH p = (m)-[:CAUSES*2..8]->(m) RETURN [n IN nodes(p) | n.id] AS ids, [r IN relationships(p) | r {.confidence, .noteEn}] AS edges LIMIT 50'),
    );
    expect(loops.records.length).toBeGreaterThan(0);
    const unmarked = loops.records
      .filter((r) => !(plain(r.get('edges')) as { confidence?: string; noteEn?: string }[]).some((e) => e.confidence === 'hypothesis' && /synthesis/i.test(e.noteEn ?? '')))
      .map((r) => (r.get('ids') as string[]).join(' -> '));
    expect(unmarked).toEqual([]);
  });

  it('gives each kopgroep town all its CBS wijken of one division, coded within the town, with their CBS populations', () => {
    const byId = new Map(nodes.map((n) => [String(n.props.id), n.props]));
    const coded = nodes.filter((n) => n.labels.includes('Neighbourhood') && n.props.code).map((n) => n.props);
    expect(new Set(coded.map((n) => n.codeYear))).toEqual(new Set([2024]));
    const townOf = new Map(
      relationships.filter((r) => r.type === 'PART_OF' && r.to.includes('Municipality')).map((r) => [r.fromId, r.toId]),
    );
    const residents = new Map(
      relationships
        .filter((r) => r.type === 'SUPPORTED_BY' && r.toId === 'source:cbs-kerncijfers-wijken-en-buurten-2024' && r.from.includes('Neighbourhood'))
        .map((r) => [r.fromId, /: ([\d.]+) inwoners op 1 januari 2024/.exec(String(r.props.note))?.[1]]),
    );
    const named = new Set(
      relationships.filter((r) => r.type === 'SUPPORTED_BY' && r.toId === 'source:cbs-wijken-en-buurten-2024').map((r) => r.fromId),
    );
    for (const n of coded) {
      const town = byId.get(String(townOf.get(String(n.id))));
      expect(String(n.code).slice(2, 6), String(n.id)).toBe(String(town?.code).slice(2));
      expect(named.has(String(n.id)), `${String(n.id)} names its CBS source`).toBe(true);
      expect(residents.get(String(n.id)), `${String(n.id)} has its population of 1 January 2024`).toMatch(/^\d/);
    }
    const kopgroep = relationships.filter((r) => r.type === 'MEMBER_OF' && r.props.role === 'signatory' && r.from.includes('Municipality')).map((r) => r.fromId);
    expect(kopgroep).toHaveLength(5);
    for (const town of kopgroep) {
      const wijken = coded.filter((n) => townOf.get(String(n.id)) === town);
      const sum = wijken.reduce((total, n) => total + Number(String(residents.get(String(n.id))).replace(/\./g, '')), 0);
      // CBS rounds each wijk at random to a multiple of five, the municipality not: a missing wijk shows.
      expect(wijken.length, town).toBeGreaterThan(0);
      expect(Math.abs(sum - Number(byId.get(town)?.population)), town).toBeLessThanOrEqual(5 * wijken.length);
    }
  });

  it('marks the NPLV focus areas that lie in New Towns', () => {
    const focus = nodes.filter((n) => n.labels.includes('Neighbourhood') && n.props.focusArea === true).map((n) => String(n.props.name));
    expect(focus.some((name) => /Lelystad/i.test(name) || /Oost/i.test(name))).toBe(true);
    expect(focus.some((name) => /Centrale.?As/i.test(name))).toBe(true);
  });

  it('keeps the source policy: no copy or content site, a publisher and a year everywhere', () => {
    const issues = nodes.filter((n) => n.labels.includes('Source')).flatMap((n) => checkSource(n.props).map((i) => `${String(n.props.id)}: ${i.rule}`));
    expect(issues).toEqual([]);
  });

  it('gives every challenge a cause and an intervention, and every groeikern a sourced profile of its own', async () => {
    const c = await coverage(db);
    expect(c.challengesWithoutCause).toEqual([]);
    expect(c.challengesWithoutIntervention).toEqual([]);
    expect(c.townsWithoutSourcedProfile).toEqual([]);
    expect(c.interventionsWithoutActor).toEqual([]);
    // A town's profile comes from its own documents, not from its signing the declaration.
    const fromSigning = relationships
      .filter((r) => ['FACES', 'HAS_OPPORTUNITY'].includes(r.type))
      .filter((r) => ((r.props.sources as string[] | undefined) ?? []).every((s) => s === 'source:intentieverklaring-2022'))
      .map((r) => `(${r.fromId})-[:${r.type}]->(${r.toId})`);
    expect(fromSigning).toEqual([]);
  });

  it('applies each national scheme in a groeikern, with the award in a note', () => {
    const partOf = new Map(relationships.filter((r) => r.type === 'PART_OF').map((r) => [r.fromId, r.toId]));
    const townOf = (id: string): string => (partOf.has(id) ? townOf(partOf.get(id)!) : id);
    const groeikernen = new Set(nodes.filter((n) => n.labels.includes('Municipality') && n.props.groeikern === true).map((n) => String(n.props.id)));
    for (const scheme of ['intervention:volkshuisvestingsfonds', 'intervention:woningbouwimpuls', 'intervention:regio-deals', 'intervention:woondeals']) {
      const applied = relationships.filter((r) => r.type === 'APPLIED_IN' && r.fromId === scheme);
      expect(applied.filter((r) => groeikernen.has(townOf(r.toId))).length, scheme).toBeGreaterThan(0);
      expect(applied.filter((r) => typeof r.props.note !== 'string' || ((r.props.sources as string[] | undefined) ?? []).length === 0), scheme).toEqual([]);
    }
  });

  it('gives an evidence level only to an intervention a practice database rated, with who rated it and when', () => {
    const byId = new Map(nodes.map((n) => [String(n.props.id), n.props]));
    const problems: string[] = [];
    for (const i of nodes.filter((n) => n.labels.includes('Intervention')).map((n) => n.props)) {
      if (i.evidenceLevel === undefined && i.assessedBy === undefined && i.assessedOn === undefined) continue;
      const id = String(i.id);
      if (!i.evidenceLevel || !i.assessedBy || !i.assessedOn) problems.push(`${id}: evidence level, assessor and date go together`);
      const rated = relationships.some((r) => r.type === 'SUPPORTED_BY' && r.fromId === id && byId.get(r.toId)?.kind === 'practice_database');
      if (!rated) problems.push(`${id}: an evidence level without a practice database as its source`);
    }
    expect(problems).toEqual([]);
  });

  it('has the coverage docs/data.md states', async () => {
    const doc = fs.readFileSync(path.join(PROJECT_ROOT, 'docs/data.md'), 'utf8');
    const table = doc.slice(doc.indexOf('<!-- coverage:start -->'), doc.indexOf('<!-- coverage:end -->'));
    const stated = [...table.matchAll(/^\| ([^|]+?) \| (\d+) \|$/gm)].map((m) => [m[1]!, Number(m[2])]);
    expect(stated).toEqual(coverageRows(await coverage(db)));
  });

  it('summarises the evidence of hand-checked claims', async () => {
    const server = await startHttpServer({ db, config: testConfig({ port: 0 }) }, 0);
    try {
      const evidence = async (from: string, type: string, to: string) => {
        const res = await fetch(`${server.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({
            query: 'query($ids: [ID!]!) { subgraph(ids: $ids, depth: 0) { edges { id evidence { grade bestKind publishers sources secondaryOnly } } } }',
            variables: { ids: [from, to] },
          }),
        });
        const body = (await res.json()) as { data: { subgraph: { edges: { id: string; evidence: unknown }[] } } };
        return body.data.subgraph.edges.find((e) => e.id === `${from}-[${type}]->${to}`)?.evidence;
      };
      // PBL 2015, SCP 2013 and the municipality of Zoetermeer's summary of the 2024 report: established.
      expect(await evidence('mechanism:selectief-vertrek-hogere-inkomens', 'CAUSES', 'mechanism:sociaaleconomische-sortering')).toEqual({
        grade: 'strong', bestKind: 'research', publishers: 3, sources: 3, secondaryOnly: false,
      });
      // RVO's own scheme page, for what the scheme aims at: a hypothesis.
      expect(await evidence('intervention:woningbouwimpuls', 'ADDRESSES', 'challenge:woningnood')).toEqual({
        grade: 'fair', bestKind: 'government_policy', publishers: 1, sources: 1, secondaryOnly: false,
      });
      // Lelystad's own budget about Lelystad.
      expect(await evidence('municipality:GM0995', 'FACES', 'challenge:vergrijzing')).toEqual({
        grade: 'fair', bestKind: 'local_document', publishers: 1, sources: 1, secondaryOnly: false,
      });
      // A government press release (2009) and Zoetermeer's secondary summary of the 2024 report, two
      // publishers, indicative: strong by the documented rule (docs/data.md), which counts publishers.
      expect(await evidence('mechanism:gelijktijdige-veroudering', 'CAUSES', 'challenge:vernieuwing-hele-wijken')).toEqual({
        grade: 'strong', bestKind: 'government_policy', publishers: 2, sources: 2, secondaryOnly: false,
      });
      // Two municipal documents joined by the seed: a hypothesis, so fair however many publishers.
      expect(await evidence('mechanism:financiele-druk-beheer-verouderende-stad', 'CAUSES', 'challenge:achterblijvende-woonaantrekkelijkheid')).toEqual({
        grade: 'fair', bestKind: 'local_document', publishers: 2, sources: 2, secondaryOnly: false,
      });
      // Regional news only.
      expect(await evidence('neighbourhood:hoorn-kersenboogerd', 'FACES', 'challenge:leefbaarheid-en-veiligheid')).toEqual({
        grade: 'weak', bestKind: 'news', publishers: 1, sources: 1, secondaryOnly: true,
      });
    } finally {
      await server.close();
    }
  });

  // Loading it a second time changes nothing: test/integration/import-seed.test.ts (one seed load fewer here).

  // GraphiQL opens with these; each must answer its question on the real seed, not just parse.
  it('answers every GraphiQL example query with data and no errors', async () => {
    const server = await startHttpServer({ db, config: testConfig({ port: 0 }) }, 0);
    try {
      const operations = parse(EXAMPLE_QUERIES).definitions.filter((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition');
      expect(operations.length).toBeGreaterThanOrEqual(5);
      for (const op of operations) {
        const name = op.name!.value;
        const res = await fetch(`${server.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: EXAMPLE_QUERIES, operationName: name }),
        });
        const body = (await res.json()) as { data?: Record<string, unknown>; errors?: unknown };
        expect({ name, errors: body.errors }).toEqual({ name, errors: undefined });
        const [answer] = Object.values(body.data ?? {});
        const size = Array.isArray(answer) ? answer.length : JSON.stringify(answer ?? null).length;
        expect({ name, empty: !answer || size === 0 || (Array.isArray(answer) && answer.length === 0) }).toEqual({ name, empty: false });
        const deep = JSON.stringify(answer);
        if (name === 'MechanismsBehindLiveability') expect(deep).toMatch(/"label":"Mechanism"/);
        if (name === 'InterventionsNearZoetermeer') expect(deep).toMatch(/mechanism:selectief-vertrek-hogere-inkomens|Selectief vertrek/i);
        if (name === 'Compare') expect(deep).toMatch(/"present":true/);
      }
    } finally {
      await server.close();
    }
  });
});

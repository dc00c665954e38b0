/**
 * Municipalities side by side on the challenges and opportunities they face (FACES /
 * HAS_OPPORTUNITY), directly or through their neighbourhoods. Rows are challenges and
 * opportunities (most widely shared first), columns the municipalities in the order asked.
 */
import { cypher, plain, type Db } from '../db/driver.ts';
import { knowledgeLabel, toNode, type KnowledgeNode } from '../graph/model.ts';
import type { EvidenceGrade } from '../ontology.ts';
import { claimsMeeting } from './graded.ts';

export interface ComparisonCell {
  municipality: KnowledgeNode;
  present: boolean;
  /** The municipality itself faces it (not only through neighbourhoods). */
  direct: boolean;
  neighbourhoods: KnowledgeNode[];
  sourceIds: string[];
}

export interface ComparisonRow {
  node: KnowledgeNode;
  /** How many of the municipalities have it. */
  count: number;
  cells: ComparisonCell[];
}

export interface Comparison {
  municipalities: KnowledgeNode[];
  /** Codes asked for that match no municipality. */
  missing: string[];
  rows: ComparisonRow[];
}

const query = cypher(
  'analysis.compare',
  `MATCH (m:Municipality) WHERE m.code IN $codes
   CALL (m) {
     MATCH (m)-[f:FACES|HAS_OPPORTUNITY]->(x) WHERE $ok IS NULL OR elementId(f) IN $ok RETURN x, null AS nb, f.sources AS sources
     UNION ALL
     MATCH (m)<-[:PART_OF*1..2]-(nb:Neighbourhood)-[f:FACES|HAS_OPPORTUNITY]->(x) WHERE $ok IS NULL OR elementId(f) IN $ok
     RETURN x, nb, f.sources AS sources
   }
   RETURN m.code AS code, properties(m) AS m, labels(x) AS labels, properties(x) AS x,
          CASE WHEN nb IS NULL THEN null ELSE properties(nb) END AS nb, sources`,
);
const municipalities = cypher('analysis.compare.municipalities', 'MATCH (m:Municipality) WHERE m.code IN $codes RETURN properties(m) AS m');

/** `minEvidence`: only FACES and HAS_OPPORTUNITY claims whose evidence reaches the grade count. */
export async function compareMunicipalities(db: Db, codes: readonly string[], minEvidence: EvidenceGrade | null = null): Promise<Comparison> {
  const ok = await claimsMeeting(db, ['FACES', 'HAS_OPPORTUNITY'], minEvidence);
  const [ms, result] = await Promise.all([db.read(municipalities, { codes }), db.read(query, { codes, ok })]);
  const byCode = new Map<string, KnowledgeNode>();
  for (const r of ms.records) {
    const m = toNode('Municipality', r.get('m'));
    byCode.set(String(m.code), m);
  }
  const columns = codes.filter((c, i) => byCode.has(c) && codes.indexOf(c) === i);
  const rows = new Map<string, { node: KnowledgeNode; cells: Map<string, ComparisonCell> }>();
  for (const r of result.records) {
    const label = knowledgeLabel(r.get('labels'));
    if (!label) continue;
    const x = toNode(label, r.get('x'));
    const code = r.get('code') as string;
    const row = rows.get(x.id) ?? { node: x, cells: new Map() };
    rows.set(x.id, row);
    const cell: ComparisonCell = row.cells.get(code) ?? {
      municipality: byCode.get(code)!,
      present: true,
      direct: false,
      neighbourhoods: [],
      sourceIds: [],
    };
    row.cells.set(code, cell);
    const nb = r.get('nb');
    if (nb) {
      const n = toNode('Neighbourhood', nb);
      if (!cell.neighbourhoods.some((y: KnowledgeNode) => y.id === n.id)) cell.neighbourhoods.push(n);
    } else cell.direct = true;
    for (const s of (plain(r.get('sources')) as string[] | null) ?? []) if (!cell.sourceIds.includes(s)) cell.sourceIds.push(s);
  }
  const out: ComparisonRow[] = [...rows.values()].map((row) => ({
    node: row.node,
    count: row.cells.size,
    cells: columns.map(
      (code) =>
        row.cells.get(code) ?? { municipality: byCode.get(code)!, present: false, direct: false, neighbourhoods: [], sourceIds: [] },
    ),
  }));
  for (const row of out) for (const c of row.cells) c.neighbourhoods.sort((a, b) => a.name.localeCompare(b.name));
  out.sort((a, b) => b.count - a.count || a.node.__label.localeCompare(b.node.__label) || a.node.name.localeCompare(b.node.name));
  return { municipalities: columns.map((c) => byCode.get(c)!), missing: codes.filter((c) => !byCode.has(c)), rows: out };
}

/**
 * Full-text search over the `node_text` index (Dutch analyzer: "leefbaar" finds "leefbaarheid").
 * User text never reaches Lucene's query syntax unescaped: each word is escaped and the words are
 * OR-ed. Exact (case-insensitive) name matches come first, then Lucene's score.
 */
import neo4j from 'neo4j-driver';
import { cypher, type Db } from '../db/driver.ts';
import { FULLTEXT_INDEX, type LabelName } from '../ontology.ts';
import { InputError, knowledgeLabel, toNode, type KnowledgeNode } from './model.ts';

export interface SearchHit {
  node: KnowledgeNode;
  score: number;
  exact: boolean;
}

const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;
const LUCENE_WORDS = new Set(['AND', 'OR', 'NOT', 'TO']);

/** User text -> a safe Lucene query: words escaped, operators neutralised, OR-ed. */
export function luceneQuery(text: string): string {
  const words = text
    .split(/\s+/)
    .map((w) => w.replace(LUCENE_SPECIAL, (c) => `\\${c}`))
    .filter((w) => /[\p{L}\p{N}]/u.test(w))
    .map((w) => (LUCENE_WORDS.has(w) ? w.toLowerCase() : w));
  return words.join(' ');
}

const searchQuery = cypher(
  'search.fulltext',
  `CALL db.index.fulltext.queryNodes('${FULLTEXT_INDEX.name}', $query, {limit: $candidates}) YIELD node, score
   WHERE any(l IN labels(node) WHERE l IN $labels)
   WITH node, score, (toLower(node.name) = $lower OR toLower(coalesce(node.nameEn, '')) = $lower OR node.id = $text) AS exact
   RETURN labels(node) AS labels, properties(node) AS props, score, exact
   ORDER BY exact DESC, score DESC, node.name, node.id
   LIMIT $first`,
);

export async function search(db: Db, text: string, labels: readonly LabelName[], first: number): Promise<SearchHit[]> {
  const trimmed = text.trim();
  if (trimmed.length > 200) throw new InputError('search text must be at most 200 characters');
  const query = luceneQuery(trimmed);
  if (!query) throw new InputError('search text must contain at least one letter or digit');
  const result = await db.read(searchQuery, {
    query,
    text: trimmed,
    lower: trimmed.toLowerCase(),
    labels,
    first: neo4j.int(first),
    candidates: neo4j.int(Math.max(first * 5, 100)),
  });
  return result.records.flatMap((r) => {
    const label = knowledgeLabel(r.get('labels'));
    return label ? [{ node: toNode(label, r.get('props')), score: Number(r.get('score')), exact: Boolean(r.get('exact')) }] : [];
  });
}

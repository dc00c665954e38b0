/**
 * Search as you type, in one parameterised query over two full-text indexes: `node_name` (names,
 * unstemmed: the start of a word, a small typo) and `node_text` (names and descriptions, Dutch
 * stemming: "leefbaar" finds "leefbaarheid"). User text never reaches Lucene's query syntax
 * unescaped: each word is escaped, and only this module adds operators around it.
 *
 * The order: an exact name first; then names that start with the text; then other name matches
 * (a word's start, a typo); then what only a description mentions. Within each of these a
 * municipality comes before challenges and the rest, neighbourhoods and sources last (a town
 * whose name matches above its own neighbourhoods and the pages written about it); then score
 * (alone, for what only a description mentions).
 */
import neo4j from 'neo4j-driver';
import { cypher, type Db } from '../db/driver.ts';
import { FULLTEXT_INDEX, NAME_INDEX, type LabelName } from '../ontology.ts';
import { InputError, knowledgeLabel, toNode, type KnowledgeNode } from './model.ts';

export interface SearchHit {
  node: KnowledgeNode;
  score: number;
  exact: boolean;
}

/** Within a tier of name matches, labels in this order (those not named come after them). */
export const SEARCH_LABEL_ORDER: readonly LabelName[] = ['Municipality', 'Challenge', 'Opportunity', 'Mechanism', 'Intervention', 'Actor', 'Case', 'Neighbourhood', 'Source'];

const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;
const LUCENE_WORDS = new Set(['AND', 'OR', 'NOT', 'TO']);
/** Words this long or longer also match with one edit (a typo); shorter ones would match too much. */
const FUZZY_FROM = 4;

/** The words of the text that hold a letter or digit, escaped for Lucene. */
function escapedWords(text: string): string[] {
  return text
    .split(/\s+/)
    .filter((w) => /[\p{L}\p{N}]/u.test(w))
    .map((w) => w.replace(LUCENE_SPECIAL, (c) => `\\${c}`))
    .map((w) => (LUCENE_WORDS.has(w) ? w.toLowerCase() : w));
}

/** User text -> a safe Lucene query for the Dutch index: words escaped and OR-ed, the last also as a prefix. */
export function luceneQuery(text: string): string {
  const words = escapedWords(text);
  const last = words[words.length - 1];
  return last === undefined ? '' : [...words, `${last}*`].join(' ');
}

/**
 * User text -> a safe Lucene query for the names: every word must match a name word as it is, as
 * its start, or (from FUZZY_FROM letters) with one edit.
 */
export function luceneNameQuery(text: string): string {
  return escapedWords(text)
    .map((w) => w.toLowerCase())
    .map((w) => `+(${w} ${w}*${[...w.replace(/\\/g, '')].length >= FUZZY_FROM ? ` ${w}~1` : ''})`)
    .join(' ');
}

const searchQuery = cypher(
  'search.fulltext',
  `CALL {
     CALL db.index.fulltext.queryNodes('${NAME_INDEX.name}', $nameQuery, {limit: $candidates}) YIELD node, score
     RETURN node, score, 1 AS named
     UNION ALL
     CALL db.index.fulltext.queryNodes('${FULLTEXT_INDEX.name}', $query, {limit: $candidates}) YIELD node, score
     RETURN node, score, 0 AS named
   }
   WITH node, max(named) AS named, max(score) AS score
   WHERE any(l IN labels(node) WHERE l IN $labels)
   WITH node, named, score, toLower(node.name) AS name, toLower(coalesce(node.nameEn, '')) AS nameEn
   WITH node, score, name = $lower OR nameEn = $lower OR node.id = $text AS exact,
        CASE WHEN name = $lower OR nameEn = $lower OR node.id = $text THEN 0
             WHEN name STARTS WITH $lower OR nameEn STARTS WITH $lower THEN 1
             WHEN named = 1 THEN 2
             ELSE 3 END AS tier,
        coalesce(head([i IN range(0, size($order) - 1) WHERE $order[i] IN labels(node)]), size($order)) AS kind
   // What only a description mentions goes by score alone: the kind of node says nothing there.
   WITH node, score, exact, tier, CASE WHEN tier < 3 THEN kind ELSE 0 END AS kind
   RETURN labels(node) AS labels, properties(node) AS props, score, exact
   ORDER BY tier, kind, score DESC, node.name, node.id
   LIMIT $first`,
);

export async function search(db: Db, text: string, labels: readonly LabelName[], first: number): Promise<SearchHit[]> {
  const trimmed = text.trim();
  if (trimmed.length > 200) throw new InputError('search text must be at most 200 characters');
  const query = luceneQuery(trimmed);
  if (!query) throw new InputError('search text must contain at least one letter or digit');
  const result = await db.read(searchQuery, {
    query,
    nameQuery: luceneNameQuery(trimmed),
    text: trimmed,
    lower: trimmed.toLowerCase(),
    labels,
    order: SEARCH_LABEL_ORDER,
    first: neo4j.int(first),
    candidates: neo4j.int(Math.max(first * 5, 100)),
  });
  return result.records.flatMap((r) => {
    const label = knowledgeLabel(r.get('labels'));
    return label ? [{ node: toNode(label, r.get('props')), score: Number(r.get('score')), exact: Boolean(r.get('exact')) }] : [];
  });
}

/**
 * The GraphQL client: the only way the explorer talks to the server (POST /graphql with the CSRF
 * header). Every query is a named constant here; per-label fields come from the ontology, which
 * names the GraphQL fields too, so a new property shows up without touching this file.
 */
import { LABEL_NAMES, LABELS, type LabelName } from '../../server/ontology.ts';

export interface GNode {
  id: string;
  label: LabelName;
  name: string;
  nameEn: string | null;
  /** Policy domains, where the label has them (for the domain filter). */
  domains?: string[];
  /** Signatory of the declaration (kopgroep), computed by the client from MEMBER_OF roles. */
  signatory?: boolean;
  /** Place in the server's ranking of interventions for the causal view's challenge. */
  rank?: number;
  /** An aggregate node of the causal view: the lower-ranked interventions reaching `target`. */
  group?: { target: string; members: string[] };
}
export interface GEdge {
  id: string;
  type: string;
  source: string;
  target: string;
  properties: Record<string, unknown>;
}
export interface Graph {
  nodes: GNode[];
  edges: GEdge[];
  truncated: boolean;
}

export class ApiError extends Error {
  override name = 'ApiError';
  /** The server's `extensions.code` (SERVER_BUSY, DATABASE_UNAVAILABLE, ...), when it gave one. */
  constructor(
    message: string,
    readonly code?: string,
  ) {
    super(message);
  }
}

/**
 * How often a request the server refused as busy is sent again, after the wait its Retry-After
 * asks for: SERVER_BUSY means it did not run, so sending it again is safe.
 */
const BUSY_RETRIES = 2;

/**
 * Sends one query. `signal` cancels it, the wait before a retry included: the explorer cancels what
 * the reader no longer waits for, and the server then stops working on it too.
 */
export async function gql<T>(query: string, variables: Record<string, unknown> = {}, signal?: AbortSignal): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    const res = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json', 'x-graphql-yoga-csrf': '1' },
      body: JSON.stringify({ query, variables }),
      signal,
    });
    let body: { data?: T; errors?: { message: string; extensions?: { code?: string } }[] };
    try {
      body = (await res.json()) as typeof body;
    } catch (e) {
      if (isAbort(e)) throw e;
      throw new ApiError(`HTTP ${res.status}`);
    }
    const code = body.errors?.find((e) => e.extensions?.code)?.extensions?.code;
    if (code === 'SERVER_BUSY' && attempt < BUSY_RETRIES) {
      await pause(Math.min(Number(res.headers.get('retry-after')) || 5, 30) * 1000, signal);
      continue;
    }
    if (body.errors?.length) throw new ApiError(body.errors.map((e) => e.message).join('; '), code);
    if (!body.data) throw new ApiError(`HTTP ${res.status}`);
    return body.data;
  }
}

/** A request given up on by its caller: nothing went wrong, and nobody is to be told. */
export const isAbort = (e: unknown): boolean => (e as Error | null)?.name === 'AbortError';

/**
 * Room for one request at a time, for what is asked again before the last answer is in (the next
 * search while typing, the next node's details, the next graph): `next()` cancels the request in
 * progress and gives the signal for the new one; `signal` is the one in progress, for a request
 * that is to be cancelled with it.
 */
export class LatestOnly {
  private controller = new AbortController();
  get signal(): AbortSignal {
    return this.controller.signal;
  }
  next(): AbortSignal {
    this.controller.abort();
    this.controller = new AbortController();
    return this.controller.signal;
  }
  cancel(): void {
    this.controller.abort();
  }
}

/** Waits `ms`, or rejects as soon as `signal` aborts. */
function pause(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const stop = () => {
      clearTimeout(timer);
      reject(signal!.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', stop);
      resolve();
    }, ms);
    signal?.addEventListener('abort', stop, { once: true });
  });
}

// ---------------------------------------------------------------------------------------------
// Fragments built from the ontology

const WITH_DOMAINS = LABEL_NAMES.filter((l) => 'domains' in LABELS[l].properties);
const COMMON = new Set(['id', 'name', 'nameEn', 'description', 'descriptionEn']);

const GRAPH_FIELDS = `
  nodes { id label name nameEn node { ${WITH_DOMAINS.map((l) => `... on ${l} { domains }`).join(' ')} } }
  edges { id type source target properties }
  truncated`;

/**
 * GraphQL refuses one response name with two shapes (`kind: String!` on Actor, `kind: String`
 * elsewhere) even across fragments; such fields get a `Label__field` alias, undone on arrival.
 */
function fieldShapes(): Map<string, string> {
  const shapes = new Map<string, Map<string, number>>();
  for (const l of LABEL_NAMES)
    for (const [p, def] of Object.entries(LABELS[l].properties)) {
      const sig = `${def.type}${def.required ? '!' : ''}`;
      const m = shapes.get(p) ?? new Map<string, number>();
      m.set(sig, (m.get(sig) ?? 0) + 1);
      shapes.set(p, m);
    }
  // The most common shape of each name keeps the plain name.
  return new Map([...shapes].map(([p, m]) => [p, [...m].sort((a, b) => b[1] - a[1])[0]![0]]));
}
const MAIN_SHAPE = fieldShapes();

/** Every ontology property of every label, as fragments on the node's GraphQL type. */
const NODE_FIELDS = `
  id label name nameEn description descriptionEn
  provenance { importId fileName partner actor startedAt status }
  ${LABEL_NAMES.map((l) => {
    const own = Object.entries(LABELS[l].properties)
      .filter(([p]) => !COMMON.has(p))
      .map(([p, def]) => (`${def.type}${def.required ? '!' : ''}` === MAIN_SHAPE.get(p) ? p : `${l}__${p}: ${p}`));
    return own.length ? `... on ${l} { ${own.join(' ')} }` : '';
  }).join('\n  ')}`;

export const OVERVIEW = `query Overview { overview { ${GRAPH_FIELDS} } }`;
export const NEIGHBOURS = `query Neighbours($id: ID!, $limit: Int) { neighbours(id: $id, limit: $limit) { ${GRAPH_FIELDS} } }`;
export const SUBGRAPH = `query Subgraph($ids: [ID!]!, $depth: Int, $labels: [String!], $limit: Int) {
  subgraph(ids: $ids, depth: $depth, labels: $labels, limit: $limit) { ${GRAPH_FIELDS} } }`;
export const CAUSAL_CHAIN = `query CausalChain($id: ID!, $depth: Int) { causalChain(challengeId: $id, maxDepth: $depth) { ${GRAPH_FIELDS} } }`;
export const FEEDBACK_LOOPS = `query FeedbackLoops($max: Int, $first: Int) { feedbackLoops(maxLength: $max, first: $first) { id kind nodes { id } edges { id } } }`;
export const SEARCH = `query Search($text: String!, $first: Int) { search(text: $text, first: $first) { score node { id label name nameEn } } }`;
export const NODE_DETAILS = `query NodeDetails($id: ID!) { node(id: $id) { ${NODE_FIELDS} } }`;
export const NODES = `query Nodes($ids: [ID!]!) { nodes(ids: $ids) { ${NODE_FIELDS} } }`;
export const CHALLENGES = `query Challenges($first: Int) { challenges(first: $first) { edges { node { id label name nameEn domains } } } }`;
const SOURCE_FIELDS = 'id name nameEn url year publisher';
const BRIEF = 'id label name nameEn';
export const INTERVENTIONS_FOR = `query InterventionsFor($id: ID!, $code: String, $depth: Int, $first: Int) {
  interventionsFor(challengeId: $id, municipalityCode: $code, maxDepth: $depth, first: $first) {
    score distance evidenceLevel confidence appliedInMunicipality near
    intervention { ${BRIEF} domains kind }
    path { id label name nameEn }
    pathEdges { id type source target properties }
    reaches { node { id label name nameEn } confidence properties sources { ${SOURCE_FIELDS} } }
    appliedIn { place { ${BRIEF} } municipalityCode period sources { ${SOURCE_FIELDS} } }
  } }`;
export const COMPARE = `query Compare($codes: [String!]!) { compareMunicipalities(codes: $codes) {
  missing
  municipalities { ${BRIEF} code }
  rows { label count node { ${BRIEF} }
    cells { present direct municipality { id code } neighbourhoods { ${BRIEF} } sources { ${SOURCE_FIELDS} } } } } }`;
export const MUNICIPALITY_NODES = `query MunicipalityNodes($municipality: String!, $first: Int, $after: String) {
  nodeList(first: $first, after: $after, filter: { municipality: $municipality }) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } }`;
export const MUNICIPALITIES = `query Municipalities($first: Int, $after: String) {
  municipalities(first: $first, after: $after) { pageInfo { hasNextPage endCursor } edges { node { ${BRIEF} code groeikern } } } }`;

// ---------------------------------------------------------------------------------------------
// Shaping

interface RawNode {
  id: string;
  label: string;
  name: string;
  nameEn: string | null;
  node?: { domains?: string[] | null } | null;
  domains?: string[] | null;
}
interface RawGraph {
  nodes: RawNode[];
  edges: GEdge[];
  truncated: boolean;
}

const known = (n: RawNode): n is RawNode & { label: LabelName } => n.label in LABELS;
const toNode = (n: RawNode & { label: LabelName }): GNode => ({
  id: n.id,
  label: n.label,
  name: n.name,
  nameEn: n.nameEn,
  domains: n.node?.domains ?? n.domains ?? undefined,
});

function toGraph(raw: RawGraph | null | undefined): Graph {
  if (!raw) return { nodes: [], edges: [], truncated: false };
  return {
    nodes: raw.nodes.filter(known).map(toNode),
    edges: raw.edges.map((e) => ({ ...e, properties: parseProps(e.properties) })),
    truncated: raw.truncated,
  };
}

/** `properties` is a JSON scalar: an object, or a string on some servers. */
function parseProps(p: unknown): Record<string, unknown> {
  if (typeof p === 'string') {
    try {
      return JSON.parse(p) as Record<string, unknown>;
    } catch {
      return {};
    }
  }
  return (p as Record<string, unknown> | null) ?? {};
}

// ---------------------------------------------------------------------------------------------
// Calls

let overviewAnswer: Promise<Graph> | null = null;

/**
 * The overview: asked once per page and shared by every view that needs it; asked again after a
 * failure. Being shared, it is not cancelled: `signal` only stops this caller waiting for it.
 */
export function overview(signal?: AbortSignal): Promise<Graph> {
  const answer = (overviewAnswer ??= gql<{ overview: RawGraph }>(OVERVIEW).then(
    (d) => toGraph(d.overview),
    (e: unknown) => {
      overviewAnswer = null;
      throw e;
    },
  ));
  if (!signal) return answer;
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    signal.addEventListener('abort', () => reject(signal.reason), { once: true });
    answer.then(resolve, reject);
  });
}

/**
 * Sends the overview query at once (main.ts, before the explorer's code has loaded): every first
 * screen needs it, for the network view or the pickers, and its answer then arrives while the
 * libraries are still being parsed instead of after.
 */
export function prefetchOverview(): void {
  // Not unhandled while nobody has asked for it yet; after a failure the first caller asks again.
  overview().catch(() => undefined);
}

export const neighbours = async (id: string, limit = 100, signal?: AbortSignal): Promise<Graph> =>
  toGraph((await gql<{ neighbours: RawGraph }>(NEIGHBOURS, { id, limit }, signal)).neighbours);

export const subgraph = async (ids: string[], depth: number, labels: LabelName[] | null, limit = 500): Promise<Graph> =>
  toGraph((await gql<{ subgraph: RawGraph }>(SUBGRAPH, { ids, depth, labels, limit })).subgraph);

export const causalChain = async (challengeId: string, maxDepth = 4, signal?: AbortSignal): Promise<Graph> =>
  toGraph((await gql<{ causalChain: RawGraph | null }>(CAUSAL_CHAIN, { id: challengeId, depth: maxDepth }, signal)).causalChain);

export interface Loop {
  id: string;
  kind: string;
  nodes: string[];
  edges: string[];
}

export async function feedbackLoops(maxLength = 6): Promise<Loop[]> {
  type RawLoop = { id: string; kind: string; nodes: { id: string }[]; edges: { id: string }[] };
  const d = await gql<{ feedbackLoops: RawLoop[] }>(FEEDBACK_LOOPS, { max: maxLength, first: 100 });
  return d.feedbackLoops.map((l) => ({ id: l.id, kind: l.kind, nodes: l.nodes.map((n) => n.id), edges: l.edges.map((e) => e.id) }));
}

export interface Hit extends GNode {
  score: number;
}

export async function search(text: string, first = 8, signal?: AbortSignal): Promise<Hit[]> {
  const d = await gql<{ search: { score: number; node: RawNode }[] }>(SEARCH, { text, first }, signal);
  return d.search.flatMap((h) => (known(h.node) ? [{ ...toNode(h.node), score: h.score }] : []));
}

export async function challenges(): Promise<GNode[]> {
  const d = await gql<{ challenges: { edges: { node: RawNode }[] } }>(CHALLENGES, { first: 100 });
  return d.challenges.edges.map((e) => e.node).filter(known).map(toNode);
}

export interface NodeDetails {
  properties: Record<string, unknown>;
  provenance: Record<string, unknown> | null;
}

function splitDetails(node: Record<string, unknown> | null): NodeDetails {
  const { provenance, ...aliased } = node ?? {};
  const properties = Object.fromEntries(Object.entries(aliased).map(([k, v]) => [k.replace(/^[A-Za-z]+__/, ''), v]));
  return { properties, provenance: (provenance as Record<string, unknown> | null | undefined) ?? null };
}

export async function nodeDetails(id: string, signal?: AbortSignal): Promise<NodeDetails> {
  return splitDetails((await gql<{ node: Record<string, unknown> | null }>(NODE_DETAILS, { id }, signal)).node);
}

export async function nodesDetails(ids: string[], signal?: AbortSignal): Promise<Map<string, NodeDetails>> {
  if (ids.length === 0) return new Map();
  const d = await gql<{ nodes: (Record<string, unknown> | null)[] }>(NODES, { ids }, signal);
  return new Map(d.nodes.filter((n): n is Record<string, unknown> => Boolean(n)).map((n) => [String(n.id), splitDetails(n)]));
}

// ---------------------------------------------------------------------------------------------
// Analyses: ranked interventions, the comparison matrix, what relates to a municipality

export interface SourceRef {
  id: string;
  name: string;
  nameEn: string | null;
  url: string | null;
  year: number | null;
  publisher: string | null;
}
export interface NodeRef {
  id: string;
  label: LabelName;
  name: string;
  nameEn: string | null;
}

/** One intervention of `interventionsFor`, with the server's reasons for its place. */
export interface Ranked {
  rank: number;
  intervention: GNode;
  score: number;
  distance: number;
  evidenceLevel: string | null;
  confidence: number;
  appliedInMunicipality: boolean;
  near: boolean;
  path: NodeRef[];
  pathEdges: GEdge[];
  reaches: { node: NodeRef; confidence: string | null; properties: Record<string, unknown>; sources: SourceRef[] }[];
  appliedIn: { place: NodeRef; municipalityCode: string | null; period: string | null; sources: SourceRef[] }[];
}

type RawRanked = Omit<Ranked, 'rank' | 'intervention' | 'path' | 'reaches' | 'appliedIn'> & {
  intervention: RawNode;
  path: RawNode[];
  reaches: { node: RawNode; confidence: string | null; properties: unknown; sources: SourceRef[] }[];
  appliedIn: { place: RawNode; municipalityCode: string | null; period: string | null; sources: SourceRef[] }[];
};

const ref = (n: RawNode & { label: LabelName }): NodeRef => ({ id: n.id, label: n.label, name: n.name, nameEn: n.nameEn });

export async function interventionsFor(challengeId: string, municipalityCode: string | null, first = 100, signal?: AbortSignal): Promise<Ranked[]> {
  const d = await gql<{ interventionsFor: RawRanked[] | null }>(INTERVENTIONS_FOR, { id: challengeId, code: municipalityCode, depth: 5, first }, signal);
  return (d.interventionsFor ?? []).filter((r) => known(r.intervention)).map((r, i) => ({
    ...r,
    rank: i + 1,
    intervention: toNode(r.intervention as RawNode & { label: LabelName }),
    path: r.path.filter(known).map(ref),
    pathEdges: r.pathEdges.map((e) => ({ ...e, properties: parseProps(e.properties) })),
    reaches: r.reaches.filter((x) => known(x.node)).map((x) => ({ ...x, node: ref(x.node as RawNode & { label: LabelName }), properties: parseProps(x.properties) })),
    appliedIn: r.appliedIn.filter((a) => known(a.place)).map((a) => ({ ...a, place: ref(a.place as RawNode & { label: LabelName }) })),
  }));
}

export interface ComparisonCell {
  present: boolean;
  direct: boolean;
  municipality: string;
  neighbourhoods: NodeRef[];
  sources: SourceRef[];
}
export interface Comparison {
  municipalities: (NodeRef & { code: string })[];
  missing: string[];
  rows: { node: NodeRef; count: number; cells: ComparisonCell[] }[];
}

export async function compareMunicipalities(codes: string[], signal?: AbortSignal): Promise<Comparison> {
  type RawCell = Omit<ComparisonCell, 'municipality' | 'neighbourhoods'> & { municipality: { id: string }; neighbourhoods: RawNode[] };
  type Raw = { missing: string[]; municipalities: (RawNode & { code: string })[]; rows: { count: number; node: RawNode; cells: RawCell[] }[] };
  const d = await gql<{ compareMunicipalities: Raw }>(COMPARE, { codes }, signal);
  const c = d.compareMunicipalities;
  return {
    missing: c.missing,
    municipalities: c.municipalities.flatMap((m) => (known(m) ? [{ ...ref(m), code: m.code }] : [])),
    rows: c.rows
      .filter((r) => known(r.node))
      .map((r) => ({
        node: ref(r.node as RawNode & { label: LabelName }),
        count: r.count,
        cells: r.cells.map((cell) => ({ ...cell, municipality: cell.municipality.id, neighbourhoods: cell.neighbourhoods.filter(known).map(ref) })),
      })),
  };
}

/** Pages through `nodeList` (100 a page) up to `max` ids: enough for one town, bounded for safety. */
export async function municipalityNodeIds(municipality: string, max = 2000, signal?: AbortSignal): Promise<{ ids: string[]; total: number }> {
  type Raw = { nodeList: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: { id: string } }[] } };
  const ids: string[] = [];
  let after: string | null = null;
  let total = 0;
  do {
    const d: Raw = await gql<Raw>(MUNICIPALITY_NODES, { municipality, first: 100, after }, signal);
    total = d.nodeList.totalCount;
    ids.push(...d.nodeList.edges.map((e) => e.node.id));
    after = d.nodeList.pageInfo.hasNextPage ? d.nodeList.pageInfo.endCursor : null;
  } while (after && ids.length < max);
  return { ids, total };
}

export async function municipalities(): Promise<(GNode & { code: string; groeikern: boolean | null })[]> {
  type Raw = { municipalities: { pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: RawNode & { code: string; groeikern: boolean | null } }[] } };
  const out: (GNode & { code: string; groeikern: boolean | null })[] = [];
  let after: string | null = null;
  do {
    const d: Raw = await gql<Raw>(MUNICIPALITIES, { first: 100, after });
    for (const e of d.municipalities.edges) if (known(e.node)) out.push({ ...toNode(e.node), code: e.node.code, groeikern: e.node.groeikern });
    after = d.municipalities.pageInfo.hasNextPage ? d.municipalities.pageInfo.endCursor : null;
  } while (after && out.length < 1000);
  return out;
}

/** CBS code of a municipality id (`municipality:GM0034`), or null for anything else. */
export function municipalityCode(id: string | null): string | null {
  const m = id ? /^municipality:(GM\d{4})$/.exec(id) : null;
  return m ? m[1]! : null;
}

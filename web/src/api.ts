/**
 * The GraphQL client: the only way the explorer talks to the server (POST /graphql with the CSRF
 * header). The documents are in queries.ts, their types generated from the server's schema
 * (generated/graphql.ts); this module sends them and shapes the answers into the explorer's own
 * model (GNode, GEdge, Graph: what the canvas and the views work with).
 */
import { LABELS, type LabelName } from '../../server/ontology.ts';
import * as Q from './queries.ts';
import type { Query } from './queries.ts';
import type * as G from './generated/graphql.ts';

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
  /** In a preview of a proposal (diff.ts): what it creates or changes. */
  diff?: 'new' | 'changed';
}
export interface GEdge {
  id: string;
  type: string;
  source: string;
  target: string;
  properties: Record<string, unknown>;
  /** In a preview of a proposal (diff.ts): what it creates or changes. */
  diff?: 'new' | 'changed';
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
export async function gql<T, V>(query: Query<T, V>, variables: V, signal?: AbortSignal): Promise<T> {
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
// Shaping

/** A node as the queries select it: the fields every label has, and domains where it has them. */
interface RawNode {
  id: string;
  label: string;
  name: string;
  nameEn: string | null;
  node?: { domains?: string[] | null } | null;
  domains?: string[] | null;
}
type RawGraph = G.OverviewQuery['overview'];
type RawEdge = RawGraph['edges'][number];

const known = <T extends { label: string }>(n: T): n is T & { label: LabelName } => n.label in LABELS;
const toNode = (n: RawNode & { label: LabelName }): GNode => ({
  id: n.id,
  label: n.label,
  name: n.name,
  nameEn: n.nameEn,
  domains: n.node?.domains ?? n.domains ?? undefined,
});
const toEdge = (e: RawEdge): GEdge => ({ id: e.id, type: e.type, source: e.source, target: e.target, properties: parseProps(e.properties) });

function toGraph(raw: { nodes: RawNode[]; edges: RawEdge[]; truncated: boolean } | null | undefined): Graph {
  if (!raw) return { nodes: [], edges: [], truncated: false };
  return {
    nodes: raw.nodes.filter(known).map(toNode),
    edges: raw.edges.map(toEdge),
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
  return p && typeof p === 'object' && !Array.isArray(p) ? (p as Record<string, unknown>) : {};
}

// ---------------------------------------------------------------------------------------------
// Calls

let overviewAnswer: Promise<Graph> | null = null;

/**
 * The overview: asked once per page and shared by every view that needs it; asked again after a
 * failure. Being shared, it is not cancelled: `signal` only stops this caller waiting for it.
 */
export function overview(signal?: AbortSignal): Promise<Graph> {
  const answer = (overviewAnswer ??= gql(Q.OVERVIEW, {}).then(
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

export const neighbours = async (id: string, limit = 100, signal?: AbortSignal): Promise<Graph> => toGraph((await gql(Q.NEIGHBOURS, { id, limit }, signal)).neighbours);

export const causalChain = async (challengeId: string, maxDepth = 4, signal?: AbortSignal): Promise<Graph> =>
  toGraph((await gql(Q.CAUSAL_CHAIN, { id: challengeId, depth: maxDepth }, signal)).causalChain);

export interface Loop {
  id: string;
  kind: string;
  nodes: string[];
  edges: string[];
}

export async function feedbackLoops(maxLength = 6): Promise<Loop[]> {
  const d = await gql(Q.FEEDBACK_LOOPS, { max: maxLength, first: 100 });
  return d.feedbackLoops.map((l) => ({ id: l.id, kind: l.kind, nodes: l.nodes.map((n) => n.id), edges: l.edges.map((e) => e.id) }));
}

export interface Hit extends GNode {
  score: number;
}

export async function search(text: string, first = 8, signal?: AbortSignal): Promise<Hit[]> {
  const d = await gql(Q.SEARCH, { text, first }, signal);
  return d.search.flatMap((h) => (known(h.node) ? [{ ...toNode(h.node), score: h.score }] : []));
}

export async function challenges(): Promise<GNode[]> {
  const d = await gql(Q.CHALLENGES, { first: 100 });
  return d.challenges.edges.map((e) => e.node).filter(known).map(toNode);
}

export interface NodeDetails {
  properties: Record<string, unknown>;
  provenance: Provenance | null;
}
export type Provenance = NonNullable<NonNullable<G.NodeDetailsQuery['node']>['provenance']>;

function splitDetails(node: object | null): NodeDetails {
  const { provenance, ...aliased } = (node ?? {}) as Record<string, unknown>;
  const properties = Object.fromEntries(Object.entries(aliased).map(([k, v]) => [k.replace(/^[A-Za-z]+__/, ''), v]));
  return { properties, provenance: (provenance as Provenance | null | undefined) ?? null };
}

export async function nodeDetails(id: string, signal?: AbortSignal): Promise<NodeDetails> {
  return splitDetails((await gql(Q.NODE_DETAILS, { id }, signal)).node);
}

export async function nodesDetails(ids: string[], signal?: AbortSignal): Promise<Map<string, NodeDetails>> {
  if (ids.length === 0) return new Map();
  const d = await gql(Q.NODES, { ids }, signal);
  return new Map(d.nodes.flatMap((n) => (n ? [[n.id, splitDetails(n)] as const] : [])));
}

// ---------------------------------------------------------------------------------------------
// Claims and their sources

export type SourceRef = G.ClaimQuery['subgraph']['edges'][number]['sources'][number];

/** Sources by id (name, publisher, year, address), at most 500 at once; unknown ids are left out. */
export async function sources(ids: string[], signal?: AbortSignal): Promise<Map<string, SourceRef>> {
  const out = new Map<string, SourceRef>();
  for (let i = 0; i < ids.length; i += 500) {
    const d = await gql(Q.SOURCES, { ids: ids.slice(i, i + 500) }, signal);
    for (const n of d.nodes) if (n) out.set(n.id, { id: n.id, name: n.name, nameEn: n.nameEn, url: 'url' in n ? n.url ?? null : null, year: 'year' in n ? n.year ?? null : null, publisher: 'publisher' in n ? n.publisher ?? null : null });
  }
  return out;
}

/** A claim as the card shows it: the relationship with its own sources (and, once the server has it, its evidence). */
export interface Claim extends GEdge {
  sources: SourceRef[];
  evidence: G.ClaimQuery['subgraph']['edges'][number]['evidence'];
}

/** One claim by its edge: asked of the edges between its two ends; null when it is not (or no longer) there. */
export async function claim(edge: Pick<GEdge, 'id' | 'source' | 'target'>, signal?: AbortSignal): Promise<Claim | null> {
  const d = await gql(Q.CLAIM, { ids: [edge.source, edge.target] }, signal);
  const e = d.subgraph.edges.find((x) => x.id === edge.id);
  if (!e) return null;
  return { ...toEdge(e), sources: e.sources, evidence: e.evidence ?? null };
}

// ---------------------------------------------------------------------------------------------
// Analyses: ranked interventions, the comparison matrix, what relates to a municipality

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

const ref = (n: RawNode & { label: LabelName }): NodeRef => ({ id: n.id, label: n.label, name: n.name, nameEn: n.nameEn });

export async function interventionsFor(challengeId: string, municipalityCode: string | null, first = 100, signal?: AbortSignal): Promise<Ranked[]> {
  const d = await gql(Q.INTERVENTIONS_FOR, { id: challengeId, code: municipalityCode, depth: 5, first }, signal);
  return (d.interventionsFor ?? []).flatMap((r) =>
    known(r.intervention)
      ? [
          {
            score: r.score,
            distance: r.distance,
            evidenceLevel: r.evidenceLevel,
            confidence: r.confidence,
            appliedInMunicipality: r.appliedInMunicipality,
            near: r.near,
            rank: 0,
            intervention: toNode(r.intervention),
            path: r.path.filter(known).map(ref),
            pathEdges: r.pathEdges.map(toEdge),
            reaches: r.reaches.flatMap((x) => (known(x.node) ? [{ node: ref(x.node), confidence: x.confidence, properties: parseProps(x.properties), sources: x.sources }] : [])),
            appliedIn: r.appliedIn.flatMap((a) => (known(a.place) ? [{ place: ref(a.place), municipalityCode: a.municipalityCode, period: a.period, sources: a.sources }] : [])),
          },
        ]
      : [],
  ).map((r, i) => ({ ...r, rank: i + 1 }));
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
  const c = (await gql(Q.COMPARE, { codes }, signal)).compareMunicipalities;
  return {
    missing: c.missing,
    municipalities: c.municipalities.flatMap((m) => (known(m) ? [{ ...ref(m), code: m.code }] : [])),
    rows: c.rows.flatMap((r) =>
      known(r.node)
        ? [{ node: ref(r.node), count: r.count, cells: r.cells.map((cell) => ({ present: cell.present, direct: cell.direct, sources: cell.sources, municipality: cell.municipality.id, neighbourhoods: cell.neighbourhoods.filter(known).map(ref) })) }]
        : [],
    ),
  };
}

/** Pages through `nodeList` (100 a page) up to `max` ids: enough for one town, bounded for safety. */
export async function municipalityNodeIds(municipality: string, max = 2000, signal?: AbortSignal): Promise<{ ids: string[]; total: number }> {
  const ids: string[] = [];
  let after: string | null = null;
  let total = 0;
  do {
    const d: G.MunicipalityNodesQuery = await gql(Q.MUNICIPALITY_NODES, { municipality, first: 100, after }, signal);
    total = d.nodeList.totalCount;
    ids.push(...d.nodeList.edges.map((e) => e.node.id));
    after = d.nodeList.pageInfo.hasNextPage ? d.nodeList.pageInfo.endCursor : null;
  } while (after && ids.length < max);
  return { ids, total };
}

export async function municipalities(): Promise<(GNode & { code: string; groeikern: boolean | null })[]> {
  const out: (GNode & { code: string; groeikern: boolean | null })[] = [];
  let after: string | null = null;
  do {
    const d: G.MunicipalitiesQuery = await gql(Q.MUNICIPALITIES, { first: 100, after });
    for (const e of d.municipalities.edges) if (known(e.node)) out.push({ ...toNode(e.node), code: e.node.code, groeikern: e.node.groeikern });
    after = d.municipalities.pageInfo.hasNextPage ? d.municipalities.pageInfo.endCursor : null;
  } while (after && out.length < 1000);
  return out;
}

/** Every node of the labels (for a form's pickers), page by page, at most `max`. */
export async function nodesOf(labels: LabelName[], max = 2000): Promise<GNode[]> {
  const out: GNode[] = [];
  let after: string | null = null;
  do {
    const d: G.NodesOfQuery = await gql(Q.NODES_OF, { labels, first: 100, after });
    for (const e of d.nodeList.edges) if (known(e.node)) out.push(toNode(e.node));
    after = d.nodeList.pageInfo.hasNextPage ? d.nodeList.pageInfo.endCursor : null;
  } while (after && out.length < max);
  return out.sort((a, b) => a.name.localeCompare(b.name, 'nl'));
}

/** CBS code of a municipality id (`municipality:GM0034`), or null for anything else. */
export function municipalityCode(id: string | null): string | null {
  const m = id ? /^municipality:(GM\d{4})$/.exec(id) : null;
  return m ? m[1]! : null;
}

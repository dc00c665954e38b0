/**
 * Resolvers: thin. Reads go through graph/ and analysis/ (named, parameterised queries). Fields
 * that return knowledge nodes fetch them with everything the request asks below them (properties
 * and relationship fields, to any depth) in one query (see selection.ts); a relationship field on
 * a node that came without it (from search, subgraph, ...) goes through a per-request DataLoader.
 * Either way a request costs the same number of queries for 1 parent as for 100.
 */
import { GraphQLScalarType, Kind, type GraphQLResolveInfo, type ValueNode } from 'graphql';
import {
  CONFIDENCES,
  CONFIDENCE_NAMES,
  DOMAINS,
  DOMAIN_NAMES,
  EVIDENCE_GRADES,
  EVIDENCE_GRADE_NAMES,
  EVIDENCE_LEVELS,
  EVIDENCE_LEVEL_NAMES,
  LABELS,
  LABEL_NAMES,
  MUNICIPALITY_CODE_PATTERN,
  ONTOLOGY_VERSION,
  POLARITIES,
  POLARITY_NAMES,
  RELATIONSHIPS,
  RELATIONSHIP_TYPES,
  SOURCE_KINDS,
  SOURCE_KIND_NAMES,
  type LabelName,
  type Names,
  type PropertyDef,
  type RelationshipDef,
  type RelationshipType,
} from '../ontology.ts';
import { causalChain, checkDepth, feedbackLoops, type LoopKind } from '../analysis/causal.ts';
import { compareMunicipalities } from '../analysis/compare.ts';
import { interventionsFor, type Application, type RankedIntervention } from '../analysis/interventions.ts';
import { checkGrade, evidenceSummary } from '../graph/evidence.ts';
import { checkInt, checkLabels, edgeId, InputError, type GraphEdge, type KnowledgeNode } from '../graph/model.ts';
import { countNodes, encodeCursor, listNodes, municipalitiesByCode, nodesByIds, type ListFilter, type RelationItem } from '../graph/nodes.ts';
import { preloaded, type GraphShape, type RelationPage } from '../graph/projection.ts';
import { search } from '../graph/search.ts';
import { overview, subgraph } from '../graph/subgraph.ts';
import type { ApiContext } from './context.ts';
import { LIST_FIELDS, RELATION_FIELDS, linkTypeName } from './schema.ts';
import { RELATION_FIELD_TABLE, RELATION_LIMITS, edgeProjection, relationProjection, resultKey, rootProjection, type RelationField } from './selection.ts';
import { listApiTokens } from './tokens.ts';
import { importIssueFields, mutationResolvers } from './writes.ts';
import { peopleMutations, peopleQueries } from './people.ts';
import { contributionMutations, contributionQueries, proposalFields } from './contributions.ts';
import { importMutations, importQueries } from './imports.ts';

type Resolver = (parent: any, args: any, ctx: ApiContext, info: GraphQLResolveInfo) => unknown;
type ResolverMap = Record<string, Record<string, Resolver> | GraphQLScalarType>;

export const LIMITS = {
  pageSize: 100,
  relationFirst: RELATION_LIMITS.first,
  subgraphLimit: 5000,
  subgraphDepth: 3,
  causalDepth: 6,
  loopLength: 8,
  loops: 500,
  compareCodes: 20,
  ids: 500,
};

function literal(ast: ValueNode): unknown {
  switch (ast.kind) {
    case Kind.STRING:
    case Kind.BOOLEAN:
      return ast.value;
    case Kind.INT:
    case Kind.FLOAT:
      return Number(ast.value);
    case Kind.OBJECT:
      return Object.fromEntries(ast.fields.map((f) => [f.name.value, literal(f.value)]));
    case Kind.LIST:
      return ast.values.map(literal);
    default:
      return null;
  }
}

const JSONScalar = new GraphQLScalarType({
  name: 'JSON',
  serialize: (v) => v,
  parseValue: (v) => v,
  parseLiteral: literal,
});

/** A relationship field's value in the shape its SDL type has. */
function relationValue(field: RelationField, value: RelationItem[] | RelationPage | undefined) {
  const items = value === undefined ? [] : Array.isArray(value) ? value : value.items;
  switch (field.shape) {
    case 'links':
      // A RelationItem is the link object: the link types' resolvers read its properties.
      return items;
    case 'nodes':
      return items.map((i) => i.node);
    case 'one':
      return items[0]?.node ?? null;
    default: {
      const page = value as RelationPage | undefined;
      const edges = field.shape === 'page' ? items : items.map((i) => ({ cursor: encodeCursor(i.node), node: i.node }));
      return {
        edges,
        pageInfo: { hasNextPage: page?.hasNextPage ?? false, endCursor: items.length ? encodeCursor(items.at(-1)!.node) : null },
        totalCount: page?.totalCount ?? 0,
      };
    }
  }
}

/** A relationship field: preloaded by the query that fetched its parent, or batched now. */
function relationResolver(label: LabelName, field: RelationField): Resolver {
  // Synchronous when preloaded: a promise per field would send graphql-js down its slower async path.
  return (n: KnowledgeNode, _args, ctx, info) => {
    const value = preloaded(n, resultKey(info.fieldNodes[0]!));
    if (value !== undefined) return relationValue(field, value);
    const rel = relationProjection(info, field, label, info.fieldNodes, undefined, true)!;
    return ctx.relation(rel).load(n.id).then((loaded) => relationValue(field, loaded));
  };
}

const sourcesOf = (ids: unknown, ctx: ApiContext) =>
  Array.isArray(ids) ? ctx.node.loadMany(ids.map(String)).then((xs) => xs.filter((x): x is KnowledgeNode => !!x && !(x instanceof Error))) : [];

/** A claim's evidence summary from the sources its `sources` property names (batched like `sources`). */
const evidenceOf = async (properties: Record<string, unknown>, ctx: ApiContext) =>
  evidenceSummary(await sourcesOf(properties.sources, ctx), properties.confidence);

/** Relationship types that carry `sources`: their edges have an evidence summary. */
const SOURCED_TYPES = new Set(RELATIONSHIP_TYPES.filter((t) => 'sources' in (RELATIONSHIPS[t] as RelationshipDef).properties));

function names(n: Names) {
  return { nl: n.nl, en: n.en };
}

function properties(props: Record<string, PropertyDef>) {
  return Object.entries(props).map(([name, p]) => ({
    name,
    type: p.type,
    required: !!p.required,
    values: p.values ?? null,
    names: names(p.names),
    description: p.description,
  }));
}

const ontology = () => ({
  version: ONTOLOGY_VERSION,
  labels: LABEL_NAMES.map((l) => {
    const d = LABELS[l];
    return {
      name: l,
      names: names(d.names),
      plural: names(d.plural),
      description: names(d.description),
      idPrefix: d.idPrefix,
      colour: d.colour,
      textColour: d.textColour,
      shape: d.shape,
      symbol: d.symbol,
      properties: properties(d.properties as Record<string, PropertyDef>),
      listField: LIST_FIELDS[l],
    };
  }),
  relationships: RELATIONSHIP_TYPES.map((t) => {
    const d = RELATIONSHIPS[t] as RelationshipDef;
    return {
      type: t,
      names: names(d.names),
      inverseNames: names(d.inverseNames),
      description: d.description,
      from: d.from,
      to: d.to,
      claim: !!d.claim,
      properties: properties(d.properties as Record<string, PropertyDef>),
      outField: RELATION_FIELDS[t].out,
      inField: RELATION_FIELDS[t].in,
    };
  }),
  evidenceLevels: EVIDENCE_LEVELS.map((v) => ({ value: v, names: names(EVIDENCE_LEVEL_NAMES[v]) })),
  confidences: CONFIDENCES.map((v) => ({ value: v, names: names(CONFIDENCE_NAMES[v]) })),
  polarities: POLARITIES.map((v) => ({ value: v, names: names(POLARITY_NAMES[v]) })),
  domains: DOMAINS.map((v) => ({ value: v, names: names(DOMAIN_NAMES[v]) })),
  sourceKinds: SOURCE_KINDS.map((v) => ({ value: v, names: names(SOURCE_KIND_NAMES[v]) })),
  evidenceGrades: EVIDENCE_GRADES.map((v) => ({ value: v, names: names(EVIDENCE_GRADE_NAMES[v]) })),
});

function connection(
  ctx: ApiContext,
  info: GraphQLResolveInfo,
  labels: LabelName[],
  args: { first?: number; after?: string | null; filter?: ListFilter | null },
) {
  const first = checkInt('first', args.first, 20, 1, LIMITS.pageSize);
  const filter = args.filter ?? {};
  return listNodes(ctx.db, labels, filter, first, args.after, rootProjection(info, labels, ['edges', 'node'])).then((page) => ({
    edges: page.nodes,
    pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.endCursor },
    totalCount: () => countNodes(ctx.db, labels, filter),
  }));
}

/**
 * A root list's totalCount costs a query of its own, so it comes as a function, called only when
 * asked for; a relationship connection's comes with its page.
 */
const listConnection = {
  totalCount: (c: { totalCount: number | (() => Promise<number>) }) => (typeof c.totalCount === 'function' ? c.totalCount() : c.totalCount),
};

const pathOf = (info: GraphQLResolveInfo) => {
  const out: (string | number)[] = [];
  for (let p: GraphQLResolveInfo['path'] | undefined = info.path; p; p = p.prev) out.unshift(p.key);
  return out;
};

/**
 * What a Graph-valued field asks of its nodes (`nodes { node { ... } }`) and of its edges, for one
 * projected query.
 */
const graphShape = (info: GraphQLResolveInfo): GraphShape => {
  const p = rootProjection(info, LABEL_NAMES, ['nodes', 'node']);
  return { projection: { ...p, properties: new Set([...p.properties, 'nameEn']) }, edges: edgeProjection(info) };
};

function checkIds(ids: readonly string[]): string[] {
  if (ids.length === 0 || ids.length > LIMITS.ids) throw new InputError(`ids must hold 1 to ${LIMITS.ids} ids`);
  return [...new Set(ids)];
}

function rankedView(r: RankedIntervention) {
  return {
    ...r,
    appliedIn: r.appliedIn.map((a: Application) => ({
      place: a.place,
      municipalityCode: a.municipalityCode,
      province: a.province,
      period: (a.properties.period as string | undefined) ?? null,
      properties: a.properties,
      sourceIds: a.properties.sources,
    })),
  };
}

export function buildResolvers(): ResolverMap {
  const query: Record<string, Resolver> = {
    node: async (_, { id }, ctx, info) => (await nodesByIds(ctx.db, [id], rootProjection(info, LABEL_NAMES))).get(id) ?? null,
    nodes: async (_, { ids }, ctx, info) => {
      if (ids.length > LIMITS.ids) throw new InputError(`ids must hold at most ${LIMITS.ids} ids`);
      const found = await nodesByIds(ctx.db, ids, rootProjection(info, LABEL_NAMES));
      return ids.map((id: string) => found.get(id) ?? null);
    },
    municipality: async (_, { code }, ctx, info) => {
      if (!MUNICIPALITY_CODE_PATTERN.test(code)) throw new InputError(`code must be a CBS municipality code like GM0034, not '${code}'`);
      return (await municipalitiesByCode(ctx.db, [code], rootProjection(info, ['Municipality']))).get(code) ?? null;
    },
    nodeList: (_, args, ctx, info) => connection(ctx, info, checkLabels(args.labels), args),
    search: (_, { text, labels, first }, ctx) =>
      search(ctx.db, text, checkLabels(labels), checkInt('first', first, 20, 1, LIMITS.pageSize)),
    causalChain: (_, { challengeId, maxDepth, minEvidence }, ctx, info) =>
      causalChain(ctx.db, challengeId, checkDepth('maxDepth', maxDepth, 3, LIMITS.causalDepth), {
        ...graphShape(info),
        minEvidence: checkGrade(minEvidence),
      }),
    interventionsFor: async (_, { challengeId, municipalityCode, maxDepth, first, minEvidence }, ctx, info) => {
      if (municipalityCode != null && !MUNICIPALITY_CODE_PATTERN.test(municipalityCode)) {
        throw new InputError(`municipalityCode must be a CBS code like GM0034, not '${municipalityCode}'`);
      }
      const limit = checkInt('first', first, 20, 1, LIMITS.pageSize);
      const result = await interventionsFor(ctx.db, challengeId, {
        maxDepth: checkDepth('maxDepth', maxDepth, 4, LIMITS.causalDepth),
        municipalityCode,
        first: limit,
        minEvidence: checkGrade(minEvidence),
      });
      if (result && result.total > limit) {
        ctx.warn({
          code: 'TRUNCATED',
          path: pathOf(info),
          message: `These are the best ${limit} of ${result.total} interventions; raise first (up to ${LIMITS.pageSize}) for more.`,
        });
      }
      return result?.ranked.map(rankedView) ?? null;
    },
    feedbackLoops: async (_, { maxLength, through, kind, first, minEvidence }, ctx, info) => {
      const length = checkInt('maxLength', maxLength, 6, 2, LIMITS.loopLength);
      const limit = checkInt('first', first, 100, 1, LIMITS.loops);
      const result = await feedbackLoops(ctx.db, {
        maxLength: length,
        through,
        kind: kind as LoopKind | null,
        first: limit,
        minEvidence: checkGrade(minEvidence),
      });
      if (result.truncated) {
        ctx.warn({
          code: 'TRUNCATED',
          path: pathOf(info),
          message:
            `There are more loops than these ${result.loops.length}` +
            (result.loops.length < limit ? ' (the search stopped at its limit)' : '') +
            `; narrow it with through, kind or a smaller maxLength, or raise first (up to ${LIMITS.loops}).`,
        });
      }
      return result.loops;
    },
    subgraph: (_, { ids, depth, labels, limit }, ctx, info) =>
      subgraph(
        ctx.db,
        checkIds(ids),
        checkInt('depth', depth, 1, 0, LIMITS.subgraphDepth),
        checkLabels(labels),
        checkInt('limit', limit, 500, 1, LIMITS.subgraphLimit),
        graphShape(info),
      ),
    neighbours: (_, { id, limit }, ctx, info) =>
      // `limit` counts neighbours; the node itself comes on top.
      subgraph(ctx.db, [id], 1, checkLabels(null), checkInt('limit', limit, 100, 1, LIMITS.subgraphLimit) + 1, graphShape(info)),
    overview: (_, __, ctx, info) => overview(ctx.db, undefined, graphShape(info)),
    compareMunicipalities: async (_, { codes, minEvidence }, ctx) => {
      if (codes.length < 1 || codes.length > LIMITS.compareCodes) throw new InputError(`codes must hold 1 to ${LIMITS.compareCodes} codes`);
      const bad = codes.filter((c: string) => !MUNICIPALITY_CODE_PATTERN.test(c));
      if (bad.length) throw new InputError(`Not CBS municipality codes: ${bad.join(', ')} (expected GM and four digits)`);
      const c = await compareMunicipalities(ctx.db, codes, checkGrade(minEvidence));
      return {
        ...c,
        rows: c.rows.map((r) => ({ ...r, label: r.node.__label, cells: r.cells.map((cell) => ({ ...cell, sourceIds: cell.sourceIds })) })),
      };
    },
    ontology,
    apiTokens: async (_, __, ctx) => {
      await ctx.requireRole('admin');
      return listApiTokens(ctx.db);
    },
    ...peopleQueries(),
    ...contributionQueries(),
    ...importQueries(),
  };
  for (const l of LABEL_NAMES) query[LIST_FIELDS[l]] = (_, args, ctx, info) => connection(ctx, info, [l], args);

  const resolvers: ResolverMap = {
    JSON: JSONScalar,
    Query: query,
    Mutation: { ...mutationResolvers(), ...peopleMutations(), ...contributionMutations(), ...importMutations() },
    Proposal: proposalFields as unknown as Record<string, Resolver>,
    ImportIssue: importIssueFields as unknown as Record<string, Resolver>,
    Node: { __resolveType: (n: KnowledgeNode) => n.__label } as unknown as Record<string, Resolver>,
    NodeConnection: listConnection,
    GraphNode: { node: (n) => n.node },
    GraphEdge: {
      polarity: (e: GraphEdge) => (e.properties.polarity as string | undefined) ?? null,
      confidence: (e: GraphEdge) => (e.properties.confidence as string | undefined) ?? null,
      sourceIds: (e: GraphEdge) => (Array.isArray(e.properties.sources) ? e.properties.sources : []),
      sources: (e: GraphEdge, _, ctx) => sourcesOf(e.properties.sources, ctx),
      evidence: (e: GraphEdge, _, ctx) => (SOURCED_TYPES.has(e.type as RelationshipType) ? evidenceOf(e.properties, ctx) : null),
    },
    FeedbackLoop: {},
    ReachedNode: {
      confidence: (r) => r.properties.confidence ?? null,
      sources: (r, _, ctx) => sourcesOf(r.properties.sources, ctx),
    },
    ApplicationOf: { sources: (a, _, ctx) => sourcesOf(a.sourceIds, ctx) },
    ComparisonCell: { sources: (c, _, ctx) => sourcesOf(c.sourceIds, ctx) },
    Application: { sources: (a, _, ctx) => sourcesOf(a.sourceIds, ctx) },
  };

  for (const l of LABEL_NAMES) {
    resolvers[`${l}Connection`] = listConnection;
    const fields: Record<string, Resolver> = {
      label: (n: KnowledgeNode) => n.__label,
      provenance: (n: KnowledgeNode, _, ctx) => (typeof n.importId === 'string' ? ctx.provenance.load(n.importId) : null),
    };
    for (const [name, field] of RELATION_FIELD_TABLE[l]) fields[name] = relationResolver(l, field);
    if (l === 'Challenge') {
      fields.causalChain = (n, { maxDepth, minEvidence }, ctx, info) =>
        causalChain(ctx.db, n.id, checkDepth('maxDepth', maxDepth, 3, LIMITS.causalDepth), { ...graphShape(info), minEvidence: checkGrade(minEvidence) });
    }
    resolvers[l] = fields;
  }

  for (const type of RELATIONSHIP_TYPES) {
    const fields: Record<string, Resolver> = {
      id: (e: RelationItem) => edgeId(e.source, e.type, e.target),
      cursor: (e: RelationItem) => encodeCursor(e.node),
    };
    for (const prop of Object.keys((RELATIONSHIPS[type] as RelationshipDef).properties)) {
      if (prop !== 'sources') fields[prop] = (e: RelationItem) => e.properties[prop] ?? null;
    }
    if ('sources' in (RELATIONSHIPS[type] as RelationshipDef).properties) {
      fields.sourceIds = (e) => (Array.isArray(e.properties.sources) ? e.properties.sources : []);
      fields.sources = (e, _, ctx) => sourcesOf(e.properties.sources, ctx);
      fields.evidence = (e, _, ctx) => evidenceOf(e.properties, ctx);
    }
    resolvers[linkTypeName(type)] = fields;
  }
  return resolvers;
}

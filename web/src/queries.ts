/**
 * Every GraphQL document the explorer sends, named. Their result and variable types are generated
 * from these documents and the checked-in server/api/schema.graphql (web/codegen.ts writes
 * generated/graphql.ts, `npm run generate`; a test fails when it is out of date), so the wire
 * types follow the server's schema instead of being written out again here. Per-label fields come
 * from the ontology, which names the GraphQL fields too.
 */
import { LABEL_NAMES, LABELS } from '../../server/ontology.ts';
import type * as G from './generated/graphql.ts';

/** A document with the types of its variables and result, as generated from the schema. */
export type Query<Result, Variables> = string & { readonly __types?: [Result, Variables] };
const query = <Result, Variables>(text: string): Query<Result, Variables> => text as Query<Result, Variables>;

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

const SOURCE_FIELDS = 'id name nameEn url year publisher';
const BRIEF = 'id label name nameEn';
/** A claim's summary of its evidence (server/graph/evidence.ts); the claim card shows it. */
const EVIDENCE_FIELDS = 'evidence { grade bestKind publishers sources secondaryOnly }';

export const OVERVIEW = query<G.OverviewQuery, G.OverviewQueryVariables>(`query Overview { overview { ${GRAPH_FIELDS} } }`);
export const NEIGHBOURS = query<G.NeighboursQuery, G.NeighboursQueryVariables>(`query Neighbours($id: ID!, $limit: Int) { neighbours(id: $id, limit: $limit) { ${GRAPH_FIELDS} } }`);
export const CAUSAL_CHAIN = query<G.CausalChainQuery, G.CausalChainQueryVariables>(
  `query CausalChain($id: ID!, $depth: Int) { causalChain(challengeId: $id, maxDepth: $depth) { ${GRAPH_FIELDS} } }`,
);
export const FEEDBACK_LOOPS = query<G.FeedbackLoopsQuery, G.FeedbackLoopsQueryVariables>(
  `query FeedbackLoops($max: Int, $first: Int) { feedbackLoops(maxLength: $max, first: $first) { id kind nodes { id } edges { id } } }`,
);
export const SEARCH = query<G.SearchQuery, G.SearchQueryVariables>(`query Search($text: String!, $first: Int) { search(text: $text, first: $first) { score node { ${BRIEF} } } }`);
export const NODE_DETAILS = query<G.NodeDetailsQuery, G.NodeDetailsQueryVariables>(`query NodeDetails($id: ID!) { node(id: $id) { ${NODE_FIELDS} } }`);
export const NODES = query<G.NodesQuery, G.NodesQueryVariables>(`query Nodes($ids: [ID!]!) { nodes(ids: $ids) { ${NODE_FIELDS} } }`);
export const SOURCES = query<G.SourcesQuery, G.SourcesQueryVariables>(`query Sources($ids: [ID!]!) { nodes(ids: $ids) { id name nameEn ... on Source { url year publisher } } }`);
/** One claim (a relationship) with its own sources: the edges between its two ends. */
export const CLAIM = query<G.ClaimQuery, G.ClaimQueryVariables>(
  `query Claim($ids: [ID!]!) { subgraph(ids: $ids, depth: 0, limit: 2) { edges { id type source target properties sources { ${SOURCE_FIELDS} } ${EVIDENCE_FIELDS} } } }`,
);
export const CHALLENGES = query<G.ChallengesQuery, G.ChallengesQueryVariables>(`query Challenges($first: Int) { challenges(first: $first) { edges { node { ${BRIEF} domains } } } }`);
export const INTERVENTIONS_FOR = query<G.InterventionsForQuery, G.InterventionsForQueryVariables>(`query InterventionsFor($id: ID!, $code: String, $depth: Int, $first: Int) {
  interventionsFor(challengeId: $id, municipalityCode: $code, maxDepth: $depth, first: $first) {
    score distance evidenceLevel confidence appliedInMunicipality near
    intervention { ${BRIEF} domains kind }
    path { ${BRIEF} }
    pathEdges { id type source target properties }
    reaches { node { ${BRIEF} } confidence properties sources { ${SOURCE_FIELDS} } }
    appliedIn { place { ${BRIEF} } municipalityCode period sources { ${SOURCE_FIELDS} } }
  } }`);
export const COMPARE = query<G.CompareQuery, G.CompareQueryVariables>(`query Compare($codes: [String!]!) { compareMunicipalities(codes: $codes) {
  missing
  municipalities { ${BRIEF} code }
  rows { label count node { ${BRIEF} }
    cells { present direct municipality { id code } neighbourhoods { ${BRIEF} } sources { ${SOURCE_FIELDS} } } } } }`);
export const MUNICIPALITY_NODES = query<G.MunicipalityNodesQuery, G.MunicipalityNodesQueryVariables>(`query MunicipalityNodes($municipality: String!, $first: Int, $after: String) {
  nodeList(first: $first, after: $after, filter: { municipality: $municipality }) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } }`);
export const MUNICIPALITIES = query<G.MunicipalitiesQuery, G.MunicipalitiesQueryVariables>(`query Municipalities($first: Int, $after: String) {
  municipalities(first: $first, after: $after) { pageInfo { hasNextPage endCursor } edges { node { ${BRIEF} code groeikern } } } }`);

// People and contributions (issue #19): the session cookie goes with every request of this site.
const ME_FIELDS = 'kind id name role organisation email';
// A dataset's text stays on the server: the lists need its name only.
const PROPOSAL_FIELDS = 'id kind status input(text: false) author { name organisation } createdAt updatedAt reason reviewer { name } importStatus';
export const ME = query<G.MeQuery, G.MeQueryVariables>(`query Me { me { ${ME_FIELDS} } }`);
export const SIGN_IN = query<G.SignInMutation, G.SignInMutationVariables>(`mutation SignIn($email: String!, $password: String!) { signIn(email: $email, password: $password) { ${ME_FIELDS} } }`);
export const ACCEPT_INVITATION = query<G.AcceptInvitationMutation, G.AcceptInvitationMutationVariables>(
  `mutation AcceptInvitation($code: String!, $password: String!, $email: String, $name: String) { acceptInvitation(code: $code, password: $password, email: $email, name: $name) { ${ME_FIELDS} } }`,
);
export const SIGN_OUT = query<G.SignOutMutation, G.SignOutMutationVariables>('mutation SignOut { signOut }');
export const PLACES = query<G.PlacesQuery, G.PlacesQueryVariables>('query Places { municipalities(first: 100) { edges { node { id name } } } }');
export const PROPOSE_CASE = query<G.ProposeCaseMutation, G.ProposeCaseMutationVariables>(
  `mutation ProposeCase($input: AddCaseInput!, $id: ID) { proposeCase(input: $input, proposalId: $id) { id } }`,
);
export const MY_PROPOSALS = query<G.MyProposalsQuery, G.MyProposalsQueryVariables>(`query MyProposals { myProposals { ${PROPOSAL_FIELDS} } }`);
export const REVIEW_QUEUE = query<G.ReviewQueueQuery, G.ReviewQueueQueryVariables>(`query ReviewQueue { reviewQueue { ${PROPOSAL_FIELDS} } }`);
export const ACCEPT_PROPOSAL = query<G.AcceptProposalMutation, G.AcceptProposalMutationVariables>(`mutation AcceptProposal($id: ID!) { acceptProposal(id: $id) { ${PROPOSAL_FIELDS} } }`);
export const REJECT_PROPOSAL = query<G.RejectProposalMutation, G.RejectProposalMutationVariables>(
  `mutation RejectProposal($id: ID!, $reason: String!) { rejectProposal(id: $id, reason: $reason) { ${PROPOSAL_FIELDS} } }`,
);

// Datasets, previews and the import history (issue #19).
const REPORT_FIELDS = `status fileName partner counts errors { line rule message params } warnings { line rule message params }
  diff { nodes { id label name nameEn change properties } relationships { type fromId toId change properties } truncated }`;
export const DRY_RUN_DATASET = query<G.DryRunDatasetMutation, G.DryRunDatasetMutationVariables>(
  `mutation DryRunDataset($fileName: String!, $text: String!) { importDataset(fileName: $fileName, text: $text, dryRun: true) { ${REPORT_FIELDS} } }`,
);
export const PROPOSE_DATASET = query<G.ProposeDatasetMutation, G.ProposeDatasetMutationVariables>(
  `mutation ProposeDataset($fileName: String!, $text: String!, $id: ID) { proposeDataset(fileName: $fileName, text: $text, proposalId: $id) { ${PROPOSAL_FIELDS} } }`,
);
export const PROPOSAL_PREVIEW = query<G.ProposalPreviewQuery, G.ProposalPreviewQueryVariables>(`query ProposalPreview($id: ID!) { proposal(id: $id) { id preview { ${REPORT_FIELDS} } } }`);
export const BRIEF_NODES = query<G.BriefNodesQuery, G.BriefNodesQueryVariables>(`query BriefNodes($ids: [ID!]!) { nodes(ids: $ids) { ${BRIEF} } }`);
const IMPORT_FIELDS = 'id kind fileName partner curated actor startedAt status counts warnings contribution undoneAt undoneBy';
export const IMPORTS = query<G.ImportsQuery, G.ImportsQueryVariables>(`query Imports($first: Int) { imports(first: $first) { ${IMPORT_FIELDS} } }`);
export const UNDO_IMPORT = query<G.UndoImportMutation, G.UndoImportMutationVariables>(
  `mutation UndoImport($id: ID!) { undoImport(id: $id) { importId status reasons counts record { ${IMPORT_FIELDS} } } }`,
);

// The other proposals' forms (issue #19): their pickers and mutations.
export const NODES_OF = query<G.NodesOfQuery, G.NodesOfQueryVariables>(`query NodesOf($labels: [String!], $first: Int, $after: String) {
  nodeList(labels: $labels, first: $first, after: $after) { pageInfo { hasNextPage endCursor } edges { node { ${BRIEF} } } } }`);
export const PROPOSE_APPLICATION = query<G.ProposeApplicationMutation, G.ProposeApplicationMutationVariables>(
  `mutation ProposeApplication($input: ApplicationInput!, $id: ID) { proposeApplication(input: $input, proposalId: $id) { id } }`,
);
export const PROPOSE_CAUSAL_LINK = query<G.ProposeCausalLinkMutation, G.ProposeCausalLinkMutationVariables>(
  `mutation ProposeCausalLink($input: CausalLinkInput!, $id: ID) { proposeCausalLink(input: $input, proposalId: $id) { id } }`,
);
export const PROPOSE_CORRECTION = query<G.ProposeCorrectionMutation, G.ProposeCorrectionMutationVariables>(
  `mutation ProposeCorrection($input: CorrectionInput!, $id: ID) { proposeCorrection(input: $input, proposalId: $id) { id } }`,
);
export const FLAG_ERROR = query<G.FlagErrorMutation, G.FlagErrorMutationVariables>(`mutation FlagError($input: FlagInput!, $id: ID) { flagError(input: $input, proposalId: $id) { id } }`);

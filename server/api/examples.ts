/** Saved example queries GraphiQL opens with: real questions the network asks. */
export const EXAMPLE_QUERIES = `# The New Towns knowledge graph. Pick an operation with the ▶ button's menu.
# Reading is open; writes need "Authorization: Bearer <token>" (see the Headers tab).

# Which mechanisms drive declining liveability?
query MechanismsBehindLiveability {
  search(text: "leefbaarheid", labels: ["Challenge"], first: 1) {
    node {
      id
      name
      ... on Challenge {
        causalChain(maxDepth: 3) {
          nodes { id label name nameEn depth }
          edges { source target polarity confidence sources { name url } }
        }
      }
    }
  }
}

# Which interventions address selective migration (and the liveability it erodes), applied near Zoetermeer (GM0637)?
# Look at "reaches" for mechanism:selectief-vertrek-hogere-inkomens.
query InterventionsNearZoetermeer($challengeId: ID! = "challenge:leefbaarheid-en-veiligheid") {
  interventionsFor(challengeId: $challengeId, municipalityCode: "GM0637", first: 20) {
    score distance evidenceLevel confidence appliedInMunicipality near
    intervention { id name nameEn }
    reaches { node { name label } }
    path { name label }
    appliedIn { place { name } period }
  }
}

# Vicious circles: reinforcing feedback loops among the causes.
query ViciousCircles {
  feedbackLoops(maxLength: 6, kind: REINFORCING) {
    kind length
    nodes { name label }
    edges { source target polarity confidence }
  }
}

# The New Towns side by side on the challenges they face.
query Compare {
  compareMunicipalities(codes: ["GM0034", "GM0637", "GM0394"]) {
    municipalities { code name }
    rows { label node { name } cells { present direct neighbourhoods { name } } }
  }
}

# Municipalities, page by page, with their neighbourhoods and what those face.
query Municipalities($after: String) {
  municipalities(first: 10, after: $after, filter: { groeikern: true }) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { code name province neighbourhoods { name faces { node { name } } } } }
  }
}
`;

/** Depth, alias, cost, token and directive limits (graphql-armor), and no field suggestions when introspection is off. */
import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';

export const ARMOR = {
  maxDepth: 12,
  maxAliases: 15,
  maxCost: 20_000,
  maxTokens: 2_000,
  maxDirectives: 20,
};

export function useLimits(options: { introspection: boolean }) {
  return EnvelopArmorPlugin({
    maxDepth: { n: ARMOR.maxDepth, exposeLimits: true, flattenFragments: true },
    maxAliases: { n: ARMOR.maxAliases, exposeLimits: true },
    costLimit: { maxCost: ARMOR.maxCost, objectCost: 2, scalarCost: 1, depthCostFactor: 1.5, exposeLimits: true },
    maxTokens: { n: ARMOR.maxTokens, exposeLimits: true },
    maxDirectives: { n: ARMOR.maxDirectives, exposeLimits: true },
    // Field suggestions would leak the schema when introspection is off.
    blockFieldSuggestion: { enabled: !options.introspection },
  });
}


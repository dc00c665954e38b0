import { GraphQLError, type ValidationRule } from 'graphql';
import type { Plugin } from 'graphql-yoga';

/**
 * Refuses __schema and __type when introspection is off. (Written out rather than graphql's
 * NoSchemaIntrospectionCustomRule, which checks types by identity and trips over a second copy
 * of graphql loaded through another module system.)
 */
const noIntrospection: ValidationRule = (context) => ({
  Field(node) {
    if (node.name.value === '__schema' || node.name.value === '__type') {
      context.reportError(
        new GraphQLError(`GraphQL introspection is disabled on this server; "${node.name.value}" is not allowed.`, {
          nodes: node,
          extensions: { code: 'INTROSPECTION_DISABLED' },
        }),
      );
    }
  },
});

export function useIntrospection(enabled: boolean): Plugin {
  return {
    onValidate({ addValidationRule }) {
      if (!enabled) addValidationRule(noIntrospection);
    },
  };
}


/**
 * Compiled execution: each distinct operation runs through a function graphql-jit compiles for it
 * once. graphql-js builds an info object, an argument map and a path for every field of every
 * object it returns; a 500-node graph is thousands of those per request, and collecting that
 * garbage cost as much as the rest of the execution (see the API bench). Resolvers see the same
 * arguments, context and info, and the answers are graphql-js's, key order and errors included
 * (test/integration/api-jit.test.ts): the two places where graphql-jit differs are mended here.
 */
import {
  getLocation,
  GraphQLError,
  Kind,
  valueFromASTUntyped,
  visit,
  type ASTNode,
  type DocumentNode,
  type ExecutionArgs,
  type ExecutionResult,
  type OperationDefinitionNode,
} from 'graphql';
import { compileQuery, isCompiledQuery } from 'graphql-jit';
import type { Plugin } from 'graphql-yoga';

interface Compiled {
  query(root: unknown, context: unknown, variables: Record<string, unknown>): ExecutionResult | Promise<ExecutionResult>;
  /** Variables with a default value in the document, and that value. */
  defaults: [string, unknown][];
}

export function useCompiledExecution(): Plugin {
  // Keyed by the parsed document, which yoga caches per query text: compiled functions live as long
  // as their document stays in that cache. One document may hold several operations.
  const compiled = new WeakMap<DocumentNode, Map<string, Compiled>>();

  function compiledFor(args: ExecutionArgs): Compiled {
    let byOperation = compiled.get(args.document);
    if (!byOperation) compiled.set(args.document, (byOperation = new Map()));
    const key = args.operationName ?? '';
    let entry = byOperation.get(key);
    if (!entry) {
      const result = compileQuery(args.schema, args.document, args.operationName ?? undefined);
      const defaults = variableDefaults(args.document, args.operationName);
      // Not compilable (an unknown operation name, say): answer with the errors graphql-jit gives.
      entry = isCompiledQuery(result) ? { query: result.query, defaults } : { query: () => result as ExecutionResult, defaults };
      byOperation.set(key, entry);
    }
    return entry;
  }

  return {
    onExecute({ setExecuteFn }) {
      setExecuteFn(((args: ExecutionArgs) => {
        const { query, defaults } = compiledFor(args);
        // graphql-jit refuses a missing non-null variable even when it has a default (the spec says:
        // use the default), so the defaults are filled in as if the client had sent them.
        let variables = args.variableValues ?? {};
        for (const [name, value] of defaults) if (!(name in variables)) variables = { ...variables, [name]: value };
        const result = query(args.rootValue, args.contextValue, variables);
        return result instanceof Promise ? result.then((r) => withErrorNodes(r, args.document)) : withErrorNodes(result, args.document);
      }) as never);
    },
  };
}

function variableDefaults(document: DocumentNode, operationName: string | null | undefined): [string, unknown][] {
  const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  const operation = operationName ? operations.find((o) => o.name?.value === operationName) : operations.length === 1 ? operations[0] : undefined;
  return (operation?.variableDefinitions ?? []).flatMap((v) => (v.defaultValue ? [[v.variable.name.value, valueFromASTUntyped(v.defaultValue)] as [string, unknown]] : []));
}

const nodesByLocation = new WeakMap<DocumentNode, Map<string, ASTNode>>();

/**
 * graphql-jit's errors carry their locations but not the nodes those came from, and yoga rebuilds
 * every error from its nodes when it sends it: without them the locations would be lost.
 */
function withErrorNodes(result: ExecutionResult, document: DocumentNode): ExecutionResult {
  if (!result.errors?.some((e) => !e.nodes && e.locations?.length)) return result;
  let byLocation = nodesByLocation.get(document);
  if (!byLocation) {
    const found = new Map<string, ASTNode>();
    visit(document, {
      enter(node) {
        if (!node.loc) return;
        const { line, column } = getLocation(node.loc.source, node.loc.start);
        if (!found.has(`${line}:${column}`)) found.set(`${line}:${column}`, node);
      },
    });
    nodesByLocation.set(document, (byLocation = found));
  }
  const at = byLocation;
  return {
    ...result,
    errors: result.errors.map((e) => {
      const nodes = e.nodes ? undefined : e.locations?.map((l) => at.get(`${l.line}:${l.column}`)).filter((n): n is ASTNode => n !== undefined);
      if (!nodes?.length) return e;
      return new GraphQLError(e.message, { nodes, path: e.path, originalError: e.originalError, extensions: e.extensions });
    }),
  };
}

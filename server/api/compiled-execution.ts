/**
 * Compiled execution: each distinct operation runs through a function graphql-jit compiles for it
 * once. graphql-js builds an info object, an argument map and a path for every field of every
 * object it returns; a 500-node graph is thousands of those per request, and collecting that
 * garbage took longer than the execution itself. Resolvers see the same
 * arguments, context and info, and the answers are graphql-js's, key order and errors included
 * (test/integration/api-jit.test.ts): the two places where graphql-jit differs are mended here.
 *
 * Compiling costs more than running once (2 to 6 ms for the saved examples, 25 to 40 ms for a
 * query near the alias limit), so an operation is compiled when it comes a second time: repeated
 * questions (the explorer's, scripts', the examples) run compiled, and a stream of one-off
 * queries cannot make the server compile for each.
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
import type { ServerContext } from './context.ts';

interface Compiled {
  query(root: unknown, context: unknown, variables: Record<string, unknown>): ExecutionResult | Promise<ExecutionResult>;
  /** Variables with a default value in the document, and that value. */
  defaults: [string, unknown][];
}

/** Runs before an operation is compiled (graphql-js's execution meanwhile). */
export const RUNS_BEFORE_COMPILING = 1;

export function useCompiledExecution(): Plugin {
  // Per parsed document (yoga caches one per query text, so an entry lives as long as that), per
  // operation in it: how often it ran so far, its compiled form, or null when it does not compile.
  const seen = new WeakMap<DocumentNode, Map<string, number | Compiled | null>>();

  /**
   * The compiled operation, or null to let graphql-js run it, and how long compiling took when it
   * was compiled just now.
   */
  function compiledFor(args: ExecutionArgs): { compiled: Compiled | null; compileMs?: number } {
    let byOperation = seen.get(args.document);
    if (!byOperation) seen.set(args.document, (byOperation = new Map()));
    const key = args.operationName ?? '';
    const entry = byOperation.get(key) ?? 0;
    if (typeof entry !== 'number') return { compiled: entry };
    if (entry < RUNS_BEFORE_COMPILING) {
      byOperation.set(key, entry + 1);
      return { compiled: null };
    }
    const started = performance.now();
    const result = compileQuery(args.schema, args.document, args.operationName ?? undefined);
    // Should graphql-jit refuse an operation, graphql-js answers it, with its own errors if any.
    const compiled = isCompiledQuery(result) ? { query: result.query, defaults: variableDefaults(args.document, args.operationName) } : null;
    byOperation.set(key, compiled);
    return { compiled, compileMs: performance.now() - started };
  }

  return {
    onExecute({ args, setExecuteFn }) {
      const { compiled, compileMs } = compiledFor(args);
      // Reported in the response's Server-Timing (compile;dur=...), where a slow answer shows why.
      const counter = (args.contextValue as Partial<ServerContext> | undefined)?.counter;
      if (compileMs !== undefined && counter) counter.compileMs = compileMs;
      if (!compiled) return;
      setExecuteFn(((execution: ExecutionArgs) => {
        // graphql-jit refuses a missing non-null variable even when it has a default (the spec says:
        // use the default), so the defaults are filled in as if the client had sent them.
        let variables = execution.variableValues ?? {};
        for (const [name, value] of compiled.defaults) if (!(name in variables)) variables = { ...variables, [name]: value };
        const result = compiled.query(execution.rootValue, execution.contextValue, variables);
        return result instanceof Promise ? result.then((r) => withErrorNodes(r, execution.document)) : withErrorNodes(result, execution.document);
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

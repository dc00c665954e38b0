/**
 * Compiled execution: each distinct operation runs through a function graphql-jit compiles for it
 * once (@envelop/graphql-jit). graphql-js builds an info object, an argument map and a path for
 * every field of every object it returns; a 500-node graph is thousands of those per request, and
 * collecting that garbage took longer than the execution itself. The answers are graphql-js's,
 * key order and errors included (test/integration/api-jit.test.ts), with two mends around it for
 * where graphql-jit differs:
 *  - a non-null variable with a default may be left out (the spec says: use the default);
 *    graphql-jit refuses it, so the defaults are filled in as if the client had sent them;
 *  - graphql-jit's errors carry their locations but not the nodes those came from, and yoga
 *    rebuilds every error from its nodes when it sends it: the nodes are found again.
 *
 * Compiling costs more than running once (2 to 6 ms for the saved examples, 25 to 40 ms for a
 * query near the alias limit), so an operation is compiled when it comes a second time: repeated
 * questions (the explorer's, scripts') run compiled, and a stream of one-off queries cannot make
 * the server compile for each. The time it took is reported in the response's Server-Timing
 * (compile;dur=...). A document with several operations (GraphiQL's examples) runs on graphql-js:
 * @envelop/graphql-jit keeps one compiled operation per document, and would answer one operation
 * with another.
 */
import { getDocumentString } from '@envelop/core';
import { useGraphQlJit } from '@envelop/graphql-jit';
import { getLocation, GraphQLError, Kind, print, valueFromASTUntyped, visit, type ASTNode, type DocumentNode, type ExecutionResult, type OperationDefinitionNode } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { ServerContext } from '../context.ts';

/** Runs before an operation is compiled (graphql-js's execution meanwhile). */
export const RUNS_BEFORE_COMPILING = 1;

/** Compiled operations kept, by document text and operation name (least recently used go first). */
const COMPILED_KEPT = 1000;

export function useCompiledExecution(): Plugin[] {
  // Per parsed document (yoga caches one per query text), per operation: how often it ran so far.
  const runs = new WeakMap<DocumentNode, Map<string, number>>();
  // Compiling happens between a miss of the compiled cache and the store after it (synchronous,
  // inside @envelop/graphql-jit): that span is the compile time of the request that asked.
  // Both are keyed by the document's text.
  const compiling = new Map<string, { counter: ServerContext['counter'] | undefined; started?: number }>();
  const compiled = new Map<string, unknown>();

  const jit = useGraphQlJit(
    {},
    {
      enableIf(args) {
        if (args.document.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION).length !== 1) return false;
        let byOperation = runs.get(args.document);
        if (!byOperation) runs.set(args.document, (byOperation = new Map()));
        const key = args.operationName ?? '';
        const count = byOperation.get(key) ?? 0;
        byOperation.set(key, count + 1);
        if (count < RUNS_BEFORE_COMPILING) return false;
        const text = getDocumentString(args.document, print);
        if (!compiled.has(text)) compiling.set(text, { counter: (args.contextValue as Partial<ServerContext> | undefined)?.counter });
        return true;
      },
      cache: {
        get(text: string) {
          const found = compiled.get(text);
          if (found !== undefined) return found as never;
          const entry = compiling.get(text);
          if (entry) entry.started = performance.now();
          return undefined;
        },
        set(text: string, value: unknown) {
          const entry = compiling.get(text);
          if (entry?.started !== undefined && entry.counter) entry.counter.compileMs = performance.now() - entry.started;
          compiling.delete(text);
          if (compiled.size >= COMPILED_KEPT) compiled.delete(compiled.keys().next().value!);
          compiled.set(text, value);
        },
      } as never,
      // Should graphql-jit refuse an operation, its errors are the answer, as graphql-js's would be.
      onError: () => {},
    },
  );

  const mends: Plugin = {
    onExecute({ args }) {
      // Compiled operations are kept by their document's text (and so live as long as the
      // server, not as long as yoga's parse cache keeps the document).
      getDocumentString(args.document, print);
      const defaults = variableDefaults(args.document, args.operationName);
      if (defaults.length) {
        let variables = (args.variableValues ?? {}) as Record<string, unknown>;
        for (const [name, value] of defaults) if (!(name in variables)) variables = { ...variables, [name]: value };
        args.variableValues = variables;
      }
      return {
        onExecuteDone({ result, setResult }) {
          if (result && !(Symbol.asyncIterator in (result as object))) setResult(withErrorNodes(result as ExecutionResult, args.document));
        },
      };
    },
  };
  return [mends, jit as Plugin];
}

function variableDefaults(document: DocumentNode, operationName: string | null | undefined): [string, unknown][] {
  const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  const operation = operationName ? operations.find((o) => o.name?.value === operationName) : operations.length === 1 ? operations[0] : undefined;
  return (operation?.variableDefinitions ?? []).flatMap((v) => (v.defaultValue ? [[v.variable.name.value, valueFromASTUntyped(v.defaultValue)] as [string, unknown]] : []));
}

const nodesByLocation = new WeakMap<DocumentNode, Map<string, ASTNode>>();

/** The result with each error that has locations but no nodes given the nodes at those locations. */
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

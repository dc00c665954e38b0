/**
 * Yoga plugins, each a useX(): limits (graphql-armor), CSRF prevention, introspection switch,
 * admission control, request ids on every error, warnings in the extensions, and error masking
 * (no stack, Cypher or driver text leaves the server; the original is logged with the request id).
 */
import { GraphQLError, type ValidationRule } from 'graphql';
import { createGraphQLError, type Plugin } from 'graphql-yoga';
import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import { useCSRFPrevention } from '@graphql-yoga/plugin-csrf-prevention';
import { isPoolExhausted, isUnavailable, QueryCancelledError } from '../db/driver.ts';
import { InputError } from '../graph/model.ts';
import { TokenInputError } from './tokens.ts';
import { ImportUsageError } from '../import/pipeline.ts';
import type { ServerContext } from './context.ts';
import { BUSY_MESSAGE, RETRY_AFTER_SECONDS, ServerBusyError, type Admission } from './admission.ts';

export const UNAVAILABLE_MESSAGE = 'The knowledge graph database is not reachable; try again shortly.';

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

export const CSRF_HEADER = 'x-graphql-yoga-csrf';

/**
 * yoga's CSRF prevention (GET and form-encoded requests must carry a header a cross-site form
 * cannot set), with a code and a message that says how to comply instead of its bare refusal.
 */
export function useCsrf(): Plugin {
  const prevention = useCSRFPrevention({ requestHeaders: [CSRF_HEADER] });
  return {
    onRequestParse(payload) {
      try {
        return prevention.onRequestParse?.(payload);
      } catch {
        throw createGraphQLError(
          `Required CSRF header not present: send the header "${CSRF_HEADER}: 1" with GET and form requests, or POST JSON (content-type application/json).`,
          { extensions: { code: 'CSRF_HEADER_REQUIRED', http: { status: 403 } } },
        );
      }
    },
  };
}

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

/**
 * Runs each operation in its turn (see Admission): it waits when too many run, and is refused
 * with SERVER_BUSY when too many wait. Wraps the execution the plugins before it chose (list it
 * after useCompiledExecution), and ends the turn however the execution ends.
 */
export function useAdmission(admission: Admission): Plugin {
  return {
    onExecute({ args, executeFn, setExecuteFn }) {
      const signal = (args.contextValue as { signal?: AbortSignal } | undefined)?.signal;
      setExecuteFn(async (execution) => {
        const leave = await admission.enter(signal);
        try {
          return await executeFn(execution);
        } finally {
          leave();
        }
      });
    },
  };
}

/** graphql-armor's refusals ("Syntax Error: Query Cost limit of 20000 exceeded, found 39380."). */
const LIMIT_MESSAGE = /^(?:Syntax Error: )?((?:Query Cost|Aliases|Query depth|Token|Directives) limit of \d+ exceeded.*)$/s;

/**
 * Adds `requestId` to the extensions of every error in a result, logs what masked errors hid
 * (with that id), and gives graphql-armor's refusals a code (QUERY_TOO_COMPLEX) and their message
 * without the misleading "Syntax Error".
 */
export function useRequestIdOnErrors(): Plugin<ServerContext> {
  return {
    onResultProcess({ result, setResult, serverContext }) {
      const requestId = (serverContext as unknown as ServerContext).requestId;
      if (!result || Array.isArray(result) || Symbol.asyncIterator in (result as object)) return;
      const r = result as { errors?: readonly GraphQLError[] };
      if (!r.errors?.length) return;
      for (const e of r.errors) {
        const original = TO_LOG.get(e);
        if (original !== undefined) log(requestId ?? '-', original);
      }
      if (!requestId) return;
      setResult({
        ...(result as object),
        errors: r.errors.map((e) => {
          if (!isGraphQLError(e)) return e;
          const code = e.extensions?.code;
          const limit = code === undefined || code === 'GRAPHQL_PARSE_FAILED' || code === 'GRAPHQL_VALIDATION_FAILED' ? LIMIT_MESSAGE.exec(e.message) : null;
          return errorAt(e, limit ? `${limit[1]} Ask for less: fewer fields, aliases or levels, or smaller pages.` : e.message, {
            originalError: e.originalError,
            extensions: { ...e.extensions, ...(limit ? { code: 'QUERY_TOO_COMPLEX' } : {}), requestId },
          });
        }),
      } as never);
    },
  };
}

/**
 * Adds the request's warnings (ApiContext.warn: an answer that is correct but incomplete, such as
 * a list cut at its limit) to the result as `extensions.warnings`.
 */
export function useWarnings(): Plugin<ServerContext> {
  return {
    onResultProcess({ result, setResult, serverContext }) {
      const warnings = (serverContext as unknown as ServerContext).warnings;
      if (!warnings?.length || !result || Array.isArray(result) || Symbol.asyncIterator in (result as object)) return;
      const r = result as { extensions?: Record<string, unknown> };
      setResult({ ...(result as object), extensions: { ...r.extensions, warnings } } as never);
    },
  };
}

function log(requestId: string, error: unknown): void {
  const e = error as Error;
  console.error(`[graphql] request ${requestId}: ${e?.stack ?? String(error)}`);
}

/**
 * Masked errors and what they hide, logged (with the request id) when the result is processed:
 * maskError does not see the request, and carrying the id in an AsyncLocalStorage made every
 * promise of every request pay for a hook.
 */
const TO_LOG = new WeakMap<GraphQLError, unknown>();

function masked(at: GraphQLError | null, message: string, extensions: Record<string, unknown>, original: unknown): GraphQLError {
  const error = errorAt(at, message, { extensions });
  TO_LOG.set(error, original);
  return error;
}

/** A new error at the same place (path and locations) as `at`. */
function errorAt(at: GraphQLError | null, message: string, options: { extensions?: Record<string, unknown>; originalError?: Error | null }): GraphQLError {
  return createGraphQLError(message, { nodes: at?.nodes, source: at?.source, positions: at?.positions, path: at?.path, ...options });
}

/** Duck-typed: graphql may be loaded twice (ESM and CJS builds), so instanceof is unreliable. */
function isGraphQLError(value: unknown): value is GraphQLError {
  return value instanceof GraphQLError || Object.prototype.toString.call(value) === '[object GraphQLError]';
}

/** Yoga's maskError: known errors pass through with a code; anything else is logged and masked. */
export function maskError(error: unknown): Error {
  const graphqlError = isGraphQLError(error) ? error : null;
  let original: unknown = graphqlError ? (graphqlError.originalError ?? null) : error;
  while (isGraphQLError(original) && original.originalError) original = original.originalError;
  if (original instanceof InputError || original instanceof TokenInputError || original instanceof ImportUsageError) {
    return errorAt(graphqlError, original.message, { extensions: { code: 'BAD_USER_INPUT' } });
  }
  // Its client hung up: no one will read the answer, and nothing went wrong to log.
  if (original instanceof QueryCancelledError) return errorAt(graphqlError, 'The request was cancelled.', { extensions: { code: 'REQUEST_CANCELLED' } });
  // Too much at once: refused before it ran (Admission), or no connection came free in time.
  if (original instanceof ServerBusyError || (original && isPoolExhausted(original))) {
    return errorAt(graphqlError, BUSY_MESSAGE, { extensions: { code: 'SERVER_BUSY', http: { status: 503, headers: { 'retry-after': String(RETRY_AFTER_SECONDS) } } } });
  }
  if (original && isUnavailable(original)) {
    return masked(graphqlError, UNAVAILABLE_MESSAGE, { code: 'DATABASE_UNAVAILABLE', http: { status: 503 } }, original);
  }
  const code = (original as { code?: string } | null)?.code;
  if (typeof code === 'string' && code.startsWith('Neo.ClientError.Transaction.TransactionTimedOut')) {
    return masked(graphqlError, 'The query took too long and was stopped; ask for less (a smaller depth or limit).', { code: 'QUERY_TIMEOUT' }, original);
  }
  if (graphqlError && (!original || isGraphQLError(original))) {
    return isGraphQLError(original) && original !== graphqlError
      ? errorAt(graphqlError, original.message, { extensions: original.extensions })
      : graphqlError;
  }
  return masked(graphqlError, 'Unexpected error.', { code: 'INTERNAL_SERVER_ERROR' }, original ?? error);
}

/**
 * Error masking: known errors pass to the client with a code; anything else is logged (with the
 * request id, see useRequestIdOnErrors) and masked, so that no stack, Cypher or driver text
 * leaves the server.
 */
import { GraphQLError } from 'graphql';
import { createGraphQLError } from 'graphql-yoga';
import { isPoolExhausted, isUnavailable, QueryCancelledError } from '../db/driver.ts';
import { InputError } from '../graph/model.ts';
import { TokenInputError } from './tokens.ts';
import { ImportUsageError } from '../import/pipeline.ts';
import { busyMessage, RETRY_AFTER_SECONDS, ServerBusyError } from './admission.ts';

export const UNAVAILABLE_MESSAGE = 'The knowledge graph database is not reachable; try again shortly.';

/** Logs what a masked error hid (called by useRequestIdOnErrors, which knows the request id). */
export function logMasked(requestId: string, error: GraphQLError): void {
  if (!TO_LOG.has(error)) return;
  const e = TO_LOG.get(error) as Error;
  console.error(`[graphql] request ${requestId}: ${e?.stack ?? String(e)}`);
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
export function errorAt(at: GraphQLError | null, message: string, options: { extensions?: Record<string, unknown>; originalError?: Error | null }): GraphQLError {
  return createGraphQLError(message, { nodes: at?.nodes, source: at?.source, positions: at?.positions, path: at?.path, ...options });
}

/** Duck-typed: graphql may be loaded twice (ESM and CJS builds), so instanceof is unreliable. */
export function isGraphQLError(value: unknown): value is GraphQLError {
  return value instanceof GraphQLError || Object.prototype.toString.call(value) === '[object GraphQLError]';
}

/** Yoga's maskError: known errors pass through with a code; anything else is logged and masked. */
export function maskError(error: unknown, retryAfterSeconds = RETRY_AFTER_SECONDS): Error {
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
    const seconds = original instanceof ServerBusyError ? original.retryAfterSeconds : retryAfterSeconds;
    return errorAt(graphqlError, busyMessage(seconds), { extensions: { code: 'SERVER_BUSY', http: { status: 503, headers: { 'retry-after': String(seconds) } } } });
  }
  // Not logged per request: Availability tells once when Neo4j goes and when it comes back.
  if (original && isUnavailable(original)) {
    return errorAt(graphqlError, UNAVAILABLE_MESSAGE, { extensions: { code: 'DATABASE_UNAVAILABLE', http: { status: 503 } } });
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

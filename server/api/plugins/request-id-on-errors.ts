import type { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { ServerContext } from '../context.ts';
import { errorAt, isGraphQLError, logMasked } from '../errors.ts';

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
      for (const e of r.errors) logMasked(requestId ?? '-', e);
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


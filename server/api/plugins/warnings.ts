import type { Plugin } from 'graphql-yoga';
import type { ServerContext } from '../context.ts';

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


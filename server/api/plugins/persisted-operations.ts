/**
 * Operations asked by their hash (Apollo's automatic persisted queries, which Apollo Client and
 * urql speak): a client sends `extensions: {persistedQuery: {version: 1, sha256Hash}}` without the
 * query, and gets PERSISTED_QUERY_NOT_FOUND the first time; it then sends the query with its hash
 * once, and from then on the hash alone does. As a GET (read-only operations only: yoga refuses a
 * mutation by GET) the address is short and the same for every client that asks the same, so a
 * browser or a CDN can keep the answer and revalidate it with its ETag (see response-cache.ts).
 *
 * yoga's usePersistedOperations looks the hash up; what it does not do, and this file adds, is
 * learning a query from a client: only when the query's own SHA-256 is the hash it came with, so a
 * hash always names the text that hashes to it, whoever sent it. Any query may still be sent as
 * text (the API is open). Known hashes are kept per server process (most recently used first):
 * behind a load balancer, each server learns them the same way.
 */
import { createHash } from 'node:crypto';
import { createGraphQLError, type Plugin } from 'graphql-yoga';
import { defaultExtractPersistedOperationId, usePersistedOperations } from '@graphql-yoga/plugin-persisted-operations';

/** Queries kept by hash, at most. */
const KEPT = 1000;
/** The longest query text kept (the token limit refuses much shorter ones anyway). */
const MAX_TEXT = 100_000;

export function usePersistedQueries(): Plugin[] {
  const known = new Map<string, string>();

  const learn: Plugin = {
    onParams({ params, request }) {
      const hash = defaultExtractPersistedOperationId(params, request, {});
      if (hash === null || typeof params.query !== 'string') return;
      if (createHash('sha256').update(params.query).digest('hex') !== hash) {
        throw createGraphQLError('extensions.persistedQuery.sha256Hash is not the SHA-256 (hex) of the query sent with it.', {
          extensions: { code: 'PERSISTED_QUERY_HASH_MISMATCH', http: { status: 400 } },
        });
      }
      if (params.query.length > MAX_TEXT) return;
      known.delete(hash);
      known.set(hash, params.query);
      if (known.size > KEPT) known.delete(known.keys().next().value!);
    },
  };

  const lookUp = usePersistedOperations({
    allowArbitraryOperations: true,
    getPersistedOperation(hash) {
      const text = known.get(hash);
      if (text === undefined) return null;
      known.delete(hash);
      known.set(hash, text);
      return text;
    },
    customErrors: {
      // The message is what Apollo's and urql's clients look for before they send the query.
      notFound: { message: 'PersistedQueryNotFound', extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' } },
      keyNotFound: {
        message: 'Send a query, or the SHA-256 of one this server knows in extensions.persistedQuery.sha256Hash.',
        extensions: { code: 'BAD_REQUEST', http: { status: 400 } },
      },
    },
  }) as Plugin;

  return [learn, lookUp];
}

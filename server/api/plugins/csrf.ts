import { createGraphQLError, type Plugin } from 'graphql-yoga';
import { useCSRFPrevention } from '@graphql-yoga/plugin-csrf-prevention';

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


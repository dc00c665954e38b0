import type { Plugin } from 'graphql-yoga';
import type { ServerContext } from '../context.ts';

/** Sends the Set-Cookie headers the operation asked for (sign-in, sign-out, an ended session). */
export function useSessionCookies(): Plugin {
  return {
    onResponse({ serverContext, response }) {
      const cookies = (serverContext as unknown as ServerContext | undefined)?.setCookies;
      if (!cookies?.length) return;
      for (const cookie of cookies) response.headers.append('set-cookie', cookie);
      response.headers.set('cache-control', 'no-store');
    },
  };
}

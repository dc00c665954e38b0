/** A browser's side of the session cookie, for tests against the real server (sign-in, contributions). */
import { SESSION_COOKIE } from '../../server/accounts/sessions.ts';
import { data, type Api, type GqlResponse } from './api-support.ts';

/** A browser's request: its session cookie, and the Origin of the page it comes from (this site by default). */
export function browser(api: Api, query: string, variables: Record<string, unknown>, cookie: string | null, origin: string | null = api.url, extra: Record<string, string> = {}) {
  return api.gql(query, variables, { ...(cookie ? { cookie: `${SESSION_COOKIE}=${cookie}` } : {}), ...(origin ? { origin } : {}), ...extra });
}

/** The session secret a response set (null when it removed it), and the cookie's attributes. */
export function setCookie(r: GqlResponse): { secret: string | null; attributes: string[] } {
  const header = r.headers.getSetCookie().find((c) => c.startsWith(`${SESSION_COOKIE}=`));
  if (!header) throw new Error(`no session cookie in ${JSON.stringify([...r.headers])}`);
  const [pair, ...attributes] = header.split(/;\s*/);
  const secret = pair!.slice(SESSION_COOKIE.length + 1);
  return { secret: secret && !attributes.includes('Max-Age=0') ? secret : null, attributes };
}

export const SIGN_IN = 'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { name role organisation } }';

/** Signs in; the new session's cookie secret. */
export async function signIn(api: Api, email: string, password: string, cookie: string | null = null): Promise<string> {
  const r = await browser(api, SIGN_IN, { e: email, p: password }, cookie);
  data(r);
  return setCookie(r).secret!;
}

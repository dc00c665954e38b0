/**
 * People sign in with a password and get a session cookie; the attacks the issue names are tried
 * against the real server and Neo4j: session fixation, CSRF from another origin, password guessing
 * and a copied cookie after sign-out. Accounts and sessions are out of an import file's reach.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiToken } from '../../server/api/tokens.ts';
import { accountsCommand } from '../../server/accounts/cli.ts';
import { fingerprint, testConnection } from '../support/db.ts';
import { cheapPasswordHashes } from '../support/passwords.ts';
import { serverProcess } from '../support/server-process.ts';
import { data, firstError, startApi, type Api } from './api-support.ts';
import { browser as browserOf, setCookie, SIGN_IN, signIn as signInAs } from './session-support.ts';

cheapPasswordHashes();
let api: Api;
let admin: string;
let partner: string;
const PASSWORD = 'een lang genoeg wachtwoord';
const EVIL = 'https://evil.example';

const LIMITS = { perAccount: 3, perAddress: 8, windowMs: 60_000 };

beforeAll(async () => {
  api = await startApi({ signInLimits: LIMITS });
  admin = (await createApiToken(api.db, { name: 'beheer', role: 'admin' })).secret;
  partner = (await createApiToken(api.db, { name: 'rigo', role: 'partner' })).secret;
});
afterAll(async () => {
  await api?.close();
});

const ME = '{ me { kind name role organisation email } }';

const signIn = (email: string, password = PASSWORD, cookie: string | null = null) => signInAs(api, email, password, cookie);
const browser = (query: string, variables: Record<string, unknown>, cookie: string | null, origin: string | null = api.url, extra: Record<string, string> = {}) =>
  browserOf(api, query, variables, cookie, origin, extra);

/** An account made by the admin (GraphQL) whose owner sets the password through the link. */
async function person(email: string, role: string, organisation = 'Gemeente Almere'): Promise<string> {
  const made = data(
    await api.gql(
      'mutation($i: CreateAccountInput!) { createAccount(input: $i) { account { id role } invitation { secret link } } }',
      { i: { email, name: email.split('@')[0], organisation, role } },
      { authorization: `Bearer ${admin}` },
    ),
  ).createAccount;
  expect(made.invitation.link).toBe(`/uitnodiging#${made.invitation.secret}`);
  const r = await browser('mutation($c: String!, $p: String!) { acceptInvitation(code: $c, password: $p) { email role } }', { c: made.invitation.secret, p: PASSWORD }, null);
  expect(data(r).acceptInvitation).toEqual({ email, role });
  return setCookie(r).secret!;
}

describe('accounts and sessions', () => {
  it('an admin makes an account; its owner sets a password by the one-time link and is signed in; the cookie is HttpOnly, SameSite=Lax, Secure over https', async () => {
    const cookie = await person('anna@almere.nl', 'participant');
    expect(data(await browser(ME, {}, cookie)).me).toEqual({ kind: 'account', name: 'anna', role: 'participant', organisation: 'Gemeente Almere', email: 'anna@almere.nl' });
    // Behind a proxy that ends TLS: the page's origin is https.
    const r = await browser(SIGN_IN, { e: 'Anna@Almere.nl', p: PASSWORD }, null, api.url.replace('http:', 'https:'), { 'x-forwarded-proto': 'https' });
    const { attributes } = setCookie(r);
    expect(attributes).toEqual(expect.arrayContaining(['Path=/', 'HttpOnly', 'SameSite=Lax', 'Secure']));
    expect(setCookie(await browser(SIGN_IN, { e: 'anna@almere.nl', p: PASSWORD }, null)).attributes).not.toContain('Secure');
    // Bad input: a short password, a used link, an account that exists, a participant acting as admin.
    const again = await api.gql('mutation { createAccount(input: {email: "ANNA@almere.nl", name: "x", organisation: "y", role: admin}) { account { id } } }', {}, { authorization: `Bearer ${admin}` });
    expect(firstError(again)).toMatchObject({ message: 'there is an account for anna@almere.nl already', extensions: { code: 'BAD_USER_INPUT' } });
    const invite = data(await api.gql('mutation { createInvitation(role: partner, organisation: "RIGO") { secret } }', {}, { authorization: `Bearer ${admin}` })).createInvitation;
    const short = await browser('mutation($c: String!) { acceptInvitation(code: $c, password: "kort", email: "p@rigo.nl", name: "P") { role } }', { c: invite.secret }, null);
    expect(firstError(short).message).toMatch(/at least 12 characters/);
    const ok = await browser('mutation($c: String!, $p: String!) { acceptInvitation(code: $c, password: $p, email: "p@rigo.nl", name: "P") { role organisation } }', { c: invite.secret, p: PASSWORD }, null);
    expect(data(ok).acceptInvitation).toEqual({ role: 'partner', organisation: 'RIGO' });
    const twice = await browser('mutation($c: String!, $p: String!) { acceptInvitation(code: $c, password: $p, email: "q@rigo.nl", name: "Q") { role } }', { c: invite.secret, p: PASSWORD }, null);
    expect(firstError(twice).message).toMatch(/unknown, used already or expired/);
    const notAdmin = await browser('mutation { createInvitation(role: admin, organisation: "x") { secret } }', {}, cookie);
    expect(firstError(notAdmin)).toMatchObject({ message: 'This needs the admin role; your account has the participant role.', extensions: { code: 'FORBIDDEN' } });
  });

  it('the CLI makes an account and prints its link', async () => {
    const lines: string[] = [];
    const code = await accountsCommand(api.db, ['create', '--email', 'ed@bzk.nl', '--name', 'Ed', '--organisation', 'BZK', '--role', 'editor'], 'https://kennis.example', (l) => lines.push(l));
    expect(code).toBe(0);
    const link = lines.find((l) => l.startsWith('https://kennis.example/uitnodiging#'))!;
    const r = await browser('mutation($c: String!, $p: String!) { acceptInvitation(code: $c, password: $p) { role organisation } }', { c: link.split('#')[1], p: PASSWORD }, null);
    expect(data(r).acceptInvitation).toEqual({ role: 'editor', organisation: 'BZK' });
    const bad: string[] = [];
    expect(await accountsCommand(api.db, ['create', '--email', 'x', '--name', 'X', '--organisation', 'O', '--role', 'editor'], '', (l) => bad.push(l))).toBe(2);
    expect(bad).toEqual(["Error: 'x' is not an email address"]);
    expect(await accountsCommand(api.db, ['create', '--email', 'y@y.nl', '--name', 'Y', '--organisation', 'O', '--role', 'king'], '', (l) => bad.push(l))).toBe(2);
    expect(bad[1]).toBe('Error: role must be one of participant, partner, editor, admin');
  });

  it('session fixation: a cookie planted before sign-in is ended at sign-in, and the new one is fresh', async () => {
    await person('bob@lelystad.nl', 'participant');
    // The attacker signs in as himself and plants his cookie in the victim's browser.
    await person('mallory@evil.nl', 'participant');
    const planted = await signIn('mallory@evil.nl');
    const fresh = await signIn('bob@lelystad.nl', PASSWORD, planted);
    expect(fresh).not.toBe(planted);
    expect(data(await browser(ME, {}, fresh)).me.email).toBe('bob@lelystad.nl');
    expect(data(await browser(ME, {}, planted)).me).toBeNull();
    // A made-up cookie is no one's either.
    expect(data(await browser(ME, {}, 'x'.repeat(43))).me).toBeNull();
  });

  it('CSRF: another site\'s page cannot act with the cookie, nor sign in; the site itself and scripts can', async () => {
    const cookie = await signIn('anna@almere.nl');
    const evil = await browser('mutation { signOutEverywhere }', {}, cookie, EVIL);
    expect(evil.status).toBe(403);
    expect(firstError(evil).extensions?.code).toBe('CSRF_ORIGIN');
    expect(firstError(await browser(ME, {}, cookie, EVIL)).extensions?.code).toBe('CSRF_ORIGIN');
    expect(firstError(await browser(ME, {}, cookie, null, { 'sec-fetch-site': 'cross-site' })).extensions?.code).toBe('CSRF_ORIGIN');
    expect(firstError(await browser(SIGN_IN, { e: 'anna@almere.nl', p: PASSWORD }, null, EVIL)).extensions?.code).toBe('CSRF_ORIGIN');
    expect(firstError(await browser('mutation { signOut }', {}, cookie, EVIL)).extensions?.code).toBe('CSRF_ORIGIN');
    // Still signed in: nothing of the above took effect.
    expect(data(await browser(ME, {}, cookie)).me.email).toBe('anna@almere.nl');
    expect(data(await browser(ME, {}, cookie, null, { 'sec-fetch-site': 'same-origin' })).me.email).toBe('anna@almere.nl');
    // A token does not depend on where it comes from (a script has no page to forge).
    expect(data(await api.gql(ME, {}, { authorization: `Bearer ${partner}`, origin: EVIL })).me).toMatchObject({ kind: 'token', role: 'partner' });
  });

  it('a copied cookie opens nothing after sign-out; sign-out everywhere ends every session', async () => {
    const cookie = await person('carla@zoetermeer.nl', 'participant');
    const copy = cookie;
    const out = await browser('mutation { signOut }', {}, cookie);
    expect(data(out).signOut).toBe(true);
    expect(setCookie(out).secret).toBeNull();
    const stolen = await browser('mutation { signOutEverywhere }', {}, copy);
    expect(firstError(stolen)).toMatchObject({ message: 'Your session has ended (signed out or expired); sign in again.', extensions: { code: 'UNAUTHENTICATED' } });
    expect(setCookie(stolen).secret).toBeNull();
    const [laptop, phone] = [await signIn('carla@zoetermeer.nl'), await signIn('carla@zoetermeer.nl')];
    expect(data(await browser('mutation { signOutEverywhere }', {}, laptop)).signOutEverywhere).toBe(2);
    expect(data(await browser(ME, {}, phone)).me).toBeNull();
  });

  it('an import file cannot match, create or read accounts, sessions, invitations or proposals', async () => {
    const before = await fingerprint(api.db);
    for (const text of [
      "MATCH (a:Account {id: 'account:x'}) SET a.role = 'admin';",
      "CREATE (a:Account {id: 'account:evil', email: 'evil@x.nl', role: 'admin', passwordHash: 'x'});",
      "CREATE (s:Session {id: 'x', accountId: 'account:x', expiresAt: '2999-01-01'});",
      "MERGE (i:Invitation {id: 'invitation:x'}) SET i.role = 'admin';",
      "MATCH (p:Proposal {id: 'proposal:x'}) SET p.status = 'accepted';",
      "MERGE (s:Source {id: 'source:leak'}) SET s.name = COLLECT { MATCH (a:Account) RETURN a.passwordHash }[0];",
      "MERGE (s:Source {id: 'source:x'}) SET s:Account;",
    ]) {
      const r = data(await api.gql('mutation($t: String!) { importDataset(fileName: "x.cypher", text: $t) { status errors { rule } } }', { t: text }, { authorization: `Bearer ${partner}` })).importDataset;
      expect(r.status, text).toBe('refused');
      expect(['system-label', 'no-search', 'no-read'], text).toContain(r.errors[0].rule);
    }
    expect(await fingerprint(api.db)).toEqual(before);
  });

  // Last: it uses up this address's sign-ins.
  it('password guessing: refused after 3 failures per account, and after 8 per address, whatever the password, counted across API servers and side by side', async () => {
    // A second API server against the same Neo4j, with the same limits: guesses spread over both
    // count as one.
    const other = await serverProcess(testConnection(), { signInLimits: LIMITS });
    try {
      const guessAt = async (url: string, email: string, password: string) =>
        (await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', origin: url }, body: JSON.stringify({ query: SIGN_IN, variables: { e: email, p: password } }) })).json() as Promise<{ errors?: { extensions?: { code?: string } }[] }>;
      expect((await guessAt(other.url, 'bob@lelystad.nl', 'gok nummer 0 abc')).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      expect(firstError(await browser(SIGN_IN, { e: 'bob@lelystad.nl', p: 'gok nummer 1 abc' }, null)).extensions?.code).toBe('UNAUTHENTICATED');
      expect((await guessAt(other.url, 'bob@lelystad.nl', 'gok nummer 2 abc')).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      const locked = await browser(SIGN_IN, { e: 'bob@lelystad.nl', p: PASSWORD }, null);
      expect(locked.status).toBe(429);
      expect(firstError(locked).extensions?.code).toBe('TOO_MANY_ATTEMPTS');
      expect(Number(locked.headers.get('retry-after'))).toBeGreaterThan(0);
      expect((await guessAt(other.url, 'bob@lelystad.nl', PASSWORD)).errors?.[0]?.extensions?.code).toBe('TOO_MANY_ATTEMPTS');
      // Ten guesses for another account at once, on both servers: three are checked, the rest refused.
      const codes = await Promise.all(
        Array.from({ length: 10 }, (_, i) => guessAt(i % 2 ? other.url : api.url, 'carla@zoetermeer.nl', `gok nummer ${i} abc`).then((r) => r.errors?.[0]?.extensions?.code)),
      );
      expect(codes.filter((c) => c === 'UNAUTHENTICATED')).toHaveLength(3);
      expect(codes.filter((c) => c === 'TOO_MANY_ATTEMPTS')).toHaveLength(7);
      // Other accounts from the same address: two more failures (3 + 3 + 2) reach the address's limit.
      for (let i = 0; i < 2; i++) expect(firstError(await browser(SIGN_IN, { e: `nobody${i}@x.nl`, p: `gok nummer ${i} abc` }, null)).extensions?.code).toBe('UNAUTHENTICATED');
      expect(firstError(await browser(SIGN_IN, { e: 'anna@almere.nl', p: PASSWORD }, null)).extensions?.code).toBe('TOO_MANY_ATTEMPTS');
      expect((await guessAt(other.url, 'anna@almere.nl', PASSWORD)).errors?.[0]?.extensions?.code).toBe('TOO_MANY_ATTEMPTS');
    } finally {
      await other.stop();
    }
  });
});

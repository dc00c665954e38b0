/**
 * Resolvers for people: sign-in and sign-out by session cookie, accounts and invitations (an
 * admin's), and `me`. Sign-in, accepting an invitation and sign-out are refused from another
 * site's pages (CSRF_ORIGIN), like every cookie-authenticated request (context.ts).
 */
import { createGraphQLError } from 'graphql-yoga';
import { InputError } from '../graph/model.ts';
import type { ApiContext, Caller } from './context.ts';
import { accountForSignIn, acceptInvitation, createAccount, createInvitation, disableAccount, listAccounts, normaliseEmail, type Account, type Invitation } from '../accounts/accounts.ts';
import { MAX_PASSWORD, verifyPassword } from '../accounts/passwords.ts';
import { endAllSessions, endSession, startSession } from '../accounts/sessions.ts';

/** Where the explorer takes an invitation: the secret after #, so that it is never sent to a server. */
export const INVITATION_PATH = '/uitnodiging#';

const created = ({ secret, invitation }: { secret: string; invitation: Invitation }) => ({ ...invitation, secret, link: `${INVITATION_PATH}${secret}` });

const me = (c: Caller) => ({ kind: c.kind, id: c.id, name: c.name, role: c.role, organisation: c.organisation, email: c.email });
const meOf = (a: Account) => me({ kind: 'account', id: a.id, name: a.name, role: a.role, organisation: a.organisation, email: a.email });

async function signedIn(ctx: ApiContext, accountId: string) {
  const secret = await startSession(ctx.db, accountId, ctx.browser.session);
  if (!secret) throw createGraphQLError('This account is disabled.', { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
  ctx.browser.setSession(secret);
}

export function peopleQueries() {
  return {
    me: async (_: unknown, __: unknown, ctx: ApiContext) => {
      const caller = await ctx.caller().catch((error) => {
        // An ended session is no one, for `me`: the browser shows the sign-in form.
        if (error?.extensions?.code === 'UNAUTHENTICATED' && !ctx.browser.session) throw error;
        if (error?.extensions?.code === 'UNAUTHENTICATED') return null;
        throw error;
      });
      return caller ? me(caller) : null;
    },
    accounts: async (_: unknown, __: unknown, ctx: ApiContext) => {
      await ctx.requireRole('admin');
      return listAccounts(ctx.db);
    },
  };
}

export function peopleMutations() {
  return {
    signIn: async (_: unknown, args: { email: string; password: string }, ctx: ApiContext) => {
      ctx.browser.requireSameSite();
      const email = (() => {
        try {
          return normaliseEmail(args.email);
        } catch {
          return args.email.trim().toLowerCase().slice(0, 200);
        }
      })();
      const { limiter, address } = ctx.browser;
      const wait = await limiter.attempt(email, address);
      if (wait > 0) {
        throw createGraphQLError(`Too many failed sign-ins; try again in ${Math.ceil(wait / 60)} minute(s), or ask an admin for a new password link.`, {
          extensions: { code: 'TOO_MANY_ATTEMPTS', http: { status: 429, headers: { 'retry-after': String(wait) } } },
        });
      }
      const found = await accountForSignIn(ctx.db, email);
      const ok = args.password.length <= MAX_PASSWORD && (await verifyPassword(args.password, found?.passwordHash ?? null)) && !found!.account.disabledAt;
      if (!ok) {
        throw createGraphQLError('The email address or the password is not right.', { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
      }
      await limiter.succeeded(email, address);
      await signedIn(ctx, found!.account.id);
      return meOf(found!.account);
    },

    acceptInvitation: async (_: unknown, args: { code: string; password: string; email?: string | null; name?: string | null }, ctx: ApiContext) => {
      ctx.browser.requireSameSite();
      const account = await acceptInvitation(ctx.db, { secret: args.code, password: args.password, email: args.email, name: args.name });
      await signedIn(ctx, account.id);
      return meOf(account);
    },

    signOut: async (_: unknown, __: unknown, ctx: ApiContext) => {
      ctx.browser.requireSameSite();
      if (ctx.browser.session) await endSession(ctx.db, ctx.browser.session);
      ctx.browser.setSession(null);
      return true;
    },

    signOutEverywhere: async (_: unknown, __: unknown, ctx: ApiContext) => {
      const caller = await ctx.requireRole('participant');
      if (caller.kind !== 'account') throw new InputError('signOutEverywhere is for a signed-in person; an API token is revoked with revokeToken.');
      const ended = await endAllSessions(ctx.db, caller.id);
      ctx.browser.setSession(null);
      return ended;
    },

    createAccount: async (_: unknown, { input }: { input: { email: string; name: string; organisation: string; role: string } }, ctx: ApiContext) => {
      const admin = await ctx.requireRole('admin');
      const result = await createAccount(ctx.db, { ...input, createdBy: `${admin.kind}:${admin.name}` });
      return { account: result.account, invitation: result.invitation ? created(result.invitation) : null };
    },

    createInvitation: async (_: unknown, args: { role: string; organisation: string; days?: number | null }, ctx: ApiContext) => {
      const admin = await ctx.requireRole('admin');
      return created(await createInvitation(ctx.db, { role: args.role, organisation: args.organisation, days: args.days ?? undefined, createdBy: `${admin.kind}:${admin.name}` }));
    },

    disableAccount: async (_: unknown, { id }: { id: string }, ctx: ApiContext) => {
      await ctx.requireRole('admin');
      const account = await disableAccount(ctx.db, id);
      if (!account) throw new InputError(`No account with id '${id}'`);
      return account;
    },
  };
}

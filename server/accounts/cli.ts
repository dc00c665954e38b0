/**
 * `newtowns accounts ...`: accounts of people, made by an admin at the terminal. A new account
 * comes with a one-time link by which its owner sets a password; no password passes the terminal.
 */
import os from 'node:os';
import { parseArgs } from 'node:util';
import type { Db } from '../db/driver.ts';
import { ROLES } from '../api/tokens.ts';
import { AccountInputError, createAccount, createInvitation, disableAccount, listAccounts } from './accounts.ts';
import { endAllSessions } from './sessions.ts';
import { INVITATION_PATH } from '../api/people.ts';

export const ACCOUNTS_USAGE = `newtowns accounts create --email E --name N --organisation O --role ${ROLES.join('|')}
                             an account; prints the one-time link by which its owner sets a password
newtowns accounts invite --organisation O --role R [--days 7]
                             a one-time link by which someone makes their own account
newtowns accounts list       accounts (never their passwords)
newtowns accounts disable ID disable an account and end its sessions
newtowns accounts sign-out ID
                             end every session of an account`;

/** Runs `accounts <create|invite|list|disable|sign-out> ...`; returns the exit code. */
export async function accountsCommand(db: Db, argv: string[], baseUrl: string, out: (line: string) => void = console.log): Promise<number> {
  const [sub, ...rest] = argv;
  const by = `cli:${os.userInfo().username}`;
  const { values, positionals } = parseArgs({
    args: rest,
    options: { email: { type: 'string' }, name: { type: 'string' }, organisation: { type: 'string' }, role: { type: 'string' }, days: { type: 'string' } },
    allowPositionals: true,
  });
  const link = (secret: string) => `${baseUrl}${INVITATION_PATH}${secret}`;
  try {
    switch (sub) {
      case 'create': {
        if (!values.email || !values.name || !values.organisation || !values.role) break;
        const { account, invitation } = await createAccount(db, { email: values.email, name: values.name, organisation: values.organisation, role: values.role, createdBy: by });
        out(`Created ${account.role} account ${account.id} for ${account.name} (${account.organisation}, ${account.email}).`);
        out(`Send them this link to set a password (shown only now, valid until ${invitation!.invitation.expiresAt}):`);
        out(link(invitation!.secret));
        return 0;
      }
      case 'invite': {
        if (!values.organisation || !values.role) break;
        const days = values.days === undefined ? undefined : Number(values.days);
        const { secret, invitation } = await createInvitation(db, { role: values.role, organisation: values.organisation, days, createdBy: by });
        out(`Invitation ${invitation.id} for a ${invitation.role} of ${invitation.organisation}, valid until ${invitation.expiresAt} (shown only now):`);
        out(link(secret));
        return 0;
      }
      case 'list':
        for (const a of await listAccounts(db)) out([a.id, a.role, a.email, a.name, a.organisation, a.disabledAt ? `disabled ${a.disabledAt}` : ''].join('\t').trimEnd());
        return 0;
      case 'disable': {
        if (!positionals[0]) break;
        const a = await disableAccount(db, positionals[0]);
        out(a ? `Disabled ${a.id} (${a.email}); its sessions are ended.` : `No account ${positionals[0]}.`);
        return a ? 0 : 1;
      }
      case 'sign-out': {
        if (!positionals[0]) break;
        out(`Ended ${await endAllSessions(db, positionals[0])} session(s) of ${positionals[0]}.`);
        return 0;
      }
    }
  } catch (error) {
    if (!(error instanceof AccountInputError)) throw error;
    out(`Error: ${error.message}`);
    return 2;
  }
  out(`Usage:\n${ACCOUNTS_USAGE}`);
  return 2;
}

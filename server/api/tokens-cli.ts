/**
 * `newtowns token create --role R --name N`: prints a new API token's secret once.
 * The lead wires `tokenCommand(db, argv)` into server/cli.ts.
 */
import type { Db } from '../db/driver.ts';
import { createApiToken, listApiTokens, revokeApiToken, ROLES } from './tokens.ts';
import os from 'node:os';

function option(argv: readonly string[], name: string): string | undefined {
  const i = argv.indexOf(`--${name}`);
  if (i >= 0) return argv[i + 1];
  const eq = argv.find((a) => a.startsWith(`--${name}=`));
  return eq?.slice(name.length + 3);
}

export const TOKEN_USAGE = `newtowns token create --role ${ROLES.join('|')} --name NAME   create a bearer token (the secret is shown once)
newtowns token list                                              list tokens (never their secrets)
newtowns token revoke ID                                         revoke a token`;

/** Runs `token <create|list|revoke> ...`; returns the process exit code. */
export async function tokenCommand(db: Db, argv: readonly string[], out: (line: string) => void = console.log): Promise<number> {
  const [sub, ...rest] = argv;
  if (sub === 'create') {
    const role = option(rest, 'role');
    const name = option(rest, 'name');
    if (!role || !name) {
      out(`Usage: ${TOKEN_USAGE.split('\n')[0]}`);
      return 2;
    }
    try {
      const { token, secret } = await createApiToken(db, { name, role, createdBy: `cli:${os.userInfo().username}` });
      out(`Created ${token.role} token ${token.id} (${token.name}). Its secret, shown only now:`);
      out(secret);
      out('Send it as the header  Authorization: Bearer <secret>');
      return 0;
    } catch (error) {
      out((error as Error).message);
      return 2;
    }
  }
  if (sub === 'list') {
    for (const t of await listApiTokens(db)) out(`${t.id}\t${t.role}\t${t.name}\t${t.createdAt}${t.revokedAt ? `\trevoked ${t.revokedAt}` : ''}`);
    return 0;
  }
  if (sub === 'revoke' && rest[0]) {
    const t = await revokeApiToken(db, rest[0]);
    out(t ? `Revoked ${t.id} (${t.name}).` : `No token ${rest[0]}.`);
    return t ? 0 : 1;
  }
  out(`Usage:\n${TOKEN_USAGE}`);
  return 2;
}

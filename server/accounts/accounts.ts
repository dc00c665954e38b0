/**
 * Accounts of people (not scripts: those have API tokens) and the invitations that make them.
 *   (:Account {id, email, name, organisation, role, passwordHash, createdAt, createdBy, disabledAt})
 *   (:Invitation {id, hash, role, organisation, accountId, createdAt, createdBy, expiresAt, usedAt})
 * Both are system labels (server/ontology.ts SYSTEM_LABELS): an import file cannot name them, and
 * no read of the knowledge graph returns them. An invitation's secret is shown once and stored
 * as its sha256 hash, like an API token's.
 */
import { randomBytes } from 'node:crypto';
import { cypher, plain, type Db } from '../db/driver.ts';
import { InputError } from '../graph/model.ts';
import { hashSecret, isRole, ROLES, type Role } from '../api/tokens.ts';
import { hashPassword, passwordProblem } from './passwords.ts';

export interface Account {
  id: string;
  email: string;
  name: string;
  organisation: string;
  role: Role;
  createdAt: string;
  createdBy: string | null;
  disabledAt: string | null;
}

export interface Invitation {
  id: string;
  role: Role;
  organisation: string;
  /** Set: the link sets the password of this account (made by an admin); unset: it makes a new one. */
  accountId: string | null;
  createdAt: string;
  createdBy: string | null;
  expiresAt: string;
  usedAt: string | null;
}

/** Bad input for an account: answered as BAD_USER_INPUT like any other. */
export class AccountInputError extends InputError {
  override name = 'AccountInputError';
}

const INVITATION_DAYS = 7;

const Q = {
  create: cypher(
    'accounts.create',
    `CREATE (a:Account {id: $id, email: $email, name: $name, organisation: $organisation, role: $role, createdAt: $now, createdBy: $createdBy})
     RETURN properties(a) AS a`,
  ),
  byEmail: cypher('accounts.byEmail', 'MATCH (a:Account {email: $email}) RETURN properties(a) AS a'),
  byId: cypher('accounts.byId', 'MATCH (a:Account {id: $id}) RETURN properties(a) AS a'),
  list: cypher('accounts.list', 'MATCH (a:Account) RETURN properties(a) AS a ORDER BY a.organisation, a.name, a.id'),
  disable: cypher(
    'accounts.disable',
    `MATCH (a:Account {id: $id}) SET a.disabledAt = coalesce(a.disabledAt, $now)
     WITH a OPTIONAL MATCH (s:Session {accountId: a.id}) DETACH DELETE s
     RETURN DISTINCT properties(a) AS a`,
  ),
  invite: cypher(
    'accounts.invite',
    `CREATE (i:Invitation {id: $id, hash: $hash, role: $role, organisation: $organisation, accountId: $accountId,
       createdAt: $now, createdBy: $createdBy, expiresAt: $expiresAt})
     RETURN properties(i) AS i`,
  ),
  /** Takes the invitation (once: usedAt is set in the same statement that checks it is unset). */
  useInvitation: cypher(
    'accounts.useInvitation',
    `MATCH (i:Invitation {hash: $hash}) WHERE i.usedAt IS NULL AND i.expiresAt > $now
     SET i.usedAt = $now RETURN properties(i) AS i`,
  ),
  setPassword: cypher(
    'accounts.setPassword',
    `MATCH (a:Account {id: $id}) WHERE a.disabledAt IS NULL SET a.passwordHash = $hash
     WITH a OPTIONAL MATCH (s:Session {accountId: a.id}) DETACH DELETE s
     RETURN DISTINCT properties(a) AS a`,
  ),
};

export function accountFrom(value: unknown): Account {
  const a = plain(value) as Record<string, unknown>;
  return {
    id: String(a.id),
    email: String(a.email),
    name: String(a.name),
    organisation: String(a.organisation),
    role: a.role as Role,
    createdAt: String(a.createdAt),
    createdBy: (a.createdBy as string | undefined) ?? null,
    disabledAt: (a.disabledAt as string | undefined) ?? null,
  };
}

function invitation(value: unknown): Invitation {
  const i = plain(value) as Record<string, unknown>;
  return {
    id: String(i.id),
    role: i.role as Role,
    organisation: String(i.organisation),
    accountId: (i.accountId as string | undefined) ?? null,
    createdAt: String(i.createdAt),
    createdBy: (i.createdBy as string | undefined) ?? null,
    expiresAt: String(i.expiresAt),
    usedAt: (i.usedAt as string | undefined) ?? null,
  };
}

function field(name: string, value: string | null | undefined, max: number): string {
  const s = (value ?? '').trim();
  if (!s) throw new AccountInputError(`${name} is required`);
  if (s.length > max) throw new AccountInputError(`${name} must be at most ${max} characters`);
  return s;
}

export function normaliseEmail(value: string | null | undefined): string {
  const email = field('email', value, 200).toLowerCase();
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) throw new AccountInputError(`'${email}' is not an email address`);
  return email;
}

function role(value: string): Role {
  if (!isRole(value)) throw new AccountInputError(`role must be one of ${ROLES.join(', ')}`);
  return value;
}

const isDuplicate = (error: unknown) => (error as { code?: string }).code === 'Neo.ClientError.Schema.ConstraintValidationFailed';

/**
 * An account made by an admin. Without a password, it comes with a one-time link (an invitation
 * for this account) by which its owner sets one.
 */
export async function createAccount(
  db: Db,
  input: { email: string; name: string; organisation: string; role: string; password?: string | null; createdBy: string | null },
): Promise<{ account: Account; invitation: { secret: string; invitation: Invitation } | null }> {
  const params = {
    id: `account:${randomBytes(8).toString('hex')}`,
    email: normaliseEmail(input.email),
    name: field('name', input.name, 200),
    organisation: field('organisation', input.organisation, 200),
    role: role(input.role),
    now: new Date().toISOString(),
    createdBy: input.createdBy,
  };
  const problem = input.password != null ? passwordProblem(input.password) : null;
  if (problem) throw new AccountInputError(problem);
  let created: Account;
  try {
    created = accountFrom((await db.write(Q.create, params)).records[0]!.get('a'));
  } catch (error) {
    if (isDuplicate(error)) throw new AccountInputError(`there is an account for ${params.email} already`);
    throw error;
  }
  if (input.password != null) {
    await db.write(Q.setPassword, { id: created.id, hash: await hashPassword(input.password) });
    return { account: created, invitation: null };
  }
  return { account: created, invitation: await createInvitation(db, { role: created.role, organisation: created.organisation, accountId: created.id, createdBy: input.createdBy }) };
}

export async function createInvitation(
  db: Db,
  input: { role: string; organisation: string; accountId?: string | null; createdBy: string | null; days?: number },
): Promise<{ secret: string; invitation: Invitation }> {
  const days = input.days ?? INVITATION_DAYS;
  if (!Number.isInteger(days) || days < 1 || days > 60) throw new AccountInputError('an invitation is valid for 1 to 60 days');
  const secret = `inv_${randomBytes(24).toString('base64url')}`;
  const now = new Date();
  const result = await db.write(Q.invite, {
    id: `invitation:${randomBytes(6).toString('hex')}`,
    hash: hashSecret(secret),
    role: role(input.role),
    organisation: field('organisation', input.organisation, 200),
    accountId: input.accountId ?? null,
    now: now.toISOString(),
    createdBy: input.createdBy,
    expiresAt: new Date(now.getTime() + days * 86_400_000).toISOString(),
  });
  return { secret, invitation: invitation(result.records[0]!.get('i')) };
}

/**
 * Uses an invitation: sets the password of its account, or makes a new account (with the
 * invitation's role and organisation, and the email and name given). All in one transaction: an
 * invitation is used once, and a refused one stays unused.
 */
export async function acceptInvitation(
  db: Db,
  input: { secret: string; password: string; email?: string | null; name?: string | null },
): Promise<Account> {
  const problem = passwordProblem(input.password);
  if (problem) throw new AccountInputError(problem);
  const passwordHash = await hashPassword(input.password);
  const now = new Date().toISOString();
  return db.writeTransaction('accounts.acceptInvitation', async (tx) => {
    const found = (await tx.run(Q.useInvitation.text, { hash: hashSecret(input.secret), now })).records[0];
    if (!found) throw new AccountInputError('this invitation link is unknown, used already or expired; ask for a new one');
    const inv = invitation(found.get('i'));
    if (inv.accountId) {
      const set = (await tx.run(Q.setPassword.text, { id: inv.accountId, hash: passwordHash })).records[0];
      if (!set) throw new AccountInputError('the account of this invitation is disabled');
      return accountFrom(set.get('a'));
    }
    const params = {
      id: `account:${randomBytes(8).toString('hex')}`,
      email: normaliseEmail(input.email),
      name: field('name', input.name, 200),
      organisation: inv.organisation,
      role: inv.role,
      now,
      createdBy: `invitation:${inv.id}`,
    };
    if ((await tx.run(Q.byEmail.text, { email: params.email })).records.length) throw new AccountInputError(`there is an account for ${params.email} already`);
    const created = accountFrom((await tx.run(Q.create.text, params)).records[0]!.get('a'));
    await tx.run(Q.setPassword.text, { id: created.id, hash: passwordHash });
    return created;
  });
}

/** The account and its password hash, for signing in (null hash: no password set yet). */
export async function accountForSignIn(db: Db, email: string): Promise<{ account: Account; passwordHash: string | null } | null> {
  const record = (await db.read(Q.byEmail, { email })).records[0];
  if (!record) return null;
  const props = plain(record.get('a')) as Record<string, unknown>;
  return { account: accountFrom(props), passwordHash: (props.passwordHash as string | undefined) ?? null };
}

export async function getAccount(db: Db, id: string): Promise<Account | null> {
  const record = (await db.read(Q.byId, { id })).records[0];
  return record ? accountFrom(record.get('a')) : null;
}

export async function listAccounts(db: Db): Promise<Account[]> {
  return (await db.read(Q.list)).records.map((r) => accountFrom(r.get('a')));
}

/** Disables an account and ends its sessions; its proposals and history stay. */
export async function disableAccount(db: Db, id: string): Promise<Account | null> {
  const record = (await db.write(Q.disable, { id, now: new Date().toISOString() })).records[0];
  return record ? accountFrom(record.get('a')) : null;
}

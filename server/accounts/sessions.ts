/**
 * Sessions of signed-in browsers: (:Session {id, accountId, createdAt, expiresAt}), where id is
 * the sha256 hash of the cookie's secret (a copy of the database opens no browser session). A
 * session is made fresh at every sign-in, never taken over from a cookie the browser brought
 * (no fixation), and deleted at sign-out: a copied cookie opens nothing after that.
 */
import { randomBytes } from 'node:crypto';
import { cypher, type Db } from '../db/driver.ts';
import { hashSecret } from '../api/tokens.ts';
import { accountFrom, type Account } from './accounts.ts';

export const SESSION_COOKIE = 'nt_session';
/** How long a session lasts after sign-in. */
export const SESSION_HOURS = 12;

const Q = {
  create: cypher(
    'sessions.create',
    `MATCH (a:Account {id: $accountId}) WHERE a.disabledAt IS NULL
     OPTIONAL MATCH (old:Session {id: $replaces})
     DETACH DELETE old
     CREATE (s:Session {id: $id, accountId: a.id, createdAt: $now, expiresAt: $expiresAt})
     RETURN s.id AS id`,
  ),
  account: cypher(
    'sessions.account',
    `MATCH (s:Session {id: $id}) WHERE s.expiresAt > $now
     MATCH (a:Account {id: s.accountId}) WHERE a.disabledAt IS NULL
     RETURN properties(a) AS a`,
  ),
  end: cypher('sessions.end', 'MATCH (s:Session {id: $id}) DETACH DELETE s RETURN count(*) AS ended'),
  endAll: cypher('sessions.endAll', 'MATCH (s:Session {accountId: $accountId}) DETACH DELETE s RETURN count(*) AS ended'),
  /** Expired sessions, removed now and then (at sign-in). */
  sweep: cypher('sessions.sweep', 'MATCH (s:Session) WHERE s.expiresAt <= $now WITH s LIMIT 1000 DETACH DELETE s'),
};

/**
 * A new session for the account; the session the browser brought (`replaces`, its secret) is
 * ended. Returns the new cookie secret, or null when the account is disabled.
 */
export async function startSession(db: Db, accountId: string, replaces: string | null): Promise<string | null> {
  const secret = randomBytes(32).toString('base64url');
  const now = new Date();
  const result = await db.write(Q.create, {
    accountId,
    id: hashSecret(secret),
    replaces: replaces ? hashSecret(replaces) : '',
    now: now.toISOString(),
    expiresAt: new Date(now.getTime() + SESSION_HOURS * 3_600_000).toISOString(),
  });
  await db.write(Q.sweep, { now: now.toISOString() });
  return result.records.length ? secret : null;
}

/** The signed-in account of a cookie secret, or null (unknown, ended, expired, disabled). */
export async function sessionAccount(db: Db, secret: string): Promise<Account | null> {
  const record = (await db.read(Q.account, { id: hashSecret(secret), now: new Date().toISOString() })).records[0];
  return record ? accountFrom(record.get('a')) : null;
}

export async function endSession(db: Db, secret: string): Promise<void> {
  await db.write(Q.end, { id: hashSecret(secret) });
}

/** Ends every session of the account (sign out everywhere); returns how many there were. */
export async function endAllSessions(db: Db, accountId: string): Promise<number> {
  const result = await db.write(Q.endAll, { accountId });
  return Number(result.records[0]!.get('ended'));
}

/** The cookie secret a request brought, if any. */
export function sessionSecret(cookieHeader: string | null | undefined): string | null {
  if (!cookieHeader) return null;
  for (const part of cookieHeader.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === SESSION_COOKIE) {
      const value = part.slice(eq + 1).trim();
      return /^[A-Za-z0-9_-]{20,100}$/.test(value) ? value : null;
    }
  }
  return null;
}

/** The Set-Cookie header for a session (null: remove it). Secure when the site is served over https. */
export function sessionCookie(secret: string | null, secure: boolean): string {
  const attributes = ['Path=/', 'HttpOnly', 'SameSite=Lax', ...(secure ? ['Secure'] : [])];
  if (secret === null) return [`${SESSION_COOKIE}=`, 'Max-Age=0', ...attributes].join('; ');
  return [`${SESSION_COOKIE}=${secret}`, `Max-Age=${SESSION_HOURS * 3600}`, ...attributes].join('; ');
}

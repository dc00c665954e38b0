/**
 * API tokens: bearer secrets for writes, each with a role. Only the sha256 hash of a secret is
 * stored, in (:ApiToken {id, hash, name, role, createdAt, createdBy, revokedAt}).
 */
import { createHash, randomBytes } from 'node:crypto';
import { cypher, plain, type Db } from '../db/driver.ts';

export const ROLES = ['participant', 'partner', 'editor', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

/** participant < partner < editor < admin: a role may do what the roles below it may. */
export function roleAllows(have: Role, need: Role): boolean {
  return ROLES.indexOf(have) >= ROLES.indexOf(need);
}

export interface ApiTokenInfo {
  id: string;
  name: string;
  role: Role;
  createdAt: string;
  createdBy: string | null;
  revokedAt: string | null;
}

export const hashSecret = (secret: string) => createHash('sha256').update(secret, 'utf8').digest('hex');

const create = cypher(
  'tokens.create',
  `CREATE (t:ApiToken {id: $id, hash: $hash, name: $name, role: $role, createdAt: $createdAt, createdBy: $createdBy})
   RETURN properties(t) AS t`,
);
const byHash = cypher('tokens.byHash', 'MATCH (t:ApiToken {hash: $hash}) WHERE t.revokedAt IS NULL RETURN properties(t) AS t');
const revoke = cypher(
  'tokens.revoke',
  'MATCH (t:ApiToken {id: $id}) SET t.revokedAt = coalesce(t.revokedAt, $now) RETURN properties(t) AS t',
);
const list = cypher('tokens.list', 'MATCH (t:ApiToken) RETURN properties(t) AS t ORDER BY t.createdAt, t.id');

function info(value: unknown): ApiTokenInfo {
  const t = plain(value) as Record<string, unknown>;
  return {
    id: String(t.id),
    name: String(t.name),
    role: t.role as Role,
    createdAt: String(t.createdAt),
    createdBy: (t.createdBy as string | undefined) ?? null,
    revokedAt: (t.revokedAt as string | undefined) ?? null,
  };
}

export class TokenInputError extends Error {
  override name = 'TokenInputError';
}

export async function createApiToken(
  db: Db,
  options: { name: string; role: string; createdBy?: string | null },
): Promise<{ token: ApiTokenInfo; secret: string }> {
  const name = options.name.trim();
  if (!name || name.length > 100) throw new TokenInputError('name must be 1 to 100 characters');
  if (!isRole(options.role)) throw new TokenInputError(`role must be one of ${ROLES.join(', ')}`);
  const secret = `nt_${randomBytes(32).toString('base64url')}`;
  const id = `token:${randomBytes(6).toString('hex')}`;
  const result = await db.write(create, {
    id,
    hash: hashSecret(secret),
    name,
    role: options.role,
    createdAt: new Date().toISOString(),
    createdBy: options.createdBy ?? null,
  });
  return { token: info(result.records[0]!.get('t')), secret };
}

export async function tokenForSecret(db: Db, secret: string): Promise<ApiTokenInfo | null> {
  const result = await db.read(byHash, { hash: hashSecret(secret) });
  const record = result.records[0];
  return record ? info(record.get('t')) : null;
}

export async function revokeApiToken(db: Db, id: string): Promise<ApiTokenInfo | null> {
  const result = await db.write(revoke, { id, now: new Date().toISOString() });
  const record = result.records[0];
  return record ? info(record.get('t')) : null;
}

export async function listApiTokens(db: Db): Promise<ApiTokenInfo[]> {
  const result = await db.read(list);
  return result.records.map((r) => info(r.get('t')));
}

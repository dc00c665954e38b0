/**
 * Passwords, hashed with scrypt (memory-hard, in node:crypto: no dependency to keep up). The
 * stored form names its parameters, so they can be raised later without losing old hashes:
 * `scrypt$<log2 N>$<r>$<p>$<salt>$<hash>` (base64url).
 */
import { randomBytes, scrypt as scryptCallback, timingSafeEqual, type ScryptOptions } from 'node:crypto';

/**
 * The cost of new hashes: N = 2^logN, r, p. The tests of what surrounds a sign-in lower logN
 * (test/support/passwords.ts: a hash there took 0.1 to 0.7 s, 40 of them); a unit test holds new
 * hashes to these figures.
 */
export const HASH_COST = { logN: 15, r: 8, p: 1 };
const KEY_BYTES = 32;
export const MIN_PASSWORD = 12;
export const MAX_PASSWORD = 200;

function scrypt(password: string, salt: Buffer, logN: number, r: number, p: number): Promise<Buffer> {
  // 128 * N * r bytes (32 MiB at N = 2^15, r = 8), with room: node's default maxmem is just that.
  const options: ScryptOptions = { N: 2 ** logN, r, p, maxmem: 256 * 2 ** logN * r };
  return new Promise((resolve, reject) => scryptCallback(password.normalize('NFC'), salt, KEY_BYTES, options, (e, key) => (e ? reject(e) : resolve(key))));
}

/** Why a password may not be used, or null. */
export function passwordProblem(password: string): string | null {
  if (password.length < MIN_PASSWORD) return `the password must be at least ${MIN_PASSWORD} characters (a few words make a good one)`;
  if (password.length > MAX_PASSWORD) return `the password may be at most ${MAX_PASSWORD} characters`;
  return null;
}

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const { logN, r, p } = HASH_COST;
  const key = await scrypt(password, salt, logN, r, p);
  return ['scrypt', logN, r, p, salt.toString('base64url'), key.toString('base64url')].join('$');
}

/** A hash of a password nobody knows: checked when there is no account, so that takes as long. */
let decoy: Promise<string> | undefined;

/** Whether `password` matches `stored`; with stored null it spends the same time and says no. */
export async function verifyPassword(password: string, stored: string | null): Promise<boolean> {
  const hash = stored ?? (await (decoy ??= hashPassword(randomBytes(16).toString('hex'))));
  const [scheme, logN, r, p, salt, key] = hash.split('$');
  if (scheme !== 'scrypt' || !salt || !key || password.length > MAX_PASSWORD) return false;
  const expected = Buffer.from(key, 'base64url');
  if (expected.length !== KEY_BYTES) return false;
  const actual = await scrypt(password, Buffer.from(salt, 'base64url'), Number(logN), Number(r), Number(p));
  return timingSafeEqual(actual, expected) && stored !== null;
}

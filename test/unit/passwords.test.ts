/** Password hashes at production's cost (the tests around sign-in use a cheaper one: test/support/passwords.ts). */
import { expect, test } from 'vitest';
import { HASH_COST, hashPassword, MAX_PASSWORD, verifyPassword } from '../../server/accounts/passwords.ts';

const PASSWORD = 'een lang genoeg wachtwoord';

test('new hashes are scrypt at N = 2^15, r = 8, p = 1, with a 16-byte salt and a 32-byte key, and verify', async () => {
  expect(HASH_COST).toEqual({ logN: 15, r: 8, p: 1 });
  const hash = await hashPassword(PASSWORD);
  const [scheme, logN, r, p, salt, key] = hash.split('$');
  expect([scheme, logN, r, p]).toEqual(['scrypt', '15', '8', '1']);
  expect(Buffer.from(salt!, 'base64url')).toHaveLength(16);
  expect(Buffer.from(key!, 'base64url')).toHaveLength(32);
  expect(await verifyPassword(PASSWORD, hash)).toBe(true);
  expect(await verifyPassword('een lang genoeg wachtwoorD', hash)).toBe(false);
  // Normalised: an é typed as e + combining accent is the same password.
  const accented = await hashPassword('café in het centrum');
  expect(await verifyPassword('cafe\u0301 in het centrum', accented)).toBe(true);
  expect(await verifyPassword(PASSWORD + 'x'.repeat(MAX_PASSWORD), hash)).toBe(false);
  // Salted: the same password twice gives two hashes.
  expect(await hashPassword(PASSWORD)).not.toBe(hash);
});

test('a hash made at another cost verifies at its own (the cost can be raised without losing accounts)', async () => {
  const production = { ...HASH_COST };
  HASH_COST.logN = 10;
  let old: string;
  try {
    old = await hashPassword(PASSWORD);
  } finally {
    Object.assign(HASH_COST, production);
  }
  expect(old.split('$').slice(0, 4)).toEqual(['scrypt', '10', '8', '1']);
  expect(await verifyPassword(PASSWORD, old)).toBe(true);
  expect(await verifyPassword('een ander wachtwoord', old)).toBe(false);
});

test('without a stored hash (no such account), or with one of another scheme: no', async () => {
  expect(await verifyPassword(PASSWORD, null)).toBe(false);
  expect(await verifyPassword(PASSWORD, 'bcrypt$x')).toBe(false);
});

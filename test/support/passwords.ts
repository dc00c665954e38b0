/**
 * Cheaper password hashes for the tests of what surrounds a sign-in (sessions, attacks, proposals,
 * the contribution walk): scrypt at N = 2^10 instead of 2^15, 2 ms a hash instead of 0.1 s on a
 * quiet machine and 0.7 s on a busy one. What they test does not depend on the cost, and a hash
 * keeps the cost it was made with. test/unit/passwords.test.ts holds production's cost.
 */
import { afterAll, beforeAll } from 'vitest';
import { HASH_COST } from '../../server/accounts/passwords.ts';

/** For the tests of the file that calls it; the cost is production's again after them. */
export function cheapPasswordHashes(): void {
  const production = { ...HASH_COST };
  beforeAll(() => {
    HASH_COST.logN = 10;
  });
  afterAll(() => {
    Object.assign(HASH_COST, production);
  });
}

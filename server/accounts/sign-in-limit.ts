/**
 * Password guessing, slowed: failed sign-ins are counted per account (the email tried) and per
 * client address within a window; past the limit, sign-in is refused without looking at the
 * password (and without spending scrypt on it) until the window has passed. A success clears
 * the account's count and takes its attempt off the address's.
 *
 * The counts live in Neo4j (:SignInThrottle {id, count, since}, a system label no import can
 * name), so every API server against the same database counts the same guesses: behind several
 * processes the limits hold as configured, not multiplied by their number. An attempt is counted
 * before the password is checked, in one transaction that holds both counters' locks: guesses
 * sent side by side cannot slip past the limit while the first ones are being checked.
 */
import neo4j from 'neo4j-driver';
import { cypher, type Db } from '../db/driver.ts';

export interface SignInLimits {
  /** Failures per account within the window. */
  perAccount: number;
  /** Failures per client address within the window. */
  perAddress: number;
  windowMs: number;
}

export const DEFAULT_SIGN_IN_LIMITS: SignInLimits = { perAccount: 5, perAddress: 50, windowMs: 15 * 60_000 };

const Q = {
  // SET takes each counter's write lock for the rest of the transaction.
  lock: cypher(
    'signIn.throttle.lock',
    `UNWIND $keys AS key
     MERGE (t:SignInThrottle {id: key})
       ON CREATE SET t.count = 0, t.since = $now
     SET t.touched = $now
     RETURN key, CASE WHEN $now - t.since >= $windowMs THEN 0 ELSE t.count END AS count, t.since AS since`,
  ),
  count: cypher(
    'signIn.throttle.count',
    `UNWIND $keys AS key
     MATCH (t:SignInThrottle {id: key})
     WITH t, $now - t.since >= $windowMs AS expired
     SET t.since = CASE WHEN expired THEN $now ELSE t.since END,
         t.count = CASE WHEN expired THEN 1 ELSE t.count + 1 END`,
  ),
  succeeded: cypher(
    'signIn.throttle.succeeded',
    `OPTIONAL MATCH (a:SignInThrottle {id: $account}) DELETE a
     WITH count(*) AS done
     MATCH (t:SignInThrottle {id: $address}) WHERE t.count > 0
     SET t.count = t.count - 1`,
  ),
  /** Counters whose window has passed, removed now and then (a flood of made-up emails leaves many). */
  sweep: cypher('signIn.throttle.sweep', 'MATCH (t:SignInThrottle) WHERE t.touched < $before WITH t LIMIT 100 DELETE t'),
};

const accountKey = (email: string) => `account:${email}`;
const addressKey = (address: string) => `address:${address}`;

export class SignInLimiter {
  private attempts = 0;

  constructor(
    private readonly db: Db,
    private readonly limits: SignInLimits = DEFAULT_SIGN_IN_LIMITS,
  ) {}

  /**
   * Counts a sign-in attempt for `email` from `address` as a failure until `succeeded` says
   * otherwise. Returns 0 when it may go ahead, or the seconds until one may be tried again
   * (then nothing is counted).
   */
  async attempt(email: string, address: string, now = Date.now()): Promise<number> {
    const limits = new Map([
      [accountKey(email), this.limits.perAccount],
      [addressKey(address), this.limits.perAddress],
    ]);
    const params = { keys: [...limits.keys()], now, windowMs: this.limits.windowMs };
    const wait = await this.db.writeTransaction('signIn.throttle', async (tx) => {
      const counters = await tx.run(Q.lock.text, params);
      let wait = 0;
      for (const r of counters.records) {
        const count = neo4j.integer.toNumber(r.get('count'));
        if (count >= limits.get(r.get('key') as string)!) wait = Math.max(wait, Math.ceil((neo4j.integer.toNumber(r.get('since')) + this.limits.windowMs - now) / 1000));
      }
      if (wait === 0) await tx.run(Q.count.text, params);
      return wait;
    });
    if (++this.attempts % 50 === 0) await this.db.write(Q.sweep, { before: now - this.limits.windowMs });
    return wait;
  }

  /** The password was right: the account starts afresh, and the attempt does not count against the address. */
  async succeeded(email: string, address: string): Promise<void> {
    await this.db.write(Q.succeeded, { account: accountKey(email), address: addressKey(address) });
  }
}

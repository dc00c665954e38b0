/**
 * Password guessing, slowed: failed sign-ins are counted per account (the email tried) and per
 * client address within a window; past the limit, sign-in is refused without looking at the
 * password (and without spending scrypt on it) until the window has passed. A success clears
 * the account's count. Kept in this process's memory: behind several server processes each
 * counts its own share, which multiplies the limits by their number (docs/api.md).
 */
export interface SignInLimits {
  /** Failures per account within the window. */
  perAccount: number;
  /** Failures per client address within the window. */
  perAddress: number;
  windowMs: number;
}

export const DEFAULT_SIGN_IN_LIMITS: SignInLimits = { perAccount: 5, perAddress: 50, windowMs: 15 * 60_000 };

/** Most keys remembered; the oldest are forgotten first (a flood of made-up emails cannot grow memory). */
const MAX_KEYS = 20_000;

export class SignInLimiter {
  private readonly failures = new Map<string, { count: number; since: number }>();

  constructor(private readonly limits: SignInLimits = DEFAULT_SIGN_IN_LIMITS) {}

  /** Seconds until a sign-in for `email` from `address` may be tried again, or 0: it may now. */
  wait(email: string, address: string, now = Date.now()): number {
    const waits = [this.waitFor(`a:${email}`, this.limits.perAccount, now), this.waitFor(`ip:${address}`, this.limits.perAddress, now)];
    return Math.max(...waits);
  }

  failed(email: string, address: string, now = Date.now()): void {
    this.count(`a:${email}`, now);
    this.count(`ip:${address}`, now);
  }

  succeeded(email: string): void {
    this.failures.delete(`a:${email}`);
  }

  private waitFor(key: string, limit: number, now: number): number {
    const entry = this.failures.get(key);
    if (!entry) return 0;
    if (now - entry.since >= this.limits.windowMs) {
      this.failures.delete(key);
      return 0;
    }
    return entry.count >= limit ? Math.ceil((entry.since + this.limits.windowMs - now) / 1000) : 0;
  }

  private count(key: string, now: number): void {
    const entry = this.failures.get(key);
    if (entry && now - entry.since < this.limits.windowMs) entry.count++;
    else {
      this.failures.delete(key);
      this.failures.set(key, { count: 1, since: now });
    }
    if (this.failures.size > MAX_KEYS) this.failures.delete(this.failures.keys().next().value!);
  }
}

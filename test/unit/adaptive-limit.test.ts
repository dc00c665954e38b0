/** AdaptiveLimit: the concurrency limit settles at the knee of the server it measures. */
import { describe, expect, it } from 'vitest';
import { AdaptiveLimit } from '../../server/api/adaptive-limit.ts';

/**
 * A server that answers `capacity` operations at once in `ms` each; more at once share it, so each
 * takes longer in proportion. Clients keep every allowed turn busy (a server under overload).
 */
function settle(limit: AdaptiveLimit, capacity: number, ms: number, windows = 200): number[] {
  const seen: number[] = [];
  for (let w = 0; w < windows; w++) {
    const inUse = limit.limit;
    for (let i = 0; i < 25; i++) limit.sample(ms * Math.max(1, inUse / capacity) * (0.95 + 0.1 * ((i * 7) % 10) / 10), inUse);
    seen.push(limit.limit);
  }
  return seen;
}

describe('AdaptiveLimit', () => {
  it('rises to the knee of a server that can take 4 at once (or 8), and stays at it in most windows', () => {
    for (const knee of [4, 8]) {
      const limit = new AdaptiveLimit({ initial: 1, min: 1, max: 16 });
      const seen = settle(limit, knee, 20, 400).slice(200);
      // One window in ten is a probe at half the limit; of the others at least three in four are
      // at the knee, and the rest one past it (past the knee each answer only takes longer).
      const probes = seen.filter((l) => l <= knee / 2).length;
      expect(probes).toBeLessThanOrEqual(seen.length / 10);
      expect(seen.filter((l) => l === knee).length).toBeGreaterThanOrEqual(0.75 * (seen.length - probes));
      expect(Math.max(...seen)).toBe(knee + 1);
      expect(Math.min(...seen)).toBeGreaterThanOrEqual(knee / 2);
    }
  });

  it('comes down from a limit far past the knee', () => {
    const limit = new AdaptiveLimit({ initial: 16, min: 1, max: 16 });
    const seen = settle(limit, 2, 20).slice(100);
    expect(Math.max(...seen)).toBeLessThanOrEqual(4);
    expect(Math.min(...seen)).toBeGreaterThanOrEqual(1);
  });

  it('goes to its maximum while latency stays flat, and only when the turns are used', () => {
    const limit = new AdaptiveLimit({ initial: 2, min: 1, max: 8 });
    for (let i = 0; i < 1000; i++) limit.sample(10, limit.limit);
    expect(limit.limit).toBe(8);
    const idle = new AdaptiveLimit({ initial: 2, min: 1, max: 8 });
    for (let i = 0; i < 1000; i++) idle.sample(10, 1);
    expect(idle.limit).toBe(2);
  });
});

/** Admission: who runs, who waits and who is refused, in what order. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { QueryCancelledError } from '../../server/db/driver.ts';
import { Admission, AUTO_MAX_WAIT_MS, AUTO_OVERLOAD_HOLD_MS, AUTO_QUEUE_INTERVAL_MS, ServerBusyError } from '../../server/api/admission.ts';

const quiet = () => {};
const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

/** Which of the promises have settled, and how. */
function watch<T>(promises: Promise<T>[]) {
  const states: string[] = promises.map(() => 'waiting');
  promises.forEach((p, i) =>
    p.then(
      () => (states[i] = 'admitted'),
      (e: Error) => (states[i] = e.name),
    ),
  );
  return states;
}

describe('Admission', () => {
  it('admits up to maxActive at once, queues up to maxQueued, and refuses the rest at once', async () => {
    const admission = new Admission({ maxActive: 2, maxQueued: 2, maxWaitMs: 60_000 }, quiet);
    const turns = Array.from({ length: 6 }, () => admission.enter());
    const states = watch(turns);
    await tick();
    expect(states).toEqual(['admitted', 'admitted', 'waiting', 'waiting', 'ServerBusyError', 'ServerBusyError']);
    expect(admission.load).toEqual({ active: 2, queued: 2, limit: 2 });
    await expect(turns[4]).rejects.toMatchObject({ reason: 'queue full', message: expect.stringMatching(/busy.*try again in 5 seconds/) });
  });

  it('hands a finished turn to the longest waiting, in arrival order', async () => {
    const admission = new Admission({ maxActive: 1, maxQueued: 5, maxWaitMs: 60_000 }, quiet);
    const first = await admission.enter();
    const order: number[] = [];
    const waiting = [1, 2, 3].map((n) => admission.enter().then((leave) => (order.push(n), leave)));
    first();
    for (const w of waiting) (await w)();
    expect(order).toEqual([1, 2, 3]);
    expect(admission.load).toEqual({ active: 0, queued: 0, limit: 1 });
  });

  it('ends a turn once, however often it is ended', async () => {
    const admission = new Admission({ maxActive: 1, maxQueued: 5, maxWaitMs: 60_000 }, quiet);
    const leave = await admission.enter();
    const second = admission.enter();
    leave();
    leave();
    (await second)();
    expect(admission.load).toEqual({ active: 0, queued: 0, limit: 1 });
    // Had the second leave() counted, two could now run at once.
    await admission.enter();
    const states = watch([admission.enter()]);
    await tick();
    expect(states).toEqual(['waiting']);
  });

  it('refuses one that waited longer than maxWaitMs, and takes it out of the queue', async () => {
    const admission = new Admission({ maxActive: 1, maxQueued: 1, maxWaitMs: 50 }, quiet);
    await admission.enter();
    await expect(admission.enter()).rejects.toMatchObject({ name: 'ServerBusyError', reason: 'waited too long' });
    expect(admission.load).toEqual({ active: 1, queued: 0, limit: 1 });
  });

  it("with the automatic limit, refuses at once one whose wait the turns ahead would make longer than it may wait", async () => {
    vi.useFakeTimers({ toFake: ['performance', 'setTimeout', 'clearTimeout'] });
    try {
      const admission = new Admission({ maxActive: 'auto', maxQueued: 100, maxWaitMs: 60_000 }, quiet);
      // Turns take 8 ms of late; the automatic limit starts at 8 at once, a wait at AUTO_MAX_WAIT_MS (5 ms).
      expect(AUTO_MAX_WAIT_MS).toBe(5);
      const first = await admission.enter();
      vi.advanceTimersByTime(8);
      first();
      expect(admission.maxActive).toBe(8);
      for (let i = 0; i < 8; i++) await admission.enter();
      // The fifth in the queue waits about 5 x 8 / 8 = 5 ms; the sixth would wait 6 ms.
      const queued = [admission.enter(), admission.enter(), admission.enter(), admission.enter(), admission.enter()];
      const states = watch([...queued, admission.enter()]);
      await Promise.resolve();
      await Promise.resolve();
      expect(states).toEqual(['waiting', 'waiting', 'waiting', 'waiting', 'waiting', 'ServerBusyError']);
      expect(admission.load).toEqual({ active: 8, queued: 5, limit: 8 });
      expect(admission.refusal()).toMatchObject({ reason: 'queue full' });
      for (const q of queued) q.catch(() => {});
    } finally {
      vi.useRealTimers();
    }
  });

  it('drops one whose client hung up while it waited, which frees its place', async () => {
    const admission = new Admission({ maxActive: 1, maxQueued: 1, maxWaitMs: 60_000 }, quiet);
    const leave = await admission.enter();
    const hangUp = new AbortController();
    const gone = admission.enter(hangUp.signal);
    hangUp.abort();
    await expect(gone).rejects.toBeInstanceOf(QueryCancelledError);
    const next = admission.enter();
    expect(admission.load).toEqual({ active: 1, queued: 1, limit: 1 });
    leave();
    (await next)();
    // A signal that aborted before its turn came never runs.
    await expect(admission.enter(AbortSignal.abort())).rejects.toBeInstanceOf(QueryCancelledError);
  });

  it('reports refusals in the log as one line per burst, with the limits to raise', async () => {
    vi.useFakeTimers();
    const lines: string[] = [];
    const admission = new Admission({ maxActive: 1, maxQueued: 0, maxWaitMs: 60_000 }, (line) => lines.push(line));
    await admission.enter();
    const refusals = await Promise.allSettled([admission.enter(), admission.enter(), admission.enter()]);
    expect(refusals.map((r) => r.status === 'rejected' && r.reason instanceof ServerBusyError)).toEqual([true, true, true]);
    expect(lines).toEqual([]);
    vi.advanceTimersByTime(10_000);
    vi.useRealTimers();
    expect(lines).toEqual([expect.stringMatching(/^busy: refused 3 requests in the last 10 s \(limits: NEWTOWNS_MAX_ACTIVE_REQUESTS=1 running, NEWTOWNS_MAX_QUEUED_REQUESTS=0 waiting, NEWTOWNS_MAX_QUEUE_WAIT_MS=60000\)/)]);
    // The next burst is reported on its own.
    await admission.enter().catch(() => {});
    expect(lines).toHaveLength(1);
  });

  describe('with the automatic limit, a queue for bursts but not a standing line', () => {
    beforeEach(() => vi.useFakeTimers({ toFake: ['performance', 'setTimeout', 'clearTimeout'] }));
    afterEach(() => vi.useRealTimers());

    /** An automatic admission (limit 8 at first), whose turns have taken 1 ms of late, with every turn taken; what ends them. */
    async function busyAdmission() {
      const admission = new Admission({ maxActive: 'auto', maxQueued: 100, maxWaitMs: 60_000 }, quiet);
      const first = await admission.enter();
      vi.advanceTimersByTime(1);
      first();
      const turns = await Promise.all(Array.from({ length: 8 }, () => admission.enter()));
      return { admission, turns };
    }

    it('keeps the queue through a burst that empties it within a few ms', async () => {
      const { admission, turns } = await busyAdmission();
      const burst = [admission.enter(), admission.enter(), admission.enter(), admission.enter()];
      expect(admission.load).toMatchObject({ active: 8, queued: 4 });
      vi.advanceTimersByTime(2);
      for (const end of turns.slice(0, 4)) end();
      const admitted = await Promise.all(burst);
      vi.advanceTimersByTime(AUTO_QUEUE_INTERVAL_MS);
      // Requests that find every turn taken still wait for one (the first closed the interval).
      const next = [admission.enter(), admission.enter()];
      expect(admission.load).toMatchObject({ active: 8, queued: 2 });
      admitted[0]!();
      admitted[1]!();
      for (const turn of await Promise.all(next)) turn();
    });

    it('drops the queue once it stands, refuses at once while the overload lasts, and takes it back after', async () => {
      const { admission, turns } = await busyAdmission();
      // Clients that keep one request waiting all the time, for longer than an interval.
      const waits: Promise<unknown>[] = [];
      for (let t = 0; t < AUTO_QUEUE_INTERVAL_MS; t += AUTO_MAX_WAIT_MS) {
        waits.push(admission.enter().catch((e: Error) => e));
        expect(admission.load.queued).toBeGreaterThan(0);
        vi.advanceTimersByTime(AUTO_MAX_WAIT_MS);
      }
      for (const e of await Promise.all(waits)) expect(e).toMatchObject({ name: 'ServerBusyError', reason: 'waited too long' });
      // Now one that finds every turn taken is refused at once, and does not wait.
      await expect(admission.enter()).rejects.toMatchObject({ reason: 'queue full' });
      expect(admission.refusal()).toBeInstanceOf(ServerBusyError);
      // Refusals keep the overload on: still no queue a while after the first hold would have ended.
      vi.advanceTimersByTime(AUTO_OVERLOAD_HOLD_MS - 1);
      await expect(admission.enter()).rejects.toMatchObject({ reason: 'queue full' });
      vi.advanceTimersByTime(AUTO_OVERLOAD_HOLD_MS - 1);
      expect(admission.refusal()).toBeInstanceOf(ServerBusyError);
      // None refused for the hold: the queue is back.
      vi.advanceTimersByTime(AUTO_OVERLOAD_HOLD_MS);
      expect(admission.refusal()).toBeUndefined();
      const waiting = admission.enter();
      expect(admission.load).toMatchObject({ active: 8, queued: 1 });
      turns[0]!();
      (await waiting)();
    });
  });
});

/**
 * Admission control: at most `maxActive` GraphQL requests are answered at once, up to `maxQueued`
 * more wait for their turn in arrival order, each for at most `maxWaitMs`, and the rest are
 * refused at once with ServerBusyError (SERVER_BUSY, HTTP 503 with Retry-After): those that find
 * the queue full, and with maxActive 'auto' those that would find their wait too long (estimated
 * from how long turns take of late), instead of waiting out `maxWaitMs` to be refused then.
 *
 * `maxActive: 'auto'` (the default) finds the limit from the answers' latency (AdaptiveLimit,
 * between AUTO_MIN_ACTIVE and AUTO_MAX_ACTIVE): where the server answers the most per second without each
 * answer taking much longer. Then the queue is as long as the limit and a request waits in it at
 * most AUTO_MAX_WAIT_MS, for bursts only: once the queue stands (AUTO_STANDING_QUEUE) there is none
 * until the overload is over. Under overload the answered keep their latency and the rest are
 * refused at once, instead of every client waiting seconds (at 400 clients that never back off,
 * p99 was 7.6 to 10.3 s with a queue of 200 and a wait of 10 s).
 *
 * Without it a burst of heavy requests took every connection of the driver's pool: the requests
 * behind them failed after the pool's timeout with "Unexpected error" (and a stack trace each in
 * the log), /healthz could not get a connection, and Neo4j spent its two cores switching between
 * fifty queries instead of finishing a few. A refusal now comes at once and says what to do.
 */
import { QueryCancelledError } from '../db/driver.ts';
import { AdaptiveLimit } from './adaptive-limit.ts';

/** The most requests answered at once with maxActive 'auto' (the driver's pool holds 50 connections, a request may use a few). */
export const AUTO_MAX_ACTIVE = 16;
/**
 * The fewest with maxActive 'auto'. Fewer never made an answer faster: while one request's query
 * runs in Neo4j, another's answer is being written here, and Neo4j has more than one core. On a
 * machine shared with other work, latency rises with that work, not with the limit; with no floor
 * the limit followed it down to one at a time, and overload then answered a third of what the
 * server can (bench: 75 answers/s at 8x saturation, 279 at saturation). On 2 cores the limit sits
 * at this floor under overload, and at saturation 2.2 requests are in the server: with 4 the
 * answers' p99 at 8x was 1.77 to 1.92 times saturation's when 4 clients saturate (four runs), with
 * 3 1.42 and 1.71 (two runs), each answering 90% or more of the saturated throughput (load bench).
 */
export const AUTO_MIN_ACTIVE = 3;
/**
 * How long a request may wait for its turn with maxActive 'auto', in ms: a refusal still comes at
 * once. Short: a place comes free every few ms under load, and what a request waits is added to its
 * answer's time. With 20, the answers' p99 at 4x and 8x the saturating clients was 2.5 to 3.9 times
 * that at saturation (whose p99 is 20 to 30 ms); with 5, 1.2 to 2.9 (load bench, alternating runs).
 */
export const AUTO_MAX_WAIT_MS = 5;
/**
 * With maxActive 'auto', a queue that held this many requests on average over AUTO_QUEUE_INTERVAL_MS
 * is a standing line under overload, not a burst: a page of the explorer asks several things at
 * once, and its few waits of at most AUTO_MAX_WAIT_MS average 0.2 over that time. A standing line
 * only adds its wait to every answer: by Little's law, under overload 9 to 12 requests were in the
 * server against 4 at saturation, at the same throughput, so each answer took that much longer.
 */
export const AUTO_STANDING_QUEUE = 0.5;
export const AUTO_QUEUE_INTERVAL_MS = 100;
/**
 * ...then there is no queue, and requests that find every turn taken are refused at once, until
 * none has been refused for this long (ms): the overload is over.
 */
export const AUTO_OVERLOAD_HOLD_MS = 250;

/** The length of a queue averaged over time, interval by interval. */
class QueueLength {
  private length = 0;
  private area = 0;
  private since = performance.now();
  private last = this.since;

  constructor(private readonly intervalMs: number) {}

  /** From `now` on the queue is `length` long. Returns the average over the interval that just ended, if one did. */
  changed(length: number, now: number): number | undefined {
    this.area += this.length * (now - this.last);
    this.length = length;
    this.last = now;
    if (now - this.since < this.intervalMs) return undefined;
    const mean = this.area / (now - this.since);
    this.area = 0;
    this.since = now;
    return mean;
  }
}

export interface AdmissionLimits {
  maxActive: number | 'auto';
  maxQueued: number;
  maxWaitMs: number;
  /** How long a refused client should wait before it tries again (Retry-After), in seconds; 5 by default. */
  retryAfterSeconds?: number;
}

/** Retry-After when the configuration does not say (NEWTOWNS_RETRY_AFTER_SECONDS), in seconds. */
export const RETRY_AFTER_SECONDS = 5;

/** How often refusals are reported in the log, at most (a burst would otherwise flood it), in ms. */
const REPORT_EVERY_MS = 10_000;

export const busyMessage = (retryAfterSeconds: number) =>
  `The server is busy answering other requests; try again in ${retryAfterSeconds} second${retryAfterSeconds === 1 ? '' : 's'}.`;

export class ServerBusyError extends Error {
  override name = 'ServerBusyError';
  constructor(
    readonly reason: 'queue full' | 'waited too long',
    readonly retryAfterSeconds = RETRY_AFTER_SECONDS,
  ) {
    super(busyMessage(retryAfterSeconds));
  }
}

interface Waiter {
  admit(): void;
  refuse(error: Error): void;
}

export class Admission {
  private active = 0;
  private readonly waiting: Waiter[] = [];
  private refused = 0;
  private reportDue: NodeJS.Timeout | undefined;

  private readonly adaptive: AdaptiveLimit | undefined;
  /** How long a turn takes, on average of late (ms; 0 until one has ended): what the queue's wait is estimated from. */
  private turnMs = 0;
  /** With the automatic limit: the queue's length over time, and until when there is no queue (performance.now()). */
  private readonly queueLength = new QueueLength(AUTO_QUEUE_INTERVAL_MS);
  private noQueueUntil = 0;

  constructor(
    readonly limits: AdmissionLimits,
    private readonly report: (message: string) => void = (message) => console.warn(`[graphql] ${message}`),
  ) {
    if (limits.maxActive === 'auto') this.adaptive = new AdaptiveLimit({ initial: AUTO_MAX_ACTIVE / 2, min: AUTO_MIN_ACTIVE, max: AUTO_MAX_ACTIVE });
  }

  /** Operations running, operations waiting for their turn, and how many may run at once now. */
  get load(): { active: number; queued: number; limit: number } {
    return { active: this.active, queued: this.waiting.length, limit: this.maxActive };
  }

  /** How many may run at once now. */
  get maxActive(): number {
    return this.adaptive?.limit ?? (this.limits.maxActive as number);
  }

  private get maxQueued(): number {
    if (!this.adaptive) return this.limits.maxQueued;
    return performance.now() < this.noQueueUntil ? 0 : Math.min(this.limits.maxQueued, this.adaptive.limit);
  }

  /** With the automatic limit: no queue for a while once it has become a standing line (see AUTO_STANDING_QUEUE). */
  private queueChanged(): void {
    if (!this.adaptive) return;
    const now = performance.now();
    if ((this.queueLength.changed(this.waiting.length, now) ?? 0) >= AUTO_STANDING_QUEUE) this.noQueueUntil = now + AUTO_OVERLOAD_HOLD_MS;
  }

  private get maxWaitMs(): number {
    return this.adaptive ? Math.min(this.limits.maxWaitMs, AUTO_MAX_WAIT_MS) : this.limits.maxWaitMs;
  }

  /**
   * Whether a request arriving now would be refused at once: the queue is full, or (with
   * maxActive 'auto', whose waits are a few tens of milliseconds) the turns ahead of it would take
   * longer than it may wait (the turns running and waiting, taking as long as turns have of late,
   * over the places that run at once). A fixed limit's wait is the operator's to set: a request
   * waits it out.
   */
  private get refusesNow(): boolean {
    if (this.active < this.maxActive && this.waiting.length === 0) return false;
    if (this.waiting.length >= this.maxQueued) return true;
    return this.adaptive !== undefined && ((this.waiting.length + 1) * this.turnMs) / this.maxActive > this.maxWaitMs;
  }

  /**
   * The refusal a request arriving now would get at once, or undefined. Cheap: the server asks
   * this before it reads a body, so that a refusal under overload costs next to nothing.
   */
  refusal(): ServerBusyError | undefined {
    return this.refusesNow ? this.busy('queue full') : undefined;
  }

  /**
   * Resolves when the operation may run, with the function that ends its turn (call it once it is
   * done, whatever the outcome; calling it again does nothing). Rejects with ServerBusyError when
   * the queue is full or the wait too long, and with QueryCancelledError when `signal` aborts
   * first (its client hung up): either way the operation must not run.
   */
  enter(signal?: AbortSignal): Promise<() => void> {
    if (signal?.aborted) return Promise.reject(new QueryCancelledError('admission'));
    if (this.active < this.maxActive && this.waiting.length === 0) {
      this.active++;
      return Promise.resolve(this.turn());
    }
    if (this.refusesNow) return Promise.reject(this.busy('queue full'));
    return new Promise((resolve, reject) => {
      const leave = () => {
        clearTimeout(timer);
        signal?.removeEventListener('abort', onAbort);
        const at = this.waiting.indexOf(waiter);
        if (at >= 0) this.waiting.splice(at, 1);
        this.queueChanged();
      };
      const waiter: Waiter = {
        admit: () => {
          leave();
          this.active++;
          resolve(this.turn());
        },
        refuse: (error) => {
          leave();
          reject(error);
        },
      };
      const timer = setTimeout(() => waiter.refuse(this.busy('waited too long')), this.maxWaitMs);
      const onAbort = () => waiter.refuse(new QueryCancelledError('admission'));
      signal?.addEventListener('abort', onAbort, { once: true });
      this.waiting.push(waiter);
      this.queueChanged();
    });
  }

  private turn(): () => void {
    let ended = false;
    const began = performance.now();
    const inUse = this.active;
    return () => {
      if (ended) return;
      ended = true;
      this.active--;
      const ms = performance.now() - began;
      // A moving average over about the last twenty turns.
      this.turnMs = this.turnMs === 0 ? ms : this.turnMs + (ms - this.turnMs) / 20;
      this.adaptive?.sample(ms, inUse);
      while (this.active < this.maxActive && this.waiting.length > 0) this.waiting[0]!.admit();
    };
  }

  private busy(reason: ServerBusyError['reason']): ServerBusyError {
    this.refused++;
    // Still overloaded: a request found every turn taken.
    const now = performance.now();
    if (now < this.noQueueUntil) this.noQueueUntil = now + AUTO_OVERLOAD_HOLD_MS;
    this.reportDue ??= setTimeout(() => {
      this.report(
        `busy: refused ${this.refused} request${this.refused === 1 ? '' : 's'} in the last ${REPORT_EVERY_MS / 1000} s ` +
          `(limits: NEWTOWNS_MAX_ACTIVE_REQUESTS=${this.limits.maxActive}${this.adaptive ? ` (now ${this.maxActive})` : ''} running, ` +
          `NEWTOWNS_MAX_QUEUED_REQUESTS=${this.maxQueued} waiting, NEWTOWNS_MAX_QUEUE_WAIT_MS=${this.maxWaitMs}).` +
          (this.adaptive ? ' The server is answering as many as it can.' : ' Raise them if Neo4j has room to spare.'),
      );
      this.refused = 0;
      this.reportDue = undefined;
    }, REPORT_EVERY_MS).unref();
    // Made thousands of times a second under overload, and never logged with its stack.
    const stackTraceLimit = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    try {
      return new ServerBusyError(reason, this.limits.retryAfterSeconds);
    } finally {
      Error.stackTraceLimit = stackTraceLimit;
    }
  }
}

/**
 * Whether Neo4j answers, known before a request asks: a circuit breaker with a prober.
 *
 * When a query finds Neo4j gone (connection refused or reset), every request after it is refused
 * at once with DatabaseUnavailableError instead of each one waiting for the driver's own retries
 * and timeouts (which took 3 to 7 s idle, and 12 to 13 s under load). Meanwhile a probe asks
 * Neo4j every `downIntervalMs`; the first answer closes the circuit again, so the server recovers
 * by itself within one interval of Neo4j answering. While Neo4j answers, `watch()` probes every
 * `upIntervalMs` too: /healthz answers from the last probe and never waits behind GraphQL work,
 * and a Neo4j that died while the server was idle is noticed before a request finds out.
 */
export interface Probe {
  version: string;
  edition: string;
}

export type Health =
  | { state: 'up'; neo4j: Probe; checkedAt: number }
  | { state: 'down'; since: number; checkedAt: number }
  | { state: 'unknown' };

export interface AvailabilityOptions {
  /** How often Neo4j is asked while it answers (only between watch() and unwatch()), in ms. */
  upIntervalMs?: number;
  /** How often Neo4j is asked while it does not, in ms. */
  downIntervalMs?: number;
  /** Where a change of state is told (once per change, not per refused request). */
  report?: (message: string) => void;
}

export class Availability {
  private current: Health = { state: 'unknown' };
  private timer: NodeJS.Timeout | undefined;
  private probing: Promise<Health> | undefined;
  private watchers = 0;
  private closed = false;
  private readonly upIntervalMs: number;
  private readonly downIntervalMs: number;

  /**
   * `probe` asks Neo4j who it is; `isGone` tells an error that means Neo4j is not there (refused,
   * reset) from one that does not (a probe that timed out behind a busy pool says nothing).
   */
  constructor(
    private readonly probe: () => Promise<Probe>,
    private readonly isGone: (error: unknown) => boolean,
    options: AvailabilityOptions = {},
  ) {
    this.upIntervalMs = options.upIntervalMs ?? 1_000;
    this.downIntervalMs = options.downIntervalMs ?? 200;
    this.report = options.report ?? ((message) => console.warn(`[neo4j] ${message}`));
  }

  private readonly report: (message: string) => void;

  private goDown(): void {
    if (this.current.state === 'down') {
      this.current = { ...this.current, checkedAt: Date.now() };
      return;
    }
    const was = this.current.state;
    this.current = { state: 'down', since: Date.now(), checkedAt: Date.now() };
    if (was === 'up') {
      this.report(`Neo4j does not answer: requests get DATABASE_UNAVAILABLE at once until it does; asking it again every ${this.downIntervalMs} ms.`);
    }
  }

  get health(): Health {
    return this.current;
  }

  /** True while the circuit is open: a query would only find Neo4j gone. */
  get down(): boolean {
    return this.current.state === 'down';
  }

  /** A query found Neo4j gone: open the circuit and probe until it answers. */
  failed(): void {
    if (this.closed) return;
    this.goDown();
    this.schedule(this.downIntervalMs);
  }

  /** Asks Neo4j now (one probe at a time; callers share it) and returns what it found. */
  check(): Promise<Health> {
    this.probing ??= this.probe().then(
      (neo4j) => {
        if (this.current.state === 'down') this.report(`Neo4j answers again, after ${((Date.now() - this.current.since) / 1000).toFixed(1)} s.`);
        this.current = { state: 'up', neo4j, checkedAt: Date.now() };
        return this.current;
      },
      (error: unknown) => {
        if (this.isGone(error) || this.current.state !== 'up') this.goDown();
        return this.current;
      },
    ).finally(() => {
      this.probing = undefined;
      if (this.down) this.schedule(this.downIntervalMs);
      else if (this.watchers > 0) this.schedule(this.upIntervalMs);
    });
    return this.probing;
  }

  /** Keep probing while Neo4j answers too (a server that reports health); returns the first result. */
  watch(): Promise<Health> {
    this.watchers++;
    return this.check();
  }

  unwatch(): void {
    this.watchers = Math.max(0, this.watchers - 1);
    if (this.watchers === 0 && !this.down) this.cancel();
  }

  /** Stops probing for good (the driver is closing). */
  close(): void {
    this.closed = true;
    this.cancel();
  }

  private schedule(ms: number): void {
    if (this.closed || this.probing) return;
    this.cancel();
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.check();
    }, ms);
    // Probing never keeps a process alive on its own.
    this.timer.unref();
  }

  private cancel(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }
}

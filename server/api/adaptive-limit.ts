/**
 * How many operations may run at once, found from their latency (the idea of TCP Vegas and of
 * Netflix's concurrency limits): while operations take about as long as they do on a server with
 * room to spare, and all the allowed turns are in use, one more is allowed (after RISE_WINDOWS
 * windows of that); once they take
 * `tolerance` times longer, the server is past its knee (more at once only makes each one slower)
 * and the limit shrinks by a tenth. It settles where the server answers the most per second
 * without each answer taking much longer: what waits beyond that waits in the queue, or is
 * refused, instead of slowing down every answer.
 *
 * "Room to spare" is the lowest median latency seen over a window, which creeps up a little
 * every window (CREEP) so that a heavier mix of questions is learnt as the new normal. A server that is past
 * its knee from the start never shows that latency by itself, so every PROBE_EVERY windows the
 * limit is halved for one window: a probe of what fewer at once take.
 */
const PROBE_EVERY = 10;
/** Windows at a limit before one more turn is allowed. */
const RISE_WINDOWS = 3;
/**
 * How much the baseline creeps up a window. By 1% the baseline rose 27% a second at 600 answers a
 * second (24 windows), faster than the probes brought it down: the limit settled 25 to 40% past the
 * knee (5 to 6 against 4 under overload in the load bench).
 */
const CREEP = 1.002;

export interface AdaptiveLimitOptions {
  initial: number;
  min: number;
  max: number;
  /**
   * How much slower than with room to spare counts as past the knee (1.1 by default): one turn
   * past a knee of 4 makes each answer 1.25 times slower, which 1.25 let pass. With 1.5 the limit
   * settled past the knee under overload: the answers' p99 at 4x and 8x the saturating load was
   * 2.0 to 3.7 times the p99 at saturation, against 1.2 to 1.9 with 1.25 (the load bench, three
   * alternating pairs of runs).
   */
  tolerance?: number;
  /** Operations per window: the limit moves once per window. */
  window?: number;
}

export class AdaptiveLimit {
  private current: number;
  private readonly samples: number[] = [];
  private mostInUse = 0;
  private baseline = Infinity;
  private windows = 0;
  /** The limit to go back to after a probe. */
  private probing: number | undefined;
  private readonly tolerance: number;
  private readonly window: number;

  constructor(private readonly options: AdaptiveLimitOptions) {
    this.current = options.initial;
    this.tolerance = options.tolerance ?? 1.1;
    this.window = options.window ?? 25;
  }

  get limit(): number {
    return Math.floor(this.current);
  }

  /** An operation took `ms`; `inUse` operations were running when it began (itself included). */
  sample(ms: number, inUse: number): void {
    this.samples.push(ms);
    this.mostInUse = Math.max(this.mostInUse, inUse);
    if (this.samples.length < this.window) return;
    const sorted = this.samples.sort((a, b) => a - b);
    const median = sorted[sorted.length >> 1]!;
    this.baseline = Math.min(this.baseline * CREEP, median);
    this.samples.length = 0;
    const mostInUse = this.mostInUse;
    this.mostInUse = 0;
    if (this.probing !== undefined) {
      // Back from a probe: the windows after it are judged by what it learnt.
      this.current = this.probing;
      this.probing = undefined;
      return;
    }
    if (++this.windows % PROBE_EVERY === 0 && this.limit > this.options.min) {
      this.probing = this.current;
      this.current = Math.max(this.options.min, Math.floor(this.current / 2));
      return;
    }
    if (median > this.baseline * this.tolerance) {
      this.current = Math.max(this.options.min, Math.floor(this.current * 0.9));
    } else if (mostInUse >= this.limit) {
      // A whole turn more only after a few windows at this limit: past the knee, every window
      // spent one over it makes each answer slower, so the limit stays at the knee most of the
      // time and looks past it now and then.
      this.current = Math.min(this.options.max, this.current + 1 / RISE_WINDOWS);
    }
  }
}

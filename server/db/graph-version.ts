/**
 * The graph's committed version, confirmed for a request: by a read of the graph head that began
 * after the request arrived. Requests that arrive while such a read is under way share it, so
 * a burst of requests costs one small read, not one each.
 *
 * Why "began after the request arrived": a write that committed before the request arrived is
 * then always seen (Neo4j shows a read every transaction that committed before it began), so an
 * answer remembered for the version this read returns is exactly what the graph holds now. A
 * read already under way when the request came may have begun before that write committed.
 */
import type { Db } from './driver.ts';
import { readGraphVersion } from './graph-head.ts';

/** Where a request stands in the sequence of reads: reads started later than this count for it. */
export type Arrival = number;

export class GraphVersions {
  private started = 0;
  private inFlight: { index: number; version: Promise<string> } | undefined;

  constructor(private readonly db: Db) {}

  /** Call when a request arrives; pass the result to confirm(). */
  arrival(): Arrival {
    return this.started;
  }

  /** The committed version, read by a read that began after `arrival` (shared when one is under way). */
  confirm(arrival: Arrival): Promise<string> {
    if (this.inFlight && this.inFlight.index > arrival) return this.inFlight.version;
    const index = ++this.started;
    const version = readGraphVersion(this.db);
    const entry = { index, version };
    this.inFlight = entry;
    const done = () => {
      if (this.inFlight === entry) this.inFlight = undefined;
    };
    version.then(done, done);
    return version;
  }
}

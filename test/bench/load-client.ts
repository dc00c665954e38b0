/**
 * One load level for `npm run bench -- load`, in a process of its own (so that the load does not
 * share an event loop with the bench that measures /healthz): autocannon with `connections`
 * clients that never back off (each sends its next request as soon as it has its answer, a
 * refusal included), for `seconds`. Prints one JSON line: the answers by status, with their
 * latencies.
 *
 *   node --import tsx test/bench/load-client.ts '{"url": ..., "body": ..., "connections": 8, "seconds": 5}'
 */
import autocannon from 'autocannon';

const { url, body, connections, seconds } = JSON.parse(process.argv[2]!) as { url: string; body: string; connections: number; seconds: number };

const latencies: Record<string, number[]> = {};
// The instance is both a promise of the result and an emitter of each response.
const instance = autocannon({
  url,
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body,
  connections,
  duration: seconds,
  // One request at a time per connection, as a browser or script waits for its answer.
  pipelining: 1,
  // A slow answer is still an answer: nothing is cut before the level ends.
  timeout: seconds + 30,
}) as unknown as Promise<autocannon.Result> & import('node:events').EventEmitter;
instance.on('response', (_client: unknown, statusCode: number, _bytes: number, ms: number) => {
  (latencies[statusCode] ??= []).push(ms);
});
const result = await instance;
process.stdout.write(JSON.stringify({ seconds: result.duration, errors: result.errors, timeouts: result.timeouts, latencies }) + '\n');

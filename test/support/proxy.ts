/**
 * A TCP proxy to the test Neo4j that a test can freeze (nothing passes either way, on the
 * connections it has and on new ones) and thaw: a Neo4j that stops answering for a while; or cut
 * (its connections reset, new ones refused, as when Neo4j is killed) and restore (Neo4j answers
 * again on the same address). Nothing mocked behind it.
 */
import net from 'node:net';
import { testConnection } from './db.ts';

export interface Neo4jProxy {
  uri: string;
  freeze(): void;
  thaw(): void;
  /** Resets every connection and refuses new ones until restore(). */
  cut(): Promise<void>;
  restore(): Promise<void>;
  close(): void;
}

export async function neo4jProxy(): Promise<Neo4jProxy> {
  const target = new URL(testConnection().uri.replace(/^bolt/, 'http'));
  const pairs: [net.Socket, net.Socket][] = [];
  let frozen = false;
  const connect = ([client, upstream]: [net.Socket, net.Socket]) => {
    client.pipe(upstream).pipe(client);
  };
  const server = net.createServer((client) => {
    const upstream = net.connect(Number(target.port), target.hostname);
    const pair: [net.Socket, net.Socket] = [client, upstream];
    pairs.push(pair);
    client.on('error', () => upstream.destroy());
    upstream.on('error', () => client.destroy());
    if (frozen) client.pause();
    else connect(pair);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as net.AddressInfo).port;
  return {
    uri: `bolt://127.0.0.1:${port}`,
    async cut() {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      for (const pair of pairs.splice(0)) for (const socket of pair) socket.resetAndDestroy();
      await closed;
    },
    async restore() {
      await new Promise<void>((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, '127.0.0.1', () => {
          server.off('error', reject);
          resolve();
        });
      });
    },
    freeze() {
      if (frozen) return;
      frozen = true;
      for (const [client, upstream] of pairs) {
        client.unpipe(upstream);
        upstream.unpipe(client);
        client.pause();
        upstream.pause();
      }
    },
    thaw() {
      // Piped twice, every byte would pass twice.
      if (!frozen) return;
      frozen = false;
      for (const pair of pairs) connect(pair);
    },
    close() {
      if (server.listening) server.close();
      for (const pair of pairs) for (const socket of pair) socket.destroy();
    },
  };
}

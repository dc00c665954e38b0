/**
 * The request body, read within its limit: config.maxBodyBytes, or, for a valid partner (or
 * admin) token, enough for a dataset of config.maxImportBytes (importDataset). Yoga's own limit
 * is one number for everyone; this one depends on the token, which is only looked up when a body
 * grows past the normal limit, so a made-up Authorization header buys nothing. Counted while
 * streaming, so a body without content-length is held to it too.
 */
import type { IncomingMessage } from 'node:http';
import type { Config } from '../config.ts';
import type { Db } from '../db/driver.ts';
import { roleAllows, tokenForSecret } from './tokens.ts';

async function allowedBodyBytes(db: Db, config: Config, authorization: string | null): Promise<number> {
  const secret = authorization ? /^Bearer\s+(\S+)\s*$/i.exec(authorization)?.[1] : undefined;
  if (secret) {
    const token = await tokenForSecret(db, secret).catch(() => null);
    if (token && roleAllows(token.role, 'partner')) return Math.max(config.maxBodyBytes, config.maxImportBytes + 64 * 1024);
  }
  return config.maxBodyBytes;
}

/**
 * The body, or undefined after `tooLarge` has answered (413; the rest of the body is not read).
 * `tooLarge` runs before reading stops, which would close the connection under the answer.
 */
export async function readBody(req: IncomingMessage, db: Db, config: Config, authorization: string | null, tooLarge: () => void): Promise<Buffer | undefined> {
  let limit = config.maxBodyBytes;
  let raised = false;
  const raise = async () => {
    raised = true;
    limit = await allowedBodyBytes(db, config, authorization);
  };
  const declared = Number(req.headers['content-length'] ?? NaN);
  if (declared > limit && authorization) await raise();
  if (declared > limit) return void tooLarge();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit && authorization && !raised) await raise();
    if (size > limit) return void tooLarge();
    chunks.push(chunk);
  }
  return chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks);
}

/**
 * Repeated questions answered from memory, exactly: an answer is kept with the graph version it
 * was computed at, keyed by the normalised operation, the operation name, the variables and the
 * caller's role, and served again only while a version read that began after the new request
 * arrived (GraphVersions, begun as it arrives: ServerContext.graphVersion) still returns that
 * version. Every write to the knowledge graph advances
 * the version in its own transaction (server/db/graph-head.ts), whichever process makes it, so
 * no answer outlives the graph it was computed from. A mutation answered by this process also
 * drops everything (a writer that does not advance the head yet is still seen here).
 *
 * Answers that are kept carry an ETag; a request whose If-None-Match names the current one gets
 * 304 Not Modified. GET answers may be stored by browsers and caches, which must ask again each
 * time (Cache-Control: no-cache): the ETag makes that question cheap.
 *
 * Not kept: mutations, answers with errors, answers that asked who the caller is (requireRole:
 * tokens are not part of the knowledge graph and change without advancing its version), and
 * anything while the graph has no head (NO_GRAPH_VERSION).
 *
 * Written here rather than with @graphql-yoga/plugin-response-cache: that one keeps answers per
 * process until a TTL or a mutation it sees, and answers If-None-Match from whatever it holds; the
 * version has to be confirmed per request for every answer, a 304 included.
 */
import { createHash } from 'node:crypto';
import { brotliCompressSync, constants as zlibConstants, gzipSync } from 'node:zlib';
import { getOperationAST, Kind, parse, print, type DocumentNode } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { NO_GRAPH_VERSION } from '../../db/graph-head.ts';
import type { ServerContext } from '../context.ts';

export interface ResponseCacheOptions {
  /** The caller's role for the key ('anonymous' without a valid token). */
  roleOf(server: ServerContext): Promise<string>;
  /** Most answers kept (least recently used go first). */
  maxEntries?: number;
  /** Most bytes of answers kept, counted as their JSON length. */
  maxBytes?: number;
}

interface Entry {
  version: string;
  etag: string;
  json: string;
  result: Record<string, unknown>;
  /** The JSON compressed, made the first time a client that accepts the encoding is sent it. */
  encoded?: Partial<Record<Encoding, Buffer>>;
}

type Encoding = 'br' | 'gzip';

/** Answers shorter than this go uncompressed (as server/http.ts's compression does). */
const COMPRESS_FROM_BYTES = 1024;

/** The encoding server/http.ts's compression would choose for an Accept-Encoding: brotli first, then gzip. */
function encodingFor(acceptEncoding: string | undefined): Encoding | undefined {
  if (!acceptEncoding) return undefined;
  const accepted = new Set<string>();
  for (const part of acceptEncoding.split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    if (params.some((p) => /^\s*q=0(\.0*)?\s*$/.test(p))) continue;
    accepted.add(name!.trim());
  }
  if (accepted.has('br') || accepted.has('*')) return 'br';
  if (accepted.has('gzip')) return 'gzip';
  return undefined;
}

function encode(entry: Entry, encoding: Encoding): Buffer {
  const encoded = (entry.encoded ??= {});
  // Brotli at quality 4, as the compression middleware uses it: a good ratio for little time.
  return (encoded[encoding] ??=
    encoding === 'br'
      ? brotliCompressSync(entry.json, { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 4 } })
      : gzipSync(entry.json));
}

/**
 * A request the cache may answer before yoga sees it (see Known): the exact bytes it sent, their
 * content type and the media types it accepts. Only for what needs nothing but those to be answered: a JSON POST with
 * no token, no session cookie and no cross-origin Origin (so: the anonymous role, no CORS headers).
 */
export interface RawRequest {
  text: string;
  graphVersion: Promise<string>;
  ifNoneMatch: string | undefined;
  acceptEncoding: string | undefined;
}

/** What to send for a request answered from memory before yoga saw it. */
export interface KnownAnswer {
  status: 200 | 304;
  headers: Record<string, string>;
  body: string | Buffer | undefined;
}

/** A raw request that was answered from memory before: its entry's key and the content type yoga chose for it. */
interface Known {
  key: string;
  contentType: string;
}

/** What the cache decided for one request (ServerContext.cache). */
export interface CacheState {
  key: string;
  version: string;
  etag: string;
  generation: number;
  hit: boolean;
  notModified: boolean;
}

const NORMALISED_TEXTS = 1000;

/** A stable text for JSON values: object keys sorted, so {a, b} and {b, a} are one key. */
function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${stableJson((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** Whether a document holds only queries (nothing else may be kept). */
const onlyQueries = (document: DocumentNode) =>
  document.definitions.every((d) => d.kind !== Kind.OPERATION_DEFINITION || d.operation === 'query');

export type ResponseCache = Plugin & {
  clear(): void;
  readonly size: number;
  answerKnown(raw: RawRequest): Promise<KnownAnswer | undefined>;
};

export function useResponseCache(options: ResponseCacheOptions): ResponseCache {
  const maxEntries = options.maxEntries ?? 500;
  const maxBytes = options.maxBytes ?? 64 * 1024 * 1024;
  // Insertion order is recency order: a hit moves its entry to the end.
  const entries = new Map<string, Entry>();
  let bytes = 0;
  let generation = 0;
  // Query text -> its normalised form (printed from the parsed document), or null when it is
  // not a document of queries only (or not a document at all).
  const normalised = new Map<string, string | null>();
  // Raw request (RawRequest.text) -> the entry yoga answered it with: the next time it comes, the
  // answer goes out without parsing, yoga or re-hashing (while its version is still the graph's).
  const known = new Map<string, Known>();

  function normalise(query: string): string | null {
    let text = normalised.get(query);
    if (text !== undefined) return text;
    try {
      const document = parse(query, { noLocation: true });
      text = onlyQueries(document) ? print(document) : null;
    } catch {
      text = null;
    }
    if (normalised.size >= NORMALISED_TEXTS) normalised.delete(normalised.keys().next().value!);
    normalised.set(query, text);
    return text;
  }

  function remove(key: string): void {
    const entry = entries.get(key);
    if (!entry) return;
    entries.delete(key);
    bytes -= entry.json.length;
  }

  function store(key: string, entry: Entry): void {
    remove(key);
    if (entry.json.length > maxBytes / 4) return;
    entries.set(key, entry);
    bytes += entry.json.length;
    while (entries.size > maxEntries || bytes > maxBytes) remove(entries.keys().next().value!);
  }

  function clear(): void {
    entries.clear();
    bytes = 0;
    generation++;
  }

  const headers = (etag: string) => ({ etag, 'cache-control': 'no-cache', 'x-cache': 'hit' });

  /** The answer kept for a raw request seen before, if it is still the graph's; else undefined (yoga answers). */
  async function answerKnown(raw: RawRequest): Promise<KnownAnswer | undefined> {
    const seen = known.get(raw.text);
    if (!seen || !entries.has(seen.key)) return undefined;
    const version = await raw.graphVersion.catch(() => undefined);
    // Looked up again: a mutation here may have dropped it meanwhile.
    const entry = entries.get(seen.key);
    if (!entry || entry.version !== version) return undefined;
    entries.delete(seen.key);
    entries.set(seen.key, entry);
    if (raw.ifNoneMatch === entry.etag) return { status: 304, headers: { etag: entry.etag, 'cache-control': 'no-cache' }, body: undefined };
    const encoding = entry.json.length >= COMPRESS_FROM_BYTES ? encodingFor(raw.acceptEncoding) : undefined;
    if (encoding === undefined) return { status: 200, headers: { 'content-type': seen.contentType, ...headers(entry.etag) }, body: entry.json };
    // Compressed once per answer and encoding, not once per request.
    return { status: 200, headers: { 'content-type': seen.contentType, 'content-encoding': encoding, ...headers(entry.etag) }, body: encode(entry, encoding) };
  }

  return {
    clear,
    answerKnown,
    get size() {
      return entries.size;
    },

    async onParams({ params, request, context, setResult }) {
      const server = context as unknown as ServerContext;
      if (typeof params.query !== 'string' || (request.method !== 'GET' && request.method !== 'POST')) return;
      const text = normalise(params.query);
      if (text === null || !server.graphVersion) return;
      const started = generation;
      const [version, role] = await Promise.all([server.graphVersion, options.roleOf(server)]);
      if (version === NO_GRAPH_VERSION) return;
      const key = `${role}\n${params.operationName ?? ''}\n${stableJson(params.variables ?? {})}\n${text}`;
      const etag = `"${createHash('sha256').update(`${version}\n${key}`).digest('base64url').slice(0, 32)}"`;
      const entry = entries.get(key);
      const hit = entry !== undefined && entry.version === version;
      server.cache = { key, version, etag, generation: started, hit, notModified: hit && request.headers.get('if-none-match') === etag };
      if (!hit) return;
      entries.delete(key);
      entries.set(key, entry);
      setResult({ ...entry.result, stringify: () => entry.json } as never);
    },

    onExecute({ args }) {
      if (getOperationAST(args.document, args.operationName)?.operation !== 'mutation') return;
      // Whatever it changed, nothing answered before it ends may be kept or served again.
      clear();
      return { onExecuteDone: () => clear() };
    },

    onResultProcess({ result, setResult, serverContext }) {
      const server = serverContext as unknown as ServerContext;
      const state = server.cache;
      if (!state || !result || Array.isArray(result) || Symbol.asyncIterator in (result as object)) return;
      const r = result as { errors?: unknown[]; extensions?: Record<string, unknown> };
      if (state.hit) {
        setResult({ ...r, extensions: { ...r.extensions, http: { headers: headers(state.etag) } } } as never);
        return;
      }
      if (r.errors?.length || server.cacheable === false || state.generation !== generation) return;
      const kept = { ...(result as object) } as Record<string, unknown>;
      store(state.key, { version: state.version, etag: state.etag, json: JSON.stringify(kept), result: kept });
      setResult({ ...r, extensions: { ...r.extensions, http: { headers: { ...headers(state.etag), 'x-cache': 'miss' } } } } as never);
    },

    onResponse({ serverContext, response, setResponse, fetchAPI }) {
      const server = serverContext as unknown as ServerContext;
      const state = server.cache;
      if (state?.notModified) setResponse(new fetchAPI.Response(null, { status: 304, headers: { etag: state.etag, 'cache-control': 'no-cache' } }));
      else if (state && server.raw && response.status === 200 && entries.get(state.key)?.etag === state.etag) {
        if (known.size >= NORMALISED_TEXTS) known.delete(known.keys().next().value!);
        known.set(server.raw, { key: state.key, contentType: response.headers.get('content-type') ?? 'application/json; charset=utf-8' });
      }
    },
  };
}

/**
 * Values in the import language: what a partner file's literals, parameters and rows evaluate to,
 * kept in Neo4j's own types (INTEGER apart from FLOAT, DATE, ...), so that what an import writes
 * and what it compares with the graph are exactly what Neo4j stores.
 *
 * - strings, booleans, null; FLOAT as a JS number; INTEGER as the driver's Integer;
 * - temporals and points as the driver's classes; a temporal written as a function call
 *   (`date('2024-01-31')`) is a `Deferred` until Neo4j has parsed it (see `resolveDeferred`);
 * - lists as arrays; maps as objects without a prototype (a key such as `__proto__` is data).
 *
 * Also here: the typed JSON encoding of values for undo data, equality, and how values read in
 * messages and in the validator.
 */
import neo4j, {
  type Integer,
  isDate,
  isDateTime,
  isDuration,
  isInt,
  isLocalDateTime,
  isLocalTime,
  isPoint,
  isTime,
} from 'neo4j-driver';

export type Value = null | boolean | string | number | Integer | Deferred | object | Value[] | ValueMap;
export interface ValueMap {
  [key: string]: Value;
}

/** A map with no prototype: every key, `__proto__` and `constructor` included, is plain data. */
export function newMap(): ValueMap {
  return Object.create(null) as ValueMap;
}

export function isMap(value: unknown): value is ValueMap {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === null || proto === Object.prototype;
}

/** The value functions a file may call; Neo4j parses their argument (a string or a map). */
export const VALUE_FUNCTIONS = ['date', 'datetime', 'localdatetime', 'localtime', 'time', 'duration', 'point'] as const;
export type ValueFunction = (typeof VALUE_FUNCTIONS)[number];

/**
 * `date('2024-01-31')` and its kin before Neo4j has parsed the argument. Equal calls share one
 * Deferred (and one parse); `value` is set by `resolveDeferred`.
 */
export class Deferred {
  value: unknown = undefined;
  constructor(
    readonly fn: ValueFunction,
    /** The argument, or undefined for a call without one (`date()`: today). */
    readonly arg: Value | undefined,
    /** The file and line of the first call, for the message when Neo4j cannot parse it. */
    readonly file: string,
    readonly line: number,
  ) {}
}

/** Replaces resolved Deferreds in `value` by what they stand for (copying only what changes). */
export function settle(value: Value): Value {
  if (value instanceof Deferred) return value.value as Value;
  if (Array.isArray(value)) {
    let out: Value[] | undefined;
    for (let i = 0; i < value.length; i++) {
      const v = value[i]!;
      const s = settle(v);
      if (out) out.push(s);
      else if (s !== v) (out = value.slice(0, i)).push(s);
    }
    return out ?? value;
  }
  if (isMap(value)) {
    let out: ValueMap | undefined;
    for (const k in value) {
      const v = value[k]!;
      const s = settle(v);
      if (s !== v) {
        out ??= Object.assign(newMap(), value);
        out[k] = s;
      }
    }
    return out ?? value;
  }
  return value;
}

// ---------------------------------------------------------------------------------------------
// Types, equality, keys

/** Neo4j's name of the value's type, as `valueType()` would say it (without NOT NULL). */
export function typeOf(value: unknown): string {
  if (value === null || value === undefined) return 'NULL';
  if (typeof value === 'string') return 'STRING';
  if (typeof value === 'boolean') return 'BOOLEAN';
  if (typeof value === 'number') return 'FLOAT';
  if (isInt(value)) return 'INTEGER';
  if (value instanceof Deferred) return value.fn.toUpperCase();
  if (Array.isArray(value)) {
    const inner = new Set(value.map(typeOf));
    if (inner.size === 0) return 'LIST<NOTHING>';
    return inner.size === 1 ? `LIST<${[...inner][0]}>` : 'LIST<ANY>';
  }
  if (isDate(value)) return 'DATE';
  if (isDateTime(value)) return 'ZONED DATETIME';
  if (isLocalDateTime(value)) return 'LOCAL DATETIME';
  if (isTime(value)) return 'ZONED TIME';
  if (isLocalTime(value)) return 'LOCAL TIME';
  if (isDuration(value)) return 'DURATION';
  if (isPoint(value)) return 'POINT';
  if (isMap(value)) return 'MAP';
  return 'ANY';
}

/** Equal values of equal type (1 and 1.0 differ, as they do in the graph). */
export function valueEquals(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a === null || b === null || a === undefined || b === undefined) return (a ?? null) === (b ?? null);
  if (typeof a !== 'object' || typeof b !== 'object') return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!valueEquals(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  if (isInt(a)) return isInt(b) && a.equals(b);
  if (isInt(b)) return false;
  return valueKey(a) === valueKey(b);
}

/** A stable text for a value: equal text = equal value and type (used as a map key). */
export function valueKey(value: unknown): string {
  if (typeof value === 'string') return 's' + value;
  return JSON.stringify(encodeValue(value));
}

/** How a value reads in a message: as Cypher would write it, shortened. */
export function show(value: unknown, max = 80): string {
  let text: string;
  if (typeof value === 'string') text = JSON.stringify(value);
  else if (value === null || value === undefined) text = 'null';
  else if (typeof value === 'number') text = Number.isInteger(value) ? value.toFixed(1) : String(value);
  else if (isInt(value)) text = value.toString();
  else if (value instanceof Deferred) text = `${value.fn}(${value.arg === undefined ? '' : show(value.arg)})`;
  else if (Array.isArray(value)) text = `[${value.map((v) => show(v, max)).join(', ')}]`;
  else if (isMap(value)) text = `{${Object.keys(value).map((k) => `${k}: ${show(value[k], max)}`).join(', ')}}`;
  else text = String(value);
  return text.length > max ? text.slice(0, max - 1) + '…' : text;
}

// ---------------------------------------------------------------------------------------------
// A JSON encoding that keeps Neo4j's types exactly (undo data on the Import record)

export type Encoded =
  | null
  | string
  | boolean
  | number
  | Encoded[]
  | { $int: string }
  | { $float: string }
  | { $t: 'Date' | 'DateTime' | 'LocalDateTime' | 'Time' | 'LocalTime' | 'Duration' | 'Point'; f: Record<string, unknown> };

const num = (v: unknown) => (isInt(v) ? (v as Integer).toNumber() : v);

/** A driver value -> JSON (floats stay numbers; integers, temporals, points are tagged). */
export function encodeValue(value: unknown): Encoded {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : { $float: String(value) };
  if (isInt(value)) return { $int: value.toString() };
  if (Array.isArray(value)) return value.map(encodeValue);
  if (value instanceof Deferred) return encodeValue(value.value);
  const fields = (v: object, keys: string[]) => Object.fromEntries(keys.map((k) => [k, num((v as Record<string, unknown>)[k]) ?? null]));
  if (isDate(value)) return { $t: 'Date', f: fields(value, ['year', 'month', 'day']) };
  if (isDateTime(value)) {
    return { $t: 'DateTime', f: fields(value, ['year', 'month', 'day', 'hour', 'minute', 'second', 'nanosecond', 'timeZoneOffsetSeconds', 'timeZoneId']) };
  }
  if (isLocalDateTime(value)) return { $t: 'LocalDateTime', f: fields(value, ['year', 'month', 'day', 'hour', 'minute', 'second', 'nanosecond']) };
  if (isTime(value)) return { $t: 'Time', f: fields(value, ['hour', 'minute', 'second', 'nanosecond', 'timeZoneOffsetSeconds']) };
  if (isLocalTime(value)) return { $t: 'LocalTime', f: fields(value, ['hour', 'minute', 'second', 'nanosecond']) };
  if (isDuration(value)) return { $t: 'Duration', f: fields(value, ['months', 'days', 'seconds', 'nanoseconds']) };
  if (isPoint(value)) return { $t: 'Point', f: { srid: num(value.srid), x: value.x, y: value.y, z: value.z ?? null } };
  throw new Error(`cannot encode a value of type ${Object.prototype.toString.call(value)}`);
}

/** JSON from `encodeValue` -> a driver value to send as a parameter. */
export function decodeValue(value: Encoded): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(decodeValue);
  if ('$int' in value) return neo4j.int(value.$int);
  if ('$float' in value) return Number(value.$float);
  const f = value.f;
  const n = (k: string) => Number(f[k]);
  const opt = (k: string) => (f[k] === null || f[k] === undefined ? undefined : f[k]);
  const T = neo4j.types;
  switch (value.$t) {
    case 'Date':
      return new T.Date(n('year'), n('month'), n('day'));
    case 'DateTime': {
      const offset = opt('timeZoneOffsetSeconds');
      const zone = opt('timeZoneId');
      return new T.DateTime(
        n('year'), n('month'), n('day'), n('hour'), n('minute'), n('second'), n('nanosecond'),
        offset === undefined ? undefined : Number(offset), zone === undefined ? undefined : String(zone),
      );
    }
    case 'LocalDateTime':
      return new T.LocalDateTime(n('year'), n('month'), n('day'), n('hour'), n('minute'), n('second'), n('nanosecond'));
    case 'Time':
      return new T.Time(n('hour'), n('minute'), n('second'), n('nanosecond'), n('timeZoneOffsetSeconds'));
    case 'LocalTime':
      return new T.LocalTime(n('hour'), n('minute'), n('second'), n('nanosecond'));
    case 'Duration':
      return new T.Duration(n('months'), n('days'), n('seconds'), n('nanoseconds'));
    case 'Point':
      return f.z === null || f.z === undefined ? new T.Point(n('srid'), n('x'), n('y')) : new T.Point(n('srid'), n('x'), n('y'), n('z'));
  }
}

/** A plain property map (from the driver or a caller) as a prototype-less ValueMap. */
export function toValueMap(props: Record<string, unknown>): ValueMap {
  const out = newMap();
  for (const k of Object.keys(props)) out[k] = props[k] as Value;
  return out;
}

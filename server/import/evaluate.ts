/**
 * Evaluates the import language's value expressions: literals (already folded), parameters, UNWIND
 * rows and their fields, `+`, unary minus, and the value functions (as Deferreds, parsed by Neo4j
 * later in one batch). No expression can reach the graph: the language has no way to say so.
 */
import neo4j, { isInt, type Integer } from 'neo4j-driver';
import type { DeferredPool } from './check.ts';
import type { Expr } from './language.ts';
import { LineError } from './line-error.ts';
import { sentence } from './messages.ts';
import { Deferred, isMap, newMap, show, typeOf, type Value, type ValueMap } from './values.ts';

export class EvalError extends LineError<'unknown-parameter' | 'bad-value'> {
  override name = 'EvalError';
}

export type Params = Readonly<Record<string, Value>>;

/** `env` holds the row's value variables; node and relationship variables never reach here. */
export function evaluate(e: Expr, env: ReadonlyMap<string, unknown>, params: Params, pool: DeferredPool): Value {
  switch (e.k) {
    case 'value':
      return e.v;
    case 'param': {
      if (!Object.prototype.hasOwnProperty.call(params, e.name)) {
        throw new EvalError('unknown-parameter', e.line, { name: e.name });
      }
      return params[e.name]!;
    }
    case 'var':
      return env.get(e.name) as Value;
    case 'prop': {
      const of = evaluate(e.of, env, params, pool);
      if (of === null) return null;
      if (!isMap(of)) throw new EvalError('bad-value', e.line, sentence('field', { key: e.key, value: show(of) }));
      const v = (of as ValueMap)[e.key];
      return v === undefined ? null : v;
    }
    case 'list':
      return e.items.map((i) => evaluate(i, env, params, pool));
    case 'map': {
      const out = newMap();
      e.keys.forEach((k, i) => (out[k] = evaluate(e.values[i]!, env, params, pool)));
      return out;
    }
    case 'call': {
      const arg = evaluate(e.args[0]!, env, params, pool);
      if (arg instanceof Deferred) throw new EvalError('bad-value', e.line, sentence('nested-function', { function: e.fn, inner: arg.fn }));
      return pool.get(e.fn, arg, e.line);
    }
    case 'neg': {
      const v = evaluate(e.e, env, params, pool);
      if (v === null) return null;
      if (typeof v === 'number') return -v;
      if (isInt(v)) return (v as Integer).negate();
      throw new EvalError('bad-value', e.line, sentence('negate', { value: show(v) }));
    }
    case 'add':
      return add(e.op, evaluate(e.a, env, params, pool), evaluate(e.b, env, params, pool), e.line);
  }
}

function add(op: '+' | '-', a: Value, b: Value, line: number): Value {
  if (a === null || b === null) return null;
  const fail = () => {
    throw new EvalError('bad-value', line, sentence('compute', { a: show(a), operator: op, b: show(b), typeA: typeOf(a), typeB: typeOf(b) }));
  };
  if (op === '+') {
    if (Array.isArray(a)) return Array.isArray(b) ? [...a, ...b] : [...a, b];
    if (Array.isArray(b)) return [a, ...b];
    if (typeof a === 'string' && (typeof b === 'string' || typeof b === 'number' || isInt(b))) return a + (typeof b === 'string' ? b : String(b));
    if (typeof b === 'string' && (typeof a === 'number' || isInt(a))) return String(a) + b;
  }
  if (isInt(a) && isInt(b)) {
    const r = op === '+' ? BigInt((a as Integer).toString()) + BigInt((b as Integer).toString()) : BigInt((a as Integer).toString()) - BigInt((b as Integer).toString());
    if (r > 9223372036854775807n || r < -9223372036854775808n) throw new EvalError('bad-value', line, sentence('overflow'));
    return neo4j.int(r.toString());
  }
  const na = typeof a === 'number' ? a : isInt(a) ? (a as Integer).toNumber() : undefined;
  const nb = typeof b === 'number' ? b : isInt(b) ? (b as Integer).toNumber() : undefined;
  if (na === undefined || nb === undefined) return fail();
  return op === '+' ? na + nb : na - nb;
}

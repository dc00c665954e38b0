/** plain(): driver values to JSON-able values, copying only what changes. */
import neo4j from 'neo4j-driver';
import { expect, test } from 'vitest';
import { plain } from '../../server/db/driver.ts';

test('integers, temporals and points become numbers, strings and plain objects, however deeply nested', () => {
  const value = {
    count: neo4j.int(42),
    huge: neo4j.int('9007199254740993'),
    when: new neo4j.types.Date(2024, 5, 1),
    at: new neo4j.types.DateTime(2024, 5, 1, 12, 30, 0, 0, 0),
    where: new neo4j.types.Point(neo4j.int(4326), 5.1, 52.1),
    list: ['a', neo4j.int(1), [neo4j.int(2), null]],
    nested: { deeper: { n: neo4j.int(7) }, text: 'x' },
    missing: undefined,
  };
  expect(plain(value)).toEqual({
    count: 42,
    huge: '9007199254740993',
    when: '2024-05-01',
    at: '2024-05-01T12:30:00Z',
    where: { srid: 4326, x: 5.1, y: 52.1, z: null },
    list: ['a', 1, [2, null]],
    nested: { deeper: { n: 7 }, text: 'x' },
    missing: null,
  });
  // The input is left as it was.
  expect(neo4j.isInt(value.count)).toBe(true);
  expect(neo4j.isInt(value.list[1])).toBe(true);
  expect(neo4j.isInt(value.nested.deeper.n)).toBe(true);
});

test('lists and maps that need no change are returned as they are; changed ones keep order and their other entries', () => {
  const same = { a: 'x', b: 1.5, c: ['y', true, null], d: { e: 'z' } };
  expect(plain(same)).toBe(same);
  const list = ['a', 'b', { c: 1 }];
  expect(plain(list)).toBe(list);
  const mixed = { first: 'a', second: neo4j.int(2), third: 'c', fourth: { keep: 'me' } };
  const out = plain(mixed) as Record<string, unknown>;
  expect(out).not.toBe(mixed);
  expect(Object.keys(out)).toEqual(['first', 'second', 'third', 'fourth']);
  expect(out).toEqual({ first: 'a', second: 2, third: 'c', fourth: { keep: 'me' } });
  expect(out.fourth).toBe(mixed.fourth);
  const tailChanged = ['a', 'b', neo4j.int(3)];
  expect(plain(tailChanged)).toEqual(['a', 'b', 3]);
  expect(plain(null)).toBeNull();
  expect(plain(undefined)).toBeNull();
});

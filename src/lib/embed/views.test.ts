import { expect, test } from 'vitest';
import { chartViewNames } from './views';

test('a spec without views has none', () => {
  expect(chartViewNames({ title: 'x' })).toEqual([]);
  expect(chartViewNames({ views: null })).toEqual([]);
});

test('reads names from lists and records', () => {
  expect(chartViewNames({ views: ['a', 'b'] })).toEqual(['a', 'b']);
  expect(chartViewNames({ views: [{ name: 'a' }, { id: 'b' }, { label: 'no name' }, 3] })).toEqual(['a', 'b']);
  expect(chartViewNames({ views: { a: {}, b: {} } })).toEqual(['a', 'b']);
});

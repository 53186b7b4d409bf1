import { expect, test } from 'vitest';
import { embedHydrates } from './hydration';

test('embeds hydrate unless their chart type prints every value as text', () => {
  expect(embedHydrates('column-panels')).toBe(true);
  expect(embedHydrates('lines')).toBe(true);
  expect(embedHydrates('timeline')).toBe(true);
  expect(embedHydrates('bar-rows')).toBe(false);
});

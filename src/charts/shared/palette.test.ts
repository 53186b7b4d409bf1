/** One palette: the export's colours are the page's tokens (read from tokens.css, never copied). */
import { expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { palette, parseTokens, TOKENS_FILE } from './palette';
import { COLOUR_ROLES } from './schema';

const css = readFileSync(TOKENS_FILE, 'utf8');

test('every light-dark() token of tokens.css is in the palette, in both themes, with the same hex', () => {
  const tokens = parseTokens(css);
  expect(tokens.size).toBeGreaterThanOrEqual(13);
  for (const [name, { light, dark }] of tokens) {
    expect(palette('light')[name], name).toBe(light);
    expect(palette('dark')[name], name).toBe(dark);
  }
  expect(palette('light')['demand']).toBe('#0072b2');
});

test('the tokens charts paint with exist: the furniture and every colour a spec can name', () => {
  for (const name of ['bg', 'surface', 'text', 'text-muted', 'border', ...COLOUR_ROLES]) {
    expect(palette()[name], name).toMatch(/^#[0-9a-f]{6}$/);
  }
});

test('no second hex palette in the chart code', () => {
  // Colours in chart components and layers come from tokens (paint()), never as hex literals.
  const files = import.meta.glob(['../**/*.{svelte,ts}', '../../lib/charts/**/*.ts'], { query: '?raw', import: 'default', eager: true }) as Record<string, string>;
  const offenders = Object.entries(files)
    .filter(([f]) => !f.endsWith('.test.ts'))
    .filter(([, src]) => /#[0-9a-f]{6}\b/i.test(src))
    .map(([f]) => f);
  expect(offenders).toEqual([]);
});

test('colours are named, not numbered: no --series-N token is left', () => {
  expect([...parseTokens(css).keys()].filter((name) => /^series-\d/.test(name))).toEqual([]);
});

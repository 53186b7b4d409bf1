/** WCAG contrast of the theme tokens, in both themes: text 4.5:1, marks and focus 3:1. */
import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';

const css = readFileSync(new URL('./tokens.css', import.meta.url), 'utf8');
const tokens = new Map<string, [string, string]>(
  [...css.matchAll(/--([\w-]+):\s*light-dark\((#[0-9a-f]{6}),\s*(#[0-9a-f]{6})\)/gi)].map((m) => [m[1]!, [m[2]!, m[3]!]]),
);

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

const PAIRS: [fg: string, bg: string, min: number][] = [
  ['text', 'bg', 4.5], ['text', 'surface', 4.5], ['text', 'surface-raised', 4.5],
  ['text-muted', 'bg', 4.5], ['text-muted', 'surface', 4.5], ['text-muted', 'surface-raised', 4.5],
  ['link', 'bg', 4.5], ['link', 'surface', 4.5],
  ['focus', 'bg', 3], ['series-1', 'bg', 3], ['series-2', 'bg', 3], ['series-3', 'bg', 3],
  ['supply', 'bg', 3], ['demand', 'bg', 3], ['neutral', 'bg', 3], ['neutral', 'surface', 3],
];

describe.each([['light', 0], ['dark', 1]] as const)('%s theme', (_name, index) => {
  test.each(PAIRS)('%s on %s ≥ %d:1', (fg, bg, min) => {
    const f = tokens.get(fg)?.[index];
    const b = tokens.get(bg)?.[index];
    expect(f && b, `tokens --${fg} and --${bg} must be light-dark() pairs`).toBeTruthy();
    expect(contrast(f!, b!)).toBeGreaterThanOrEqual(min);
  });
});

/**
 * WCAG contrast of the theme tokens, in both themes: text 4.5:1; marks, focus and every colour a
 * chart spec can name (COLOUR_ROLES) 3:1 against the page and each card background a chart sits
 * on (a chart on the page, in a story interactive on `--surface`, in a raised card).
 */
import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { COLOUR_ROLES } from '../charts/shared/schema';

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

const BACKGROUNDS = ['bg', 'surface', 'surface-raised'];
const TEXT = ['text', 'text-muted'];
const PAIRS: [fg: string, bg: string, min: number][] = [
  ...TEXT.flatMap((t) => BACKGROUNDS.map((b) => [t, b, 4.5] as [string, string, number])),
  ['link', 'bg', 4.5], ['link', 'surface', 4.5],
  ['focus', 'bg', 3],
  // Gridlines and tracks (`--border`) are decoration: the baseline, ticks and values carry the scale.
  ...COLOUR_ROLES.flatMap((role) => BACKGROUNDS.map((b) => [role, b, 3] as [string, string, number])),
];

describe.each([['light', 0], ['dark', 1]] as const)('%s theme', (_name, index) => {
  test.each(PAIRS)('%s on %s ≥ %d:1', (fg, bg, min) => {
    const f = tokens.get(fg)?.[index];
    const b = tokens.get(bg)?.[index];
    expect(f && b, `tokens --${fg} and --${bg} must be light-dark() pairs`).toBeTruthy();
    expect(contrast(f!, b!)).toBeGreaterThanOrEqual(min);
  });
});

test('the two neutrals differ enough to be a darker and a lighter one (≥ 1.5:1 apart) in both themes', () => {
  for (const index of [0, 1]) {
    expect(contrast(tokens.get('neutral')![index]!, tokens.get('neutral-2')![index]!)).toBeGreaterThanOrEqual(1.5);
  }
});

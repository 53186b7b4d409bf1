/**
 * The one palette. Colours are defined once, as `light-dark()` pairs in src/styles/tokens.css;
 * this module reads that file (at build time, from the project root like the export's fonts) so renderers without CSS
 * (the static SVG/PNG export, resvg) use exactly the page's light-theme colours. Server-only:
 * chart components never import it (they receive the colours in their static `frame`).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

/** The stylesheet that defines every colour token. */
export const TOKENS_FILE = path.resolve('src/styles/tokens.css');

export type Theme = 'light' | 'dark';
export type Palette = Readonly<Record<string, string>>;

/** Every `--name: light-dark(#light, #dark)` token of a stylesheet, by name. */
export function parseTokens(css: string): Map<string, { light: string; dark: string }> {
  return new Map(
    [...css.matchAll(/--([\w-]+):\s*light-dark\((#[0-9a-f]{3,8}),\s*(#[0-9a-f]{3,8})\)/gi)]
      .map((m) => [m[1]!, { light: m[2]!.toLowerCase(), dark: m[3]!.toLowerCase() }]),
  );
}

const TOKENS = parseTokens(readFileSync(TOKENS_FILE, 'utf8'));

/** Token name → hex colour in one theme (`text`, `supply`, `neutral-2`, …), exactly as tokens.css defines it. */
export function palette(theme: Theme = 'light'): Palette {
  return Object.fromEntries([...TOKENS].map(([name, pair]) => [name, pair[theme]]));
}

/**
 * Screen or static: the two render targets of every chart component (OWID's `isStatic`).
 *
 * On screen a component is HTML + SVG sized by its container: x positions are percentages and
 * colours are CSS tokens (`var(--text)`). For the SVG/PNG export the same component renders
 * with a `frame`: a fixed width in px, so x positions resolve to px, and hex colours from the
 * one palette, so resvg (no CSS custom properties) draws it. Layers call `x()` and `paint()`
 * and never branch on the target themselves.
 */
import { r2 } from './rows';

export interface StaticFrame {
  /** Width in px that 100% of the plot resolves to. */
  width: number;
  /** Token name → hex colour (palette() of shared/palette.ts). */
  colours: Readonly<Record<string, string>>;
}

/** An x position: `"42%"` on screen, px in a static frame. */
export function x(frame: StaticFrame | undefined, pct: number): string | number {
  return frame ? r2((pct / 100) * frame.width) : `${pct}%`;
}

/** A width in percent of the plot, the same way. */
export const w = x;

/** A colour token: `var(--supply)` on screen, its hex in a static frame. */
export function paint(frame: StaticFrame | undefined, token: string): string {
  if (!frame) return `var(--${token})`;
  const hex = frame.colours[token];
  if (!hex) throw new Error(`no colour token --${token} in src/styles/tokens.css`);
  return hex;
}

/** A path drawn in a 0–100 (x) × px (y) box, with its x numbers scaled to the frame's px. */
export function framePath(frame: StaticFrame | undefined, d: string): string {
  if (!frame) return d;
  return d.replace(/([ML])(-?[\d.]+) (-?[\d.]+)/g, (_m, cmd: string, xs: string, ys: string) => `${cmd}${r2((Number(xs) / 100) * frame.width)} ${ys}`);
}

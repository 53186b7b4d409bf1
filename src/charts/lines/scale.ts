/**
 * Value ↔ position for a line chart's plot box, from its layout alone: two linear functions,
 * browser-safe (no D3). Layers that place extra marks (a reader's guesses, markers) use them,
 * and a draw-the-line interactive can map a pointer back to a value.
 */
import type { LinePlot } from './types';

type Box = Pick<LinePlot, 'plot' | 'xDomain' | 'yDomain'>;
const clamp = (t: number) => Math.min(1, Math.max(0, t));

/** x value → percent of the plot width; values outside the domain are pinned to an edge. */
export function xToPct({ plot, xDomain: [x0, x1] }: Box, x: number): number {
  return plot.left + clamp((x - x0) / (x1 - x0)) * (plot.right - plot.left);
}

/** Percent of the width → x value (inside the domain). */
export function pctToX({ plot, xDomain: [x0, x1] }: Box, pct: number): number {
  return x0 + clamp((pct - plot.left) / (plot.right - plot.left)) * (x1 - x0);
}

/** y value → px from the top; values above the domain are pinned to the top of the plot. */
export function yToPx({ plot, yDomain: [y0, y1] }: Box, value: number): number {
  return plot.bottom - clamp((value - y0) / (y1 - y0)) * (plot.bottom - plot.top);
}

/** px from the top → y value (inside the domain). */
export function pxToY({ plot, yDomain: [y0, y1] }: Box, px: number): number {
  return y0 + clamp((plot.bottom - px) / (plot.bottom - plot.top)) * (y1 - y0);
}

/** Whether a value lies above the plot's top (drawn pinned there, and said so in words). */
export function aboveDomain({ yDomain: [, y1] }: Box, value: number): boolean {
  return value > y1;
}

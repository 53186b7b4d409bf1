/** The build-time geometry of a line chart (layout.ts makes it; the component draws it). */
import type { ColourRole } from '../shared/schema';

/** One point of a line chart: a focusable mark. */
export interface PointMark {
  id: string;
  /** The data values (x, e.g. the year, and y), for layers that map values to positions. */
  x: number;
  value: number;
  /** x in percent of the plot width, y in px. */
  xPct: number;
  y: number;
  provisional: boolean;
  description: string;
  /** "Source: CDC.": the source sentence of the tooltip and the accessible name (dictionary words). */
  sourceLine: string;
}

export interface LineSeriesLayout {
  key: string;
  label: string;
  /** Colour of the line and its points (a token of the same name). */
  colour: ColourRole;
  /** Path `d` in a 0–100 × height viewBox (x in percent, y in px), one subpath per run of points. */
  path: string;
  points: PointMark[];
  /** The direct label. */
  labelXPct: number;
  labelY: number;
  /** Horizontal offset in px from the point (labels beside a point). */
  labelDx: number;
  labelAnchor: 'start' | 'middle' | 'end';
}

export interface LinesLayout {
  type: 'lines';
  height: number;
  baseline: number;
  /**
   * The plot box (left/right in percent of the width, top/bottom in px) and the value ranges it
   * shows: a value maps to a position, or a pointer back to a value, with two linear functions
   * (scale.ts), so the browser needs no D3.
   */
  plot: { left: number; right: number; top: number; bottom: number };
  xDomain: [number, number];
  yDomain: [number, number];
  series: LineSeriesLayout[];
  /** Horizontal gridlines with their labels (y axis). */
  gridlines: { y: number; label: string }[];
  xTicks: { xPct: number; label: string; anchor: 'start' | 'middle' | 'end' }[];
  /**
   * Notes on points: `y` is the baseline of the line nearest the point, further lines stack away
   * from it (`lines`, or `text` alone); `leader` joins a raised note to its point (y from, y to).
   */
  annotations: { xPct: number; y: number; dx: number; text: string; anchor: 'start' | 'middle' | 'end'; lines?: string[]; leader?: [number, number] }[];
  /** The key's line for hollow points, in the dictionary's words (chartMarks.hollowKey), when any point is provisional. */
  provisionalKey?: string;
}

/** A reader's guess drawn by the Guesses layer. */
export interface LineGuess {
  /** x value (the year). */
  x: number;
  value: number;
}

/** A numbered marker drawn above the plot by the Markers layer. */
export interface LineMarker {
  /** x value (the year). */
  x: number;
  /** Short visible text in the badge ("1"). */
  label: string;
}

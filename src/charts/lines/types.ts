/** The build-time geometry of a line chart (layout.ts makes it; the component draws it). */
import type { ColourRole } from '../shared/schema';

/** One point of a line chart: a focusable mark. */
export interface PointMark {
  id: string;
  /**
   * The x value (the year), for layers that place marks by year (a reader's guesses). The y value
   * is in `description`; it is not repeated here (every byte of the layout ships to embeds).
   */
  x: number;
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
  /** The label's lines when it wraps (labels at the line's end); `labelY` is the first line's baseline. */
  labelLines?: string[];
}

/**
 * One plot of a line chart: what the layers draw. A chart with views has one plot per view
 * (each with its own series, y scale and markers); the story's interactives draw one.
 */
export interface LinePlot {
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
  /**
   * x tick labels; `only` marks a tick shown only on narrow charts (< 560 px, the spec's
   * `xTicksNarrow`) or only on wide ones.
   */
  xTicks: { xPct: number; label: string; anchor: 'start' | 'middle' | 'end'; only?: 'narrow' | 'wide' }[];
  /** Room in px right of the plot for the labels at the lines' ends (0: none). */
  labelMargin: number;
  /** The plot's style on screen, from the build: that margin, and a marker layer's wide lift (`--lift`, `--wide-height`). */
  style?: string;
  /**
   * Notes on points: `y` is the baseline of the line nearest the point, further lines stack away
   * from it (`lines`, or `text` alone); `leader` joins a raised note to its point (y from, y to).
   */
  annotations: { xPct: number; y: number; dx: number; text: string; anchor: 'start' | 'middle' | 'end'; lines?: string[]; leader?: [number, number] }[];
  /** The key's line for hollow points, in the dictionary's words (chartMarks.hollowKey), when any point is provisional. */
  provisionalKey?: string;
  /** Numbered markers above the plot and the notes they number (a marker layer of the spec). */
  markers?: MarkerLayer;
}

/** A plot shown in some views (`views`: their names; empty when the chart has no views). */
export interface LinePanel extends LinePlot {
  key: string;
  views: string[];
}

export interface LinesLayout {
  type: 'lines';
  /** One plot per view, the default first (one plot when the chart has no views). */
  panels: LinePanel[];
}

/** A reader's guess drawn by the Guesses layer. */
export interface LineGuess {
  /** x value (the year). */
  x: number;
  value: number;
}

/** A dated note that a marker layer numbers on the chart (e.g. one of a reading's annotations). */
export interface DatedNote {
  /** x value (the year). */
  x: number;
  text: string;
  source_id: string;
}

/** A numbered marker above the plot, placed at build time (markers.ts): x in percent, y in px. */
export interface PlacedMarker {
  xPct: number;
  y: number;
  /** Short visible text in the badge ("1"). */
  label: string;
  /** On wide charts (MARKERS.widePx and up) the badge moves to its wide row: `--dy:-22px`. */
  style?: string;
}

/** A marker's note, in words: "2013:" (or "2025 (after 2024, shown at the right edge):"), text, source. */
export interface MarkerNote {
  label: string;
  when: string;
  text: string;
  source: string;
}

/** What the Markers and MarkerNotes layers draw: badges above the plot and the list they number. */
export interface MarkerLayer {
  /** Colour token of the rings and numbers' borders ("supply", "demand"). */
  colour: string;
  markers: PlacedMarker[];
  notes: MarkerNote[];
  /** Printed above the list: what the notes argue, and the caveat with its label (dictionary). */
  summary?: string;
  caveat?: { label: string; text: string };
}

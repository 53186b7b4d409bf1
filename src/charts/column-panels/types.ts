/** The build-time geometry of a column-panels chart (layout.ts makes it; the component draws it). */
import type { ColourRole } from '../shared/schema';

/**
 * Panel widths (px) from which a column's labels get their own, smaller lift (ColumnMark.liftAt,
 * layout.ts): each is computed at the width itself, the narrowest of its range, so labels that
 * clear there clear at every wider width. layers/Columns.svg.svelte has one container query per
 * width (CSS cannot read this list: keep the two in step).
 */
export const LIFT_WIDTHS = [400, 560, 800] as const;

/** One column (bar) of a column chart, positioned at build time. */
export interface ColumnMark {
  /** Unique within the chart, used for focus and ids. */
  id: string;
  category: string;
  /** Left edge and width in percent of the plot width (the SVG scales with its container). */
  xPct: number;
  widthPct: number;
  /** Top edge and height in px (the plot has a fixed height). */
  y: number;
  height: number;
  /** Qualifier words above the value ("more than"); may be empty. */
  qualifierText: string;
  /** The value as drawn on the chart ("50.6M"). */
  valueText: string;
  /**
   * Extra px the qualifier and value sit above the column top: a label that would collide with
   * its neighbour's at 320 px is raised above it.
   */
  lift: number;
  /**
   * The same lift where the panel is at least LIFT_WIDTHS[i] px wide (layout.ts), where
   * columns are further apart: on screen the labels move down by `lift - liftAt[i]` there
   * (a container query), so they sit just above their column whenever there is room.
   */
  liftAt: number[];
  /** How the labels above the column are anchored: edge columns keep them inside the plot. */
  labelAnchor: 'start' | 'middle' | 'end';
  /** A goal rather than a measurement: drawn as an outline. */
  target: boolean;
  /** Full sentence for screen readers and the tooltip. */
  description: string;
  /** "Source: CDC.": the source sentence of the tooltip and the accessible name (dictionary words). */
  sourceLine: string;
}

export interface MissingMark {
  category: string;
  centerPct: number;
  label: string;
  /** The label wrapped at build time to fit one column. */
  lines: string[];
  /** Edge columns anchor the note inward so it stays inside the plot. */
  anchor: 'start' | 'middle' | 'end';
  /** x of the anchor in percent of the plot. */
  xPct: number;
}

export interface ColumnPanelLayout {
  key: string;
  label: string;
  /** The label wrapped to fit a narrow panel. */
  labelLines: string[];
  /** Font size in px of the value labels (12 when long labels would not fit at 320 px). */
  valueSize: number;
  /** Colour of the columns (a token of the same name). */
  colour: ColourRole;
  height: number;
  baseline: number;
  marks: ColumnMark[];
  missing: MissingMark[];
  /** Category labels under the columns, wrapped at build time to fit a 320 px screen. */
  categories: { label: string; lines: string[]; centerPct: number }[];
  /** A fixed top of the scale (100%), drawn as a labelled line; null when the scale fits the data. */
  ceiling: { y: number; label: string } | null;
  /** Names of the views that show this panel (empty: the chart has no views). */
  views: string[];
}

export interface ColumnPanelsLayout {
  type: 'column-panels';
  panels: ColumnPanelLayout[];
}

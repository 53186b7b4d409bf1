/** Shapes shared by the build pipeline, the pages and the Svelte chart components. */

export interface SourceRecord {
  source_id: string;
  publisher: string;
  title: string;
  url: string;
  published: string;
  excerpt: string;
  /** Who produced the figure ("CBP"); empty when the publisher did (see lib/data/origins.ts). */
  origin?: string;
}

export type Cell = string | number | null;

export interface TableColumn {
  field: string;
  label: string;
  numeric: boolean;
  /** Numbers shown as written (years), not grouped. */
  plain: boolean;
}

/** The one set of rows behind a chart: the HTML table and the CSV are both made from it. */
export interface ChartTable {
  columns: TableColumn[];
  rows: Record<string, Cell>[];
}

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
  /** How the labels above the column are anchored: edge columns keep them inside the plot. */
  labelAnchor: 'start' | 'middle' | 'end';
  /** A goal rather than a measurement: drawn as an outline. */
  target: boolean;
  /** Full sentence for screen readers and the tooltip. */
  description: string;
  sourceText: string;
}

export interface MissingMark {
  category: string;
  centerPct: number;
  label: string;
}

export interface ColumnPanelLayout {
  key: string;
  label: string;
  /** The label wrapped to fit a narrow panel. */
  labelLines: string[];
  /** Font size in px of the value labels (12 when long labels would not fit at 320 px). */
  valueSize: number;
  /** 1-based series colour index (tokens --series-1…). */
  series: number;
  height: number;
  baseline: number;
  marks: ColumnMark[];
  missing: MissingMark[];
  /** Category labels under the columns, wrapped at build time to fit a 320 px screen. */
  categories: { label: string; lines: string[]; centerPct: number }[];
  /** Names of the views that show this panel (empty: the chart has no views). */
  views: string[];
}

export interface ColumnPanelsLayout {
  type: 'column-panels';
  panels: ColumnPanelLayout[];
}

/** One point of a line chart: a focusable mark. */
export interface PointMark {
  id: string;
  /** x in percent of the plot width, y in px. */
  xPct: number;
  y: number;
  provisional: boolean;
  description: string;
  sourceText: string;
}

export interface LineSeriesLayout {
  key: string;
  label: string;
  series: number;
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
  series: LineSeriesLayout[];
  /** Horizontal gridlines with their labels (y axis). */
  gridlines: { y: number; label: string }[];
  xTicks: { xPct: number; label: string; anchor: 'start' | 'middle' | 'end' }[];
  annotations: { xPct: number; y: number; dx: number; text: string; anchor: 'start' | 'middle' | 'end' }[];
  /** Legend words for hollow points, when any point is provisional. */
  provisionalLabel: string | null;
}

/** One horizontal bar with its label block, positioned at build time (x in %, y in px). */
export interface BarMark {
  id: string;
  /** Label and detail lines, wrapped for a 320 px screen, with their baselines. */
  labelLines: { text: string; y: number }[];
  detailLines: { text: string; y: number }[];
  valueLines: { text: string; y: number }[];
  /** The bar: top and height in px, length in percent of the plot width. */
  y: number;
  height: number;
  widthPct: number;
  description: string;
  sourceText: string;
}

export interface BarPanelLayout {
  key: string;
  label: string;
  series: number;
  height: number;
  marks: BarMark[];
  views: string[];
}

export interface BarRowsLayout {
  type: 'bar-rows';
  panels: BarPanelLayout[];
}

/** One dated event on a timeline strip. */
export interface EventMark {
  id: string;
  xPct: number;
  y: number;
  series: number;
  /** Short date shown in the tooltip ("Nov 2022"). */
  description: string;
  sourceText: string;
}

export interface TimelineLayout {
  type: 'timeline';
  height: number;
  rows: { key: string; label: string; series: number; labelY: number; lineY: number }[];
  ticks: { xPct: number; label: string; anchor: 'start' | 'middle' | 'end' }[];
  marks: EventMark[];
}

export type ChartLayout = ColumnPanelsLayout | LinesLayout | BarRowsLayout | TimelineLayout;

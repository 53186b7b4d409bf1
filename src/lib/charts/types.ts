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

export type { ColumnMark, MissingMark, ColumnPanelLayout, ColumnPanelsLayout } from '../../charts/column-panels/types';
export type { PointMark, LineSeriesLayout, LinesLayout } from '../../charts/lines/types';
export type { BarMark, BarPanelLayout, BarRowsLayout } from '../../charts/bar-rows/types';
export type { EventMark, TimelineLayout } from '../../charts/timeline/types';
export type { EvidenceMark, EvidenceLayout } from '../../charts/evidence/types';
/** The layout of any registered chart type (src/charts/registry.ts). */
export type { ChartLayout, ChartType } from '../../charts/registry';

/**
 * What a chart type is, as the registry (src/charts/registry.ts) knows it: each type's folder
 * exports one `ChartTypeEntry` from its index.ts (OWID's ChartTypeMap: type → state, view).
 */
import type { Component } from 'svelte';
import type { ZodType } from 'astro/zod';
import type { SourceRecord } from '../../lib/charts/types';
import type { StaticFrame } from './frame';
import type { LayoutRow } from './rows';

/** A set of dated notes another content file gives charts (a reading of two-readings.yaml). */
export interface NoteSet {
  /** Colour role of its markers (a reading's side). */
  colour: string;
  notes: readonly { x: number; text: string; source_id: string }[];
  /** What the set says in a sentence or two, and the caveat that must stay beside it (a reading's). */
  summary?: string;
  caveat?: string;
}

/** What a layout may need beyond its spec and rows (lib/charts/load.ts fills it). */
export interface LayoutContext {
  /** The spec's views in order, each with the parts (`panels`) it shows. */
  views: readonly { name: string; parts: readonly string[] }[];
  /** Note sets by file (`two-readings`) and id (`supply`). */
  notes: ReadonlyMap<string, ReadonlyMap<string, NoteSet>>;
}

/** The props every chart component takes, on the page, in embeds, in the story and in exports. */
export interface ChartProps<L> {
  /** Chart id or per-instance prefix; prefixes element ids so two charts on one page never clash. */
  id: string;
  /** The chart's title: (with the panel label) each SVG's accessible name. */
  title: string;
  /** The chart's one-paragraph takeaway: each SVG's description. */
  summary: string;
  /** Source line for the live readout. */
  source: string;
  /** Ids of the page's visible title / summary and source: the SVG refers to them instead of
   * repeating them in its own <title>/<desc> (svg-names.ts); `title`/`summary` may then be empty. */
  labelledBy?: string | undefined;
  describedBy?: string | undefined;
  /** Geometry computed at build time by the type's layout.ts. */
  layout: L;
  /** The view shown before any script runs (the spec's default); null when there are no views. */
  view?: string | null;
  /** Set only for the static export (SVG/PNG): draw SVG content in px with hex colours. */
  frame?: StaticFrame;
}

export interface ChartTypeEntry<G extends { type: string }, L extends { type: G['type'] }> {
  /** The `graphic:` schema of a spec of this type. */
  schema: ZodType<G, unknown>;
  /** Build-time geometry from the spec's graphic and its filtered rows (throws LayoutError). */
  layout: (graphic: G, rows: LayoutRow[], sources: ReadonlyMap<string, SourceRecord>, views: ReadonlyMap<string, string[]>, context: LayoutContext) => L;
  /** The Svelte component that draws the layout on every output. */
  component: Component<ChartProps<L>>;
  /**
   * The component of the static export (SVG/PNG), when it draws more than `component` with a
   * `frame` (a timeline's key, which on screen sits outside the island). Default: `component`.
   */
  staticComponent?: Component<ChartProps<L>>;
  /**
   * Whether an embed offers the spec's views (default true). False: the embed shows the first
   * view alone, with no view control (each view of a line chart is a whole plot in the island's
   * props; every view in the embed would overrun its budget).
   */
  viewsInEmbeds?: boolean;
  /** Keys of the parts a spec's `views` can show (its panels), or null: this type has no views. */
  viewParts: ((graphic: G) => string[]) | null;
  /**
   * Whether the chart hydrates outside its own page (embeds, the story). A type that prints
   * every value as visible text gains nothing from a tooltip there and would ship its text twice.
   */
  hydratesOutsidePage: boolean;
  /** Height in layout px of the static drawing of `view` (the export fits it into the card). */
  staticHeight: (layout: L, view: string | null) => number;
  /** Largest enlargement of the static drawing on the card (default CARD.maxScale). */
  maxStaticScale?: number;
  /**
   * The layout cut to the parts `view` shows, for a chart placed once in one view (a story slot):
   * the other views' panels are then not written into that page at all. Absent: the type has no views.
   */
  onlyView?: (layout: L, view: string) => L;
  /** Pixel heights of what stacks on a phone in `view` (panels), for fixed-height embed codes. */
  screenHeights: (layout: L, view: string | null) => number[];
}

/** Identity, for inference: `export default defineChartType({ … })`. */
export const defineChartType = <G extends { type: string }, L extends { type: G['type'] }>(entry: ChartTypeEntry<G, L>) => entry;

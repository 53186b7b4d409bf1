/** The build-time geometry of a bar-rows chart (layout.ts makes it; the component draws it). */
import type { ColourRole } from '../shared/schema';

/** One horizontal bar with its label block, positioned at build time (x in %, y in px). */
export interface BarMark {
  id: string;
  /** Label and detail lines, wrapped for a 320 px screen, with their baselines. */
  labelLines: { text: string; y: number }[];
  detailLines: { text: string; y: number }[];
  valueLines: { text: string; y: number }[];
  /** One line each for the static drawing (SVG/PNG card), where every row is a single line. */
  cardLabel: string;
  cardValue: string;
  /** The bar: top and height in px, length in percent of the plot width. */
  y: number;
  height: number;
  widthPct: number;
  /** Colour of the bar (a token of the same name). */
  colour: ColourRole;
  /** An answer against (drawn as an outline). */
  against?: true;
  description: string;
  /** "Source: CDC.": the source sentence of the tooltip and the accessible name (dictionary words). */
  sourceLine: string;
}

export interface BarPanelLayout {
  key: string;
  label: string;
  height: number;
  marks: BarMark[];
  /** The outline's key under the panel label, when the panel has answers against (with its y). */
  againstKey: { text: string; y: number } | null;
  /** Numbered detail lines under the panel (detailAs: footnote). */
  footnotes: { text: string; y: number }[];
  views: string[];
}

export interface BarRowsLayout {
  type: 'bar-rows';
  panels: BarPanelLayout[];
}

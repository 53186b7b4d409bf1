/** The build-time geometry of an evidence chart (layout.ts makes it; the component draws it). */
import type { ColourRole } from '../shared/schema';

export interface TextLine { text: string; y: number }

/** A dot-and-interval strip on one measure's scale, in percent of the plot width. */
export interface EvidenceStrip {
  scale: string;
  /** Centre line of the strip in px. */
  y: number;
  /** The estimate (null for a range with no point estimate). */
  dotPct: number | null;
  /** The interval or range, when the study gives both ends. */
  lowPct: number | null;
  highPct: number | null;
  /** Baselines of the tick labels and of the scale's words under them. */
  tickY: number;
  scaleY: number;
  /** Baseline of the direction words: the scale's line, or the next when both do not fit. */
  directionY: number;
  /** An end of the interval runs past the scale: an arrow is drawn there. */
  clippedLow: boolean;
  clippedHigh: boolean;
}

/** One row: one estimate of one study, or one outcome that has no estimate. */
export interface EvidenceMark {
  id: string;
  /** Outcome, design and study, value or status words, note: wrapped for 320 px. */
  outcomeLines: TextLine[];
  studyLines: TextLine[];
  valueLines: TextLine[];
  noteLines: TextLine[];
  strip: EvidenceStrip | null;
  /** Top and bottom of the row in px (the focus outline and the tooltip anchor). */
  top: number;
  bottom: number;
  /** The tool's name (the card names it once per run of its rows). */
  tool: string;
  /** One line each for the static card: tool and outcome, or the outcome alone under the same tool. */
  cardLabel: string;
  cardRepeat: string;
  cardValue: string;
  /** Which side of the plot favours the tool, in words (empty when the study marks none). */
  direction: { text: string; side: 'left' | 'right' } | null;
  description: string;
  /** "Source: CDC.": the source sentence of the tooltip and the accessible name (dictionary words). */
  sourceLine: string;
}

/** A tool's name, printed once above its consecutive rows. */
export interface EvidenceHead { lines: TextLine[] }

export interface EvidenceGroupLayout {
  key: string;
  label: string;
  colour: ColourRole;
  height: number;
  heads: EvidenceHead[];
  marks: EvidenceMark[];
  /** The static card's line about the rows without a dot, wrapped ("Without an estimate: 12 (…)"). */
  cardGaps: string[];
  views: string[];
}

/** A scale as drawn: its words, reference line and ticks (once per chart, not per row). */
export interface EvidenceScale {
  label: string;
  referencePct: number | null;
  ticks: { pct: number; label: string; anchor: 'start' | 'middle' | 'end' }[];
}

export interface EvidenceLayout {
  type: 'evidence';
  groups: EvidenceGroupLayout[];
  scales: Record<string, EvidenceScale>;
  /** The static card's closing line, wrapped. */
  cardNote: string[];
}

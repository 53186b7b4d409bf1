/** The build-time geometry of a timeline (layout.ts makes it; the component draws it). */
import type { ColourRole } from '../shared/schema';

/** One dated event on a timeline strip. */
export interface EventMark {
  id: string;
  xPct: number;
  y: number;
  colour: ColourRole;
  /** The event's number in the key, when the story discusses it (absent otherwise). */
  n?: number;
  /** Short date shown in the tooltip ("Nov 2022"). */
  description: string;
  /** "Source: CDC.": the source sentence of the tooltip and the accessible name (dictionary words). */
  sourceLine: string;
}

export interface TimelineLayout {
  type: 'timeline';
  /** Height with the key (static drawing); `plotHeight` without it (the island's SVG on screen). */
  height: number;
  plotHeight: number;
  /** y in px of the date axis (under the last row). */
  axisY: number;
  rows: { key: string; label: string; colour: ColourRole; labelY: number; lineY: number }[];
  ticks: { xPct: number; label: string; anchor: 'start' | 'middle' | 'end' }[];
  marks: EventMark[];
  /** The key under the axis: the numbered events' short labels, in number order (1, 2, …). */
  key: string[];
  /** Baseline of the key's first line; each further line is KEY_LINE px lower. */
  keyY: number;
}

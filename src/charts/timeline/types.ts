/** The build-time geometry of a timeline (layout.ts makes it; the component draws it). */

/** One dated event on a timeline strip. */
export interface EventMark {
  id: string;
  xPct: number;
  y: number;
  series: number;
  /** The event's number in the key, when the story discusses it (absent otherwise). */
  n?: number;
  /** Short date shown in the tooltip ("Nov 2022"). */
  description: string;
  sourceText: string;
}

export interface TimelineLayout {
  type: 'timeline';
  height: number;
  /** y in px of the date axis (under the last row). */
  axisY: number;
  rows: { key: string; label: string; series: number; labelY: number; lineY: number }[];
  ticks: { xPct: number; label: string; anchor: 'start' | 'middle' | 'end' }[];
  marks: EventMark[];
  /** The key of numbered events under the axis: each line's number (first line only) and y. */
  key: { n: number | null; text: string; y: number }[];
}

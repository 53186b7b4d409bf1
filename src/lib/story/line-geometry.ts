/**
 * Geometry for the story's small line charts (predict, two readings): x in percent of the
 * plot width, y in px of a fixed-height plot, so the SVG fills any width from 320 px up.
 * Plain arithmetic, no D3, so it can run in the browser for the reader's own guesses.
 */

export interface LineFrame {
  /** Plot height in px. */
  height: number;
  /** Inner plot box: x as percent, y as px. */
  left: number;
  right: number;
  top: number;
  bottom: number;
  years: number[];
  yMax: number;
  ticks: number[];
}

/** Round steps (1, 2, 2.5, 5 × 10^k) giving at most `count` intervals up to `max`. */
export function niceTicks(max: number, count = 5): number[] {
  if (!(max > 0)) return [0];
  const raw = max / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? 10 * power;
  const top = Math.ceil(max / step) * step;
  const ticks: number[] = [];
  for (let v = 0; v <= top + step / 2; v += step) ticks.push(Math.round(v));
  return ticks;
}

/** `top` leaves room above the plot (for annotation markers). */
export function lineFrame(years: number[], values: number[], height = 240, top = 24): LineFrame {
  if (years.length < 2) throw new Error('a line needs at least two years');
  const ticks = niceTicks(Math.max(...values));
  return { height, left: 4, right: 96, top, bottom: height - 28, years, yMax: ticks.at(-1) ?? 1, ticks };
}

/** Percent across the plot for a year; years outside the range are pinned to an edge. */
export function xPct(frame: LineFrame, year: number): number {
  const first = frame.years[0] ?? year;
  const last = frame.years.at(-1) ?? year;
  const t = Math.min(1, Math.max(0, (year - first) / (last - first)));
  return frame.left + t * (frame.right - frame.left);
}

/** px from the top for a value. */
export function yPx(frame: LineFrame, value: number): number {
  return frame.bottom - (value / frame.yMax) * (frame.bottom - frame.top);
}

/** Consecutive segments between points whose years are adjacent in `years` (never bridging a gap). */
export function segments<T extends { year: number }>(frame: LineFrame, points: T[]): [T, T][] {
  const out: [T, T][] = [];
  const sorted = [...points].sort((a, b) => a.year - b.year);
  for (let i = 1; i < sorted.length; i++) {
    const a = sorted[i - 1]!;
    const b = sorted[i]!;
    if (frame.years.indexOf(b.year) - frame.years.indexOf(a.year) === 1) out.push([a, b]);
  }
  return out;
}

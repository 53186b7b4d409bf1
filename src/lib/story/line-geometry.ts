/**
 * The story's line charts (predict-then-reveal, one chart two readings) are the
 * `overdose-deaths` chart itself: this narrows that spec's line (its series, words, format and
 * provisional rule) to the years an interactive shows and lays it out with the lines chart
 * type's own layout (src/charts/lines/layout.ts), at build time. The island then draws it with
 * the same Lines component as the chart page, plus its own layers (guesses, markers).
 */
import type { ChartBundle } from '../charts/build';
import type { LinesLayout, SourceRecord } from '../charts/types';
import { layoutLines } from '../../charts/lines/layout';
import { matchRow, type LayoutRow } from '../../charts/shared/rows';

export interface NarrowLine {
  /** Key of the spec's series to draw (e.g. "all_drugs"). */
  series: string;
  /** First and last x (years) shown. */
  from: number;
  to: number;
  /** Direct label of the line, beside its last point ("Actual"). */
  label: string;
  /** Plot height and room above it (for markers), in px. */
  height?: number;
  top?: number;
  /** The y axis reaches at least this value (room to guess above the real line). */
  yMax?: number;
}

/** Ticks every third year from the first, and the last year. */
export function everyThird(from: number, to: number): number[] {
  const ticks: number[] = [];
  for (let y = from; y <= to; y += 3) ticks.push(y);
  if (ticks.at(-1) !== to) ticks.push(to);
  return ticks;
}

/**
 * The chart's final (non-provisional) points of one series between `from` and `to` — from the
 * chart's own table rows, the ones its page, CSV and JSON show — laid out as a line chart of
 * its own. Fails when the chart is not a line chart or has no such series.
 */
export function narrowLine(
  chart: Pick<ChartBundle, 'id' | 'spec' | 'table'>,
  sources: ReadonlyMap<string, SourceRecord>,
  { series, from, to, label, height, top, yMax }: NarrowLine,
): LinesLayout {
  const graphic = chart.spec.graphic;
  if (!(to > from)) throw new Error(`chart ${chart.id}: a line needs at least two years (got ${from}–${to})`);
  if (graphic.type !== 'lines') throw new Error(`chart ${chart.id} is not a line chart`);
  const line = graphic.series.find((s) => s.key === series);
  if (!line) throw new Error(`chart ${chart.id} has no series "${series}"`);
  const provisional = graphic.provisional;
  const own = chart.table.rows.filter((r) => {
    const x = Number(r[graphic.x]);
    const isProvisional = provisional ? provisional.values.includes(String(r[provisional.field])) : false;
    return matchRow(r, line.match) && !isProvisional && x >= from && x <= to;
  }) as unknown as LayoutRow[];
  // The chart's narrow ticks are for its full range; the interactives' own ticks fit every width.
  const { xTicksNarrow: _narrow, ...whole } = graphic;
  return layoutLines(
    {
      ...whole,
      xDomain: [from, to],
      xTicks: everyThird(from, to),
      series: [{ ...line, label, labelAt: to, labelPosition: 'above' }],
      annotations: [],
      markers: [],
    },
    own,
    sources,
    { ...(height ? { height } : {}), ...(top ? { top } : {}), ...(yMax ? { yMax } : {}) },
  );
}

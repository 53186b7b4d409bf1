/**
 * Geometry for a timeline strip: one row per category (e.g. supply / demand / both), events
 * placed by date (x in percent) and stacked into lanes so that events close in time never
 * overlap at 320 px. A partial date (YYYY-MM) sits at the start of its month; the tooltip says
 * so by giving the date as published.
 */
import { scaleUtc } from 'd3-scale';
import { formatPartialDate } from '../../lib/format';
import type { SourceRecord } from '../../lib/charts/types';
// On-chart credit names the originating agency, never the reprint (issue 10).
import { markSource } from '../shared/mark-source';
import { t } from '../../lib/i18n/t';
import { LayoutError, markId, type LayoutRow } from '../shared/rows';
import { DOT_R, KEY_LINE, NUMBERED_R } from './dots';
import type { TimelineSpec } from './schema';
import type { EventMark, TimelineLayout } from './types';

export const TIMELINE = { top: 8, rowLabel: 20, lane: 18, rowGap: 14, axis: 28, keyGap: 16, keyChars: 34 } as const;
/** Minimum distance between two events in one lane, in percent (≈ 12 px at 280 px). */
const MIN_GAP_PCT = 4.5;
/** The plot is 280 px wide on a 320 px screen. */
const pctOf280 = (px: number) => (px / 280) * 100;

export function parseDate(text: string): Date {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(text);
  if (!m) throw new LayoutError(`"${text}" is not a date like 2023, 2023-03 or 2023-03-29`);
  return new Date(Date.UTC(Number(m[1]), Number(m[2] ?? 1) - 1, Number(m[3] ?? 1)));
}

export function layoutTimeline(
  spec: TimelineSpec,
  rows: LayoutRow[],
  sources: ReadonlyMap<string, SourceRecord>,
): TimelineLayout {
  const x = scaleUtc().domain(spec.domain.map(parseDate)).range([2, 98]);
  const known = new Set(spec.rows.map((r) => r.key));
  for (const r of rows) {
    if (!known.has(String(r[spec.rowBy]))) throw new LayoutError(`a row has ${spec.rowBy} = ${String(r[spec.rowBy])}, which is not in graphic.rows`);
  }
  // Each annotation names exactly one event; numbers follow the events' dates.
  const numbered = new Map<LayoutRow, { n: number; label: string }>();
  const matched = spec.annotations.map((a) => {
    const hits = rows.filter((r) => String(r[spec.label]).toLowerCase().includes(a.match.toLowerCase()));
    if (hits.length !== 1) {
      throw new LayoutError(`timeline annotation "${a.match}" matches ${hits.length} events; it must match exactly one (make "match" more specific)`);
    }
    return { row: hits[0]!, label: a.label, date: parseDate(String(hits[0]![spec.date])).getTime() };
  });
  matched.sort((a, b) => a.date - b.date).forEach((m, i) => {
    if (numbered.has(m.row)) throw new LayoutError(`two timeline annotations match the same event ("${m.label}")`);
    numbered.set(m.row, { n: i + 1, label: m.label });
  });
  let y = TIMELINE.top;
  const marks: EventMark[] = [];
  const layoutRows = spec.rows.map((row) => {
    const events = rows
      .filter((r) => String(r[spec.rowBy]) === row.key)
      .map((r) => ({ r, date: parseDate(String(r[spec.date])) }))
      .sort((a, b) => a.date.getTime() - b.date.getTime());
    const labelY = y + 14;
    y += TIMELINE.rowLabel;
    // A numbered event's larger ring needs more room than a dot from its lane neighbour.
    const laneEnds: { xPct: number; extra: number }[] = [];
    const placed = events.map(({ r, date }) => {
      const xPct = Math.round(x(date) * 100) / 100;
      if (xPct < 0 || xPct > 100) throw new LayoutError(`${spec.date} ${String(r[spec.date])} is outside graphic.domain`);
      const extra = numbered.has(r) ? pctOf280(NUMBERED_R - DOT_R) : 0;
      let lane = laneEnds.findIndex((end) => xPct - end.xPct >= MIN_GAP_PCT + end.extra + extra);
      if (lane === -1) lane = laneEnds.length;
      laneEnds[lane] = { xPct, extra };
      return { r, xPct, lane };
    });
    const lanes = Math.max(1, laneEnds.length);
    for (const { r, xPct, lane } of placed) {
      const source = sources.get(r.source_id);
      const when = formatPartialDate(String(r[spec.date]));
      const n = numbered.get(r)?.n;
      marks.push({
        ...(n === undefined ? {} : { n }),
        id: markId(row.key, String(r[spec.date]), marks.length),
        xPct,
        y: y + TIMELINE.lane * lane + TIMELINE.lane / 2,
        colour: row.colour,
        description: t('chartMarks.event', { when, side: row.inSentence ?? row.label.toLowerCase(), event: String(r[spec.label]) }),
        sourceLine: markSource(source, r.source_id),
      });
    }
    const lineY = y + TIMELINE.lane / 2;
    y += lanes * TIMELINE.lane + TIMELINE.rowGap;
    return { key: row.key, label: row.label, colour: row.colour, labelY, lineY };
  });
  marks.sort((a, b) => a.xPct - b.xPct || a.y - b.y);
  const ticks = spec.ticks.map((t) => {
    const xPct = Math.round(x(new Date(Date.UTC(t, 0, 1))) * 100) / 100;
    return { xPct, label: String(t), anchor: xPct < 8 ? ('start' as const) : xPct > 92 ? ('end' as const) : ('middle' as const) };
  });
  // The key: one line per numbered event, short enough for 280 px beside its number.
  const key = [...numbered.values()].sort((a, b) => a.n - b.n).map(({ label }) => {
    if (label.length > TIMELINE.keyChars) throw new LayoutError(`timeline annotation label "${label}" is longer than ${TIMELINE.keyChars} characters; shorten it to fit one line at 320 px`);
    return label;
  });
  const keyY = y + TIMELINE.axis + TIMELINE.keyGap;
  const plotHeight = y + TIMELINE.axis;
  const height = key.length > 0 ? keyY + (key.length - 1) * KEY_LINE + 8 : plotHeight;
  return { type: 'timeline', height, plotHeight, axisY: y, rows: layoutRows, ticks, marks, key, keyY };
}

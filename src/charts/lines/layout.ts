/**
 * Geometry for line charts, computed at build time: x in percent of the plot width, y in px of
 * a fixed-height plot. Lines join only neighbouring points (no more than `maxGap` apart) of the
 * same status, so a gap in the data stays a gap and a provisional figure is never joined to a
 * final one. One row per point: a duplicate fails the build.
 */
import { scaleLinear } from 'd3-scale';
import { formatNumber, withQualifier } from '../../lib/format';
import type { SourceRecord } from '../../lib/charts/types';
// On-chart credit names the originating agency, never the reprint (issue 10).
import { markSource } from '../shared/mark-source';
import { t } from '../../lib/i18n/t';
import { anchorAt, LayoutError, markId, matchRow, r2, toNumber, wrapWords, type LayoutRow } from '../shared/rows';
import type { LinesSpec } from './schema';
import type { LinesLayout, LineSeriesLayout, PointMark } from './types';

export const LINES = { height: 320, top: 30, bottom: 30, left: 2, right: 98 } as const;

/** Plot size for a chart drawn outside its spec's page (the story's interactives). */
export interface LinesOptions {
  /** Total height in px (default 320). */
  height?: number;
  /** Room above the plot in px, e.g. for annotation markers (default 30). */
  top?: number;
  /** The y axis reaches at least this value (headroom, e.g. for a reader's guesses). */
  yMax?: number;
}

const num = (row: LayoutRow, field: string) => toNumber(row, field, 'place a point');


type Position = 'above' | 'below' | 'left' | 'right';
/** Line height in px of a wrapped annotation (13 px text). */
export const ANNOTATION_LINE = 16;
/** A label next to a point: offset in px (dx, dy) and anchor, by position. */
function place(pct: number, y: number, position: Position) {
  if (position === 'left') return { y: y + 5, dx: -10, anchor: 'end' as const };
  if (position === 'right') return { y: y + 5, dx: 10, anchor: 'start' as const };
  return { y: y + (position === 'above' ? -12 : 22), dx: 0, anchor: anchorAt(pct) };
}

export function layoutLines(
  spec: LinesSpec,
  rows: LayoutRow[],
  sources: ReadonlyMap<string, SourceRecord>,
  _views: ReadonlyMap<string, string[]> = new Map(),
  { height = LINES.height, top = LINES.top, yMax = 1 }: LinesOptions = {},
): LinesLayout {
  const baseline = height - LINES.bottom;
  const x = scaleLinear().domain(spec.xDomain).range([LINES.left, LINES.right]);
  const isProvisional = (r: LayoutRow) =>
    spec.provisional ? spec.provisional.values.includes(String(r[spec.provisional.field])) : false;
  const used = new Set<LayoutRow>();

  const grouped = spec.series.map((s) => {
    const own = rows.filter((r) => matchRow(r, s.match));
    const seen = new Set<number>();
    for (const r of own) {
      if (used.has(r)) throw new LayoutError(`a row is in more than one series (series "${s.key}")`);
      used.add(r);
      const at = num(r, spec.x);
      if (at < spec.xDomain[0] || at > spec.xDomain[1]) throw new LayoutError(`series "${s.key}": ${spec.x} = ${at} is outside xDomain`);
      if (seen.has(at)) throw new LayoutError(`series "${s.key}": more than one row for ${spec.x} = ${at}; narrow the spec's filter`);
      seen.add(at);
    }
    return { s, own: [...own].sort((a, b) => num(a, spec.x) - num(b, spec.x)) };
  });
  if (used.size !== rows.length) throw new LayoutError(`${rows.length - used.size} selected row(s) fall in no series`);

  const max = Math.max(1, yMax, ...rows.map((r) => num(r, spec.value)));
  const y = scaleLinear().domain([0, max]).nice(4).range([baseline, top]);

  const series: LineSeriesLayout[] = grouped.map(({ s, own }) => {
    const points: PointMark[] = own.map((r) => {
      const at = num(r, spec.x);
      const value = num(r, spec.value);
      const provisional = isProvisional(r);
      const status = spec.provisional ? t('chartMarks.lineStatus', { status: provisional ? spec.provisional.label : t('chartFigure.finalStatus') }) : '';
      const source = sources.get(r.source_id);
      return {
        id: markId(s.key, at),
        x: at,
        value,
        xPct: r2(x(at)),
        y: r2(y(value)),
        provisional,
        description: t('chartMarks.line', { series: s.label, at, value: withQualifier(r.qualifier, formatNumber(value, spec.format)), unit: s.unitLabel, status }),
        sourceLine: markSource(source, r.source_id),
      };
    });
    const segments: string[] = [];
    own.forEach((r, i) => {
      const prev = own[i - 1];
      const p = points[i]!;
      const joined = prev !== undefined && num(r, spec.x) - num(prev, spec.x) <= spec.maxGap && isProvisional(prev) === isProvisional(r);
      segments.push(`${joined ? 'L' : 'M'}${p.xPct} ${p.y}`);
    });
    // A lone M draws nothing: keep only subpaths with at least one L.
    const path = segments.join(' ').split(/(?=M)/).filter((sub) => sub.includes('L')).join(' ').trim();
    const at = points.find((p) => p.id === markId(s.key, s.labelAt));
    if (!at) throw new LayoutError(`series "${s.key}": no point at labelAt = ${s.labelAt}`);
    const label = place(at.xPct, at.y, s.labelPosition);
    return {
      key: s.key, label: s.label, colour: s.colour, path, points,
      labelXPct: at.xPct, labelY: r2(label.y), labelDx: label.dx, labelAnchor: label.anchor,
    };
  });

  const annotations = spec.annotations.map((a) => {
    const line = series.find((s) => s.key === a.series);
    const point = line?.points.find((p) => p.id === markId(a.series, a.at));
    if (!point) throw new LayoutError(`annotation "${a.text}": series "${a.series}" has no point at ${a.at}`);
    const label = place(point.xPct, point.y, a.position);
    const raise = a.raise ?? 0;
    const lines = a.wrap ? wrapWords(a.text, a.wrap) : [a.text];
    const stack = (lines.length - 1) * ANNOTATION_LINE;
    // `y` is the first (top) line's baseline; a note above its point grows upward.
    const y = a.position === 'above' ? label.y - raise - stack : a.position === 'below' ? label.y + raise : label.y;
    // A raised note's leader runs from just past its text to just short of the point's dot.
    const vertical = a.position === 'above' || a.position === 'below';
    const leader: [number, number] | null = raise > 0 && vertical
      ? (a.position === 'above' ? [r2(y + stack + 5), r2(point.y - 8)] : [r2(y - 15), r2(point.y + 8)])
      : null;
    return {
      xPct: point.xPct, y: r2(y), dx: label.dx, text: a.text, anchor: label.anchor,
      ...(lines.length > 1 ? { lines } : {}),
      ...(leader ? { leader } : {}),
    };
  });

  const provisionalLabel = spec.provisional && series.some((s) => s.points.some((p) => p.provisional)) ? spec.provisional.label : null;
  return {
    type: 'lines',
    height,
    baseline,
    plot: { left: LINES.left, right: LINES.right, top, bottom: baseline },
    xDomain: [spec.xDomain[0], spec.xDomain[1]],
    yDomain: [y.domain()[0]!, y.domain()[1]!],
    series,
    gridlines: y.ticks(4).map((t) => ({ y: r2(y(t)), label: formatNumber(t, spec.format, true) })),
    // Edge ticks anchor inward so their labels stay inside the plot at 320 px.
    xTicks: spec.xTicks.map((t) => ({ xPct: r2(x(t)), label: String(t), anchor: anchorAt(x(t)) })),
    annotations,
    // Only when there is a key to show (the spec's provisional label in chartMarks.hollowKey).
    ...(provisionalLabel === null ? {} : { provisionalKey: t('chartMarks.hollowKey', { label: provisionalLabel }) }),
  };
}

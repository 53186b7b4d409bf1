/**
 * Geometry for line charts, computed at build time: x in percent of the plot width, y in px of
 * a fixed-height plot. Lines join only neighbouring points (no more than `maxGap` apart) of the
 * same status, so a gap in the data stays a gap and a provisional figure is never joined to a
 * final one. One row per point: a duplicate fails the build. A chart with views gets one plot
 * per view: the view's series on their own y scale, and the marker layer it names.
 */
import { scaleLinear } from 'd3-scale';
import { formatNumber, withQualifier } from '../../lib/format';
import type { SourceRecord } from '../../lib/charts/types';
// On-chart credit names the originating agency, never the reprint (issue 10).
import { markSource } from '../shared/mark-source';
import { t } from '../../lib/i18n/t';
import { anchorAt, LayoutError, markId, matchRow, r2, toNumber, wrapWords, type LayoutRow } from '../shared/rows';
import type { LayoutContext, NoteSet } from '../shared/chart-type';
import { didYouMean } from '../../lib/data/strict';
import type { LinesSpec } from './schema';
import type { LinePanel, LinePlot, LinesLayout, LineSeriesLayout, PointMark } from './types';
import { textWidth } from './text-width';
import { layoutMarkers, markerRoom, markerStack, MARKERS } from './markers';

export const LINES = { height: 320, top: 30, bottom: 30, left: 2, right: 98 } as const;

/** Size of a label at a line's end: 14 px bold, lines 16 px apart, 8 px from the last point. */
export const END_LABEL = { size: 14, line: 16, gap: 8 } as const;

/** Plot size for a chart drawn outside its spec's page (the story's interactives), and its views. */
export interface LinesOptions {
  /** Total height in px (default 320, plus any marker rows). */
  height?: number;
  /** Room above the plot in px, e.g. for annotation markers (default 30). */
  top?: number;
  /** The y axis reaches at least this value (headroom, e.g. for a reader's guesses). */
  yMax?: number;
  /** The spec's views and the note sets its marker layers read (LayoutContext). */
  context?: LayoutContext;
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

type Series = LinesSpec['series'][number];
type Grouped = { s: Series; own: LayoutRow[] };

/** The rows of each series, checked: every row in exactly one series, one row per x, inside the domain. */
function groupRows(spec: LinesSpec, rows: LayoutRow[]): Grouped[] {
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
  return grouped;
}

/** Room right of the plot for the end labels: the widest line of any of them, and the gap. */
function endMargin(series: readonly Series[]): number {
  const widths = series.filter((s) => s.labelAt === 'end').flatMap((s) => endLines(s).map((l) => textWidth(l, END_LABEL.size)));
  return widths.length ? Math.max(...widths) + END_LABEL.gap + 4 : 0;
}
const endLines = (s: Series) => (s.labelWrap ? wrapWords(s.label, s.labelWrap) : [s.label]);

/**
 * End labels' first baselines: each block of lines centred on its last point, then nudged apart
 * so that no two blocks overlap, and kept between the plot's top and its baseline.
 */
function spreadEndLabels(blocks: { key: string; y: number; lines: number }[], top: number, bottom: number): Map<string, number> {
  const CAP = 11; // a 14 px line's height above its baseline
  const DESC = 3; // and below it
  const placed = blocks
    .map((b) => ({ key: b.key, first: b.y + 5 - ((b.lines - 1) * END_LABEL.line) / 2, span: (b.lines - 1) * END_LABEL.line }))
    .sort((a, b) => a.first - b.first);
  for (let i = 1; i < placed.length; i++) {
    const prev = placed[i - 1]!;
    const cur = placed[i]!;
    const overlap = prev.first + prev.span + DESC + 2 - (cur.first - CAP);
    if (overlap > 0) {
      prev.first -= overlap / 2;
      cur.first += overlap / 2;
    }
  }
  const last = placed.at(-1);
  const under = last ? last.first + last.span - bottom : 0;
  if (under > 0) for (const p of placed) p.first -= under;
  const first = placed[0];
  const over = first ? top - (first.first - CAP) : 0;
  if (over > 0) for (const p of placed) p.first += over;
  return new Map(placed.map((p) => [p.key, r2(p.first)]));
}

/** One plot: these series (on their own y scale), the annotations on them, and a marker layer. */
function plotOf(
  spec: LinesSpec,
  grouped: Grouped[],
  sources: ReadonlyMap<string, SourceRecord>,
  { height, top, yMax }: { height: number; top: number; yMax: number },
  markers?: NoteSet,
  /** Prefix of the marks' ids (a view's name), so they stay unique when several plots share a page. */
  markPrefix?: string,
): LinePlot {
  const isProvisional = (r: LayoutRow) =>
    spec.provisional ? spec.provisional.values.includes(String(r[spec.provisional.field])) : false;
  const labelMargin = endMargin(grouped.map((g) => g.s));
  const box0 = { plot: { left: LINES.left, right: LINES.right, top, bottom: 0 }, xDomain: spec.xDomain, yDomain: [0, 1] as [number, number], labelMargin };
  const stack = markers ? markerStack(box0, markers.notes) : 0;
  const room = stack > 0 ? Math.max(top, markerRoom(stack)) : top;
  // Wide charts need fewer rows of badges: their plot moves up by the rows left empty.
  const lift = markers ? room - Math.max(top, markerRoom(markerStack(box0, markers.notes, MARKERS.widePx))) : 0;
  const fullHeight = height + (room - top);
  const baseline = fullHeight - LINES.bottom;
  const x = scaleLinear().domain(spec.xDomain).range([LINES.left, LINES.right]);
  const rows = grouped.flatMap((g) => g.own);
  const max = Math.max(1, yMax, ...rows.map((r) => num(r, spec.value)));
  const y = scaleLinear().domain([0, max]).nice(4).range([baseline, room]);

  const series: LineSeriesLayout[] = grouped.map(({ s, own }) => {
    const points: PointMark[] = own.map((r) => {
      const at = num(r, spec.x);
      const value = num(r, spec.value);
      const provisional = isProvisional(r);
      const status = spec.provisional ? t('chartMarks.lineStatus', { status: provisional ? spec.provisional.label : t('chartFigure.finalStatus') }) : '';
      const source = sources.get(r.source_id);
      return {
        id: markPrefix ? markId(markPrefix, s.key, at) : markId(s.key, at),
        x: at,
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
    if (s.labelAt === 'end') {
      const at = points.at(-1);
      if (!at) throw new LayoutError(`series "${s.key}": no point to label at its end`);
      const lines = endLines(s);
      return {
        key: s.key, label: s.label, colour: s.colour, path, points,
        labelXPct: at.xPct, labelY: at.y, labelDx: END_LABEL.gap, labelAnchor: 'start' as const,
        ...(lines.length > 1 ? { labelLines: lines } : {}),
      };
    }
    const at = points.find((p) => p.x === s.labelAt);
    if (!at) throw new LayoutError(`series "${s.key}": no point at labelAt = ${s.labelAt}`);
    const label = place(at.xPct, at.y, s.labelPosition);
    return {
      key: s.key, label: s.label, colour: s.colour, path, points,
      labelXPct: at.xPct, labelY: r2(label.y), labelDx: label.dx, labelAnchor: label.anchor,
    };
  });
  // End labels: centred on their last points (labelY holds the point's y until here), kept apart.
  const ends = series.filter((_s, i) => grouped[i]!.s.labelAt === 'end');
  const spread = spreadEndLabels(ends.map((s) => ({ key: s.key, y: s.labelY, lines: s.labelLines?.length ?? 1 })), room, baseline);
  for (const s of ends) s.labelY = spread.get(s.key) ?? s.labelY;

  const annotations = spec.annotations.filter((a) => series.some((s) => s.key === a.series)).map((a) => {
    const line = series.find((s) => s.key === a.series);
    const point = line?.points.find((p) => p.x === a.at);
    if (!point) throw new LayoutError(`annotation "${a.text}": series "${a.series}" has no point at ${a.at}`);
    const label = place(point.xPct, point.y, a.position);
    const raise = a.raise ?? 0;
    const lines = a.wrap ? wrapWords(a.text, a.wrap) : [a.text];
    const stackPx = (lines.length - 1) * ANNOTATION_LINE;
    // `y` is the first (top) line's baseline; a note above its point grows upward.
    const ay = a.position === 'above' ? label.y - raise - stackPx : a.position === 'below' ? label.y + raise : label.y;
    // A raised note's leader runs from just past its text to just short of the point's dot.
    const vertical = a.position === 'above' || a.position === 'below';
    const leader: [number, number] | null = raise > 0 && vertical
      ? (a.position === 'above' ? [r2(ay + stackPx + 5), r2(point.y - 8)] : [r2(ay - 15), r2(point.y + 8)])
      : null;
    return {
      xPct: point.xPct, y: r2(ay), dx: label.dx, text: a.text, anchor: label.anchor,
      ...(lines.length > 1 ? { lines } : {}),
      ...(leader ? { leader } : {}),
    };
  });

  const provisionalLabel = spec.provisional && series.some((s) => s.points.some((p) => p.provisional)) ? spec.provisional.label : null;
  const box = { plot: { left: LINES.left, right: LINES.right, top: room, bottom: baseline }, xDomain: [spec.xDomain[0], spec.xDomain[1]] as [number, number], yDomain: [y.domain()[0]!, y.domain()[1]!] as [number, number] };
  const narrow = spec.xTicksNarrow;
  const ticks = [...new Set([...spec.xTicks, ...(narrow ?? [])])].sort((a, b) => a - b);
  // The plot's box on screen, as one style attribute written at build time: the end labels'
  // margin, and on wide charts the lift and the shorter height (Lines.svelte's container query).
  const style = [labelMargin ? `margin-inline-end:${labelMargin}px` : '', lift > 0 ? `--lift:-${lift}px;--wide-height:${fullHeight - lift}px` : ''].filter(Boolean).join(';');
  return {
    height: fullHeight,
    baseline,
    ...box,
    labelMargin,
    ...(style ? { style } : {}),
    series,
    gridlines: y.ticks(4).map((t) => ({ y: r2(y(t)), label: formatNumber(t, spec.format, true) })),
    // Edge ticks anchor inward so their labels stay inside the plot at 320 px; with narrow ticks,
    // each tick says whether it shows only on narrow or only on wide charts.
    xTicks: ticks.map((t) => {
      const only = !narrow ? undefined : !narrow.includes(t) ? 'wide' as const : !spec.xTicks.includes(t) ? 'narrow' as const : undefined;
      return { xPct: r2(x(t)), label: String(t), anchor: anchorAt(x(t)), ...(only ? { only } : {}) };
    }),
    annotations,
    // Only when there is a key to show (the spec's provisional label in chartMarks.hollowKey).
    ...(provisionalLabel === null ? {} : { provisionalKey: t('chartMarks.hollowKey', { label: provisionalLabel }) }),
    ...(markers ? { markers: layoutMarkers({ ...box, labelMargin }, markers.colour, markers.notes, sources, lift, markers) } : {}),
  };
}

export function layoutLines(
  spec: LinesSpec,
  rows: LayoutRow[],
  sources: ReadonlyMap<string, SourceRecord>,
  { height = LINES.height, top = LINES.top, yMax = 1, context }: LinesOptions = {},
): LinesLayout {
  const grouped = groupRows(spec, rows);
  const size = { height, top, yMax };
  const views = context?.views ?? [];
  if (views.length === 0) return { type: 'lines', panels: [{ key: 'all', views: [], ...plotOf(spec, grouped, sources, size) }] };

  const layers = new Map(spec.markers.map((m, i) => {
    const set = context?.notes.get(m.from);
    const reading = set?.get(m.reading);
    if (!reading) {
      const known = [...(set?.keys() ?? [])];
      throw new LayoutError(`graphic.markers[${i}].reading: content/story/${m.from}.yaml has no reading "${m.reading}"${didYouMean(m.reading, known)} (readings: ${known.join(', ') || 'none'})`);
    }
    return [m.key, reading] as const;
  }));
  const panels: LinePanel[] = views.map((v, i) => {
    const own = grouped.filter((g) => v.parts.includes(g.s.key));
    if (own.length === 0) throw new LayoutError(`view "${v.name}" shows no series`);
    const marked = v.parts.filter((p) => layers.has(p));
    if (marked.length > 1) throw new LayoutError(`view "${v.name}" shows more than one marker layer (${marked.join(', ')})`);
    const layer = marked[0] === undefined ? undefined : layers.get(marked[0]);
    // The default view's marks keep their plain ids; the other views' carry the view's name.
    return { key: v.name, views: [v.name], ...plotOf(spec, own, sources, size, layer, i === 0 ? undefined : v.name) };
  });
  return { type: 'lines', panels };
}

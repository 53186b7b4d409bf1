/**
 * A marker layer at build time: each dated note gets a numbered badge above the plot at its x
 * (x values outside the domain pinned to an edge) and a line in the list under the chart. Badges
 * that would touch on the narrowest plot (a 320 px screen less the end labels' margin) go to the
 * next row down, so none overlap at any width. Used by the chart's views (layout.ts) and the
 * story's two-readings interactive (lib/story/story-page.ts).
 */
import type { SourceRecord } from '../../lib/charts/types';
import { creditName } from '../../lib/data/origins';
import { t } from '../../lib/i18n/t';
import { r2 } from '../shared/rows';
import { xToPct } from './scale';
import type { DatedNote, LinePlot, MarkerLayer } from './types';

export const MARKERS = {
  /** Badge radius, and the distance between two badges' centres (across and down). */
  r: 10,
  step: 22,
  /** Centre of the first row's badges, px from the top. */
  first: 12,
  /** The narrowest chart, in px. */
  narrowPx: 320,
  /** The narrowest wide chart (Grid.svg.svelte's narrow ticks end here too): from this width
   * up, badges take their wide rows and the plot moves up into the rows left empty. */
  widePx: 560,
} as const;

/** Room above the plot for `rows` rows of badges (px). */
export const markerRoom = (rows: number) => 24 + rows * MARKERS.step;

type Box = Pick<LinePlot, 'plot' | 'xDomain' | 'yDomain' | 'labelMargin'>;

/** Each x's row (0 first), so that no two badges of a row are closer than a step on a chart `chartPx` wide. */
export function markerRows(box: Box, xs: readonly number[], chartPx: number = MARKERS.narrowPx): number[] {
  const width = chartPx - box.labelMargin;
  const placed: { px: number; row: number }[] = [];
  return xs.map((x) => {
    const px = (xToPct(box, x) / 100) * width;
    let row = 0;
    while (placed.some((p) => p.row === row && Math.abs(p.px - px) < MARKERS.step)) row++;
    placed.push({ px, row });
    return row;
  });
}

/** Rows a layer of these notes needs on a chart `chartPx` wide (0 for none). */
export const markerStack = (box: Box, notes: readonly DatedNote[], chartPx: number = MARKERS.narrowPx) =>
  (notes.length ? Math.max(...markerRows(box, notes.map((n) => n.x), chartPx)) + 1 : 0);

/**
 * The badges and the notes' words (dictionary: chartMarks.note*) of a marker layer. `lift`: px
 * the plot moves up on wide charts, where the badges need fewer rows (0: none; the plot's room
 * above was set by the narrow rows, see layout.ts): each badge then moves to its wide row.
 */
export function layoutMarkers(
  box: Box, colour: string, notes: readonly DatedNote[], sources: ReadonlyMap<string, SourceRecord>, lift = 0,
  words: { summary?: string | undefined; caveat?: string | undefined } = {},
): MarkerLayer {
  const rows = markerRows(box, notes.map((n) => n.x));
  const wide = markerRows(box, notes.map((n) => n.x), MARKERS.widePx);
  const [first, last] = box.xDomain;
  return {
    colour,
    ...(words.summary ? { summary: words.summary } : {}),
    ...(words.caveat ? { caveat: { label: t('chartMarks.notesCaveat'), text: words.caveat } } : {}),
    markers: notes.map((n, i) => ({
      xPct: r2(xToPct(box, n.x)), y: MARKERS.first + rows[i]! * MARKERS.step, label: String(i + 1),
      ...(lift > 0 && wide[i] !== rows[i] ? { style: `--dy:${(wide[i]! - rows[i]!) * MARKERS.step}px` } : {}),
    })),
    notes: notes.map((n, i) => {
      const source = sources.get(n.source_id);
      const year = { year: n.x, first, last };
      return {
        label: String(i + 1),
        when: n.x < first ? t('chartMarks.noteYearBefore', year) : n.x > last ? t('chartMarks.noteYearAfter', year) : t('chartMarks.noteYear', year),
        text: n.text,
        source: t('chartMarks.noteSource', { publisher: source ? creditName(source) : n.source_id }),
      };
    }),
  };
}

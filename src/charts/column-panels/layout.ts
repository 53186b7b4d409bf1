/**
 * Geometry for column charts split into panels (one unit per panel), computed at build time
 * with d3-scale so the browser needs no D3. x positions are percentages (the SVG is as wide as
 * its container, text stays at its CSS size), y positions are px in a fixed-height plot.
 *
 * Every row must land in exactly one column of one panel: a row that matches no panel, a
 * category outside the panel's list, or two rows for one column fail the build.
 */
import { scaleBand, scaleLinear } from 'd3-scale';
import { formatNumber, withQualifier, qualifierLabel } from '../../lib/format';
import type { SourceRecord } from '../../lib/charts/types';
// On-chart credit names the originating agency, never the reprint (issue 10).
import { markSource } from '../shared/mark-source';
import { t } from '../../lib/i18n/t';
import { LayoutError, markId, matchRow, toNumber, wrapWords, type LayoutRow } from '../shared/rows';
import type { ColumnPanelsSpec } from './schema';
import { LIFT_WIDTHS, type ColumnPanelsLayout } from './types';

export { LayoutError, wrapWords, type LayoutRow };
const numeric = (row: LayoutRow, field: string) => toNumber(row, field, 'draw a column');

export const PANEL = {
  height: 260,
  /** Room above the tallest column for the panel label and two label lines (qualifier, value). */
  top: 70,
  /** Room below the baseline for one line of category labels. */
  bottom: 30,
  /** Height of each further line of a wrapped category label. */
  line: 15,
} as const;

/** Plot width at the narrowest supported screen (320 px minus page padding), for wrapping. */
const NARROW_PLOT_PX = 280;

/** Average width of one character of a 13 px category label. */
const CHAR_PX = 7.2;
/** Average width of one character of a 14 px bold value label. */
const VALUE_CHAR_PX = 8.6;
/** Average width of one character of a 12 px italic note. */
const NOTE_CHAR_PX = 6.8;
/** Characters of a 14 px bold panel label that fit a narrow panel. */
const PANEL_LABEL_CHARS = 32;

export function layoutColumnPanels(
  spec: ColumnPanelsSpec,
  rows: LayoutRow[],
  sources: ReadonlyMap<string, SourceRecord>,
  views: ReadonlyMap<string, string[]> = new Map(),
): ColumnPanelsLayout {
  const used = new Set<LayoutRow>();

  const prepared = spec.panels.map((panel) => {
    const panelRows = rows.filter((r) => {
      if (panel.match) return matchRow(r, panel.match);
      if (spec.panelBy) return String(r[spec.panelBy]) === panel.key;
      return true;
    });
    for (const r of panelRows) {
      if (used.has(r)) throw new LayoutError(`a row is in more than one panel (panel "${panel.key}"); make the panels' match exclusive`);
      used.add(r);
    }
    const values = panelRows.map((r) => numeric(r, spec.value));
    return { panel, panelRows, max: Math.max(0, panel.max ?? 0, ...values) };
  });
  if (used.size !== rows.length) {
    throw new LayoutError(`${rows.length - used.size} selected row(s) fall in no panel; narrow the filter or add a panel`);
  }
  const groupMax = new Map<string, number>();
  for (const p of prepared) {
    const g = p.panel.scaleGroup;
    if (g) groupMax.set(g, Math.max(groupMax.get(g) ?? 0, p.max));
  }

  const panels = prepared.map(({ panel, panelRows, max: ownMax }) => {
    const xField = panel.x ?? spec.x;
    const categories = (panel.categories ?? spec.categories).map(String);
    const labels = { ...spec.categoryLabels, ...panel.categoryLabels };
    const labelOf = (c: string) => labels[c] ?? c;
    // Few categories: keep columns a sensible width instead of filling the panel.
    const x = scaleBand<string>().domain(categories).range([0, 100]).paddingInner(0.3)
      .paddingOuter(Math.max(0.15, (3 - categories.length) * 0.5));
    const wrapAt = Math.max(6, Math.floor((NARROW_PLOT_PX * x.step()) / 100 / CHAR_PX));
    const categoryLines = categories.map((c) => wrapWords(labelOf(c), wrapAt));
    const extraLines = Math.max(0, ...categoryLines.map((l) => l.length - 1));
    const labelLines = wrapWords(panel.label, PANEL_LABEL_CHARS);
    const labelExtra = (labelLines.length - 1) * (PANEL.line + 2);
    const height = PANEL.height + labelExtra + extraLines * PANEL.line;
    const baseline = PANEL.height + labelExtra - PANEL.bottom;
    /** Keep a value label inside the panel at 320 px: edge columns anchor it to their edge. */
    // Long value labels ("76,884,566") drop from 14 px to 12 px when they would not fit their
    // column's slot at 320 px; edge columns then anchor them inward if still needed.
    const stepPx = (NARROW_PLOT_PX * x.step()) / 100;
    const widest = Math.max(0, ...panelRows.map((r) => formatNumber(numeric(r, spec.value), panel.format, true).length));
    const valueSize = widest * VALUE_CHAR_PX > stepPx ? 12 : 14;
    const charPx = (VALUE_CHAR_PX * valueSize) / 14;
    const anchorFor = (xPct: number, widthPct: number, text: string): 'start' | 'middle' | 'end' => {
      const half = (text.length * charPx) / 2;
      const center = ((xPct + widthPct / 2) / 100) * NARROW_PLOT_PX;
      if (center < half) return 'start';
      if (NARROW_PLOT_PX - center < half) return 'end';
      return 'middle';
    };

    const byCategory = new Map<string, LayoutRow>();
    for (const row of panelRows) {
      const category = String(row[xField]);
      if (!categories.includes(category)) {
        throw new LayoutError(`panel "${panel.key}": a row has ${xField} = ${category}, which is not in the panel's categories`);
      }
      if (byCategory.has(category)) {
        throw new LayoutError(`panel "${panel.key}": more than one row for ${xField} = ${category}; narrow the spec's filter`);
      }
      byCategory.set(category, row);
    }
    const max = panel.scaleGroup ? (groupMax.get(panel.scaleGroup) ?? ownMax) : ownMax;
    const y = scaleLinear().domain([0, max > 0 ? max : 1]).range([baseline, PANEL.top + labelExtra]);

    const fixedTop = prepared.some((p) => p.panel.max !== undefined && (p.panel === panel || (panel.scaleGroup !== undefined && p.panel.scaleGroup === panel.scaleGroup)));
    const placed = categories.flatMap((category) => {
      const row = byCategory.get(category);
      if (!row) return [];
      const value = numeric(row, spec.value);
      // Labels round to the publisher's precision when the spec says so; the tooltip says so too.
      const shown = panel.digits === undefined ? value : Number(value.toFixed(panel.digits));
      const rounded = shown !== value ? t('chartMarks.rounded', { value: formatNumber(value, panel.format) }) : '';
      const full = withQualifier(row.qualifier, formatNumber(shown, panel.format)) + rounded;
      const source = sources.get(row.source_id);
      const sourceLine = markSource(source, row.source_id);
      const valueText = formatNumber(shown, panel.format, true);
      const qualifierText = qualifierLabel(row.qualifier);
      const longest = valueText.length > qualifierText.length ? valueText : qualifierText;
      return [{
        id: markId(panel.key, category),
        category: labelOf(category),
        xPct: x(category) ?? 0,
        widthPct: x.bandwidth(),
        y: y(value),
        height: baseline - y(value),
        qualifierText,
        valueText,
        lift: 0,
        liftAt: [],
        labelAnchor: anchorFor(x(category) ?? 0, x.bandwidth(), longest),
        longest,
        target: panel.targets.map(String).includes(category),
        description: t('chartMarks.column', { panel: panel.label, category: labelOf(category), value: full, unit: panel.unitLabel }),
        sourceLine,
      }];
    });

    const lifted = [NARROW_PLOT_PX, ...LIFT_WIDTHS].map((plotPx) => liftCollisions(placed, valueSize, charPx, plotPx));
    const marks = (lifted[0] ?? []).map((m, i) => ({ ...m, liftAt: lifted.slice(1).map((at) => at[i]?.lift ?? m.lift) }));

    const missing = panel.missing.map((m) => {
      const category = String(m.category);
      if (byCategory.has(category)) {
        throw new LayoutError(`panel "${panel.key}": ${category} is marked missing but has a row`);
      }
      if (!categories.includes(category)) {
        throw new LayoutError(`panel "${panel.key}": missing category ${category} is not in the panel's categories`);
      }
      // Wrapped to the column's slot at 320 px (at most 11 characters); edge notes anchor inward.
      const lines = wrapWords(m.label, Math.min(11, Math.max(4, Math.floor(stepPx / NOTE_CHAR_PX))));
      const left = x(category) ?? 0;
      const centerPct = left + x.bandwidth() / 2;
      const anchor = anchorFor(left, x.bandwidth(), 'x'.repeat(Math.ceil((Math.max(...lines.map((l) => l.length)) * NOTE_CHAR_PX) / charPx)));
      const xPct = anchor === 'start' ? left : anchor === 'end' ? left + x.bandwidth() : centerPct;
      return { category, centerPct, label: m.label, lines, anchor, xPct };
    });

    return {
      key: panel.key,
      label: panel.label,
      labelLines,
      valueSize,
      colour: panel.colour,
      height,
      baseline,
      marks,
      missing,
      categories: categories.map((c, i) => ({ label: labelOf(c), lines: categoryLines[i] ?? [c], centerPct: (x(c) ?? 0) + x.bandwidth() / 2 })),
      ceiling: fixedTop ? { y: y(max), label: formatNumber(max, panel.format, true) } : null,
      views: views.get(panel.key) ?? [],
    };
  });
  return { type: 'column-panels', panels };
}

type Placed = ColumnPanelsLayout['panels'][number]['marks'][number] & { longest: string };

/**
 * Raise a column's labels above its left neighbours' when, at a plot `plotPx` wide, they would
 * touch (eight fiscal years of CBP seizures in 280 px): the labels stay in reading order, one
 * step up.
 */
function liftCollisions(marks: Placed[], valueSize: number, charPx: number, plotPx: number): ColumnPanelsLayout['panels'][number]['marks'] {
  const boxes: { left: number; right: number; top: number; bottom: number }[] = [];
  return marks.map(({ longest, ...m }) => {
    const width = longest.length * charPx;
    const anchorPx = ((m.labelAnchor === 'start' ? m.xPct : m.labelAnchor === 'end' ? m.xPct + m.widthPct : m.xPct + m.widthPct / 2) / 100) * plotPx;
    const left = m.labelAnchor === 'start' ? anchorPx : m.labelAnchor === 'end' ? anchorPx - width : anchorPx - width / 2;
    const right = left + width;
    const height = (m.qualifierText ? 22 + 12 : 6 + valueSize) - 3;
    let bottom = m.y - 3;
    for (;;) {
      const hit = boxes.find((b) => b.left < right + 2 && left < b.right + 2 && b.top < bottom + 2 && bottom - height < b.bottom + 2);
      if (!hit) break;
      bottom = hit.top - 2;
    }
    boxes.push({ left, right, top: bottom - height, bottom });
    return { ...m, lift: Math.round(m.y - 3 - bottom) };
  });
}

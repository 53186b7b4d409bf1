/**
 * Geometry for column charts split into panels (one unit per panel), computed at build time
 * with d3-scale so the browser needs no D3. x positions are percentages (the SVG is as wide as
 * its container, text stays at its CSS size), y positions are px in a fixed-height plot.
 */
import { scaleBand, scaleLinear } from 'd3-scale';
import { formatNumber, withQualifier, qualifierLabel } from '../../format';
import type { ColumnPanelsSpec } from '../spec';
import type { ColumnPanelsLayout, SourceRecord } from '../types';

export const PANEL = {
  height: 260,
  /** Room above the tallest column for the panel label and two label lines (qualifier, value). */
  top: 70,
  /** Room below the baseline for the category labels. */
  bottom: 30,
} as const;

export interface LayoutRow {
  value: number;
  qualifier: string | null;
  source_id: string;
  [field: string]: unknown;
}

export class LayoutError extends Error {}

export function layoutColumnPanels(
  spec: ColumnPanelsSpec,
  rows: LayoutRow[],
  sources: ReadonlyMap<string, SourceRecord>,
): ColumnPanelsLayout {
  const categories = spec.categories.map(String);
  const x = scaleBand<string>().domain(categories).range([0, 100]).paddingInner(0.3).paddingOuter(0.15);
  const baseline = PANEL.height - PANEL.bottom;

  const panels = spec.panels.map((panel, index) => {
    const panelRows = rows.filter((r) => String(r[spec.panelBy]) === panel.key);
    const byCategory = new Map<string, LayoutRow>();
    for (const row of panelRows) {
      const category = String(row[spec.x]);
      if (!categories.includes(category)) {
        throw new LayoutError(`panel "${panel.key}": a row has ${spec.x} = ${category}, which is not in graphic.categories`);
      }
      if (byCategory.has(category)) {
        throw new LayoutError(`panel "${panel.key}": more than one row for ${spec.x} = ${category}; narrow the spec's filter`);
      }
      byCategory.set(category, row);
    }
    const max = Math.max(...panelRows.map((r) => r.value));
    const y = scaleLinear().domain([0, max > 0 ? max : 1]).range([baseline, PANEL.top]);

    const marks = categories.flatMap((category) => {
      const row = byCategory.get(category);
      if (!row) return [];
      const full = withQualifier(row.qualifier, formatNumber(row.value, panel.format));
      const source = sources.get(row.source_id);
      const sourceText = source ? source.publisher : row.source_id;
      return [{
        id: `${panel.key}-${category}`,
        category,
        xPct: x(category) ?? 0,
        widthPct: x.bandwidth(),
        y: y(row.value),
        height: baseline - y(row.value),
        qualifierText: qualifierLabel(row.qualifier),
        valueText: formatNumber(row.value, panel.format, true),
        description: `${panel.label}, ${category}: ${full} ${panel.unitLabel}.`,
        sourceText,
      }];
    });

    const missing = panel.missing.map((m) => {
      const category = String(m.category);
      if (byCategory.has(category)) {
        throw new LayoutError(`panel "${panel.key}": ${category} is marked missing but has a row`);
      }
      return { category, centerPct: (x(category) ?? 0) + x.bandwidth() / 2, label: m.label };
    });

    return {
      key: panel.key,
      label: panel.label,
      series: index + 1,
      height: PANEL.height,
      baseline,
      marks,
      missing,
      categories: categories.map((label) => ({ label, centerPct: (x(label) ?? 0) + x.bandwidth() / 2 })),
    };
  });
  return { type: 'column-panels', panels };
}

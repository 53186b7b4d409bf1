/**
 * The one registry of chart types on the build side: graphic type → build-time layout. A new
 * chart type adds its spec schema (spec.ts), its layout here, its component in
 * src/charts/registry.ts and its export in export/.
 */
import type { ChartSpec } from './spec';
import type { ChartLayout, SourceRecord } from './types';
import { layoutColumnPanels, type LayoutRow } from './layout/column-panels';
import { layoutLines } from './layout/lines';
import { layoutBarRows } from './layout/bar-rows';
import { layoutTimeline } from './layout/timeline';

type Graphic = ChartSpec['graphic'];
type LayoutFn<G extends Graphic> = (
  graphic: G,
  rows: LayoutRow[],
  sources: ReadonlyMap<string, SourceRecord>,
  views: ReadonlyMap<string, string[]>,
) => ChartLayout;

const LAYOUTS: { [T in Graphic['type']]: LayoutFn<Extract<Graphic, { type: T }>> } = {
  'column-panels': layoutColumnPanels,
  lines: layoutLines,
  'bar-rows': layoutBarRows,
  timeline: layoutTimeline,
};

export function layoutChart(
  graphic: Graphic,
  rows: LayoutRow[],
  sources: ReadonlyMap<string, SourceRecord>,
  views: ReadonlyMap<string, string[]>,
): ChartLayout {
  const layout = LAYOUTS[graphic.type] as LayoutFn<Graphic>;
  return layout(graphic, rows, sources, views);
}

/** Keys of the parts a view can show (panels), for checking a spec's views. */
export function viewableParts(graphic: Graphic): string[] {
  if (graphic.type === 'column-panels' || graphic.type === 'bar-rows') return graphic.panels.map((p) => p.key);
  if (graphic.type === 'lines') return graphic.series.map((s) => s.key);
  return graphic.rows.map((r) => r.key);
}

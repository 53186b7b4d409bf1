/**
 * Build-time layout of any chart type, through the registry (src/charts/registry.ts): the
 * spec's `graphic.type` picks the type's layout and its views support.
 */
import type { ChartSpec } from './spec';
import type { ChartLayout, SourceRecord } from './types';
import type { LayoutRow } from '../../charts/shared/rows';
import { chartType } from '../../charts/registry';
import type { LayoutContext } from '../../charts/shared/chart-type';

type Graphic = ChartSpec['graphic'];

export function layoutChart(
  graphic: Graphic,
  rows: LayoutRow[],
  sources: ReadonlyMap<string, SourceRecord>,
  views: ReadonlyMap<string, string[]>,
  context: LayoutContext = { views: [], notes: new Map() },
): ChartLayout {
  return chartType(graphic.type).layout(graphic, rows, sources, views, context);
}

/** Keys of the parts a view can show (panels), or null when the chart type has no views. */
export function viewableParts(graphic: Graphic): string[] | null {
  return chartType(graphic.type).viewParts?.(graphic) ?? null;
}

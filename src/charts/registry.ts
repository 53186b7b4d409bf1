/**
 * The one registry of chart types (OWID's ChartTypeMap): a spec's `graphic.type` → its schema,
 * build-time layout, component, views support, whether it hydrates outside its page, and its
 * static size. Each type lives in its own folder (src/charts/<type>/: schema, layout, component,
 * Graphic.astro, layers, tests, README) and exports one entry from its index.ts. A new chart
 * type is that folder plus one line here: ChartGraphic.astro finds its Graphic.astro by folder
 * name, tests/unit/chart-folders.test.ts checks the folder and tests/build/chart-types.test.ts
 * that it renders on every output.
 */
import type { ChartTypeEntry } from './shared/chart-type';
import columnPanels from './column-panels';
import lines from './lines';
import barRows from './bar-rows';
import timeline from './timeline';
import evidence from './evidence';

export const REGISTRY = {
  'column-panels': columnPanels,
  lines,
  'bar-rows': barRows,
  timeline,
  evidence,
} as const;

export type ChartType = keyof typeof REGISTRY;
type Entry<T extends ChartType> = (typeof REGISTRY)[T];

/** The layout of chart type T (or of any type). */
export type LayoutOf<T extends ChartType> = ReturnType<Entry<T>['layout']>;
export type ChartLayout = { [T in ChartType]: LayoutOf<T> }[ChartType];
/** The `graphic:` of a spec of type T (or of any type). */
export type GraphicOf<T extends ChartType> = Parameters<Entry<T>['layout']>[0];
export type GraphicSpec = { [T in ChartType]: GraphicOf<T> }[ChartType];

export const CHART_TYPES = Object.keys(REGISTRY) as ChartType[];

/** The registry entry of a type, typed loosely for code that handles every type alike. */
export function chartType(type: ChartType) {
  return REGISTRY[type] as unknown as ChartTypeEntry<GraphicSpec, ChartLayout>;
}

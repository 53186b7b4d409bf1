/** The lines chart type, as the registry sees it. */
import { defineChartType } from '../shared/chart-type';
import { linesSchema } from './schema';
import { layoutLines } from './layout';
import Lines from './Lines.svelte';

export default defineChartType({
  schema: linesSchema,
  layout: (graphic, rows, sources) => layoutLines(graphic, rows, sources),
  component: Lines,
  viewParts: null,
  hydratesOutsidePage: true,
  staticHeight: (layout) => layout.height,
  screenHeights: (layout) => [layout.height],
});

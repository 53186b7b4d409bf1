/** The column-panels chart type, as the registry sees it. */
import { defineChartType } from '../shared/chart-type';
import { inView } from '../shared/views';
import { columnPanelsSchema } from './schema';
import { layoutColumnPanels } from './layout';
import { staticHeight } from './static';
import ColumnPanels from './ColumnPanels.svelte';

export default defineChartType({
  schema: columnPanelsSchema,
  layout: layoutColumnPanels,
  component: ColumnPanels,
  viewParts: (graphic) => graphic.panels.map((p) => p.key),
  hydratesOutsidePage: true,
  staticHeight,
  onlyView: (layout, view) => ({ ...layout, panels: layout.panels.filter((p) => inView(p.views, view)) }),
  screenHeights: (layout, view) => layout.panels.filter((p) => inView(p.views, view)).map((p) => p.height),
});

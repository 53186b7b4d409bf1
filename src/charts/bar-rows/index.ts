/** The bar-rows chart type, as the registry sees it. */
import { defineChartType } from '../shared/chart-type';
import { inView } from '../shared/views';
import { barRowsSchema } from './schema';
import { layoutBarRows } from './layout';
import { staticHeight } from './static';
import BarRows from './BarRows.svelte';

export default defineChartType({
  schema: barRowsSchema,
  layout: layoutBarRows,
  component: BarRows,
  viewParts: (graphic) => graphic.panels.map((p) => p.key),
  // Bar rows print every value as visible text (the question, who asked, when, the result): a
  // tooltip adds nothing outside the chart page, and hydrating would ship all that text twice.
  hydratesOutsidePage: false,
  staticHeight,
  // The card's one-line rows are never wider than the card: no enlarging.
  maxStaticScale: 1,
  onlyView: (layout, view) => ({ ...layout, panels: layout.panels.filter((p) => inView(p.views, view)) }),
  screenHeights: (layout, view) => layout.panels.filter((p) => inView(p.views, view)).map((p) => p.height),
});

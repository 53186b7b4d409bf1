/** The lines chart type, as the registry sees it. */
import { defineChartType } from '../shared/chart-type';
import { inView } from '../shared/views';
import { linesSchema } from './schema';
import { layoutLines } from './layout';
import type { LinesLayout } from './types';
import Lines from './Lines.svelte';

/** The plot a view shows (the first when no view, or an unknown one, is asked for). */
const panelOf = (layout: LinesLayout, view: string | null) => layout.panels.find((p) => view !== null && p.views.includes(view)) ?? layout.panels[0]!;

export default defineChartType({
  schema: linesSchema,
  layout: (graphic, rows, sources, _views, context) => layoutLines(graphic, rows, sources, { context }),
  component: Lines,
  // A view shows some series (each on the view's own y scale) and at most one marker layer.
  viewParts: (graphic) => [...graphic.series.map((s) => s.key), ...graphic.markers.map((m) => m.key)],
  // Each view is a whole plot in the island's props: the embed shows the first alone (budget).
  viewsInEmbeds: false,
  hydratesOutsidePage: true,
  staticHeight: (layout, view) => panelOf(layout, view).height,
  onlyView: (layout, view) => ({ ...layout, panels: layout.panels.filter((p) => inView(p.views, view)) }),
  screenHeights: (layout, view) => [panelOf(layout, view).height],
});

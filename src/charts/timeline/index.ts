/** The timeline chart type, as the registry sees it. */
import { defineChartType } from '../shared/chart-type';
import { timelineSchema } from './schema';
import { layoutTimeline } from './layout';
import Timeline from './Timeline.svelte';
import TimelineStatic from './TimelineStatic.svelte';

export default defineChartType({
  schema: timelineSchema,
  layout: (graphic, rows, sources) => layoutTimeline(graphic, rows, sources),
  component: Timeline,
  staticComponent: TimelineStatic,
  viewParts: null,
  hydratesOutsidePage: true,
  staticHeight: (layout) => layout.height,
  screenHeights: (layout) => [layout.height],
});

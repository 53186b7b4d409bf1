/** The evidence chart type (dot and interval per study estimate, grouped by side), as the registry sees it. */
import { defineChartType } from '../shared/chart-type';
import { inView } from '../shared/views';
import { evidenceSchema } from './schema';
import { layoutEvidence } from './layout';
import { staticHeight } from './static';
import Evidence from './Evidence.svelte';

export default defineChartType({
  schema: evidenceSchema,
  layout: layoutEvidence,
  component: Evidence,
  viewParts: (graphic) => graphic.groups.map((g) => g.key),
  // Every row prints its outcome, study, population and value as text: outside the chart page
  // a tooltip adds nothing, and hydrating would ship all that text twice.
  hydratesOutsidePage: false,
  staticHeight,
  // The card's one-line rows are sized for the card: no enlarging.
  maxStaticScale: 1,
  onlyView: (layout, view) => ({ ...layout, groups: layout.groups.filter((p) => inView(p.views, view)) }),
  screenHeights: (layout, view) => layout.groups.filter((g) => inView(g.views, view)).map((g) => g.height),
});

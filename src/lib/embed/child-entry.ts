/**
 * Runs on every /embed/<id>/ page (an Astro-processed module, so no inline script): starts the
 * height protocol. `theme` is applied before first paint by ThemeScript and `view` by the
 * chart's own view script (src/scripts/chart-views.ts); the chart id comes from an attribute
 * the build wrote.
 */
import { parseEmbedQuery } from './query';
import { startHeightPosting } from './child';

const root = document.documentElement;
const options = parseEmbedQuery(location.search);
startHeightPosting(window, { chartId: root.dataset['embed'] ?? '', childId: options.childId });

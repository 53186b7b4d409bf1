/**
 * Runs on every /embed/<id>/ page (an Astro-processed module, so no inline script): applies the
 * allowlisted `view`, then starts the height protocol. `theme` is applied before first paint
 * by ThemeScript; chart id and view names come from attributes the build wrote.
 */
import { parseEmbedQuery } from './query';
import { startHeightPosting } from './child';

const root = document.documentElement;
const views = (root.dataset['embedViews'] ?? '').split(' ').filter(Boolean);
const options = parseEmbedQuery(location.search, views);
if (options.view !== null) root.dataset['view'] = options.view;
startHeightPosting(window, { chartId: root.dataset['embed'] ?? '', childId: options.childId });

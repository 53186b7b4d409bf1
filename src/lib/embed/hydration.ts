/**
 * Which charts outside their own page hydrate (embeds, and charts inline in the story): the
 * chart type's `hydratesOutsidePage` in the registry (src/charts/registry.ts). A type that
 * prints every value as visible text (bar rows) ships without chart JavaScript there, which
 * keeps long-text charts such as public-opinion small in embeds. Chart pages stay interactive
 * for every type.
 */
import { chartType, type ChartLayout, type ChartType } from '../../charts/registry';

export function embedHydrates(type: ChartType): boolean {
  return chartType(type).hydratesOutsidePage;
}

/**
 * Whether an embed writes only its first view's panels and fetches the other views' from
 * /embed/<id>/views/ when the reader picks one (src/scripts/chart-views.ts): for a chart that
 * does not hydrate there (no island would render them) and whose first view hides some panels.
 * Hidden panels are nothing to a reader without JavaScript or a screen reader (they are
 * `hidden`), yet they were two thirds of public-opinion's embed (3.1 of 11.3 KB gzip).
 */
export function embedFetchesViews(layout: ChartLayout, view: string | null): boolean {
  const type = chartType(layout.type);
  if (type.hydratesOutsidePage || !type.onlyView || view === null) return false;
  return JSON.stringify(type.onlyView(layout, view)) !== JSON.stringify(layout);
}

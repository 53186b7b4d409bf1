/**
 * Chart views (`?view=<name>`): the query key is `view`, the values are the view names in the
 * chart's spec. Pure functions shared by the chart page, the embed page and the embed code.
 * Nothing from the URL is ever inserted as HTML: a value is used only if it equals a name here.
 */
import type { ChartSpec } from './spec';

export const VIEW_QUERY_KEY = 'view';

/** The view names a chart accepts, default first (empty when the chart has one view). */
export function allowedViews(spec: Pick<ChartSpec, 'views'>): string[] {
  return spec.views.map((v) => v.name);
}

/** The default view's name, or null for a chart without views. */
export function defaultView(spec: Pick<ChartSpec, 'views'>): string | null {
  return spec.views[0]?.name ?? null;
}

/** `?view=` value → an allowed view name, or the default for anything else (or nothing). */
export function resolveView(spec: Pick<ChartSpec, 'views'>, requested: string | null | undefined): string | null {
  return requested && allowedViews(spec).includes(requested) ? requested : defaultView(spec);
}

/** For each panel key, the names of the views that show it (every view when there are none). */
export function panelViews(spec: Pick<ChartSpec, 'views'>, panelKey: string): string[] {
  return spec.views.filter((v) => v.panels.includes(panelKey)).map((v) => v.name);
}

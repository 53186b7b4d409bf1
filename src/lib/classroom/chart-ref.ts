/**
 * A chart reference as hast: a link to the chart (and view). A chart or view that does not
 * exist fails the build (no "(chart coming)" placeholder reaches a page). ChartRefLink.astro
 * and the kit's data-built pages (role cards, evidence packets, lesson facts) use it.
 */
import type { ElementContent } from 'hast';
import { h } from 'hastscript';
import { chartIndex, chartName, chartRefProblem, resolveChart } from './chart-index';
import type { ChartRef } from './schemas';

export function chartRefHast(ref: ChartRef, href: (p: string) => string, label?: string): ElementContent {
  const r = resolveChart(ref, chartIndex());
  const viewWords = ref.view ? ` (${ref.view.replace(/-/g, ' ')} view)` : '';
  if (r.status !== 'ok') throw new Error(`content/classroom: ${chartRefProblem(r)} (a kit reference to ${chartName(ref)})`);
  return h('a.chart-ref', { href: href(r.path), dataChartLink: r.chart, dataChartView: r.view }, `${label ?? r.title}${r.view && !label ? viewWords : ''}`);
}

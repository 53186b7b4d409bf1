/**
 * A chart reference as hast: a link to the chart (and view) if it exists today; otherwise
 * plain text "(chart coming)", or a link to the chart's default view with "(view coming)".
 * ChartRefLink.astro and the kit's data-built pages (role cards, evidence packets) use it.
 */
import type { ElementContent } from 'hast';
import { h } from 'hastscript';
import { chartIndex, chartName, resolveChart } from './chart-index';
import type { ChartRef } from './schemas';

export function chartRefHast(ref: ChartRef, href: (p: string) => string, label?: string): ElementContent {
  const r = resolveChart(ref, chartIndex());
  const viewWords = ref.view ? ` (${ref.view.replace(/-/g, ' ')} view)` : '';
  if (r.status === 'chart-coming') {
    return h('span.chart-ref.chart-ref--coming', { dataChartComing: ref.chart }, [label ?? chartName(ref), ' ', h('span.muted', '(chart coming)')]);
  }
  if (r.status === 'view-coming') {
    return h('span.chart-ref', [h('a', { href: href(r.path), dataChartLink: r.chart }, label ?? r.title), ' ', h('span.muted', `(${ref.view} view coming)`)]);
  }
  return h('a.chart-ref', { href: href(r.path), dataChartLink: r.chart, dataChartView: r.view }, `${label ?? r.title}${r.view && !label ? viewWords : ''}`);
}

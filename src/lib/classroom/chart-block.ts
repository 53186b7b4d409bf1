/**
 * The words around a compact lesson chart (title, source line, link to the full chart page),
 * shared by ClassroomChart.astro and the Word files, and its placeholder in a document model.
 */
import type { Element } from 'hast';
import { h } from 'hastscript';
import type { ChartBundle } from '../charts/build';
import { sourceLine } from '../charts/load';
import { chartUrls } from '../paths';
import type { ChartRef } from './schemas';
import { t } from '../i18n/t';

export const chartKey = (ref: ChartRef) => (ref.view ? `${ref.chart}--${ref.view}` : ref.chart);

export function chartCaption(bundle: ChartBundle): string {
  return `${t('chartFigure.source', { source: sourceLine(bundle) })} `;
}

/** A lesson chart in a document model: title, image (`src="chart:<key>"`), caption. */
export function chartFigureHast(bundle: ChartBundle, ref: ChartRef, href: (p: string) => string): Element {
  return h('figure.classroom-chart', { dataChart: chartKey(ref) }, [
    h('h3', bundle.spec.title),
    h('img', { src: `chart:${chartKey(ref)}`, alt: bundle.spec.summary }),
    h('figcaption.chart-source', [chartCaption(bundle), h('a', { href: href(chartUrls(bundle.id).page) }, t('classroom.fullChart'))]),
  ]);
}

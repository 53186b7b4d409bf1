import type { APIRoute, GetStaticPaths } from 'astro';
import { t } from '../../lib/i18n/t';
import { loadCharts, sourceLine } from '../../lib/charts/load';
import type { ChartBundle } from '../../lib/charts/build';
import { absolute, chartUrls } from '../../lib/paths';
import { chartCitation } from '../../lib/charts/citation';

export const getStaticPaths = (async () =>
  (await loadCharts()).map((chart) => ({ params: { id: chart.id }, props: { chart } }))) satisfies GetStaticPaths;

/** Metadata and sources for a chart id (the rows themselves are in the CSV). */
export const GET: APIRoute<{ chart: ChartBundle }> = ({ props, site }) => {
  const { id, spec, table, sources, dataAsOf, currency, credit, reprintNotes } = props.chart;
  const urls = Object.fromEntries(Object.entries(chartUrls(id)).map(([k, v]) => [k, absolute(v, site)]));
  const body = {
    id,
    title: spec.title,
    summary: spec.summary,
    howToRead: spec.howToRead,
    notes: [...spec.notes, ...reprintNotes],
    dataset: spec.dataset,
    filter: spec.filter,
    columns: table.columns,
    rowCount: table.rows.length,
    dataAsOf,
    // "Figures current to": the newest row's period (and the ISO date it ends), and the date
    // the sources were last checked.
    currentTo: { period: currency.period, periodEnd: currency.periodEnd, sourcesChecked: currency.checked },
    credit,
    sources,
    citation: chartCitation(spec.title, sourceLine(props.chart), urls['page'] ?? ''),
    license: t('chartFigure.dataLicense'),
    urls,
  };
  return new Response(`${JSON.stringify(body, null, 2)}\n`, { headers: { 'Content-Type': 'application/json' } });
};

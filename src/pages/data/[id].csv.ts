import type { APIRoute, GetStaticPaths } from 'astro';
import { loadCharts } from '../../lib/charts/load';
import { tableToCsv } from '../../lib/charts/csv';
import type { ChartBundle } from '../../lib/charts/build';

export const getStaticPaths = (async () =>
  (await loadCharts()).map((chart) => ({ params: { id: chart.id }, props: { chart } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ chart: ChartBundle }> = ({ props }) =>
  new Response(tableToCsv(props.chart.table), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });

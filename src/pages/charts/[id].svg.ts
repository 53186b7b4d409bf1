import type { APIRoute, GetStaticPaths } from 'astro';
import { loadCharts } from '../../lib/charts/load';
import type { ChartBundle } from '../../lib/charts/build';
import { bundleSvg } from '../../lib/charts/export/bundle-svg';

export const getStaticPaths = (async () =>
  (await loadCharts()).map((chart) => ({ params: { id: chart.id }, props: { chart } }))) satisfies GetStaticPaths;

/** /charts/<id>.svg: the chart as a standalone SVG (default view), built at build time. */
export const GET: APIRoute<{ chart: ChartBundle }> = ({ props, site }) =>
  new Response(bundleSvg(props.chart, site), { headers: { 'Content-Type': 'image/svg+xml' } });

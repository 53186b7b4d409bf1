import type { APIRoute, GetStaticPaths } from 'astro';
import { loadCharts } from '../../lib/charts/load';
import type { ChartBundle } from '../../lib/charts/build';
import { bundleSvg } from '../../lib/charts/export/bundle-svg';
import { svgToPng } from '../../lib/charts/export/png';

export const getStaticPaths = (async () =>
  (await loadCharts()).map((chart) => ({ params: { id: chart.id }, props: { chart } }))) satisfies GetStaticPaths;

/** /charts/<id>.png: the export SVG rendered by resvg (1200 × 630; also the og:image). */
export const GET: APIRoute<{ chart: ChartBundle }> = ({ props, site }) =>
  new Response(new Uint8Array(svgToPng(bundleSvg(props.chart, site))), { headers: { 'Content-Type': 'image/png' } });

/**
 * /embed/<id>.png — a static picture of each embeddable chart (static-image embed code, oEmbed
 * thumbnail), rendered at build time with resvg and the Inter font shipped by npm, so the
 * result does not depend on the fonts of the build machine.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import path from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { loadCharts } from '../../lib/charts/load';
import type { ChartBundle } from '../../lib/charts/build';
import { chartImage } from '../../lib/embed/chart';
import { IMAGE_FONT } from '../../lib/embed/static-image';

export const getStaticPaths = (async () =>
  (await loadCharts())
    .filter((c) => c.spec.embeddable && chartImage(c, undefined) !== null)
    .map((chart) => ({ params: { id: chart.id }, props: { chart } }))) satisfies GetStaticPaths;

const FONTS = ['400Regular/Inter_400Regular.ttf', '400Regular_Italic/Inter_400Regular_Italic.ttf', '700Bold/Inter_700Bold.ttf']
  .map((f) => path.resolve('node_modules/@expo-google-fonts/inter', f));

export const GET: APIRoute<{ chart: ChartBundle }> = ({ props, site }) => {
  const image = chartImage(props.chart, site);
  if (!image) throw new Error(`no static image for chart ${props.chart.id}`);
  const png = new Resvg(image.svg, {
    fitTo: { mode: 'original' },
    font: { fontFiles: FONTS, loadSystemFonts: false, defaultFontFamily: IMAGE_FONT },
  }).render().asPng();
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};

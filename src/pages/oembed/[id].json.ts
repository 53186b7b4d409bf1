/**
 * /oembed/<id>.json — oEmbed 1.0 `rich` response for each embeddable chart: the responsive
 * embed code, its frame size, the provider, and (when built) a thumbnail.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadCharts } from '../../lib/charts/load';
import type { ChartBundle } from '../../lib/charts/build';
import { chartEmbedCodes, chartEmbedInput } from '../../lib/embed/chart';
import { absolute } from '../../lib/paths';
import { SITE } from '../../lib/site';

export const getStaticPaths = (async () =>
  (await loadCharts()).filter((c) => c.spec.embeddable).map((chart) => ({ params: { id: chart.id }, props: { chart } }))) satisfies GetStaticPaths;

/** The width (px) we report; the embed itself is fluid from 320 px up. */
const OEMBED_WIDTH = 720;

export const GET: APIRoute<{ chart: ChartBundle }> = ({ props, site }) => {
  const { chart } = props;
  const input = chartEmbedInput(chart, site);
  const code = chartEmbedCodes(chart, site)[0];
  const body: Record<string, unknown> = {
    version: '1.0',
    type: 'rich',
    title: chart.spec.title,
    provider_name: SITE.name,
    provider_url: absolute('/', site),
    html: code?.code ?? '',
    width: OEMBED_WIDTH,
    height: input.fixedHeight,
  };
  if (input.image) {
    body['thumbnail_url'] = input.image.url;
    body['thumbnail_width'] = input.image.width;
    body['thumbnail_height'] = input.image.height;
  }
  return new Response(`${JSON.stringify(body, null, 2)}\n`, { headers: { 'Content-Type': 'application/json' } });
};

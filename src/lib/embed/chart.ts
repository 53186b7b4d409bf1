/**
 * Embed codes for one built chart: absolute URLs (base-path safe, via lib/paths) and the
 * fixed height from the chart's build-time layout.
 */
import type { ChartBundle } from '../charts/build';
import { sourceLine } from '../charts/load';
import { absolute, chartUrls, href } from '../paths';
import { embedCodes, fixedEmbedHeight, graphicHeights, type EmbedCode, type EmbedCodeInput } from './code';
import { embedQueryString, type EmbedTheme } from './query';
import { chartImageSvg, type ChartImage } from './static-image';

/** The static picture of a chart (SVG source and size), or null for unsupported types. */
export function chartImage(chart: ChartBundle, site: URL | undefined): ChartImage | null {
  return chartImageSvg({ title: chart.spec.title, source: sourceLine(chart), pageUrl: absolute(chartUrls(chart.id).page, site), layout: chart.layout });
}

export function chartEmbedInput(chart: ChartBundle, site: URL | undefined, theme: EmbedTheme = 'auto'): EmbedCodeInput {
  const urls = chartUrls(chart.id);
  const image = chartImage(chart, site);
  return {
    title: chart.spec.title,
    embedUrl: absolute(urls.embed, site) + embedQueryString({ theme }),
    scriptUrl: absolute('/embed.js', site),
    pageUrl: absolute(urls.page, site),
    source: sourceLine(chart),
    fixedHeight: fixedEmbedHeight(graphicHeights(chart.layout)),
    image: image ? {
      url: absolute(`/embed/${chart.id}.png`, site),
      width: image.width,
      height: image.height,
      alt: `${chart.spec.title}. ${chart.spec.summary}`,
    } : undefined,
  };
}

export function chartEmbedCodes(chart: ChartBundle, site: URL | undefined, theme: EmbedTheme = 'auto'): EmbedCode[] {
  return embedCodes(chartEmbedInput(chart, site, theme));
}

/** Site path of a chart's oEmbed document. */
export const oembedPath = (id: string) => `/oembed/${id}.json`;
export const oembedHref = (id: string) => href(oembedPath(id));

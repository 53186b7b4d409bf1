/**
 * Embed codes for one built chart: absolute URLs (base-path safe, via lib/paths) and the
 * fixed height from the chart's build-time layout.
 */
import type { ChartBundle } from '../charts/build';
import { sourceLine } from '../charts/source-line';
import { absolute, chartUrls, href } from '../paths';
import { embedCodes, fixedEmbedHeight, type EmbedCode, type EmbedCodeInput } from './code';
import { DEFAULT_THEME, embedQueryString, type EmbedTheme } from './query';
import { CARD } from '../charts/export/card';
import { chartType } from '../../charts/registry';
import { defaultView } from '../charts/views';
import { t } from '../i18n/t';

export function chartEmbedInput(chart: ChartBundle, site: URL | undefined, theme: EmbedTheme = DEFAULT_THEME): EmbedCodeInput {
  const urls = chartUrls(chart.id);
  return {
    title: chart.spec.title,
    embedUrl: absolute(urls.embed, site) + embedQueryString({ theme }),
    scriptUrl: absolute('/embed.js', site),
    pageUrl: absolute(urls.page, site),
    source: sourceLine(chart),
    fixedHeight: fixedEmbedHeight(chartType(chart.layout.type).screenHeights(chart.layout, defaultView(chart.spec)), chart.spec.views.length > 1 && chartType(chart.layout.type).viewsInEmbeds !== false),
    // The chart's own export (/charts/<id>.png, every chart type), also its social card.
    image: {
      url: absolute(urls.png, site),
      width: CARD.width,
      height: CARD.height,
      alt: t('embed.forms.image.alt', { title: chart.spec.title, summary: chart.spec.summary }),
    },
  };
}

export function chartEmbedCodes(chart: ChartBundle, site: URL | undefined, theme: EmbedTheme = DEFAULT_THEME): EmbedCode[] {
  return embedCodes(chartEmbedInput(chart, site, theme));
}

/** Site path of a chart's oEmbed document. */
export const oembedPath = (id: string) => `/oembed/${id}.json`;
export const oembedHref = (id: string) => href(oembedPath(id));

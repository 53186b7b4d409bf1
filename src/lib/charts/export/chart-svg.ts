/**
 * One renderer (OWID's grapherRenderer): a chart's static SVG — the file /charts/<id>.svg, the
 * PNG and the social card — is the chart's own Svelte component rendered with `svelte/server`
 * in its static frame, inside the card (StaticCard.svelte). Nothing here draws a chart: it only
 * wraps the card's title and source lines, picks the frame width and scale that fit the card,
 * and removes what resvg does not need (Svelte's comments, CSS class hooks).
 */
import { render } from 'svelte/server';
import type { ChartLayout } from '../types';
import { chartType } from '../../../charts/registry';
import { palette } from '../../../charts/shared/palette';
import { wrapWords } from '../../../charts/shared/rows';
import StaticCard from '../../../charts/shared/StaticCard.svelte';
import { CARD, EXPORT_FONT } from './card';
import { t } from '../../i18n/t';

export { CARD } from './card';

export interface ChartSvgInput {
  title: string;
  /** Publishers of the rows shown. */
  source: string;
  /** The site's name and the chart page URL, printed in the footer. */
  site: string;
  url: string;
  layout: ChartLayout;
  /** The view to draw (the spec's default), or null. */
  view: string | null;
}

/** At most `max` lines of `chars`, the last ending in " …" when words were left out. */
function lines(text: string, chars: number, max: number): string[] {
  const all = wrapWords(text, chars);
  return all.length > max ? [...all.slice(0, max - 1), `${all[max - 1]} …`] : all;
}

/** Svelte's hydration comments and class hooks mean nothing to an image renderer. */
const clean = (html: string) => html.replace(/<!--[^]*?-->/g, '').replace(/\sclass="[^"]*"/g, '').trim();

export function chartSvg({ title, source, site, url, layout, view }: ChartSvgInput): string {
  const { width, height, pad } = CARD;
  const entry = chartType(layout.type);
  const titleLines = lines(title, 62, 2);
  const sourceLines = lines(t('chartFigure.source', { source }), 110, 2);
  const top = pad + titleLines.length * 38 + 20;
  const box = { x: pad, y: top, width: width - 2 * pad, height: height - top - (34 + sourceLines.length * 20) - 10 };
  const scale = Math.min(entry.maxStaticScale ?? CARD.maxScale, box.height / entry.staticHeight(layout, view));
  const colours = palette('light');
  const frame = { width: box.width / scale, colours };
  const { body } = render(StaticCard, {
    props: {
      width, height, pad, font: EXPORT_FONT, titleLines, sourceLines, footer: `${site} · ${url}`, label: title, colours,
      chartAt: { x: box.x, y: box.y, scale: Math.round(scale * 10000) / 10000 },
      chart: entry.staticComponent ?? entry.component,
      chartProps: { id: 'export', title, summary: '', source, layout, view, frame },
    },
  });
  return `${clean(body)}\n`;
}

/**
 * A chart as one standalone SVG (1200 × 630, also the social card): title, graphic, source
 * and site. Presentation attributes only and a font shipped in the repo (assets/fonts), so
 * resvg renders the PNG the same on any machine.
 */
import type { ChartLayout } from '../types';
import { columnPanelsSvg, type Box } from './column-panels-svg';
import { linesSvg } from './lines-svg';
import { barRowsSvg } from './bar-rows-svg';
import { timelineSvg } from './timeline-svg';
import { EXPORT_COLOURS as C, EXPORT_FONT, textLines, wrap, xml } from './svg-text';

export const CARD = { width: 1200, height: 630, pad: 40 } as const;

/** The one registry of export renderers: layout type → SVG markup inside a box. */
const GRAPHICS: { [T in ChartLayout['type']]: (layout: Extract<ChartLayout, { type: T }>, box: Box, view: string | null) => string } = {
  'column-panels': columnPanelsSvg,
  lines: linesSvg,
  'bar-rows': barRowsSvg,
  timeline: timelineSvg,
};

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

export function chartSvg({ title, source, site, url, layout, view }: ChartSvgInput): string {
  const { width, height, pad } = CARD;
  const titleLines = wrap(title, 62, 2);
  const sourceLines = wrap(`Source: ${source}.`, 110, 2);
  const top = pad + titleLines.length * 38 + 20;
  const footer = 34 + sourceLines.length * 20;
  const box = { x: pad, y: top, width: width - 2 * pad, height: height - top - footer - 10 };
  const render = GRAPHICS[layout.type] as (l: ChartLayout, b: Box, v: string | null) => string;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${EXPORT_FONT}" role="img" aria-label="${xml(title)}">`,
    `<title>${xml(title)}</title>`,
    `<rect width="${width}" height="${height}" fill="${C.bg}"/>`,
    textLines(titleLines, { x: pad, y: pad + 26, size: 30, weight: 'bold', lineHeight: 38 }),
    render(layout, box, view),
    textLines(sourceLines, { x: pad, y: height - footer + 14, size: 15, fill: C.muted, lineHeight: 20 }),
    textLines([`${site} · ${url}`], { x: pad, y: height - 18, size: 15, fill: C.muted }),
    '</svg>',
    '',
  ].join('\n');
}

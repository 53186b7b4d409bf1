/**
 * The one place the classroom kit gets a chart as a PNG (Word files, offline pack). It calls
 * the site's chart exporter, the same code as /charts/<id>.png, drawing the view the lesson
 * names. When the renderer is replaced, point this function at the new one.
 */
import type { ChartBundle } from '../charts/build';
import { sourceLine } from '../charts/load';
import { resolveView } from '../charts/views';
import { chartSvg } from '../charts/export/chart-svg';
import { svgToPng } from '../charts/export/png';
import { absolute, chartUrls } from '../paths';
import { SITE } from '../site';

export const CHART_IMAGE = { width: 1200, height: 630 } as const;

export function chartPng(bundle: ChartBundle, view: string | undefined, site: URL | undefined): Uint8Array {
  const svg = chartSvg({
    title: bundle.spec.title,
    source: sourceLine(bundle),
    site: SITE.name,
    url: absolute(chartUrls(bundle.id).page, site),
    layout: bundle.layout,
    view: resolveView(bundle.spec, view),
  });
  return new Uint8Array(svgToPng(svg));
}

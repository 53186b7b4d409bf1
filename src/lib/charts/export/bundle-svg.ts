/** The export SVG of a built chart (page endpoints and the gallery use the same one). */
import type { ChartBundle } from '../build';
import { sourceLine } from '../source-line';
import { defaultView } from '../views';
import { absolute, chartUrls } from '../../paths';
import { SITE } from '../../site';
import { chartSvg } from './chart-svg';

export function bundleSvg(bundle: ChartBundle, site: URL | undefined): string {
  return chartSvg({
    title: bundle.spec.title,
    source: sourceLine(bundle),
    site: SITE.name,
    url: absolute(chartUrls(bundle.id).page, site),
    layout: bundle.layout,
    view: defaultView(bundle.spec),
  });
}

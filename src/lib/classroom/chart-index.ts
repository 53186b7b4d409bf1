/**
 * Which charts (and views) exist right now, read from content/charts/*.yaml at build time. The
 * classroom kit links only to these; any other chart or view renders as plain text "(chart
 * coming)" / "(view coming)", so links appear by themselves when a chart spec lands.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { contentDir } from '../data/csv-loader';
import type { ChartRef } from './schemas';

export interface ChartIndex {
  /** Chart id → its title and the view ids its spec declares (empty when it has none). */
  charts: Map<string, { title: string; views: Set<string> }>;
}

/** View ids from a spec's `views`, whichever shape it takes: ids, `{id|key|name}` objects or a map. */
export function viewIds(views: unknown): Set<string> {
  if (Array.isArray(views)) {
    return new Set(views.flatMap((v: unknown) => {
      if (typeof v === 'string') return [v];
      if (v && typeof v === 'object') {
        const o = v as Record<string, unknown>;
        const key = o['id'] ?? o['key'] ?? o['name'];
        return typeof key === 'string' ? [key] : [];
      }
      return [];
    }));
  }
  if (views && typeof views === 'object') return new Set(Object.keys(views));
  return new Set();
}

export function chartIndexFrom(specs: { id: string; spec: Record<string, unknown> }[]): ChartIndex {
  return {
    charts: new Map(specs.map(({ id, spec }) => [id, { title: String(spec['title'] ?? id), views: viewIds(spec['views']) }])),
  };
}

let cached: ChartIndex | undefined;

/** The charts that exist in content/charts/ (one spec file = one chart page). */
export function chartIndex(): ChartIndex {
  if (cached) return cached;
  const dir = path.join(contentDir(), 'charts');
  const specs = readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => ({ id: f.replace(/\.yaml$/, ''), spec: (parse(readFileSync(path.join(dir, f), 'utf8')) ?? {}) as Record<string, unknown> }));
  cached = chartIndexFrom(specs);
  return cached;
}

export type ResolvedChartLink =
  | { status: 'ok'; path: string; chart: string; view?: string; title: string }
  | { status: 'view-coming'; path: string; chart: string; view: string; title: string }
  | { status: 'chart-coming'; chart: string; view?: string };

/**
 * Where a `{chart, view?}` reference can link today. A missing chart gives no link; a chart
 * without the view links to the chart's default view and says the view is coming.
 */
export function resolveChart(ref: ChartRef, index: ChartIndex): ResolvedChartLink {
  const chart = index.charts.get(ref.chart);
  if (!chart) return { status: 'chart-coming', chart: ref.chart, ...(ref.view ? { view: ref.view } : {}) };
  const base = `/charts/${ref.chart}/`;
  if (!ref.view) return { status: 'ok', path: base, chart: ref.chart, title: chart.title };
  if (chart.views.has(ref.view)) return { status: 'ok', path: `${base}?view=${ref.view}`, chart: ref.chart, view: ref.view, title: chart.title };
  return { status: 'view-coming', path: base, chart: ref.chart, view: ref.view, title: chart.title };
}

/** Why a reference does not resolve, for the build error (a kit reference must name a chart and view that exist). */
export function chartRefProblem(r: Exclude<ResolvedChartLink, { status: 'ok' }>): string {
  return r.status === 'chart-coming'
    ? `chart "${r.chart}" is not in content/charts/`
    : `chart "${r.chart}" has no view "${r.view}"`;
}

/** Readable name for a chart id ("overdose-deaths" → "overdose deaths"). */
export function chartName(ref: ChartRef): string {
  return ref.chart.replace(/-/g, ' ') + (ref.view ? ` (${ref.view.replace(/-/g, ' ')} view)` : '');
}

/**
 * Build-time access to chart bundles for pages and endpoints (reads astro:content; never
 * imported by a Svelte component).
 */
import { getCollection } from 'astro:content';
import { DATASETS, type DatasetName } from '../data/datasets';
import { buildChart, ChartError, type ChartBundle } from './build';
import type { SourceRecord } from './types';
import { chartSpecSchema } from './spec';

let cache: Promise<ChartBundle[]> | undefined;

async function sourcesById(): Promise<Map<string, SourceRecord>> {
  const entries = await getCollection('sources');
  // Rows were validated by the sources schema in the loader (see lib/data/csv-loader.ts).
  return new Map(entries.map((e) => [String(e.data['source_id']), e.data as unknown as SourceRecord]));
}

async function load(): Promise<ChartBundle[]> {
  const [specs, sources] = await Promise.all([getCollection('charts'), sourcesById()]);
  return Promise.all(
    specs.map(async ({ id, data: spec }) => {
      if (!(spec.dataset in DATASETS)) throw new ChartError(id, `unknown dataset "${spec.dataset}"`);
      const name = spec.dataset as DatasetName;
      const rows = (await getCollection(name)).map((e) => e.data as unknown as Record<string, unknown> & { row: number; source_id: string });
      // Parse again: Astro's content cache keeps entries parsed by an older schema (new defaults
      // would be missing after a schema change until the cache is cleared).
      return buildChart(id, chartSpecSchema.parse(spec), Object.keys(DATASETS[name].schema.shape), rows, sources);
    }),
  ).then((all) => all.sort((a, b) => a.id.localeCompare(b.id)));
}

export function loadCharts(): Promise<ChartBundle[]> {
  cache ??= load();
  return cache;
}

// Re-exported for pages that load and label charts in one import.
export { sourceLine } from './source-line';

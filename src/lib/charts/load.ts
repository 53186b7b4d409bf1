/**
 * Build-time access to chart bundles for pages and endpoints (reads astro:content; never
 * imported by a Svelte component).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { getCollection } from 'astro:content';
import { parse as parseYaml } from 'yaml';
import { contentDir } from '../data/csv-loader';
import { DATASETS, type DatasetName } from '../data/datasets';
import { buildChart, ChartError, type BuildOptions, type ChartBundle } from './build';
import type { TwoReadings } from '../story/schema';
import type { SourceRecord } from './types';
import { chartSpecSchema } from './spec';

let cache: Promise<ChartBundle[]> | undefined;

async function sourcesById(): Promise<Map<string, SourceRecord>> {
  const entries = await getCollection('sources');
  // Rows were validated by the sources schema in the loader (see lib/data/csv-loader.ts).
  return new Map(entries.map((e) => [String(e.data['source_id']), e.data as unknown as SourceRecord]));
}

/**
 * The site-wide date sources were last checked (content/data/checked.yaml, `sourcesChecked`).
 * Read here, not as a collection: one value, and a bad one must fail the build by name.
 */
export function sourcesCheckedDate(): string {
  const file = path.join(contentDir(), 'data', 'checked.yaml');
  const data = parseYaml(readFileSync(file, 'utf8')) as { sourcesChecked?: unknown } | null;
  // YAML reads an unquoted 2026-12-02 as text or a Date depending on the schema; accept both.
  const raw = data?.sourcesChecked instanceof Date ? data.sourcesChecked.toISOString().slice(0, 10) : String(data?.sourcesChecked ?? '');
  if (!/^\d{4}-\d{2}-\d{2}$/.test(raw)) throw new Error(`${path.relative(process.cwd(), file)}: "sourcesChecked" must be an ISO date (YYYY-MM-DD), got "${raw}"`);
  return raw;
}

/**
 * Dated notes that other content files give charts' marker layers (`graphic.markers[].from`):
 * two-readings.yaml's readings by id, each with its side's colour.
 */
async function noteSets(): Promise<NonNullable<BuildOptions['notes']>> {
  const entries = await getCollection('twoReadings');
  const data = entries[0]?.data as TwoReadings | undefined;
  const readings = new Map((data?.readings ?? []).map((r) => [r.id, {
    colour: r.id,
    notes: r.annotations.map((a) => ({ x: a.year, text: a.text, source_id: a.source_id })),
    // Neither reading is shown without the caveat both share (two-readings.yaml).
    summary: r.summary,
    ...(data?.caveat ? { caveat: data.caveat } : {}),
  }]));
  return new Map([['two-readings', readings]]);
}

async function load(): Promise<ChartBundle[]> {
  const [specs, sources, notes] = await Promise.all([getCollection('charts'), sourcesById(), noteSets()]);
  const checked = sourcesCheckedDate();
  return Promise.all(
    specs.map(async ({ id, data: spec }) => {
      if (!(spec.dataset in DATASETS)) throw new ChartError(id, `unknown dataset "${spec.dataset}"`);
      const name = spec.dataset as DatasetName;
      const rows = (await getCollection(name)).map((e) => e.data as unknown as Record<string, unknown> & { row: number; source_id: string });
      // Parse again: Astro's content cache keeps entries parsed by an older schema (new defaults
      // would be missing after a schema change until the cache is cleared).
      return buildChart(id, chartSpecSchema.parse(spec), Object.keys(DATASETS[name].schema.shape), rows, sources, { checked, notes });
    }),
  ).then((all) => all.sort((a, b) => a.id.localeCompare(b.id)));
}

export function loadCharts(): Promise<ChartBundle[]> {
  cache ??= load();
  return cache;
}

// Re-exported for pages that load and label charts in one import.
export { sourceLine } from './source-line';

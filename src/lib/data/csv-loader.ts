/**
 * Astro content loaders for the CSVs in content/data/. Each loader validates its whole file
 * with `parseDataset` and throws `DataError` on any bad row, which fails `astro sync` and
 * `astro build` with the file, row and field. Runs at build time only.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Loader } from 'astro/loaders';
import type { z } from 'astro/zod';
import { DataError, parseDataset, type DatasetSpec } from './validate';

/**
 * Where content lives. `CONTENT_DIR` exists for the broken-data tests, which point a build at
 * a fixture copy of content/ instead of editing the real files.
 */
export function contentDir(): string {
  return path.resolve(process.env['CONTENT_DIR'] ?? 'content');
}

/** Ids in sources.csv (first column). Format problems in that file are its own loader's job. */
async function sourceIds(): Promise<Set<string>> {
  const text = await readFile(path.join(contentDir(), 'data', 'sources.csv'), 'utf8');
  return new Set(text.split(/\r?\n/).slice(1).map((line) => line.slice(0, line.indexOf(','))).filter(Boolean));
}

/** A loader for one dataset: each valid row becomes an entry whose id is its unique key. */
export function csvLoader<S extends z.ZodObject>(spec: DatasetSpec<S>): Loader {
  return {
    name: `csv:${spec.name}`,
    load: async ({ store }) => {
      const file = path.join(contentDir(), 'data', `${spec.name}.csv`);
      const text = await readFile(file, 'utf8');
      const { rows, problems } = parseDataset(spec, path.relative(process.cwd(), file), text, {
        sourceIds: await sourceIds(),
      });
      if (problems.length) throw new DataError(problems);
      store.clear();
      for (const row of rows) {
        // Rows are already validated and typed; the collection schema only drives Astro's types.
        store.set({ id: spec.key.map((k) => String(row[k])).join('|'), data: row });
      }
    },
  };
}

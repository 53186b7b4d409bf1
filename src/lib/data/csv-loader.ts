/**
 * Astro content loaders for the CSVs in content/data/. Each loader validates its whole file
 * with `loadDataset` and throws `DataError` on any bad row, which fails `astro sync` and
 * `astro build` with the file, row (line) and field. Runs at build time only.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Loader } from 'astro/loaders';
import type { z } from 'astro/zod';
import { contentDir, displayPath } from '../content/dir.mjs';
import { decodeUtf8, readCsv } from './csv-text';
import { DataError, parseDataset, type DatasetSpec, type ParsedDataset, type Problem } from './validate';

export { contentDir };

/** A CSV file's text, decoded strictly as UTF-8, or the problem that stops it. */
export function readCsvFile(file: string): { text: string; problem?: undefined } | { text?: undefined; problem: Problem } {
  return decodeUtf8(readFileSync(file), displayPath(file));
}

/**
 * Ids in sources.csv (its source_id column), read with the same CSV reader as every dataset, so
 * a line inside a quoted multi-line excerpt never counts as an id. Format problems in that file
 * are its own loader's job: here a broken file gives no ids.
 */
export function sourceIds(dataDir = path.join(contentDir(), 'data')): Set<string> {
  const { text } = readCsvFile(path.join(dataDir, 'sources.csv'));
  if (text === undefined) return new Set();
  const { header, records } = readCsv(text, 'sources.csv');
  const column = header.indexOf('source_id');
  return new Set(column < 0 ? [] : records.map((r) => r.cells[column] ?? '').filter(Boolean));
}

/** Read and validate one dataset from a data folder (the loader, the number check and tests). */
export function loadDataset<S extends z.ZodObject>(spec: DatasetSpec<S>, dataDir = path.join(contentDir(), 'data')): ParsedDataset<z.output<S>> {
  const file = path.join(dataDir, `${spec.name}.csv`);
  const { text, problem } = readCsvFile(file);
  if (problem) return { rows: [], problems: [problem] };
  return parseDataset(spec, displayPath(file), text, { sourceIds: sourceIds(dataDir) });
}

/** A loader for one dataset: each valid row becomes an entry whose id is its unique key. */
export function csvLoader<S extends z.ZodObject>(spec: DatasetSpec<S>): Loader {
  return {
    name: `csv:${spec.name}`,
    load: async ({ store }) => {
      const { rows, problems } = loadDataset(spec);
      if (problems.length) throw new DataError(problems);
      store.clear();
      for (const row of rows) {
        // Rows are already validated and typed; the collection schema only drives Astro's types.
        store.set({ id: spec.key.map((k) => String(row[k])).join('|'), data: row });
      }
    },
  };
}

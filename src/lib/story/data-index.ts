/** Reads every CSV in a data folder into the index the number check uses (build and tests). */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { csvParse } from 'd3-dsv';
import { indexRows, type DataIndex } from './number-check';

export function loadDataIndex(dataDir: string): DataIndex {
  const files = readdirSync(dataDir).filter((f) => f.endsWith('.csv'));
  const rows = files.flatMap((f) => csvParse(readFileSync(path.join(dataDir, f), 'utf8')));
  const sourceIds = csvParse(readFileSync(path.join(dataDir, 'sources.csv'), 'utf8')).map((r) => r['source_id'] ?? '');
  return indexRows(sourceIds.filter(Boolean), rows);
}

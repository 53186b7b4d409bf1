/**
 * Reads every CSV in a data folder into the index the number check uses (build and tests), with
 * the same strict reader as the data loaders (a BOM or a quoted line break reads the same way).
 * Files that do not read are skipped here: their own loader reports them with file and line.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { readCsvFile, sourceIds } from '../data/csv-loader';
import { readCsv } from '../data/csv-text';
import { indexRows, type DataIndex } from './number-check';

export function loadDataIndex(dataDir: string): DataIndex {
  const files = readdirSync(dataDir).filter((f) => f.endsWith('.csv'));
  const rows = files.flatMap((f) => {
    const { text } = readCsvFile(path.join(dataDir, f));
    if (text === undefined) return [];
    const { header, records } = readCsv(text, f);
    return records.map((r) => Object.fromEntries(header.map((h, i) => [h, r.cells[i]])));
  });
  return indexRows(sourceIds(dataDir), rows);
}

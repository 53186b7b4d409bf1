/**
 * CSV → typed rows, or a list of problems that each name the file, the row and the field.
 *
 * Pure: no file system, no Astro. The content loader (`csv-loader.ts`) reads the files and
 * throws `DataError` so a bad row fails `astro build`; the unit tests call it directly.
 */
import type { z } from 'astro/zod';
import { readCsv } from './csv-text';
import { didYouMean } from './strict';

export interface Problem {
  /** Path of the CSV, relative to the project root. */
  file: string;
  /** 1-based data row (the header and blank lines are not counted); absent for file-level problems. */
  row?: number;
  /** 1-based line in the file where the row (or the problem) starts; default row + 1. */
  line?: number;
  /** Column name the problem is about. */
  field?: string;
  message: string;
  /** The raw cell text, when there is one. */
  value?: string;
}

export function formatProblem(p: Problem): string {
  const where = [p.file];
  if (p.row !== undefined) where.push(`row ${p.row} (line ${p.line ?? p.row + 1})`);
  else if (p.line !== undefined) where.push(`line ${p.line}`);
  if (p.field !== undefined) where.push(`field "${p.field}"`);
  const got = p.value !== undefined && p.value !== '' ? ` (got "${p.value}")` : '';
  return `${where.join(', ')}: ${p.message}${got}`;
}

export class DataError extends Error {
  readonly problems: Problem[];
  constructor(problems: Problem[]) {
    const shown = problems.slice(0, 50).map((p) => `  - ${formatProblem(p)}`);
    const more = problems.length > 50 ? [`  … and ${problems.length - 50} more`] : [];
    super(`Invalid data (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n${[...shown, ...more].join('\n')}`);
    this.name = 'DataError';
    this.problems = problems;
  }
}

/** A check across fields of one parsed row (e.g. "a count may not be negative"). */
export type RowCheck<T> = (row: T) => { field: string; message: string } | undefined;

/** What a dataset is: the schema of one row, cross-field checks, and its unique key. */
export interface DatasetSpec<S extends z.ZodObject = z.ZodObject> {
  /** Collection name, also the CSV's base name (`dea_seizures` → `dea_seizures.csv`). */
  name: string;
  /** One zod field per CSV column; cells arrive as strings. */
  schema: S;
  /** Columns whose values together must be unique across rows. */
  key: readonly (keyof z.output<S> & string)[];
  checks?: readonly RowCheck<z.output<S>>[];
  /** False only for sources.csv, whose source_id column defines the ids. */
  citesSources?: boolean;
}

export interface ValidationContext {
  /** Every id in sources.csv; rows must cite one of them. */
  sourceIds: ReadonlySet<string>;
}

export interface ParsedDataset<T> {
  rows: (T & { row: number })[];
  problems: Problem[];
}

/**
 * Parse and validate one CSV. Never throws for bad data: every problem is returned, so one
 * build reports them all.
 */
export function parseDataset<S extends z.ZodObject>(
  spec: DatasetSpec<S>,
  file: string,
  text: string,
  ctx: ValidationContext,
): ParsedDataset<z.output<S>> {
  type T = z.output<S>;
  const { header, records, problems } = readCsv(text, file);
  if (problems.length) return { rows: [], problems };
  const expected = Object.keys(spec.schema.shape);
  for (const column of expected) {
    if (!header.includes(column)) problems.push({ file, field: column, message: 'column is missing from the header' });
  }
  header.forEach((column, i) => {
    if (header.indexOf(column) !== i) problems.push({ file, line: 1, field: column, message: 'column appears twice in the header' });
    else if (!expected.includes(column)) {
      problems.push({ file, line: 1, field: column, message: `column is not in the schema of ${spec.name}${didYouMean(column, expected.filter((c) => !header.includes(c)))} (a new column must be added to src/lib/data/datasets.ts)` });
    }
  });
  if (problems.length) return { rows: [], problems };

  const rows: (T & { row: number })[] = [];
  const seen = new Map<string, number>();
  records.forEach((record, index) => {
    const row = index + 1;
    const line = record.line;
    if (record.cells.length !== header.length) {
      const hint = record.cells.length > header.length ? ' (an unquoted comma in a cell? put the cell in double quotes)' : '';
      problems.push({ file, row, line, message: `${record.cells.length} fields, but the header has ${header.length}${hint}` });
      return;
    }
    const cells: Record<string, string> = Object.fromEntries(header.map((h, i) => [h, record.cells[i]!]));
    const result = spec.schema.safeParse(cells);
    if (!result.success) {
      const reported = new Set<string | undefined>();
      for (const issue of result.error.issues) {
        const field = issue.path.length ? String(issue.path[0]) : undefined;
        // One message per field: the first failed check says what is wrong.
        if (reported.has(field)) continue;
        reported.add(field);
        problems.push({
          file,
          row,
          line,
          ...(field !== undefined ? { field, value: cells[field] ?? '' } : {}),
          message: issue.message,
        });
      }
      return;
    }
    const failed = (spec.checks ?? []).map((check) => check(result.data)).filter((f) => f !== undefined);
    if (failed.length) {
      for (const f of failed) problems.push({ file, row, line, field: f.field, value: cells[f.field] ?? '', message: f.message });
      return;
    }
    const sourceId = cells['source_id'];
    if (spec.citesSources !== false && sourceId !== undefined && !ctx.sourceIds.has(sourceId)) {
      problems.push({ file, row, line, field: 'source_id', value: sourceId, message: 'unknown source_id (not in sources.csv)' });
      return;
    }
    const key = spec.key.map((k) => cells[k] ?? '').join(' | ');
    const first = seen.get(key);
    if (first !== undefined) {
      problems.push({
        file,
        row,
        line,
        field: spec.key.join('+'),
        value: key,
        message: `duplicate key: same ${spec.key.join(', ')} as row ${first}`,
      });
      return;
    }
    seen.set(key, row);
    rows.push({ ...result.data, row });
  });
  return { rows, problems };
}

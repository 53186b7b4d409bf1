import { csvFormat } from 'd3-dsv';
import type { ChartTable } from './types';

/** The chart's table as CSV: one column per table column (field names as headers). */
export function tableToCsv(table: ChartTable): string {
  const fields = table.columns.map((c) => c.field);
  const rows = table.rows.map((r) => Object.fromEntries(fields.map((f) => [f, r[f] === null || r[f] === undefined ? '' : String(r[f])])));
  return `${csvFormat(rows, fields)}\n`;
}

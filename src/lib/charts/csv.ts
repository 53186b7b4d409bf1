import { csvFormat } from 'd3-dsv';
import type { ChartTable } from './types';

const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;

/**
 * A cell that a spreadsheet would run as a formula (`=HYPERLINK(…)`, `+`, `-`, `@`, or a leading
 * tab / carriage return) gets a leading `'` (OWASP CSV-injection guidance), so it opens as
 * text. Numbers are never changed: -50 stays the number -50.
 */
export function neutraliseCell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) && !PLAIN_NUMBER.test(value) ? `'${value}` : value;
}

/** The chart's table as CSV: one column per table column (field names as headers). */
export function tableToCsv(table: ChartTable): string {
  const fields = table.columns.map((c) => c.field);
  const rows = table.rows.map((r) => Object.fromEntries(fields.map((f) => [f, r[f] === null || r[f] === undefined ? '' : neutraliseCell(String(r[f]))])));
  return `${csvFormat(rows, fields.map(neutraliseCell))}\n`;
}

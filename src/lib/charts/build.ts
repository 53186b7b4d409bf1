/**
 * Spec + dataset rows + sources → everything a chart id publishes (OWID-style: one state feeds
 * the graphic, the table and the CSV, so they cannot disagree). Pure; throws `ChartError` with
 * the chart id and what is wrong, which fails the build.
 */
import type { ChartSpec } from './spec';
import type { Cell, ChartLayout, ChartTable, SourceRecord } from './types';
import { layoutColumnPanels, type LayoutRow } from './layout/column-panels';

export class ChartError extends Error {
  constructor(id: string, message: string) {
    super(`content/charts/${id}.yaml: ${message}`);
    this.name = 'ChartError';
  }
}

export interface ChartBundle {
  id: string;
  spec: ChartSpec;
  table: ChartTable;
  /** Sources in the order the spec lists them. */
  sources: SourceRecord[];
  /** Latest publication date among the sources of the rows shown. */
  dataAsOf: string;
  layout: ChartLayout;
}

type Row = Record<string, unknown> & { row: number; source_id: string };

function toCell(v: unknown): Cell {
  if (v === null || v === undefined) return null;
  return typeof v === 'number' ? v : String(v);
}

export function buildChart(
  id: string,
  spec: ChartSpec,
  datasetFields: readonly string[],
  datasetRows: readonly Row[],
  sourcesById: ReadonlyMap<string, SourceRecord>,
): ChartBundle {
  const fail = (message: string): never => {
    throw new ChartError(id, message);
  };
  for (const field of [...Object.keys(spec.filter), ...spec.columns.map((c) => c.field)]) {
    if (!datasetFields.includes(field)) fail(`field "${field}" is not a column of dataset ${spec.dataset}`);
  }
  const sources = spec.sources.map((sid) => sourcesById.get(sid) ?? fail(`unknown source id "${sid}" in sources`));

  const rows = datasetRows
    .filter((r) => Object.entries(spec.filter).every(([field, allowed]) => allowed.map(String).includes(String(r[field]))))
    .sort((a, b) => a.row - b.row);
  if (rows.length === 0) fail('the filter selects no rows');
  for (const r of rows) {
    if (!spec.sources.includes(r.source_id)) {
      fail(`row ${r.row} of ${spec.dataset}.csv cites "${r.source_id}", which is missing from the spec's sources`);
    }
  }

  const table: ChartTable = {
    columns: spec.columns.map((c) => ({
      field: c.field,
      label: c.label,
      numeric: rows.some((r) => typeof r[c.field] === 'number'),
      plain: c.plain,
    })),
    rows: rows.map((r) => Object.fromEntries(spec.columns.map((c) => [c.field, toCell(r[c.field])]))),
  };

  const dataAsOf = rows
    .map((r) => sourcesById.get(r.source_id)?.published ?? '')
    .reduce((a, b) => (b > a ? b : a), '');

  let layout: ChartLayout;
  try {
    layout = layoutColumnPanels(spec.graphic, rows as unknown as LayoutRow[], sourcesById);
  } catch (error) {
    return fail((error as Error).message);
  }
  return { id, spec, table, sources, dataAsOf, layout };
}

/**
 * Spec + dataset rows + sources → everything a chart id publishes (OWID-style: one state feeds
 * the graphic, the table and the CSV, so they cannot disagree). Pure; throws `ChartError` with
 * the chart id and what is wrong, which fails the build.
 */
import type { ChartSpec } from './spec';
import type { Cell, ChartLayout, ChartTable, SourceRecord } from './types';
import type { LayoutRow } from '../../charts/shared/rows';
import type { LayoutContext } from '../../charts/shared/chart-type';
import { didYouMean } from '../data/strict';
import { layoutChart, viewableParts } from './layouts';
import { panelViews } from './views';
import { emptySelections } from '../data/filter-check';
// Currency and credit (issue 10): "Figures current to …" and the origin-only credit line.
import { newestPeriod, PERIOD_FIELDS, type Currency } from './currency';
import { creditLine, reprintNotes, shortCitation } from './credit';
import { periodWords } from '../i18n/words';

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
  /** "Figures current to …": the newest row's period and the date sources were last checked. */
  currency: Currency;
  /** On-chart credit: the organisations that produced the numbers ("CDC/NCHS; DEA"). */
  credit: string;
  /** Source id → short readable citation, for the data table's Source column. */
  sourceLabels: Record<string, string>;
  /** Automatic notes for rows read in a reprint (who produced them, who reported them). */
  reprintNotes: string[];
  layout: ChartLayout;
}

export interface BuildOptions {
  /** Site-wide ISO date the sources were last checked (content/data/checked.yaml). */
  checked?: string;
  /** Dated notes other content files give charts (two-readings.yaml's readings), for marker layers. */
  notes?: LayoutContext['notes'];
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
  options: BuildOptions = {},
): ChartBundle {
  const fail = (message: string): never => {
    throw new ChartError(id, message);
  };
  const conditions = Array.isArray(spec.filter) ? spec.filter : [spec.filter];
  for (const field of [...conditions.flatMap((c) => Object.keys(c)), ...spec.columns.map((c) => c.field)]) {
    if (!datasetFields.includes(field)) fail(`field "${field}" is not a column of dataset ${spec.dataset}`);
  }
  const sources = spec.sources.map((sid) => sourcesById.get(sid) ?? fail(`unknown source id "${sid}" in sources`));
  // Marker notes (two-readings.yaml) are listed with the chart's sources, as rows are (below).
  ('markers' in spec.graphic ? spec.graphic.markers : []).forEach((m, i) => {
    for (const n of options.notes?.get(m.from)?.get(m.reading)?.notes ?? []) {
      if (!spec.sources.includes(n.source_id)) fail(`graphic.markers[${i}]: a note of ${m.from} "${m.reading}" cites "${n.source_id}", which is missing from the spec's sources`);
    }
  });

  const rows = datasetRows
    .filter((r) => conditions.some((c) => Object.entries(c).every(([field, allowed]) => allowed.map(String).includes(String(r[field])))))
    .sort((a, b) => a.row - b.row);
  if (rows.length === 0) fail('the filter selects no rows');
  const empty = emptySelections(spec, datasetRows, rows);
  if (empty.length) fail(empty.join('\n  '));
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

  // Currency: the newest period among the rows shown (targets and plans excluded).
  const periodField = spec.currency.field ?? PERIOD_FIELDS[spec.dataset];
  if (periodField && !datasetFields.includes(periodField)) fail(`currency field "${periodField}" is not a column of dataset ${spec.dataset}`);
  const exclude = spec.currency.exclude;
  const counted = exclude
    ? rows.filter((r) => !Object.entries(exclude).every(([field, allowed]) => allowed.map(String).includes(String(r[field]))))
    : rows;
  const newest = periodField ? newestPeriod(counted, periodField, periodWords()) : null;
  if (!newest) fail(`no row has a period "Figures current to" can use${periodField ? ` (field "${periodField}")` : ''}`);
  const checked = spec.currency.checked ?? options.checked ?? '';
  if (!checked) fail('no "sources checked" date (content/data/checked.yaml or currency.checked)');
  const currency: Currency = { period: newest?.label ?? '', periodEnd: newest?.end ?? '', checked };

  const credit = creditLine(rows, sourcesById);
  const sourceLabels = Object.fromEntries(sources.map((s) => [s.source_id, shortCitation(s)]));
  const autoNotes = reprintNotes(rows, sourcesById, periodField);

  const viewable = viewableParts(spec.graphic);
  if (viewable === null && spec.views.length > 0) fail(`views are not supported for ${spec.graphic.type} charts yet`);
  const parts = viewable ?? [];
  const viewNames = new Set<string>();
  spec.views.forEach((view, i) => {
    if (viewNames.has(view.name)) fail(`views[${i}].name: view "${view.name}" is defined twice`);
    viewNames.add(view.name);
    view.panels.forEach((part, j) => {
      if (!parts.includes(part)) fail(`views[${i}].panels[${j}]: view "${view.name}" names unknown panel "${part}"${didYouMean(part, parts)} (panels: ${parts.join(', ')})`);
    });
  });
  for (const part of parts) {
    if (spec.views.length > 0 && panelViews(spec, part).length === 0) fail(`panel "${part}" is in no view`);
  }
  const views = new Map(parts.map((p) => [p, panelViews(spec, p)]));

  let layout: ChartLayout;
  try {
    const context: LayoutContext = { views: spec.views.map((v) => ({ name: v.name, parts: v.panels })), notes: options.notes ?? new Map() };
    layout = layoutChart(spec.graphic, rows as unknown as LayoutRow[], sourcesById, views, context);
  } catch (error) {
    return fail((error as Error).message);
  }
  return { id, spec, table, sources, dataAsOf, currency, credit, sourceLabels, reprintNotes: autoNotes, layout };
}

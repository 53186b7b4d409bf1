/**
 * A chart spec's row selections must each select something: every value listed in `filter`
 * (and in the graphic's `match` conditions and `panelBy` panel keys) must match at least one
 * row. A typo ("FY2O23") would otherwise draw an empty panel or drop a year without a word.
 */
import { didYouMean } from './strict';

type Row = Record<string, unknown>;
type Match = Record<string, readonly (string | number)[]>;

const hits = (rows: readonly Row[], cond: Match) =>
  rows.filter((r) => Object.entries(cond).every(([f, allowed]) => allowed.map(String).includes(String(r[f]))));

/** Values of one condition that select no row among `rows`, as messages. */
function unmatched(where: string, cond: Match, rows: readonly Row[], of: string): string[] {
  const selected = hits(rows, cond);
  return Object.entries(cond).flatMap(([field, values]) => values
    .filter((v) => !selected.some((r) => String(r[field]) === String(v)))
    .map((v) => {
      const known = [...new Set(rows.map((r) => String(r[field])))];
      return `${where}: value "${v}" of field "${field}" matches no row of ${of}${didYouMean(String(v), known)}`;
    }));
}

/** Every `match` object inside the graphic, with its place ("graphic.panels[1] (all_cbp) match"). */
function matches(value: unknown, where: string): { where: string; cond: Match }[] {
  if (Array.isArray(value)) {
    return value.flatMap((v, i) => matches(v, `${where}[${i}]${v && typeof v === 'object' && 'key' in v ? ` (${String((v as { key: unknown }).key)})` : ''}`));
  }
  if (!value || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([k, v]) => (k === 'match' && v && typeof v === 'object' && !Array.isArray(v)
    ? [{ where: `${where} match`, cond: v as Match }]
    : matches(v, `${where}.${k}`)));
}

export interface FilterSpec {
  dataset: string;
  filter: Match | readonly Match[];
  graphic: unknown;
}

/**
 * Messages for every selection that selects nothing: filter values against the dataset's rows,
 * graphic conditions against the rows the filter kept.
 */
export function emptySelections(spec: FilterSpec, datasetRows: readonly Row[], filteredRows: readonly Row[]): string[] {
  const conditions = Array.isArray(spec.filter) ? spec.filter : [spec.filter as Match];
  const of = `${spec.dataset}.csv`;
  const problems = conditions.flatMap((c, i) => unmatched(conditions.length > 1 ? `filter[${i}]` : 'filter', c, datasetRows, of));
  for (const m of matches(spec.graphic, 'graphic')) problems.push(...unmatched(m.where, m.cond, filteredRows, `${of} that the filter selects`));
  const g = spec.graphic as { panelBy?: string; panels?: { key: string; match?: unknown }[] };
  if (g.panelBy) {
    for (const p of g.panels ?? []) {
      if (p.match) continue;
      if (!filteredRows.some((r) => String(r[g.panelBy!]) === p.key)) {
        problems.push(`graphic.panels (${p.key}): no row the filter selects has ${g.panelBy} = "${p.key}"${didYouMean(p.key, [...new Set(filteredRows.map((r) => String(r[g.panelBy!])))])}`);
      }
    }
  }
  return problems;
}

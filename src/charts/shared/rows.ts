/**
 * What every build-time layout shares: the row shape it receives, its error type, row
 * matching (`{field: [values]}`), reading a cell as a number, and word wrapping by character
 * count. Written once here; each chart type's layout.ts imports them.
 */

/** A dataset row after the spec's filter: every field, plus the qualifier and source id. */
export interface LayoutRow {
  qualifier: string | null;
  source_id: string;
  [field: string]: unknown;
}

/** A spec that cannot be drawn from its rows; buildChart turns it into a ChartError (file, message). */
export class LayoutError extends Error {}

/** Field → allowed values; a row matches when every listed field has one of its values. */
export type RowMatch = Record<string, readonly (string | number)[]>;

export function matchRow(row: Record<string, unknown>, match: RowMatch): boolean {
  return Object.entries(match).every(([field, allowed]) => allowed.map(String).includes(String(row[field])));
}

/**
 * A cell as a number: numbers, and numeric text ("50") when `text` is allowed; anything else
 * fails the build with the field and what the layout needed it for.
 */
export function toNumber(row: LayoutRow, field: string, purpose: string, text = true): number {
  const v = row[field];
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  if (text && typeof v === 'string' && /^-?\d+(\.\d+)?$/.test(v.trim())) return Number(v);
  throw new LayoutError(`field "${field}" must be a number to ${purpose} (got "${String(v)}")`);
}

/** Wrap a label into lines of at most `width` characters (a longer single word keeps its line). */
export function wrapWords(label: string, width: number): string[] {
  const out: string[] = [];
  for (const word of label.split(/\s+/).filter(Boolean)) {
    const last = out[out.length - 1];
    if (last !== undefined && (last + ' ' + word).length <= width) out[out.length - 1] = `${last} ${word}`;
    else out.push(word);
  }
  return out;
}

/** A mark id safe for HTML ids and selectors ("all drugs-2022" → "all_drugs-2022"). */
export const markId = (...parts: (string | number)[]) => parts.join('-').replace(/[^A-Za-z0-9_-]+/g, '_');

/** Two decimals are enough for px and percent positions. */
export const r2 = (n: number) => Math.round(n * 100) / 100;

/** Where a text anchored near x percent should attach so it stays inside the plot. */
export const anchorAt = (pct: number, edge = 15): 'start' | 'middle' | 'end' => (pct < edge ? 'start' : pct > 100 - edge ? 'end' : 'middle');

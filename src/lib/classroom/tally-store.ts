/**
 * The stance tally's data, safely: reading what a browser stored (which may be corrupted,
 * edited by hand or written by another version), and the CSV a teacher downloads and loads
 * back. Everything is validated; nothing read is ever treated as markup. Pure functions, so
 * the browser script (tally-client.ts) stays small and these are unit-tested.
 */
import { csvFormatRows, csvParseRows } from 'd3-dsv';
import { SCALE } from './stance';
import { fill, plural } from '../i18n/fill';
import type { UiDictionary } from '../i18n/schema';

export const TALLY_KEY = 'fentanyl-explainer:classroom-stance-tally:v1';
/** Where a stored value that could not be read in full is kept, untouched. */
export const TALLY_BACKUP_KEY = `${TALLY_KEY}:unreadable-copy`;
export const MAX_COUNT = 999;
/** Largest CSV file accepted (a full tally is well under 1 KB). */
export const MAX_FILE_BYTES = 64 * 1024;
export const PHASES = ['before', 'after'] as const;
export const CSV_HEADER = ['phase', 'option', ...SCALE] as const;

export type Counts = Record<string, number>;

/** The tally's messages (content/ui/<locale>.yaml `classroom.tallyMessages`, handed to the page's form). */
export type TallyMessages = UiDictionary['classroom']['tallyMessages'];

/** The messages as the store and the form use them, filled for `intl`'s numbers and plurals. */
export function tallyWords(m: TallyMessages, intl: string) {
  const num = (n: number) => new Intl.NumberFormat(intl).format(n);
  return {
    notJson: m.notJson,
    notObject: m.notObject,
    skipped: (n: number) => plural(m.skipped, n, intl, { max: MAX_COUNT }),
    kept: (n: number) => plural(m.kept, n, intl),
    backup: m.backup,
    fileTooBig: fill(m.fileTooBig, { kb: MAX_FILE_BYTES / 1024 }),
    fileEmpty: m.fileEmpty,
    fileHeader: fill(m.fileHeader, { header: CSV_HEADER.join(',') }),
    fileLine: (line: number, problem: string) => fill(m.fileLine, { line, problem }),
    badPhase: (value: string) => fill(m.badPhase, { value }),
    badOption: (value: string) => fill(m.badOption, { value }),
    badCount: (value: string) => fill(m.badCount, { value, max: MAX_COUNT }),
    columns: (n: number) => fill(m.columns, { n: num(n), expected: CSV_HEADER.length }),
    twice: (phase: string, option: string) => fill(m.twice, { phase, option }),
    saved: m.saved,
    noStorage: m.noStorage,
    notSaved: m.notSaved,
    originalKept: m.originalKept,
    cleared: m.cleared,
    confirmClear: m.confirmClear,
    confirmReplace: m.confirmReplace,
    loaded: (n: number) => plural(m.loaded, n, intl),
    downloaded: m.downloaded,
    readError: m.readError,
  };
}
export type TallyWords = ReturnType<typeof tallyWords>;

/** A stored or typed count, if it is a whole number from 0 to MAX_COUNT. */
export function validCount(v: unknown): number | undefined {
  return typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= MAX_COUNT ? v : undefined;
}

export interface Stored {
  counts: Counts;
  /** What the teacher should be told; empty when the data was read in full. */
  problems: string[];
  /** True when the stored text should be kept aside before it is ever overwritten. */
  keepCopy: boolean;
}

/**
 * What a browser stored under TALLY_KEY → the counts that can be used. `names` are the form's
 * input names (`before.scanners.1`); anything else is left out and reported.
 */
export function readStored(raw: string | null, names: ReadonlySet<string>, W: TallyWords): Stored {
  if (raw === null || raw === '') return { counts: {}, problems: [], keepCopy: false };
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return { counts: {}, problems: [W.notJson, W.backup], keepCopy: true };
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) {
    return { counts: {}, problems: [W.notObject, W.backup], keepCopy: true };
  }
  const counts: Counts = {};
  let skipped = 0;
  for (const [key, value] of Object.entries(parsed as Record<string, unknown>)) {
    const n = validCount(value);
    if (names.has(key) && n !== undefined) counts[key] = n;
    else skipped++;
  }
  if (!skipped) return { counts, problems: [], keepCopy: false };
  return { counts, problems: [W.skipped(skipped), W.kept(Object.keys(counts).length), W.backup], keepCopy: true };
}

/** The tally as CSV: one row per phase and option, one column per answer. */
export function toCsv(counts: Counts, options: readonly { id: string; name: string }[]): string {
  const rows: (string | number)[][] = [[...CSV_HEADER]];
  for (const phase of PHASES) {
    for (const o of options) rows.push([phase, o.name, ...SCALE.map((k) => counts[`${phase}.${o.id}.${k}`] ?? '')]);
  }
  return `${csvFormatRows(rows.map((r) => r.map(String))).replace(/\n/g, '\r\n')}\r\n`;
}

/**
 * The file's rows, read with d3-dsv like every other CSV here (quoted fields, commas and line
 * breaks inside quotes). Cells are trimmed, and a quoted cell padded with spaces (` "Scanners" `,
 * which strict CSV leaves quoted) is unquoted too: spreadsheets write both.
 */
function rowsOf(text: string): string[][] {
  return csvParseRows(text.replace(/^\uFEFF/, '')).map((row) => row.map((c) => c.trim().replace(/^"(.*)"$/, '$1').trim()));
}
const blankRow = (row: readonly string[]) => row.every((c) => !c);

const shown = (v: string) => (v.length > 40 ? `${v.slice(0, 40)}…` : v);

/** A loaded CSV → counts, or the first problem (with its line) and no counts. */
export function fromCsv(text: string, options: readonly { id: string; name: string }[], W: TallyWords): { counts: Counts } | { error: string } {
  if (text.length > MAX_FILE_BYTES) return { error: W.fileTooBig };
  // Row i is line i + 1 of the file (a tally has no line breaks inside a cell).
  const rows = rowsOf(text);
  while (rows.length && blankRow(rows[rows.length - 1]!)) rows.pop();
  if (!rows.length) return { error: W.fileEmpty };
  if (rows[0]!.map((c) => c.toLowerCase()).join(',') !== CSV_HEADER.join(',').toLowerCase()) return { error: W.fileHeader };
  const byName = new Map(options.flatMap((o) => [[o.name.toLowerCase(), o.id], [o.id, o.id]]));
  const counts: Counts = {};
  const seen = new Set<string>();
  for (let i = 1; i < rows.length; i++) {
    const c = rows[i]!;
    if (blankRow(c)) continue;
    if (c.length !== CSV_HEADER.length) return { error: W.fileLine(i + 1, W.columns(c.length)) };
    const [phase = '', name = '', ...values] = c;
    const p = phase.toLowerCase();
    if (!(PHASES as readonly string[]).includes(p)) return { error: W.fileLine(i + 1, W.badPhase(shown(phase))) };
    const id = byName.get(name.toLowerCase());
    if (!id) return { error: W.fileLine(i + 1, W.badOption(shown(name))) };
    if (seen.has(`${p}.${id}`)) return { error: W.fileLine(i + 1, W.twice(p, name)) };
    seen.add(`${p}.${id}`);
    for (const [k, v] of SCALE.map((k, j) => [k, values[j] ?? ''] as const)) {
      if (v === '') continue;
      const n = /^\d{1,4}$/.test(v) ? validCount(Number(v)) : undefined;
      if (n === undefined) return { error: W.fileLine(i + 1, W.badCount(shown(v))) };
      counts[`${p}.${id}.${k}`] = n;
    }
  }
  return { counts };
}

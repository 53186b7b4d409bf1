/**
 * Field builders shared by every dataset schema. Cells arrive from d3-dsv as strings; each
 * builder states what a valid cell is and turns it into the typed value, with a message that
 * says what was wrong (the validator adds file, row and field).
 */
import { z } from 'astro/zod';

const NUMBER = /^-?\d+(\.\d+)?$/;

/** Qualifiers the sources use ("more than 50.6 million"). A new one must be added here on purpose. */
export const QUALIFIERS = [
  'about',
  'almost',
  'approximately',
  'around',
  'as little as',
  'as low as',
  'as much as',
  'estimated',
  'greater than',
  'just',
  'less than',
  'more than',
  'nearly',
  'not fewer than',
  'only',
  'over',
  'up to',
  'unlikely more than',
  "'a few thousand dollars'",
  "roughly ('four in five')",
] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

/** Units that count things: a negative value is a data error. */
export const COUNT_UNITS: ReadonlySet<string> = new Set([
  'pills', 'pounds', 'doses', 'deaths', 'vehicles', 'persons', 'people', 'crossings', 'kits',
  'units', 'overdoses', 'systems', 'thousand vehicles', 'million conveyances', 'persons per day',
]);

/** A required text cell. */
export const text = () => z.string().trim().min(1, 'required field is empty');

/** A text cell that may be empty. */
export const optionalText = () => z.string().trim();

const FINITE = 'number out of range (too many digits)';

/** A required number (no thousands separators, no units, no exponent; finite). */
export const number = () =>
  text().refine((s) => NUMBER.test(s), 'expected a number').refine((s) => Number.isFinite(Number(s)), FINITE).transform(Number);

/** A number or an empty cell (→ null). */
export const optionalNumber = () =>
  z.string().trim().refine((s) => s === '' || NUMBER.test(s), 'expected a number or an empty cell')
    .refine((s) => Number.isFinite(Number(s)), FINITE)
    .transform((s) => (s === '' ? null : Number(s)));

/**
 * A cell that holds a figure as published: a plain number, a range ("40-50") or words
 * ("single-digit"). What JavaScript would read as a number must be written plainly, so
 * `1e400`, `Infinity`, `NaN` and `1e5` are errors here, not an infinite bar on a chart.
 */
export const figureText = (optional = false) =>
  (optional ? optionalText() : text()).refine(
    (s) => !/^[+-]?(infinity|inf|nan)$/i.test(s) && (s === '' || Number.isNaN(Number(s)) || (NUMBER.test(s) && Number.isFinite(Number(s)))),
    'write a number in plain digits (no exponent, Infinity or NaN)',
  );

/** Today's date (YYYY-MM-DD), or the reproducible-build date when SOURCE_DATE_EPOCH is set. */
export function today(): string {
  const epoch = process.env['SOURCE_DATE_EPOCH'];
  return (epoch ? new Date(Number(epoch) * 1000) : new Date()).toISOString().slice(0, 10);
}
const thisYear = () => Number(today().slice(0, 4));

/** Earliest and latest plausible values of a year or date field (latest default: today). */
export interface Range {
  min: number;
  /** Latest year relative to this year (a budget request may name next fiscal year: 1). */
  ahead?: number;
}

/** A four-digit year between `min` and this year. */
export const year = (range: Range) =>
  text().refine((s) => /^\d{4}$/.test(s), 'expected a four-digit year')
    .refine((s) => !/^\d{4}$/.test(s) || inRange(Number(s), range), { error: yearRangeMessage(range) })
    .transform(Number);

/** `FY2023`-style federal fiscal year (Oct–Sep). */
export const fiscalYear = (range: Range) =>
  text().regex(/^FY\d{4}$/, 'expected a fiscal year like FY2023')
    .refine((s) => !/^FY\d{4}$/.test(s) || inRange(Number(s.slice(2)), range), { error: yearRangeMessage(range) });

function inRange(y: number, { min, ahead = 0 }: Range): boolean {
  return y >= min && y <= thisYear() + ahead;
}
function yearRangeMessage({ min, ahead = 0 }: Range): () => string {
  return () => `year out of range (expected ${min} to ${thisYear() + ahead})`;
}

const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Is `s` (YYYY, YYYY-MM or YYYY-MM-DD) a real calendar date? 2023-02-30 is not. */
export function isCalendarDate(s: string): boolean {
  const m = DATE.exec(s);
  if (!m) return false;
  const [, y, mo, d] = m;
  if (mo === undefined) return true;
  const month = Number(mo);
  if (month < 1 || month > 12) return false;
  if (d === undefined) return true;
  const days = new Date(Date.UTC(Number(y), month, 0)).getUTCDate();
  return Number(d) >= 1 && Number(d) <= days;
}

/** The period a partial date starts with is not after today ("2026-12" is fine on 2026-12-02). */
export const notFuture = (s: string) => s <= today().slice(0, s.length);

/** A date as precise as the source gives it: YYYY, YYYY-MM or YYYY-MM-DD; real, from `min` to today. */
export const partialDate = (range: Range) =>
  text().regex(DATE, 'expected a date like 2023, 2023-03 or 2023-03-29')
    .refine((s) => !DATE.test(s) || isCalendarDate(s), 'not a real calendar date')
    .refine((s) => !isCalendarDate(s) || Number(s.slice(0, 4)) >= range.min, `date before ${range.min}, outside this dataset's range`)
    .refine((s) => !isCalendarDate(s) || notFuture(s), { error: () => `date in the future (today is ${today()})` });

export const unit = () => z.string().trim().min(1, 'missing unit');

export const qualifier = () =>
  z.string().trim().refine((s) => s === '' || (QUALIFIERS as readonly string[]).includes(s), 'unknown qualifier')
    .transform((s) => (s === '' ? null : (s as Qualifier)));

export const confidence = () => z.enum(['high', 'medium', 'low'], { error: 'expected high, medium or low' });

/** Must name a row of sources.csv (checked by the validator, which knows the ids). */
export const sourceId = () => text();

/**
 * Row check: the period a row describes cannot start after the date it is "as of" (a 2099 row
 * as of 2023-12 is a typo).
 */
export function yearNotAfterAsOf(row: { year: number; as_of: string }) {
  return row.year > Number(row.as_of.slice(0, 4))
    ? { field: 'year', message: `year ${row.year} is after the row's as_of date ${row.as_of}` }
    : undefined;
}

/** Row check: a value in a counting unit may not be negative. */
export function nonNegativeCount(row: { value: unknown; unit: string }) {
  return typeof row.value === 'number' && row.value < 0 && COUNT_UNITS.has(row.unit)
    ? { field: 'value', message: `negative count (${row.unit} cannot be below zero)` }
    : undefined;
}

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

/** A required number (no thousands separators, no units). */
export const number = () =>
  text().refine((s) => NUMBER.test(s), 'expected a number').transform(Number);

/** A number or an empty cell (→ null). */
export const optionalNumber = () =>
  z.string().trim().refine((s) => s === '' || NUMBER.test(s), 'expected a number or an empty cell')
    .transform((s) => (s === '' ? null : Number(s)));

/** A four-digit year. */
export const year = () => text().refine((s) => /^\d{4}$/.test(s), 'expected a four-digit year').transform(Number);

/** `FY2023`-style federal fiscal year (Oct–Sep). */
export const fiscalYear = () => text().regex(/^FY\d{4}$/, 'expected a fiscal year like FY2023');

/** A date as precise as the source gives it: YYYY, YYYY-MM or YYYY-MM-DD. */
export const partialDate = () =>
  text().regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'expected a date like 2023, 2023-03 or 2023-03-29');

export const unit = () => z.string().trim().min(1, 'missing unit');

export const qualifier = () =>
  z.string().trim().refine((s) => s === '' || (QUALIFIERS as readonly string[]).includes(s), 'unknown qualifier')
    .transform((s) => (s === '' ? null : (s as Qualifier)));

export const confidence = () => z.enum(['high', 'medium', 'low'], { error: 'expected high, medium or low' });

/** Must name a row of sources.csv (checked by the validator, which knows the ids). */
export const sourceId = () => text();

/** Row check: a value in a counting unit may not be negative. */
export function nonNegativeCount(row: { value: unknown; unit: string }) {
  return typeof row.value === 'number' && row.value < 0 && COUNT_UNITS.has(row.unit)
    ? { field: 'value', message: `negative count (${row.unit} cannot be below zero)` }
    : undefined;
}

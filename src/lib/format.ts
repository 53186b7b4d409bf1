/**
 * Number and date formatting that never rounds a published figure: 50,600,000 is "50.6 million",
 * never "51 million". Qualifiers ("more than") stay in front of every number.
 *
 * Every function takes a locale (lib/i18n/locales.ts; English by default). Grouping and dates
 * come from Intl; the scale words are written out per language below, because Intl's compact
 * notation rounds ("50.65 million" → "51M"). Spanish follows the es-MX/es-US style the Spanish
 * edition uses: decimal point, thousands comma, "50.6 millones", "mil millones" (10⁹; never
 * "billón", which is 10¹²).
 */
import { DEFAULT_LOCALE, intlOf, type Locale } from './i18n/locales';

/** Strip float noise (0.1 + 0.2) without rounding any real digit. */
function exact(n: number): string {
  return String(Number(n.toPrecision(12)));
}

/** The minus sign of d3-format (U+2212), kept so English output stays byte-identical. */
const MINUS = '\u2212';

interface ScaleWords {
  size: number;
  /** After the number, by plural category ("1 millón", "50.6 millones"). */
  long: { one: string; other: string };
  short: string;
}

/** Scale words per language, largest first. */
const SCALES: Record<Locale, readonly ScaleWords[]> = {
  en: [
    { size: 1e9, long: { one: ' billion', other: ' billion' }, short: 'B' },
    { size: 1e6, long: { one: ' million', other: ' million' }, short: 'M' },
  ],
  es: [
    { size: 1e9, long: { one: ' mil millones', other: ' mil millones' }, short: ' mil M' },
    { size: 1e6, long: { one: ' millón', other: ' millones' }, short: ' M' },
  ],
};

/** Dollars of a number of billions: "$35.7 billion" / "$35.7B"; "35.7 mil millones de dólares" / "US$35.7 mil M". */
const USD_BILLIONS: Record<Locale, { long: (n: string) => string; short: (n: string) => string }> = {
  en: { long: (n) => `$${n} billion`, short: (n) => `$${n}B` },
  es: { long: (n) => `${n} mil millones de dólares`, short: (n) => `US$${n} mil M` },
};

const groupers = new Map<Locale, Intl.NumberFormat>();
function group(whole: number, locale: Locale): string {
  let f = groupers.get(locale);
  if (!f) groupers.set(locale, (f = new Intl.NumberFormat(intlOf(locale), { maximumFractionDigits: 0, useGrouping: true })));
  return f.format(whole);
}

/** 50600000 → "50.6 million" (or "50.6M" when short); below a million → "12,000". */
export function formatCompact(value: number, short = false, locale: Locale = DEFAULT_LOCALE): string {
  const abs = Math.abs(value);
  for (const s of SCALES[locale]) {
    if (abs < s.size) continue;
    const n = value / s.size;
    const words = short ? s.short : s.long[new Intl.PluralRules(intlOf(locale)).select(n) === 'one' ? 'one' : 'other'];
    return `${exact(n)}${words}`;
  }
  return formatInteger(value, locale);
}

/** 14699.88 → "14,699.88"; every digit kept, thousands grouped. */
export function formatInteger(value: number, locale: Locale = DEFAULT_LOCALE): string {
  const [whole = '0', fraction] = exact(value).split('.');
  const digits = whole.replace('-', '');
  const sign = whole.startsWith('-') ? MINUS : '';
  // Both supported styles use a decimal point (es-MX/es-US); a locale with a decimal comma would need its separator here.
  return `${sign}${group(Number(digits), locale)}${fraction ? `.${fraction}` : ''}`;
}

/** 27.8 → "27.8%" in both languages (es-MX writes no space before %). */
export function formatPercent(value: number): string {
  return `${exact(value)}%`;
}

/** 35.7 (a number of billions of dollars) → "$35.7B", or "$35.7 billion" in full. */
export function formatUsdBillions(value: number, short = false, locale: Locale = DEFAULT_LOCALE): string {
  const words = USD_BILLIONS[locale];
  return (short ? words.short : words.long)(formatInteger(value, locale));
}

export type NumberFormat = 'compact' | 'integer' | 'percent' | 'usd_billions';

export function formatNumber(value: number, kind: NumberFormat, short = false, locale: Locale = DEFAULT_LOCALE): string {
  if (kind === 'compact') return formatCompact(value, short, locale);
  if (kind === 'usd_billions') return formatUsdBillions(value, short, locale);
  if (kind === 'percent') return formatPercent(value);
  return formatInteger(value, locale);
}

/** Display words for a qualifier; odd source spellings are normalised for reading only. */
export function qualifierLabel(qualifier: string | null | undefined): string {
  if (!qualifier) return '';
  if (qualifier.startsWith('roughly')) return 'roughly';
  return qualifier.replace(/^'|'$/g, '');
}

/** "more than 50.6 million" — the qualifier always travels with the number. */
export function withQualifier(qualifier: string | null | undefined, formatted: string): string {
  const q = qualifierLabel(qualifier);
  return q ? `${q} ${formatted}` : formatted;
}

/**
 * "2022-12-20" → "December 20, 2022" ("20 de diciembre de 2022"); "2023-03" → "March 2023"
 * ("marzo de 2023"); "2021" → "2021". Read as UTC, so no time zone moves a day.
 */
export function formatPartialDate(date: string, locale: Locale = DEFAULT_LOCALE): string {
  const [y, m, d] = date.split('-');
  if (!m) return y ?? date;
  const month = Number(m);
  const day = d ? Number(d) : 1;
  if (!Number.isInteger(month) || month < 1 || month > 12 || !Number.isInteger(day)) return date;
  const when = new Date(Date.UTC(Number(y), month - 1, day));
  when.setUTCFullYear(Number(y));
  const options: Intl.DateTimeFormatOptions = d ? { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' } : { year: 'numeric', month: 'long', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(intlOf(locale), options).format(when);
}

/**
 * Number formatting that never rounds a published figure: 50,600,000 is "50.6 million",
 * never "51 million". Qualifiers ("more than") stay in front of every number.
 */
import { format } from 'd3-format';

const grouped = format(',');

/** Strip float noise (0.1 + 0.2) without rounding any real digit. */
function exact(n: number): string {
  return String(Number(n.toPrecision(12)));
}

const SCALES = [
  { size: 1e9, long: 'billion', short: 'B' },
  { size: 1e6, long: 'million', short: 'M' },
] as const;

/** 50600000 → "50.6 million" (or "50.6M" when short); below a million → "12,000". */
export function formatCompact(value: number, short = false): string {
  const abs = Math.abs(value);
  for (const s of SCALES) {
    if (abs >= s.size) return `${exact(value / s.size)}${short ? s.short : ` ${s.long}`}`;
  }
  return formatInteger(value);
}

/** 14699.88 → "14,699.88"; every digit kept, thousands grouped. */
export function formatInteger(value: number): string {
  const [whole, fraction] = exact(value).split('.');
  return fraction ? `${grouped(Number(whole))}.${fraction}` : grouped(Number(whole));
}

export function formatPercent(value: number): string {
  return `${exact(value)}%`;
}

/** 35.7 (a number of billions of dollars) → "$35.7B", or "$35.7 billion" in full. */
export function formatUsdBillions(value: number, short = false): string {
  return `$${formatInteger(value)}${short ? 'B' : ' billion'}`;
}

export type NumberFormat = 'compact' | 'integer' | 'percent' | 'usd_billions';

export function formatNumber(value: number, kind: NumberFormat, short = false): string {
  if (kind === 'compact') return formatCompact(value, short);
  if (kind === 'usd_billions') return formatUsdBillions(value, short);
  if (kind === 'percent') return formatPercent(value);
  return formatInteger(value);
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

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2022-12-20" → "December 20, 2022"; "2023-03" → "March 2023"; "2021" → "2021". */
export function formatPartialDate(date: string): string {
  const [y, m, d] = date.split('-');
  if (!m) return y ?? date;
  const month = MONTHS[Number(m) - 1] ?? m;
  return d ? `${month} ${Number(d)}, ${y}` : `${month} ${y}`;
}

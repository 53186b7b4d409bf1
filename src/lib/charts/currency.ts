/**
 * "Figures current to …": how current a chart is, computed from its rows at build time, so the
 * date can never drift from the data. A row's period ("FY2024", "2024", "2025-11-07/2025-11-12",
 * "2023-10 (annual survey)", "FY2019-FY2024 (to June 2024)") is read as the date its period
 * ends; the chart is current to its newest row. Pure; no I/O: the labels' words come in as a
 * `PeriodWords` (the dictionary's currency.* templates and the Intl tag month names come from),
 * which callers build with `periodWords(locale)` (lib/i18n/words.ts), as `currencySentence`
 * gets its sentence, so this module can be tested and reused without the dictionary file.
 */
import { fill } from '../i18n/fill';

export interface PeriodEnd {
  /** ISO date the period ends on (sortable). */
  end: string;
  /** Reader-facing words: "FY2024", "2024", "November 2025", "12 November 2025". */
  label: string;
}

export interface Currency {
  /** The newest row's period, in words ("FY2024"). */
  period: string;
  /** The ISO date that period ends on. */
  periodEnd: string;
  /** ISO date the sources were last checked. */
  checked: string;
}

/** The reader-facing words of period labels and dates (`periodWords(locale)` in lib/i18n/words.ts). */
export interface PeriodWords {
  /** The Intl tag the month names come from ('en-US': "August 2025"). */
  intl: string;
  /** A year read as the 12 months ending a month: '12 months ending {month}' ({month}: "August 2025"). */
  twelveMonthsEnding: string;
  /** A period that stops early: '{period} (to {month})' → "FY2024 (to June 2024)". */
  toMonth: string;
}

const pad = (n: number) => String(n).padStart(2, '0');

function lastDay(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const utc = (year: number, month: number) => {
  const when = new Date(Date.UTC(year, month - 1, 1));
  when.setUTCFullYear(year);
  return when;
};

/** "August 2025" (es-MX: "agosto de 2025"), from Intl. */
function monthYear(year: number, month: number, words: PeriodWords): string {
  return new Intl.DateTimeFormat(words.intl, { year: 'numeric', month: 'long', timeZone: 'UTC' }).format(utc(year, month));
}

/** "December 2, 2026" (es-MX: "2 de diciembre de 2026"): Intl's long date, like format.ts's formatPartialDate. */
function dayDate(year: number, month: number, day: number, words: PeriodWords): string {
  const when = new Date(Date.UTC(year, month - 1, day));
  when.setUTCFullYear(year);
  return new Intl.DateTimeFormat(words.intl, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }).format(when);
}

/** "2026-12-02" → "December 2, 2026"; "2025-11" → "November 2025"; "2024" → "2024". */
export function formatCheckedDate(iso: string, words: PeriodWords): string {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(iso);
  if (!m) return iso;
  const [, y, mo, d] = m;
  if (!mo) return y ?? iso;
  const year = Number(y);
  const month = Number(mo);
  if (month < 1 || month > 12) return iso;
  return d
    ? dayDate(year, month, Number(d), words)
    : monthYear(year, month, words);
}

/**
 * The data's month names, for reading periods such as "(to June 2024)" or "(12 mo ending Aug)"
 * in a CSV field. content/data/ is written in English, so the parser reads English whatever the
 * reader's language; the labels it returns are built from `PeriodWords`.
 */
const DATA_INTL = 'en-US';
const DATA_MONTHS = Array.from({ length: 12 }, (_, i) => new Intl.DateTimeFormat(DATA_INTL, { month: 'long', timeZone: 'UTC' }).format(utc(2000, i + 1)));
/** 1–12 for a month's name in the data (`short`: its first three letters), 0 when it is none. */
const dataMonth = (name: string, short = false) =>
  DATA_MONTHS.findIndex((n) => (short ? n.slice(0, 3) : n).toLowerCase() === name.toLowerCase()) + 1;

/** One date-like token: FY2024, 2024, 2024-10, 2024-10-16. */
function token(text: string, words: PeriodWords): PeriodEnd | null {
  const t = text.trim();
  let m = /^FY ?(\d{4})$/i.exec(t);
  if (m) return { end: `${m[1]}-09-30`, label: `FY${m[1]}` };
  m = /^(\d{4})$/.exec(t);
  if (m) return { end: `${m[1]}-12-31`, label: m[1] ?? t };
  m = /^(\d{4})-(\d{2})$/.exec(t);
  if (m) {
    const y = Number(m[1]);
    const mo = Number(m[2]);
    if (mo < 1 || mo > 12) return null;
    return { end: `${y}-${pad(mo)}-${pad(lastDay(y, mo))}`, label: formatCheckedDate(t, words) };
  }
  m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t);
  if (m) return { end: t, label: formatCheckedDate(t, words) };
  return null;
}

/**
 * When a period ends. Ranges ("A/B", "FY2015-FY2024") end at their last part; a parenthesis
 * "(to June 2024)" or "(… ending Aug)" narrows the end; other parentheses are commentary.
 * Returns null for text that names no period (e.g. a target "by FY2026").
 */
export function periodEnd(raw: string, words: PeriodWords): PeriodEnd | null {
  const text = raw.trim();
  const paren = /\(([^)]*)\)/.exec(text)?.[1] ?? '';
  const body = text.replace(/\([^)]*\)/g, '').trim();
  // Reading the data (English, as DATA_MONTHS): targets and plans name no period.
  if (/^(by|target|goal)\b/i.test(body)) return null;
  const parts = body.split(/\/|–|(?<=\d)-(?=FY)/i).map((p) => p.trim()).filter(Boolean);
  const last = parts.length > 1 ? parts[parts.length - 1] ?? '' : body;
  const base = token(last, words);
  if (!base) return null;
  // "(to June 2024)" — the period stops early.
  const to = /\bto ([a-z]+) (\d{4})\b/i.exec(paren);
  const toMonth = to ? dataMonth(to[1] ?? '') : 0;
  if (to && toMonth) {
    const y = Number(to[2]);
    return { end: `${y}-${pad(toMonth)}-${pad(lastDay(y, toMonth))}`, label: fill(words.toMonth, { period: base.label, month: monthYear(y, toMonth, words) }) };
  }
  // "(12 mo ending Aug)" on a year — the 12 months ending that month.
  const ending = /\bending ([a-z]{3})[a-z]*\b/i.exec(paren);
  const endMonth = ending ? dataMonth(ending[1] ?? '', true) : 0;
  const year = /^\d{4}$/.exec(last.trim())?.[0];
  if (endMonth && year) {
    const y = Number(year);
    return { end: `${y}-${pad(endMonth)}-${pad(lastDay(y, endMonth))}`, label: fill(words.twelveMonthsEnding, { month: monthYear(y, endMonth, words) }) };
  }
  return base;
}

/** A row's period text: its period field, as a fiscal year when the row says it is one. */
export function rowPeriod(row: Record<string, unknown>, field: string): string {
  const value = String(row[field] ?? '').trim();
  const type = String(row['period_type'] ?? '');
  if (/^\d{4}$/.test(value) && /fiscal/.test(type)) return `FY${value}`;
  return value;
}

/**
 * The newest period among rows (null when none names a period). Ties keep the first row's
 * words, so the label is stable.
 */
export function newestPeriod(rows: readonly Record<string, unknown>[], field: string, words: PeriodWords): PeriodEnd | null {
  let best: PeriodEnd | null = null;
  for (const row of rows) {
    const p = periodEnd(rowPeriod(row, field), words);
    if (p && (!best || p.end > best.end)) best = p;
  }
  return best;
}

/** Default period field per dataset (a spec may name another with `currency.field`). */
export const PERIOD_FIELDS: Record<string, string> = {
  overdose_deaths: 'year',
  cbp_fentanyl_fy: 'fiscal_year',
  dea_seizures: 'year',
  drug_control_budget: 'fiscal_year',
  border_traffic: 'period',
  public_opinion: 'field_dates',
  timeline: 'date',
  trafficker_citizenship: 'period',
  treatment_gap: 'year',
  intervention_evidence: 'year',
  naloxone: 'date_or_period',
  prices: 'period',
  production_economics: 'year_or_period',
};

/** "Figures current to FY2024; sources checked December 2, 2026.": `sentence` holds {period} and {checked} (currency.sentence in the dictionary). */
export function currencySentence(c: Currency, sentence: string, words: PeriodWords): string {
  return sentence.replace('{period}', c.period).replace('{checked}', formatCheckedDate(c.checked, words));
}

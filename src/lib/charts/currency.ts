/**
 * "Figures current to …": how current a chart is, computed from its rows at build time, so the
 * date can never drift from the data. A row's period ("FY2024", "2024", "2025-11-07/2025-11-12",
 * "2023-10 (annual survey)", "FY2019-FY2024 (to June 2024)") is read as the date its period
 * ends; the chart is current to its newest row. Pure; no I/O.
 */

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

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const pad = (n: number) => String(n).padStart(2, '0');

function lastDay(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** "2026-12-02" → "2 December 2026"; "2025-11" → "November 2025"; "2024" → "2024". */
export function formatCheckedDate(iso: string): string {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(iso);
  if (!m) return iso;
  const [, y, mo, d] = m;
  if (!mo) return y ?? iso;
  const month = MONTHS[Number(mo) - 1] ?? mo;
  return d ? `${Number(d)} ${month} ${y}` : `${month} ${y}`;
}

/** One date-like token: FY2024, 2024, 2024-10, 2024-10-16. */
function token(text: string): PeriodEnd | null {
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
    return { end: `${y}-${pad(mo)}-${pad(lastDay(y, mo))}`, label: formatCheckedDate(t) };
  }
  m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t);
  if (m) return { end: t, label: formatCheckedDate(t) };
  return null;
}

/**
 * When a period ends. Ranges ("A/B", "FY2015-FY2024") end at their last part; a parenthesis
 * "(to June 2024)" or "(… ending Aug)" narrows the end; other parentheses are commentary.
 * Returns null for text that names no period (e.g. a target "by FY2026").
 */
export function periodEnd(raw: string): PeriodEnd | null {
  const text = raw.trim();
  const paren = /\(([^)]*)\)/.exec(text)?.[1] ?? '';
  const body = text.replace(/\([^)]*\)/g, '').trim();
  if (/^(by|target|goal)\b/i.test(body)) return null;
  const parts = body.split(/\/|–|(?<=\d)-(?=FY)/i).map((p) => p.trim()).filter(Boolean);
  const last = parts.length > 1 ? parts[parts.length - 1] ?? '' : body;
  const base = token(last);
  if (!base) return null;
  // "(to June 2024)" — the period stops early.
  const to = /\bto (January|February|March|April|May|June|July|August|September|October|November|December) (\d{4})\b/i.exec(paren);
  if (to) {
    const mo = MONTHS.findIndex((n) => n.toLowerCase() === (to[1] ?? '').toLowerCase()) + 1;
    const y = Number(to[2]);
    return { end: `${y}-${pad(mo)}-${pad(lastDay(y, mo))}`, label: `${base.label} (to ${MONTHS[mo - 1]} ${y})` };
  }
  // "(12 mo ending Aug)" on a year — the 12 months ending that month.
  const ending = /\bending (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b/i.exec(paren);
  const year = /^\d{4}$/.exec(last.trim())?.[0];
  if (ending && year) {
    const mo = MONTHS.findIndex((n) => n.slice(0, 3).toLowerCase() === (ending[1] ?? '').toLowerCase()) + 1;
    const y = Number(year);
    return { end: `${y}-${pad(mo)}-${pad(lastDay(y, mo))}`, label: `12 months ending ${MONTHS[mo - 1]} ${y}` };
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
export function newestPeriod(rows: readonly Record<string, unknown>[], field: string): PeriodEnd | null {
  let best: PeriodEnd | null = null;
  for (const row of rows) {
    const p = periodEnd(rowPeriod(row, field));
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

/** The sentence charts show: "Figures current to FY2024; sources checked 2 December 2026." */
/** "Figures current to FY2024; sources checked 2 December 2026.": `sentence` holds {period} and {checked} (currency.sentence in the dictionary). */
export function currencySentence(c: Currency, sentence: string): string {
  return sentence.replace('{period}', c.period).replace('{checked}', formatCheckedDate(c.checked));
}

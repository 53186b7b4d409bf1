/**
 * The credit a chart shows under its graphic ("Source: CDC/NCHS; DEA"): the organisations that
 * produced the numbers, never the sites we read them on (those are in the notes and the
 * sources list). At most CREDIT_MAX_CHARS characters, about two lines on a 320 px screen; a
 * longer list names the most-cited origins and counts the rest. Pure.
 */
import { creditName, isReprint, shortPublisher, type OriginFields } from '../data/origins';
import { formatCheckedDate, periodEnd, rowPeriod } from './currency';

/** About two lines of 12–14 px text in a 320 px embed, after "Source: ". */
export const CREDIT_MAX_CHARS = 72;

export interface CreditSource extends OriginFields {
  source_id: string;
  title: string;
  published: string;
}

type Row = Record<string, unknown> & { source_id: string };

/** Reader-facing words (to move into content/ui/en.yaml with the language dictionary). */
export const CREDIT_WORDS = {
  others: (n: number) => `and ${n} other${n === 1 ? '' : 's'}`,
  reportedBy: 'as reported by',
};

/** Origins of the rows shown, most-cited first (ties: first appearance), within the limit. */
export function creditLine(rows: readonly Row[], sourcesById: ReadonlyMap<string, CreditSource>, max = CREDIT_MAX_CHARS): string {
  const counts = new Map<string, { n: number; first: number }>();
  rows.forEach((r, i) => {
    const s = sourcesById.get(r.source_id);
    if (!s) return;
    const name = creditName(s);
    const c = counts.get(name);
    if (c) c.n += 1;
    else counts.set(name, { n: 1, first: i });
  });
  // A parent agency named beside its own centre ("CDC" and "CDC/NCHS") is credited once, as the centre.
  for (const name of [...counts.keys()]) {
    const child = [...counts.keys()].find((other) => other.startsWith(`${name}/`));
    const own = counts.get(name);
    const into = child ? counts.get(child) : undefined;
    if (own && into) {
      into.n += own.n;
      into.first = Math.min(into.first, own.first);
      counts.delete(name);
    }
  }
  const names = [...counts.entries()]
    .sort((a, b) => b[1].n - a[1].n || a[1].first - b[1].first)
    .map(([name]) => name);
  const all = names.join('; ');
  if (all.length <= max) return all;
  // Keep as many names as fit alongside "and N others".
  for (let k = names.length - 1; k >= 1; k--) {
    const line = `${names.slice(0, k).join('; ')} ${CREDIT_WORDS.others(names.length - k)}`;
    if (line.length <= max) return line;
  }
  return `${names[0] ?? ''} ${CREDIT_WORDS.others(names.length - 1)}`;
}

/**
 * A short citation for the data table's Source column: "CBP, 2021, as reported by Washington
 * Examiner" or "CDC/NCHS, December 2024". Never the source id.
 */
export function shortCitation(s: CreditSource): string {
  const origin = creditName(s);
  const year = s.published ? formatCheckedDate(s.published.slice(0, 7)) : '';
  const base = year ? `${origin}, ${year}` : origin;
  const via = shortPublisher(s.publisher);
  return isReprint(s) && via !== origin ? `${base}, ${CREDIT_WORDS.reportedBy} ${via}` : base;
}

/** Reader-facing words for the automatic reprint notes. */
export const REPRINT_WORDS = {
  note: (origin: string, periods: string, via: string, date: string, confidence: string) =>
    `${periods ? `${periods}: ` : ''}${origin} figures as reported by ${via}${date ? ` (${date})` : ''}; the ${origin} original was not available to us (confidence: ${confidence}).`,
};

/**
 * One note per reprinted source: which rows, who produced them, who reported them and how much
 * we trust them. These go under "Notes" on the chart page (never on the chart itself).
 */
export function reprintNotes(rows: readonly Row[], sourcesById: ReadonlyMap<string, CreditSource>, periodField: string | undefined): string[] {
  const bySource = new Map<string, Row[]>();
  for (const r of rows) {
    const list = bySource.get(r.source_id) ?? [];
    list.push(r);
    bySource.set(r.source_id, list);
  }
  const notes: string[] = [];
  for (const [id, list] of bySource) {
    const s = sourcesById.get(id);
    if (!s || !isReprint(s)) continue;
    const periods = periodField
      ? [...new Set(list.map((r) => periodEnd(rowPeriod(r, periodField))?.label).filter((p): p is string => Boolean(p)))].join(', ')
      : '';
    const levels = [...new Set(list.map((r) => String(r['confidence'] ?? '')).filter(Boolean))];
    const confidence = levels.length ? levels.join(' or ') : 'medium';
    notes.push(REPRINT_WORDS.note(creditName(s), periods, shortPublisher(s.publisher), s.published ? formatCheckedDate(s.published) : '', confidence));
  }
  return notes;
}

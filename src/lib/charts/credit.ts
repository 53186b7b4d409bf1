/**
 * The credit a chart shows under its graphic ("Source: CDC/NCHS; DEA"): the organisations that
 * produced the numbers, never the sites we read them on (those are in the notes and the
 * sources list). At most CREDIT_MAX_CHARS characters, about two lines on a 320 px screen; a
 * longer list names the most-cited origins and counts the rest. Pure.
 */
import { creditName, isReprint, shortPublisher, type OriginFields } from '../data/origins';
import { formatCheckedDate, periodEnd, rowPeriod } from './currency';
import { intlOf } from '../i18n/locales';
import { t } from '../i18n/t';
import { periodWords } from '../i18n/words';

/** About two lines of 12–14 px text in a 320 px embed, after "Source: ". */
export const CREDIT_MAX_CHARS = 72;

export interface CreditSource extends OriginFields {
  source_id: string;
  title: string;
  published: string;
}

type Row = Record<string, unknown> & { source_id: string };

const others = (n: number) => t('credit.others', { count: n });

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
    const line = `${names.slice(0, k).join('; ')} ${others(names.length - k)}`;
    if (line.length <= max) return line;
  }
  return `${names[0] ?? ''} ${others(names.length - 1)}`;
}

/**
 * A short citation for the data table's Source column: "CBP, 2021, as reported by Washington
 * Examiner" or "CDC/NCHS, December 2024". Never the source id.
 */
export function shortCitation(s: CreditSource): string {
  const origin = creditName(s);
  const year = s.published ? formatCheckedDate(s.published.slice(0, 7), periodWords()) : '';
  const base = year ? `${origin}, ${year}` : origin;
  const via = shortPublisher(s.publisher);
  return isReprint(s) && via !== origin ? t('credit.reportedBy', { citation: base, via }) : base;
}

/** What is in brackets after a publisher's name: "Data Brief No. 428; copy on pr.report". */
const copyDetail = (publisher: string) => /\((.*)\)\s*$/.exec(publisher)?.[1] ?? '';

/**
 * The note for one reprinted source. When the page we read is a copy of the origin's own
 * publication (publisher "CDC/NCHS (Data Brief No. 428; copy on pr.report)"), it says so
 * rather than "CDC/NCHS figures as reported by CDC/NCHS".
 */
function reprintNote(s: CreditSource, periods: string, confidence: string): string {
  const origin = creditName(s);
  const via = shortPublisher(s.publisher);
  const date = s.published ? formatCheckedDate(s.published, periodWords()) : '';
  const copy = via === origin ? copyDetail(s.publisher) : '';
  let note: string;
  if (copy) note = date ? t('credit.copyNoteDated', { origin, copy, date, confidence }) : t('credit.copyNote', { origin, copy, confidence });
  else note = date ? t('credit.reprintNoteDated', { origin, via, date, confidence }) : t('credit.reprintNote', { origin, via, confidence });
  return periods ? t('credit.periods', { periods, note }) : note;
}

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
      ? [...new Set(list.map((r) => periodEnd(rowPeriod(r, periodField), periodWords())?.label).filter((p): p is string => Boolean(p)))].join(', ')
      : '';
    const levels = [...new Set(list.map((r) => String(r['confidence'] ?? '')).filter(Boolean))];
    const confidence = new Intl.ListFormat(intlOf(), { type: 'disjunction' }).format(levels.length ? levels : ['medium']);
    notes.push(reprintNote(s, periods, confidence));
  }
  return notes;
}

/**
 * The number rule for prose (story and classroom kit; run through ./check.ts, which checks the
 * tags themselves with ./tags.ts first): every digit is either inside a <Q> (a quotation) or
 * inside a <Fig s="…">, and — unless the Fig has calc="…" — each number in it appears in a data
 * row carrying one of its source ids (any CSV in content/data/, including sources.csv for dates
 * and titles). Everything else with a digit is a problem.
 *
 * Numbers written as words ("twenty-seven percent", "a quarter of", "twice"; the list and the
 * languages are in number-words.ts) are figures too: outside a <Fig> or <Q> they are problems
 * unless content/story/number-words-allow.yaml lists them as reviewed exceptions; inside a
 * <Fig> without calc, a cardinal ("twelve") must be in the source's rows like a digit.
 */
import { findNumberWords, leadingCardinal, type Locale } from './number-words';
import { sourceIdsOf, tagAttributes } from './tags';

export interface DataIndex {
  /** Ids in sources.csv. */
  sourceIds: ReadonlySet<string>;
  /** For each source id, the text of every row (all CSVs) that carries it. */
  rowsBySource: ReadonlyMap<string, readonly string[]>;
}

export interface NumberProblem {
  line: number;
  excerpt: string;
  message: string;
}

const NUMBER = /\d+(?:,\d{3})*(?:\.\d+)?/g;
/** Same length, newlines kept: later positions still map to the right line. */
const blank = (s: string) => s.replace(/[^\n]/g, ' ');
const ungroup = (s: string) => s.replace(/(\d),(?=\d{3}\b)/g, '$1');

/** Index rows: `rows` are parsed CSV records, each with a `source_id` field. */
export function indexRows(sourceIds: Iterable<string>, rows: Iterable<Record<string, string | undefined>>): DataIndex {
  const rowsBySource = new Map<string, string[]>();
  for (const row of rows) {
    const id = row['source_id'];
    if (!id) continue;
    const list = rowsBySource.get(id) ?? [];
    list.push(ungroup(Object.values(row).join(' | ')));
    rowsBySource.set(id, list);
  }
  return { sourceIds: new Set(sourceIds), rowsBySource };
}

/**
 * Scale words written after digits, per language, with the multipliers a row may use: rows
 * often store millions for billions (USD_millions). Spanish uses "mil millones" for 10⁹
 * (never "billón"), so it is listed before "mil".
 */
const SCALES: Record<Locale, Record<string, number[]>> = {
  en: { thousand: [1e3], million: [1e6], billion: [1e3, 1e9] },
  es: { 'mil millones': [1e3, 1e9], mil: [1e3], 'millón': [1e6], millones: [1e6] },
};
const scaleSource = (locale: Locale) => Object.keys(SCALES[locale]).sort((a, b) => b.length - a.length).map((w) => w.replace(' ', '\\s+')).join('|');
/** Digits with their scale word blanked (same length), so the word is not read again as a number word. */
const withoutScaledDigits = (s: string, locale: Locale) =>
  s.replace(new RegExp(`(${NUMBER.source})\\s+(?:${scaleSource(locale)})(?![\\p{L}])`, 'giu'), blank);
/** Digits written in another style than es-MX/es-US ("50,6 millones", "1.234"): a decimal comma. */
const DECIMAL_COMMA = /\b\d+,\d{1,2}(?!\d)|\b\d{1,3}(?:\.\d{3}){2,}(?![\d.,])/g;

/**
 * Does a row carrying one of `ids` contain the number `token`? With a scale word written after
 * it ("1 billion"), the full number also counts, as do millions for billions (rows often
 * store USD_millions).
 */
export function numberInRows(token: string, ids: string[], index: DataIndex, scale?: string, locale: Locale = 'en'): boolean {
  const n = Number(ungroup(token));
  const multipliers = SCALES[locale][scale?.toLowerCase().replace(/\s+/g, ' ') ?? ''] ?? [];
  const candidates = new Set([ungroup(token), ...multipliers.map((m) => String(Number((n * m).toPrecision(12))))]);
  return ids.some((id) =>
    (index.rowsBySource.get(id) ?? []).some((row) =>
      [...candidates].some((c) => new RegExp(`(?<![\\d.])0*${c.replace('.', '\\.')}(?!\\d|\\.\\d)`).test(row)),
    ),
  );
}

function lineOf(text: string, pos: number): number {
  return text.slice(0, pos).split('\n').length;
}

/** A reviewed exception: this phrase in this file is not a figure (or is sourced elsewhere). */
export interface AllowedNumberWord {
  file: string;
  text: string;
}

export interface CheckOptions {
  /** Language of the prose (numerals, scale words, number words); default English. */
  locale?: Locale;
  /** The file's name as the allow-list names it ("09-fact-check.svx"). */
  file?: string;
  allow?: readonly AllowedNumberWord[];
  /**
   * Check only what is tagged (default false: every untagged digit and number word is a
   * problem too). The classroom kit uses this: its tagged figures follow the story's rule, but
   * its prose also numbers steps, minutes and rubric points ("Part 2", "45 min", "1 to 5"),
   * which are not figures from the data.
   */
  taggedOnly?: boolean;
}

export function checkNumbers(svx: string, index: DataIndex, opts: CheckOptions = {}): NumberProblem[] {
  const locale = opts.locale ?? 'en';
  const allowed = (phrase: string) => (opts.allow ?? []).some((a) => a.file === opts.file && a.text.toLowerCase() === phrase.toLowerCase());
  const problems: NumberProblem[] = [];
  const report = (pos: number, excerpt: string, message: string) => problems.push({ line: lineOf(svx, pos), excerpt: excerpt.trim(), message });
  // Frontmatter: titles and summaries must hold no digits (the schema enforces it); skip here.
  let text = svx.replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/, blank);

  text = text.replace(/<Q\b([^>]*)>([\s\S]*?)<\/Q>/g, blank);

  text = text.replace(/<Fig\b([^>]*)>([\s\S]*?)<\/Fig>/g, (whole: string, attrs: string, inner: string, pos: number) => {
    const a = tagAttributes(attrs).attrs;
    const ids = sourceIdsOf(a.get('s'));
    // A tag without sources is reported by ./tags.ts; calc="…" excuses a derived figure.
    if (ids.length && !a.has('calc')) {
      const plain = inner.replace(/<[^>]*>/g, ' ');
      for (const m of plain.matchAll(new RegExp(`(${NUMBER.source})(?:\\s+(${scaleSource(locale)})(?![\\p{L}]))?`, 'giu'))) {
        const token = m[1] ?? '';
        if (!numberInRows(token, ids, index, m[2], locale)) report(pos, whole, `${token} is not in any data row with source ${ids.join(' or ')} (add calc="…" if derived)`);
      }
      // A spelled-out cardinal is checked like digits; fractions and multiples need only the source.
      // Scale words after digits ("50.6 mil millones") belong to the digits, checked above.
      for (const w of findNumberWords(withoutScaledDigits(plain, locale), locale)) {
        const value = w.kind === 'count' || w.kind === 'percent' ? leadingCardinal(w, locale) : undefined;
        if (value !== undefined && !numberInRows(String(value), ids, index, undefined, locale)) {
          report(pos, whole, `"${w.text}" (${value}) is not in any data row with source ${ids.join(' or ')} (add calc="…" if derived)`);
        }
      }
    }
    return blank(whole);
  });

  if (opts.taggedOnly) return problems.sort((a, b) => a.line - b.line);
  // Tag names and attributes (ids, kinds) may hold digits; they are not prose.
  text = text.replace(/<[^>]*>/g, blank);
  if (locale === 'es') {
    // The Spanish edition writes es-MX/es-US numerals; "50,6" would be read as two numbers.
    // Quotations (<Q>) stay verbatim and are not checked.
    const prose = svx.replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/, blank).replace(/<Q\b[^>]*>[\s\S]*?<\/Q>/g, blank).replace(/<[^>]*>/g, blank);
    for (const m of prose.matchAll(DECIMAL_COMMA)) {
      report(m.index, m[0], `${m[0]} uses a decimal comma or point grouping; write es-MX/es-US numerals (50.6, 1,234)`);
    }
  }
  for (const w of findNumberWords(withoutScaledDigits(text, locale), locale)) {
    if (allowed(w.text)) continue;
    const lineStart = text.lastIndexOf('\n', w.index) + 1;
    report(w.index, svx.slice(Math.max(lineStart, w.index - 30), w.index + w.text.length + 30),
      `number word "${w.text}" outside <Fig s="…"> or <Q> (a figure needs a source; a reviewed exception goes in content/story/number-words-allow.yaml)`);
  }
  for (const m of text.matchAll(NUMBER)) {
    const pos = m.index;
    const lineStart = text.lastIndexOf('\n', pos) + 1;
    const excerpt = svx.slice(Math.max(lineStart, pos - 40), pos + 40);
    report(pos, excerpt, `number ${m[0]} outside <Fig s="…"> or <Q>`);
  }
  return problems.sort((a, b) => a.line - b.line);
}

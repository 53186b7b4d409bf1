/**
 * The stance-tally options, read from the first table of handouts/stance-tally.md (columns
 * "Short name" and "Should the U.S. put more effort into…"), so the page and the handout
 * always ask the same thing. Also the tally arithmetic used by the browser script.
 */
import { slug } from '../slug';

export interface StanceOption {
  id: string;
  name: string;
  question: string;
}

export const SCALE = ['1', '2', '3', '4', '5', 'D'] as const;

export function stanceOptions(markdown: string): StanceOption[] {
  const lines = markdown.split('\n');
  const start = lines.findIndex((l) => /^\|\s*Short name\s*\|/.test(l));
  if (start < 0) throw new Error('handouts/stance-tally.md: no table with a "Short name" column');
  const rows: StanceOption[] = [];
  for (const line of lines.slice(start + 2)) {
    if (!line.startsWith('|')) break;
    const [name = '', question = ''] = line.split('|').slice(1).map((c) => c.trim());
    if (!name || !question) throw new Error(`handouts/stance-tally.md: incomplete row "${line}"`);
    rows.push({ id: slug(name), name, question });
  }
  if (rows.length === 0) throw new Error('handouts/stance-tally.md: the stance table has no rows');
  return rows;
}

/** Counts per scale point → number of answers and mean of the 1–5 answers ("D" excluded). */
export function summarize(counts: Partial<Record<string, number>>): { n: number; rated: number; mean: number | null } {
  let n = 0;
  let rated = 0;
  let sum = 0;
  for (const k of SCALE) {
    const c = Math.max(0, Math.floor(counts[k] ?? 0));
    n += c;
    if (k !== 'D') { rated += c; sum += c * Number(k); }
  }
  return { n, rated, mean: rated ? sum / rated : null };
}

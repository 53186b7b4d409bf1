/**
 * How close a reader's drawn line came to the real one, in one honest sentence: the average
 * miss in percent of the real count over the years they drew, and their closest and furthest
 * year. Pure (the island does the I/O); percentages are rounded to whole numbers and a miss
 * under 1% says "within 1%", never "exactly".
 */
import { fill } from '../lib/i18n/fill';
import type { InteractiveWords } from '../lib/i18n/schema';

export interface DrawnYear {
  year: number;
  guess: number;
  actual: number;
}

export interface Score {
  years: number;
  /** Mean absolute miss, in percent of the real counts. */
  meanPct: number;
  closest: DrawnYear & { pct: number };
  furthest: DrawnYear & { pct: number };
}

/** Signed miss in percent of the real count (positive: the guess was too high). */
export const missPct = (d: DrawnYear): number => ((d.guess - d.actual) / d.actual) * 100;

export function score(drawn: readonly DrawnYear[]): Score | null {
  const usable = drawn.filter((d) => Number.isFinite(d.guess) && Number.isFinite(d.actual) && d.actual > 0);
  if (!usable.length) return null;
  const withPct = usable.map((d) => ({ ...d, pct: missPct(d) }));
  const byMiss = [...withPct].sort((a, b) => Math.abs(a.pct) - Math.abs(b.pct) || a.year - b.year);
  return {
    years: usable.length,
    meanPct: withPct.reduce((n, d) => n + Math.abs(d.pct), 0) / usable.length,
    closest: byMiss[0]!,
    furthest: byMiss.at(-1)!,
  };
}

export type ScoreWords = InteractiveWords['predict']['score'];

/** "within 1%" or "12% too high" (whole percent). */
export function missWords(pct: number, w: ScoreWords): string {
  if (Math.abs(pct) < 1) return w.within;
  return fill(pct > 0 ? w.missHigh : w.missLow, { pct: Math.round(Math.abs(pct)) });
}

/** The one sentence under the revealed line, in the words of content/ui/<locale>.yaml. */
export function verdict(drawn: readonly DrawnYear[], w: ScoreWords, intl: string): string {
  const fmt = new Intl.NumberFormat(intl);
  const s = score(drawn);
  if (!s) return w.none;
  if (s.years === 1) {
    const d = s.closest;
    return fill(w.single, { year: d.year, guess: fmt.format(d.guess), actual: fmt.format(d.actual), miss: missWords(d.pct, w) });
  }
  const span = `${Math.min(...drawn.map((d) => d.year))}–${Math.max(...drawn.map((d) => d.year))}`;
  const across = s.years === drawn.length ? fill(w.acrossSpan, { span }) : fill(w.acrossDrawn, { n: s.years });
  const average = s.meanPct < 1 ? w.averageWithin : fill(w.averageOff, { pct: Math.round(s.meanPct) });
  return fill(w.several, {
    average, across,
    closest: s.closest.year, closestMiss: missWords(s.closest.pct, w),
    furthest: s.furthest.year, furthestMiss: missWords(s.furthest.pct, w),
  });
}

/**
 * How close a reader's drawn line came to the real one, in one honest sentence: the average
 * miss in percent of the real count over the years they drew, and their closest and furthest
 * year. Pure (the island does the I/O); percentages are rounded to whole numbers and a miss
 * under 1% says "within 1%", never "exactly".
 */
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

/** Reader-facing words (to move into content/ui/en.yaml). */
export const SCORE_WORDS = {
  none: 'You did not draw any year, so there is nothing to compare: here is the real line.',
  miss: (pct: number) => (Math.abs(pct) < 1 ? 'within 1%' : `${Math.round(Math.abs(pct))}% too ${pct > 0 ? 'high' : 'low'}`),
  average: (pct: number) => (pct < 1 ? 'within 1%' : `${Math.round(pct)}%`),
};

const fmt = new Intl.NumberFormat('en-US');

/** The one sentence under the revealed line. */
export function verdict(drawn: readonly DrawnYear[]): string {
  const s = score(drawn);
  if (!s) return SCORE_WORDS.none;
  if (s.years === 1) {
    const d = s.closest;
    return `For ${d.year} you drew ${fmt.format(d.guess)} deaths; the final count was ${fmt.format(d.actual)}, so you were ${SCORE_WORDS.miss(d.pct)}.`;
  }
  const span = `${Math.min(...drawn.map((d) => d.year))}–${Math.max(...drawn.map((d) => d.year))}`;
  const yearsWord = s.years === drawn.length ? `across ${span}` : `across the ${s.years} years you drew`;
  const average = s.meanPct < 1 ? 'within 1% of the final counts on average' : `off by ${SCORE_WORDS.average(s.meanPct)} on average`;
  return `Your line was ${average} ${yearsWord}: closest in ${s.closest.year} (${SCORE_WORDS.miss(s.closest.pct)}), furthest in ${s.furthest.year} (${SCORE_WORDS.miss(s.furthest.pct)}).`;
}

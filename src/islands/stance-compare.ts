/**
 * The stance check's result: a reader's answer set beside the representative national polls
 * for the same option (content/story/stance-check.yaml, whose figures are rows of
 * content/data/public_opinion.csv — tests/build/story.test.ts checks that). Pure and honest:
 * a poll's `value` is the share giving the supportive answer, so "under half supported" never
 * becomes "most opposed" (the rest may be unsure), and polls on both sides of half are "split".
 */
import { fill } from '../lib/i18n/fill';
import type { InteractiveWords } from '../lib/i18n/schema';

export type Lean = 'support' | 'oppose' | 'neutral' | 'undecided' | 'none';
export type Picture = 'majority' | 'minority' | 'split';
export type Match = 'same' | 'other' | 'split' | 'undecided' | 'none';

export function leanOf(answer: string | undefined): Lean {
  if (answer === undefined) return 'none';
  if (/(^|-)support$/.test(answer)) return 'support';
  if (/(^|-)oppose$/.test(answer)) return 'oppose';
  if (answer === 'neutral') return 'neutral';
  return 'undecided';
}

/** Majority support in every poll, half or less in every poll, or some of each. */
export function pictureOf(values: readonly number[]): Picture | null {
  if (!values.length) return null;
  if (values.every((v) => v > 50)) return 'majority';
  if (values.every((v) => v <= 50)) return 'minority';
  return 'split';
}

export function matchOf(lean: Lean, picture: Picture): Match {
  if (lean === 'none') return 'none';
  if (lean === 'neutral' || lean === 'undecided') return 'undecided';
  if (picture === 'split') return 'split';
  return (lean === 'support') === (picture === 'majority') ? 'same' : 'other';
}

export type CompareWords = InteractiveWords['stanceCheck']['compare'];

/** The words of the result, in content/ui/<locale>.yaml's `interactives.stanceCheck.compare`. */
export function compareWords(w: CompareWords) {
  return {
    range: (values: readonly number[]) => {
      const lo = Math.min(...values);
      const hi = Math.max(...values);
      return lo === hi ? fill(w.value, { value: lo }) : fill(w.range, { low: lo, high: hi });
    },
    picture: (p: Picture, range: string, values: readonly number[]) => {
      const every = values.length === 1 ? w.inOne : fill(w.inAll, { n: values.length });
      if (p === 'majority') return fill(w.majority, { every, range });
      if (p === 'minority') return fill(values.includes(50) ? w.minorityHalf : w.minority, { every, range });
      return fill(w.split, { range });
    },
    match: { same: w.sameWay, other: w.otherWay, split: w.splitMatch, undecided: w.undecided, none: w.none } satisfies Record<Match, string>,
    summary: (rated: number, total: number, withPolls: number, sided: number, same: number, other: number, split: number) => {
      if (rated === 0) return fill(w.nothing, { total });
      const head = fill(w.head, { rated, total });
      if (withPolls === 0) return fill(w.noPolls, { head });
      if (sided === 0) return fill(w.noSide, { head });
      const tail = split ? fill(w.splitTail, { split }) : '';
      return fill(w.summary, { head, sided, same, other, tail });
    },
  };
}

export interface OptionResult {
  lean: Lean;
  picture: Picture | null;
  match: Match | null;
}

export function compareOption(answer: string | undefined, values: readonly number[]): OptionResult {
  const lean = leanOf(answer);
  const picture = pictureOf(values);
  return { lean, picture, match: picture ? matchOf(lean, picture) : null };
}

/** Counts for the summary line (same/other/split: options with polls where the reader took a side). */
export function tally(results: readonly OptionResult[]) {
  const count = (m: Match) => results.filter((r) => r.match === m).length;
  const same = count('same');
  const other = count('other');
  const split = results.filter((r) => r.match === 'split').length;
  const rated = results.filter((r) => r.lean !== 'none');
  return { rated: rated.length, withPolls: rated.filter((r) => r.picture).length, sided: same + other + split, same, other, split };
}

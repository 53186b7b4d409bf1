/**
 * The stance check's result: a reader's answer set beside the representative national polls
 * for the same option (content/story/stance-check.yaml, whose figures are rows of
 * content/data/public_opinion.csv — tests/build/story.test.ts checks that). Pure and honest:
 * a poll's `value` is the share giving the supportive answer, so "under half supported" never
 * becomes "most opposed" (the rest may be unsure), and polls on both sides of half are "split".
 */
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

/** Reader-facing words (to move into content/ui/en.yaml). */
export const COMPARE_WORDS = {
  range: (values: readonly number[]) => {
    const lo = Math.min(...values);
    const hi = Math.max(...values);
    return lo === hi ? `${lo}%` : `${lo}% to ${hi}%`;
  },
  picture: (p: Picture, range: string, n: number) => {
    const every = n === 1 ? 'in the one poll we have' : `in all ${n} polls we have`;
    if (p === 'majority') return `Most respondents supported this ${every} (${range}).`;
    if (p === 'minority') return `${range.includes('50%') ? 'Half or fewer' : 'Fewer than half'} said they supported this ${every} (${range}); the rest opposed it or were unsure.`;
    return `The polls disagree (${range} support), depending on the wording and who was asked.`;
  },
  match: {
    same: 'Your answer points the same way.',
    other: 'Your answer points the other way.',
    split: 'So there is no single public view to compare yours with.',
    undecided: 'You have not taken a side, so there is nothing to line up.',
    none: 'You have not answered this one yet.',
  } satisfies Record<Match, string>,
  summary: (rated: number, total: number, withPolls: number, sided: number, same: number, other: number, split: number) => {
    if (rated === 0) return `You have not answered any of the ${total} statements yet. Answer any of them to see it beside the national polls.`;
    const head = `You answered ${rated} of ${total}.`;
    if (withPolls === 0) return `${head} None of those has a representative national poll we could find.`;
    if (sided === 0) return `${head} On the ones national polls asked about, you have not taken a side yet.`;
    const tail = split ? `; on ${split} the polls split by wording` : '';
    return `${head} Of the ${sided} that national polls asked about and you took a side on, your answers pointed the same way as the polls on ${same} and the other way on ${other}${tail}.`;
  },
};

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

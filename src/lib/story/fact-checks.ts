/**
 * Helpers for the structured fact-check (content/story/fact-checks.yaml): the date as readers see
 * it, whether a claim's words really are in its source, and the schema.org ClaimReview the story
 * page publishes for each check (components/story/FactCheckLd.astro).
 */
import { VERDICTS, type FactChecks, type Verdict } from './schema';
import type { SourceRecord } from '../charts/types';
import { claimReviewLd } from '../structured-data';
import { formatPartialDate } from '../format';

/** "2023-02-21" → "February 21, 2023"; "2023-05" → "May 2023"; "2022" → "2022" (the site's one date format). */
export const formatClaimDate = formatPartialDate;

const normalise = (s: string) => s.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * Are the claim's words in `texts` (quotes.csv rows and the source's excerpt)? Each part between
 * "..." must appear, in order, in one of the texts.
 */
export function claimWordsFound(claim: string, texts: readonly string[]): boolean {
  const parts = claim.split(/\s*(?:\.\.\.|…)\s*/).map(normalise).filter(Boolean);
  return texts.map(normalise).some((t) => {
    let from = 0;
    for (const p of parts) {
      const at = t.indexOf(p, from);
      if (at < 0) return false;
      from = at + p.length;
    }
    return parts.length > 0;
  });
}

/**
 * Verdicts with a place on an ordered scale, best first. "Cannot be verified" has none: it is
 * not a finding that the claim is false, so it carries its label only and no number that would
 * rank it below "not supported".
 */
const RANKED: readonly Verdict[] = VERDICTS.filter((v) => v !== 'cannot-be-verified');

/**
 * The schema.org ClaimReview for each check (lib/structured-data.ts), for the story page's
 * head: the claim in the claimant's words, who made it and when, where it appeared (the claim
 * source, when it has an address), the verdict on the site's one scale, and the date the check
 * was last reviewed. `sources` is sources.csv by id.
 */
/** `page`: the site path of the page holding the items (the fact-check chapter). */
export function factCheckLd(factChecks: FactChecks, sources: ReadonlyMap<string, SourceRecord>, site: URL | undefined, page = '/story/fact-check/') {
  return factChecks.checks.map((check) => {
    const label = factChecks.scale.find((v) => v.id === check.verdict)?.label ?? check.verdict;
    const rank = RANKED.indexOf(check.verdict);
    const source = sources.get(check.claim_source);
    return claimReviewLd({
      claim: check.claim,
      claimant: check.claimant,
      claimantType: check.claimant_type === 'person' ? 'Person' : 'Organization',
      claimantRole: check.claimant_role,
      claimDate: check.date,
      ...(source?.url ? { appearance: { url: source.url, ...(source.published ? { datePublished: source.published } : {}) } } : {}),
      verdict: label,
      ...(rank >= 0 ? { rating: { value: RANKED.length - rank, best: RANKED.length, worst: 1 } } : {}),
      path: `${page}#fact-check-${check.id}`,
      datePublished: check.reviewed,
    }, site);
  });
}

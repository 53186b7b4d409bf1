/**
 * Helpers for the structured fact-check (content/story/fact-checks.yaml): the date as readers see
 * it, whether a claim's words really are in its source, and the schema.org ClaimReview a page
 * can publish for each check (not emitted yet: the page has no JSON-LD slot; see issue 11).
 */
import type { FactCheck, FactChecks } from './schema';
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

/** schema.org ClaimReview for one check; `url` is the absolute address of the check on the page. */
export function claimReview(check: FactCheck, scale: FactChecks['scale'], url: string, publisher: string) {
  const position = scale.findIndex((v) => v.id === check.verdict);
  return {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    url,
    claimReviewed: check.claim,
    author: { '@type': 'Organization', name: publisher },
    itemReviewed: {
      '@type': 'Claim',
      author: { '@type': 'Person', name: check.claimant, jobTitle: check.claimant_role },
      datePublished: check.date,
    },
    reviewRating: {
      '@type': 'Rating',
      // Best = accurate (position 0), worst = cannot be verified (the scale's last step).
      ratingValue: scale.length - position,
      bestRating: scale.length,
      worstRating: 1,
      alternateName: scale[position]?.label ?? check.verdict,
    },
  };
}

import { describe, expect, test } from 'vitest';
import { claimReview, claimWordsFound, formatClaimDate } from './fact-checks';
import type { FactChecks } from './schema';

describe('fact-check helpers', () => {
  test('dates read as the source gives them', () => {
    expect(formatClaimDate('2023-02-21')).toBe('February 21, 2023');
    expect(formatClaimDate('2023-05')).toBe('May 2023');
    expect(formatClaimDate('2022')).toBe('2022');
  });

  test('claim words are found part by part, in order, across an ellipsis', () => {
    const src = ['The program has provided treatment services and enabled states to reverse approximately 500,000 overdoses with nearly 9 million naloxone kits'];
    expect(claimWordsFound('enabled states to reverse approximately 500,000 overdoses with nearly 9 million ... kits', src)).toBe(true);
    expect(claimWordsFound('enabled states to reverse 600,000 overdoses', src)).toBe(false);
    expect(claimWordsFound('kits ... enabled states', src)).toBe(false);
  });

  test('a ClaimReview carries the claimant, date, words and the verdict on the published scale', () => {
    const scale: FactChecks['scale'] = [
      { id: 'accurate', label: 'Accurate', meaning: 'a' }, { id: 'needs-context', label: 'Needs context', meaning: 'b' },
      { id: 'misleading', label: 'Misleading', meaning: 'c' }, { id: 'not-supported', label: 'Not supported', meaning: 'd' },
      { id: 'cannot-be-verified', label: 'Cannot be verified', meaning: 'e' },
    ];
    const review = claimReview({
      id: 'x', side: 'demand', claimant: 'A Person', claimant_role: 'Role', date: '2023-07', claim: 'Words.', wording: 'verbatim',
      claim_source: 's', verdict: 'needs-context', verdict_summary: 'Sum', cannot_show: 'Gap', source_ids: ['s'],
    }, scale, 'https://example.org/#fact-check-x', 'Explainer');
    expect(review['@type']).toBe('ClaimReview');
    expect(review.claimReviewed).toBe('Words.');
    expect(review.itemReviewed.author.name).toBe('A Person');
    expect(review.reviewRating).toMatchObject({ ratingValue: 4, bestRating: 5, worstRating: 1, alternateName: 'Needs context' });
  });
});

import { describe, expect, test } from 'vitest';
import { claimWordsFound, factCheckLd, formatClaimDate } from './fact-checks';
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
    const base = {
      side: 'demand', claimant: 'A Person', claimant_type: 'person', claimant_role: 'Role', date: '2023-07', claim: 'Words.', wording: 'verbatim',
      claim_source: 's', verdict_summary: 'Sum', cannot_show: 'Gap', source_ids: ['s'] as string[], reviewed: '2026-12-02',
    } as const;
    const sources = new Map([['s', { source_id: 's', publisher: 'P', title: 'T', url: 'https://p.example/a', published: '2023-07-10', excerpt: 'Words.' }]]);
    const [review, unverifiable] = factCheckLd({
      scale,
      checks: [{ ...base, id: 'x', verdict: 'needs-context' }, { ...base, id: 'y', verdict: 'cannot-be-verified', claimant_type: 'organization', claim_source: 'none' }],
    }, sources, new URL('https://x.example/'));
    expect(review).toMatchObject({
      '@type': 'ClaimReview',
      claimReviewed: 'Words.',
      url: 'https://x.example/story/fact-check/#fact-check-x',
      datePublished: '2026-12-02',
      itemReviewed: {
        '@type': 'Claim', datePublished: '2023-07',
        author: { '@type': 'Person', name: 'A Person', description: 'Role' },
        appearance: { url: 'https://p.example/a', datePublished: '2023-07-10' },
      },
      // Four ranked verdicts: accurate 4 … not supported 1.
      reviewRating: { ratingValue: 3, bestRating: 4, worstRating: 1, alternateName: 'Needs context' },
    });
    // "Cannot be verified" is not a finding of falsehood: its label, no rank below "not supported".
    expect(unverifiable?.reviewRating).toEqual({ '@type': 'Rating', alternateName: 'Cannot be verified' });
    expect(unverifiable?.itemReviewed).toMatchObject({ author: { '@type': 'Organization', name: 'A Person' } });
    expect(unverifiable?.itemReviewed).not.toHaveProperty('appearance');
  });
});

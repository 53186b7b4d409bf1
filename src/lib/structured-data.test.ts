import { describe, expect, test } from 'vitest';
import { articleLd, claimReviewLd, datasetLd, ldJson, temporalCoverage } from './structured-data';
import type { ChartBundle } from './charts/build';

const site = new URL('https://x.example');
const source = { source_id: 's', publisher: 'CDC', title: 'Data Brief 522', url: 'https://www.cdc.gov/nchs/', published: '2024-12-19', excerpt: '' };
const bundle = {
  id: 'deaths',
  spec: { title: 'Deaths', summary: 'They fell.' },
  table: {
    columns: [{ field: 'year', label: 'Year', numeric: false, plain: true }, { field: 'value', label: 'Deaths', numeric: true, plain: false }],
    rows: [{ year: '1999', value: 1 }, { year: '2024', value: 2 }, { year: '2025 (12 mo)', value: 3 }],
  },
  sources: [source],
  dataAsOf: '2024-12-19',
} as unknown as ChartBundle;

describe('Dataset', () => {
  const ld = datasetLd(bundle, site);
  test('names, describes and links the chart, with its CSV and JSON as distributions', () => {
    expect(ld).toMatchObject({ '@type': 'Dataset', name: 'Deaths', description: 'They fell.', url: 'https://x.example/charts/deaths/', isAccessibleForFree: true });
    expect(ld['distribution']).toEqual([
      { '@type': 'DataDownload', encodingFormat: 'text/csv', contentUrl: 'https://x.example/data/deaths.csv' },
      { '@type': 'DataDownload', encodingFormat: 'application/json', contentUrl: 'https://x.example/data/deaths.json' },
    ]);
    expect(ld['creator']).toMatchObject({ '@type': 'Organization', name: 'Fentanyl Policy Explainer' });
    expect(ld['license']).toMatch(/creativecommons\.org\/licenses\/by\/4\.0/);
    expect(ld['isBasedOn']).toEqual([expect.objectContaining({ name: 'Data Brief 522', publisher: { '@type': 'Organization', name: 'CDC' } })]);
  });
  test('temporal coverage from the time columns, as an ISO interval', () => {
    expect(ld['temporalCoverage']).toBe('1999/2025');
    expect(temporalCoverage({ table: { columns: [{ field: 'n', label: 'n', numeric: true, plain: false }], rows: [{ n: 2020 }] } })).toBeNull();
  });
});

test('Article for the story', () => {
  const ld = articleLd({ headline: 'H', description: 'D', path: '/', sources: [source] }, site);
  expect(ld).toMatchObject({ '@type': 'Article', headline: 'H', url: 'https://x.example/', inLanguage: 'en' });
  expect(ld['citation']).toHaveLength(1);
  expect(ld).not.toHaveProperty('datePublished');
});

test('ClaimReview: the claim, who made it, the verdict in words, the item URL', () => {
  const ld = claimReviewLd({ claim: 'Fentanyl comes over the border in migrants’ bags', claimant: 'A. Senator', verdict: 'Misleading', path: '/#fact-check-1', rating: { value: 2, best: 5, worst: 1 } }, site);
  expect(ld).toMatchObject({
    '@type': 'ClaimReview',
    claimReviewed: 'Fentanyl comes over the border in migrants’ bags',
    url: 'https://x.example/#fact-check-1',
    itemReviewed: { '@type': 'Claim', author: { name: 'A. Senator' } },
    reviewRating: { '@type': 'Rating', alternateName: 'Misleading', ratingValue: 2, bestRating: 5, worstRating: 1 },
  });
});

test('the JSON cannot close its script element', () => {
  expect(ldJson({ name: '</script><script>alert(1)</script>' })).not.toContain('</script');
  expect(JSON.parse(ldJson({ name: '</script>' }))).toEqual({ name: '</script>' });
});

/**
 * JSON-LD (schema.org) per page type, built from the same data as the page: `Dataset` for each
 * chart page, `Article` for the story, `ClaimReview` for a fact-check item (ready for the
 * fact-check rewrite, not yet on a page). Google's required and recommended fields are filled
 * from the spec; nothing is invented (no date we do not have).
 */
import type { ChartBundle } from './charts/build';
import type { SourceRecord } from './charts/types';
import { absolute, chartUrls } from './paths';
import { SITE } from './site';

type Thing = Record<string, unknown>;

/** Words of the structured data (moved to the language dictionary with the other UI strings). */
export const LD_WORDS = {
  license: 'https://creativecommons.org/licenses/by/4.0/',
  csv: 'text/csv',
  json: 'application/json',
} as const;

function organization(site: URL | undefined): Thing {
  return { '@type': 'Organization', name: SITE.name, url: absolute('/', site) };
}

function sourceWork(s: SourceRecord): Thing {
  return {
    '@type': 'CreativeWork',
    name: s.title,
    publisher: { '@type': 'Organization', name: s.publisher },
    ...(s.url ? { url: s.url } : {}),
    ...(s.published ? { datePublished: s.published } : {}),
  };
}

/** Fields whose values say when the figures are from (years, fiscal years, dates, periods). */
const TIME_FIELD = /year|date|period/i;

/**
 * The years a chart's rows cover, as an ISO 8601 interval ("1999/2024") or one year ("2024"),
 * read from the table's time columns ("FY2024" counts as 2024, the year it ends); null when
 * the table has none.
 */
export function temporalCoverage(bundle: Pick<ChartBundle, 'table'>): string | null {
  const fields = bundle.table.columns.filter((c) => TIME_FIELD.test(c.field)).map((c) => c.field);
  const years = bundle.table.rows.flatMap((r) => fields.flatMap((f) => [...String(r[f] ?? '').matchAll(/(?<!\d)(19|20)\d{2}(?!\d)/g)].map((m) => Number(m[0]))));
  if (years.length === 0) return null;
  const [first, last] = [Math.min(...years), Math.max(...years)];
  return first === last ? String(first) : `${first}/${last}`;
}

export function datasetLd(bundle: ChartBundle, site: URL | undefined): Thing {
  const urls = chartUrls(bundle.id);
  const coverage = temporalCoverage(bundle);
  return {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    name: bundle.spec.title,
    description: bundle.spec.summary,
    url: absolute(urls.page, site),
    identifier: absolute(urls.page, site),
    creator: organization(site),
    publisher: organization(site),
    license: LD_WORDS.license,
    isAccessibleForFree: true,
    ...(coverage ? { temporalCoverage: coverage } : {}),
    ...(bundle.dataAsOf ? { dateModified: bundle.dataAsOf } : {}),
    variableMeasured: bundle.table.columns.filter((c) => c.numeric && !c.plain).map((c) => c.label),
    isBasedOn: bundle.sources.map(sourceWork),
    image: absolute(urls.png, site),
    distribution: [
      { '@type': 'DataDownload', encodingFormat: LD_WORDS.csv, contentUrl: absolute(urls.csv, site) },
      { '@type': 'DataDownload', encodingFormat: LD_WORDS.json, contentUrl: absolute(urls.json, site) },
    ],
  };
}

export interface ArticleInput {
  headline: string;
  description: string;
  /** Site path of the page. */
  path: string;
  /** Site path of a 1200 × 630 image (a chart's PNG). */
  image?: string;
  /** Sources the article cites. */
  sources: readonly SourceRecord[];
  /** ISO date of the latest change, when known. */
  dateModified?: string;
}

export function articleLd({ headline, description, path, image, sources, dateModified }: ArticleInput, site: URL | undefined): Thing {
  return {
    '@context': 'https://schema.org',
    '@type': 'Article',
    headline,
    description,
    url: absolute(path, site),
    mainEntityOfPage: absolute(path, site),
    inLanguage: SITE.lang,
    author: organization(site),
    publisher: organization(site),
    license: LD_WORDS.license,
    isAccessibleForFree: true,
    ...(image ? { image: absolute(image, site) } : {}),
    ...(dateModified ? { dateModified } : {}),
    citation: sources.map(sourceWork),
  };
}

export interface ClaimReviewInput {
  /** The claim, as made (short). */
  claim: string;
  /** Who made it (a person or organisation, named, not a party). */
  claimant: string;
  /** Where and when it was made, when known. */
  appearance?: { url: string; datePublished?: string };
  /** The verdict in words ("Misleading"), from the site's one verdict scale. */
  verdict: string;
  /** Optional position on a numeric scale (worst 1 … best N). */
  rating?: { value: number; best: number; worst: number };
  /** Site path of the fact-check item, with its fragment ("/#fact-check-pills"). */
  path: string;
  /** ISO date the review was published or last changed, when known. */
  datePublished?: string;
}

export function claimReviewLd(input: ClaimReviewInput, site: URL | undefined): Thing {
  const { claim, claimant, appearance, verdict, rating, path, datePublished } = input;
  return {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    claimReviewed: claim,
    url: absolute(path, site),
    author: organization(site),
    ...(datePublished ? { datePublished } : {}),
    itemReviewed: {
      '@type': 'Claim',
      author: { '@type': 'Thing', name: claimant },
      ...(appearance ? { appearance: { '@type': 'CreativeWork', url: appearance.url, ...(appearance.datePublished ? { datePublished: appearance.datePublished } : {}) } } : {}),
    },
    reviewRating: {
      '@type': 'Rating',
      alternateName: verdict,
      ...(rating ? { ratingValue: rating.value, bestRating: rating.best, worstRating: rating.worst } : {}),
    },
  };
}

/** JSON for a `<script type="application/ld+json">`: `<` escaped so no text can close the element. */
export function ldJson(data: Thing): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}

/** Phrase lists shared by the content-wording unit test and the dist/ reader-text test. */

/** Phrases whose meaning depends on the day they are read. */
export const STALE_PHRASES = [
  'last year', 'this year', 'next year', 'last month', 'this month', 'next month',
  'so far', 'to date', 'not a full year', 'not yet a full year', 'as of now', 'at the moment',
  'recently', 'in recent years', 'in recent months', 'most recent figures', 'latest figures',
  'remains far below', "today's rates", 'has moved from proposal',
];

/** Internal research words that belong in CSV notes, never in reader-facing text. */
export const INTERNAL_PHRASES = ['stored copy', 'stored text', 'stored source', 'seed article', 'start date inferred', 'low-confidence mirror', 'source_id ', 'Source id'];

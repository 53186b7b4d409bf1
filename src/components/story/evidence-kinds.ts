/**
 * The evidence labels a <Claim> carries, with the one-sentence meaning a reader sees in the key
 * near the top of the story and in the popover on each label. Reader-facing words: kept here
 * together so they can move into the language dictionary (content/ui/en.yaml) as they are.
 */
export const EVIDENCE_KINDS = {
  'official-count': {
    label: 'official count',
    meaning: 'A number an agency counted and published: deaths, seizures, budgets, sales, program counts. Provisional counts are labeled as such.',
  },
  record: {
    label: 'record/statement',
    meaning: 'A documented event or an on-the-record statement: an order, law, designation, approval, meeting, strike, announcement or testimony. It shows that something happened or was said, not that it worked.',
  },
  'news-report': {
    label: 'news report',
    meaning: "A fact reported by journalists that we have not checked against an official record; the outlet is named.",
  },
  'randomized-trial': {
    label: 'randomized trial',
    meaning: 'A study that assigned people to a program or not by chance, or a review that pools such trials: the strongest test of cause and effect.',
  },
  'cohort-study': {
    label: 'observational study',
    meaning: 'A study that compares people, places or times without assigning them (cohort, time series, before/after, difference-in-differences). It shows association; people who chose a program may differ from those who did not.',
  },
  model: {
    label: 'model',
    meaning: 'An estimate computed from assumptions and data (an economic or statistical model), not an observed count.',
  },
  estimate: {
    label: 'estimate',
    meaning: 'A survey result, poll, expert convention or official estimate with no full count behind it; it carries a margin of error.',
  },
  opinion: {
    label: 'opinion',
    meaning: 'A view, prediction or argument, attributed to the person who holds it. We check the facts it rests on, not the view.',
  },
} as const;

export type EvidenceKind = keyof typeof EVIDENCE_KINDS;

/** The popover that explains a label (rendered once per kind per page by <EvidencePopovers>). */
export const evidencePopoverId = (kind: EvidenceKind): string => `evidence-key-${kind}`;

export const EVIDENCE_KEY_STRINGS = {
  title: 'What the evidence labels mean',
  intro: 'A label after a claim says what kind of evidence is behind it. Select a label in the text to see its meaning.',
  popoverLink: 'All labels',
  hiddenPrefix: ' (evidence: ',
  hiddenSuffix: ')',
} as const;

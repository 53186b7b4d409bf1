/**
 * Schemas for the story's words (content/story/): section and fallback frontmatter, the
 * glossary, the two readings and the stance check. Bad files fail the build.
 */
import { z } from 'astro/zod';
import { strictObject } from '../data/strict';
import { findNumberWords } from '../prose/number-words';

const text = z.string().trim().min(1);
const kebab = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'expected a kebab-case id');
const noDigits = text.refine((s) => !/\d/.test(s) && findNumberWords(s).length === 0, 'must contain no digits or number words (figures belong in tagged prose)');

export const INTERACTIVE_IDS = ['predict-overdose', 'what-would-it-take', 'two-readings', 'stance-check'] as const;

/** A <ChartSlot> or <Interactive> found in a section's source. */
export const slotRefSchema = strictObject({
  kind: z.enum(['chart', 'interactive']),
  id: kebab,
  view: kebab.optional(),
});
export type SlotRef = z.infer<typeof slotRefSchema>;

export const sectionSchema = strictObject({
  title: noDigits,
  id: kebab,
  summary: noDigits,
  /** Which side's case the section makes, for the balance report (lib/story/balance.ts). */
  side: z.enum(['supply', 'demand']).optional(),
  /** File name, e.g. `01-the-stakes.svx` (sets the order). */
  file: text,
  slots: z.array(slotRefSchema),
  /** Words in the prose (tags removed), for the reading time. */
  words: z.number().int().nonnegative(),
  /** Every source id the section's tags cite, in order of first use. */
  sources: z.array(text),
  /** Breaches of the number rule (lib/story/number-check.ts); the page fails the build on any. */
  numberProblems: z.array(z.string()),
  /** Boxes that bring their own sources (<FactCheck>, <Unmeasured>), so the page can list them. */
  uses: z.array(z.enum(['FactCheck', 'Unmeasured'])),
});
export type StorySectionData = z.infer<typeof sectionSchema>;

/**
 * The front page's 5-minute version (content/story/front/*.svx): the headline, the one-line
 * stakes and the publication date in the frontmatter, the short path in the body.
 */
export const frontSchema = strictObject({
  id: kebab,
  /** The headline (h1): the question. */
  title: noDigits,
  /** One line on what is at stake, under the headline. */
  dek: noDigits,
  /** Publication date, YYYY-MM-DD. */
  published: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD'),
  file: text,
  slots: z.array(slotRefSchema),
  words: z.number().int().nonnegative(),
  sources: z.array(text),
  numberProblems: z.array(z.string()),
});
export type StoryFrontData = z.infer<typeof frontSchema>;

export const fallbackSchema = strictObject({
  id: kebab,
  for: z.enum(INTERACTIVE_IDS),
  summary: text,
  file: text,
  sources: z.array(text),
  numberProblems: z.array(z.string()),
});
export type StoryFallbackData = z.infer<typeof fallbackSchema>;

export const glossarySchema = strictObject({
  id: kebab,
  term: text,
  definition: text,
  source_id: text.optional(),
});

const annotationSchema = strictObject({ year: z.number().int(), text, source_id: text });
export const twoReadingsSchema = strictObject({
  chart: kebab,
  caveat: text,
  readings: z.array(strictObject({ id: z.enum(['supply', 'demand']), label: text, summary: text, annotations: z.array(annotationSchema).min(1) })).length(2),
});
export type TwoReadings = z.infer<typeof twoReadingsSchema>;

const pollSchema = strictObject({
  pollster: text,
  sponsor: text.nullish(),
  dates: z.union([text, z.number()]).transform(String),
  population: text,
  sample_size: z.union([z.number(), text]).nullish(),
  mode: text.nullish(),
  question: text,
  wording_status: z.enum(['verbatim', 'paraphrase']),
  response: text,
  value: z.number().min(0).max(100),
  confidence: z.enum(['high', 'medium', 'low']),
  source_id: text,
  note: text.nullish(),
});
export type Poll = z.infer<typeof pollSchema>;

export const stanceCheckSchema = strictObject({
  scale: strictObject({
    min_label: text,
    max_label: text,
    points: z.array(kebab).length(7),
    extra_answers: z.array(strictObject({ id: kebab, label: text, help: text })).min(1),
  }),
  storage_note: text,
  options: z.array(strictObject({
    id: kebab,
    side: z.enum(['supply', 'demand']),
    label: text,
    description: text,
    source_ids: z.array(text),
    wording_warning: text.optional(),
    polls: z.array(pollSchema),
    no_poll_note: text.optional(),
  }).refine((o) => o.polls.length > 0 || !!o.no_poll_note, 'an option without polls needs no_poll_note')).min(1),
});
export type StanceCheck = z.infer<typeof stanceCheckSchema>;

/** content/story/number-words-allow.yaml: number words the number check lets through, and why. */
export const numberWordsAllowSchema = z.array(strictObject({
  file: text,
  text,
  status: z.enum(['reviewed', 'to-source']),
  reason: text,
}));
/**
 * The fact-check (content/story/fact-checks.yaml): one published verdict scale, and each checked
 * claim with its claimant, date and words, structured so a ClaimReview can be generated from it
 * (lib/story/fact-checks.ts). The evidence for each verdict is prose in 09-fact-check.svx, inside
 * <FactCheck id="…">, where the number check applies.
 */
export const VERDICTS = ['accurate', 'needs-context', 'misleading', 'not-supported', 'cannot-be-verified'] as const;
export type Verdict = (typeof VERDICTS)[number];
const isoDate = z.union([z.string(), z.date()])
  .transform((d) => (d instanceof Date ? d.toISOString().slice(0, 10) : d.trim()))
  .refine((d) => /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/.test(d), 'expected a date like 2023, 2023-02 or 2023-02-21');
export const factCheckSchema = strictObject({
  id: kebab,
  /** Whose talking point it is; `neither` for a statistic both sides quote. */
  side: z.enum(['supply', 'demand', 'neither']),
  claimant: text,
  /** A named person, or an organisation (an agency, a campaign, a newsroom): schema.org's Person or Organization. */
  claimant_type: z.enum(['person', 'organization']),
  claimant_role: text,
  /** When the claim was made, as precisely as the source gives it. */
  date: isoDate,
  /** How the date is known, when it is not the claim source's own date. */
  date_note: text.optional(),
  /** The claim in the claimant's words (verbatim from quotes.csv or the source's excerpt; "..." marks a cut). */
  claim: text,
  /** `description`: the words are a reporter's description of a claim (no named speaker's words exist in our sources). */
  wording: z.enum(['verbatim', 'description']),
  claim_source: text,
  verdict: z.enum(VERDICTS),
  /** One line under the verdict; no figures (those go in the tagged prose). */
  verdict_summary: noDigits,
  /** What the data cannot show, however the verdict falls; no figures. */
  cannot_show: noDigits,
  /** Sources of the evidence (the prose cites them figure by figure too). */
  source_ids: z.array(text).min(1),
  /** The day this check was last reviewed against its sources (the ClaimReview's datePublished). */
  reviewed: isoDate.refine((d) => /^\d{4}-\d{2}-\d{2}$/.test(d), 'reviewed: a full date, YYYY-MM-DD'),
});
export type FactCheck = z.infer<typeof factCheckSchema>;
export const factChecksSchema = strictObject({
  scale: z.array(strictObject({ id: z.enum(VERDICTS), label: text, meaning: noDigits })).length(VERDICTS.length)
    .refine((s) => VERDICTS.every((v, i) => s[i]?.id === v), 'list the verdicts in scale order: ' + VERDICTS.join(', ')),
  checks: z.array(factCheckSchema).min(6)
    .refine((c) => new Set(c.map((x) => x.id)).size === c.length, 'fact-check ids must be unique')
    .refine((c) => c.filter((x) => x.side === 'supply').length >= 3 && c.filter((x) => x.side === 'demand').length >= 3, 'check at least three claims from each side'),
});
export type FactChecks = z.infer<typeof factChecksSchema>;

/**
 * `graphic:` of an evidence chart: one row per study estimate (intervention_evidence.csv),
 * grouped (e.g. by side), each estimate a dot with its interval on the scale of its own measure.
 * Rows whose status is not an estimate keep their place and say why in words.
 */
import { z } from 'astro/zod';
import { strictObject } from '../../lib/data/strict';
import { category, colourRole, match, nonEmpty } from '../shared/schema';

/** One scale a measure family is drawn on (ratios on a log scale around 1, changes around 0). */
const scale = strictObject({
  key: z.string().regex(/^[a-z0-9-]+$/),
  /** Words for the scale, printed under every strip drawn on it ("ratio, log scale"). */
  label: nonEmpty,
  /** Measures (the `measure` column's text) drawn on this scale. */
  measures: z.array(nonEmpty).min(1),
  /** Measures drawn with their sign flipped ("percent reduction" 76 sits at −76). */
  negate: z.array(nonEmpty).default([]),
  log: z.boolean().default(false),
  domain: z.tuple([z.number(), z.number()]),
  /** The value that means "no difference" (1 for ratios, 0 for changes); none for counts. */
  reference: z.number().optional(),
  ticks: z.array(strictObject({ value: z.number(), label: nonEmpty })).min(2),
});

export const evidenceSchema = strictObject({
  type: z.literal('evidence'),
  /** Groups (panels) in order; every row falls in exactly one. */
  groups: z.array(strictObject({
    key: nonEmpty,
    label: nonEmpty,
    match,
    /** Colour of the group's dots and rule: its side's (supply, demand, both), or a neutral. */
    colour: colourRole,
  })).min(1),
  scales: z.array(scale).min(1),
  /** Statuses drawn as a dot (or a range bar); every other status is printed in words. */
  drawn: z.array(category).default(['estimate', 'range only']),
  /** Words for each `status` that is not drawn. */
  statusLabels: z.record(z.string(), nonEmpty),
  /** Words for the side of the plot that favours the tool ("← favours the tool"). */
  /** Words of the static card's line that counts a group's rows without a dot (default: the dictionary's chartMarks.withoutEstimate). */
  cardWithoutEstimate: nonEmpty.optional(),
  /** The static card's closing line on reading it (each row has its own scale). */
  cardNote: nonEmpty.optional(),
  directionLabels: strictObject({ left: nonEmpty, right: nonEmpty }),
});

export type EvidenceSpec = z.output<typeof evidenceSchema>;
export type EvidenceScaleSpec = EvidenceSpec['scales'][number];

/** `graphic:` of a timeline: dated events in rows (e.g. supply side, demand side). */
import { z } from 'astro/zod';
import { strictObject } from '../../lib/data/strict';
import { nonEmpty, colourRole } from '../shared/schema';

export const timelineSchema = strictObject({
  type: z.literal('timeline'),
  /** Date field (YYYY, YYYY-MM or YYYY-MM-DD); a partial date sits at the start of its period. */
  date: nonEmpty,
  /** Field with the event's words. */
  label: nonEmpty,
  /** Field that puts each event in a row, and the rows in order. */
  rowBy: nonEmpty,
  /**
   * Rows in order; a row's `colour` is its side's (supply, demand, both) or a neutral.
   * `inSentence` is the label as it reads inside an event's sentence ("March 29, 2023 (demand
   * side): …", chartMarks.event); without it the label is lower-cased, English sentence case, so
   * a language whose nouns keep their capitals (German) or a label with a proper name sets it.
   */
  rows: z.array(strictObject({ key: nonEmpty, label: nonEmpty, inSentence: nonEmpty.optional(), colour: colourRole })).min(1),
  /** Date range of the axis and the years labelled. */
  domain: z.tuple([nonEmpty, nonEmpty]),
  ticks: z.array(z.number()).min(1),
  /**
   * Events the story discusses, numbered on the chart (in date order) and listed in a key under
   * the axis. `match` is words that occur in exactly one event's label (case-insensitive): no
   * match, or more than one, fails the build. `label` is the key's short text.
   */
  annotations: z.array(strictObject({ match: nonEmpty, label: nonEmpty })).default([]),
});

export type TimelineSpec = z.output<typeof timelineSchema>;

/** `graphic:` of a bar-rows chart: one labelled horizontal bar per record (e.g. poll questions). */
import { z } from 'astro/zod';
import { strictObject } from '../../lib/data/strict';
import { match, nonEmpty, numberFormat, colourRole } from '../shared/schema';

export const barRowsSchema = strictObject({
  type: z.literal('bar-rows'),
  /** Numeric field drawn as the bar length, on a 0–`max` scale shared by every row. */
  value: nonEmpty.default('value'),
  max: z.number().positive(),
  format: numberFormat,
  /** Field whose text labels each row (e.g. the question wording). */
  label: nonEmpty,
  /** Field whose words follow the number ("52% support"). */
  valueWords: nonEmpty.optional(),
  /** A line under the label built from fields: "{pollster} · {field_dates}"; empty → "not stated". */
  detail: nonEmpty.optional(),
  /**
   * Where the detail goes: under the label ("line"), or as a numbered footnote under the panel
   * ("footnote"), so the question reads cleanly and the metadata stays on the chart.
   */
  detailAs: z.enum(['line', 'footnote']).optional(),
  /**
   * Answers against (e.g. "oppose"): their bars are drawn as outlines, not filled, so a large
   * "oppose" never reads as strong support; `key` explains the outline.
   */
  against: strictObject({ field: nonEmpty, values: z.array(nonEmpty).min(1), key: nonEmpty }).optional(),
  /**
   * Colours of single rows by one field's value (e.g. `topic`), over their panel's colour: a bar
   * takes a side's colour only where its question is about that side's measure. Every value
   * listed must match a row, or the build fails.
   */
  colourBy: strictObject({ field: nonEmpty, colours: z.record(z.string(), colourRole) }).optional(),
  /** Panels in order; `colour` (default neutral) colours every bar `colourBy` does not. */
  panels: z.array(strictObject({ key: nonEmpty, label: nonEmpty, match, colour: colourRole.default('neutral') })).min(1),
});

export type BarRowsSpec = z.output<typeof barRowsSchema>;

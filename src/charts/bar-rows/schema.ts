/** `graphic:` of a bar-rows chart: one labelled horizontal bar per record (e.g. poll questions). */
import { z } from 'astro/zod';
import { strictObject } from '../../lib/data/strict';
import { match, nonEmpty, numberFormat, seriesColour } from '../shared/schema';

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
  panels: z.array(strictObject({ key: nonEmpty, label: nonEmpty, match, series: seriesColour.default(1) })).min(1),
});

export type BarRowsSpec = z.output<typeof barRowsSchema>;

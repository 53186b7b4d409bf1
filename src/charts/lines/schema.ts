/** `graphic:` of a line chart: one line per series along a numeric x (years). */
import { z } from 'astro/zod';
import { strictObject } from '../../lib/data/strict';
import { labelPosition, match, nonEmpty, numberFormat, colourRole } from '../shared/schema';

export const linesSchema = strictObject({
  type: z.literal('lines'),
  /** Numeric field along the x axis (years); non-numeric values fail the build. */
  x: nonEmpty,
  /** Numeric field drawn on the y axis. */
  value: nonEmpty.default('value'),
  /** x axis range and the ticks labelled under it. */
  xDomain: z.tuple([z.number(), z.number()]),
  xTicks: z.array(z.number()).min(2),
  /** Fewer ticks for charts narrower than 560 px, so their labels never run together. */
  xTicksNarrow: z.array(z.number()).min(2).optional(),
  format: numberFormat,
  /**
   * Field and values that mark a point as provisional: drawn hollow, labelled, and never joined
   * by a line to a final point.
   */
  provisional: strictObject({ field: nonEmpty, values: z.array(nonEmpty).min(1), label: nonEmpty }).optional(),
  /** Points are joined only when their x values are this close (gaps in the data stay gaps). */
  maxGap: z.number().positive().default(1),
  series: z.array(strictObject({
    key: nonEmpty,
    label: nonEmpty,
    unitLabel: nonEmpty,
    match,
    /**
     * Colour of the line (shared/schema.ts, COLOUR_ROLES): neutral unless the line is one side's;
     * a second neutral line is `neutral-2`, drawn lighter and dashed.
     */
    colour: colourRole.default('neutral'),
    /**
     * Where the direct label sits: next to the series' point at this x value, or `end`: right of
     * the line's last point, in a margin the layout reserves for it (labelPosition is then unused).
     */
    labelAt: z.union([z.literal('end'), z.number()]),
    labelPosition: labelPosition.default('above'),
    /** Wrap the label at this many characters (labels at the end; one line when absent). */
    labelWrap: z.number().int().min(4).optional(),
  })).min(1).superRefine((series, ctx) => {
    // Two lines in one colour and one line style could be told apart by their labels only.
    const seen = new Map<string, string>();
    series.forEach((s, i) => {
      const first = seen.get(s.colour);
      if (first) ctx.addIssue({ code: 'custom', path: [i, 'colour'], message: `"${s.colour}" is already the colour of series "${first}": each line needs its own (a second neutral line is "neutral-2")` });
      else seen.set(s.colour, s.key);
    });
  }),
  /**
   * Marker layers a view can show (its `panels` name them, as they name series): numbered
   * markers above the plot at the years of dated notes another content file holds, listed under
   * the chart. `from: two-readings` reads content/story/two-readings.yaml, `reading` its id.
   */
  markers: z.array(strictObject({
    key: nonEmpty,
    from: z.enum(['two-readings']),
    reading: nonEmpty,
  })).default([]),
  /** Short notes on particular points ("2022 peak"). */
  annotations: z.array(strictObject({
    series: nonEmpty,
    at: z.number(),
    text: nonEmpty,
    position: labelPosition.default('above'),
    /**
     * Move the note this many px further out (above or below), into free space, with a thin
     * leader line back to its point (the note stays attached to its series).
     */
    raise: z.number().min(0).optional(),
    /** Wrap the note at this many characters (one line when absent). */
    wrap: z.number().int().min(8).optional(),
  })).default([]),
});

export type LinesSpec = z.output<typeof linesSchema>;

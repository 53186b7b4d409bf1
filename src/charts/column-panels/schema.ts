/** `graphic:` of a column-panels chart: columns in panels, one unit per panel. */
import { z } from 'astro/zod';
import { strictObject } from '../../lib/data/strict';
import { category, match, nonEmpty, numberFormat, colourRole } from '../shared/schema';

export const columnPanelsSchema = strictObject({
  type: z.literal('column-panels'),
  /** Field whose values are the columns along the x axis (a panel may override it). */
  x: nonEmpty,
  /** The x categories, in order; a category with no row shows `missing` text or a gap. */
  categories: z.array(category).min(1),
  /** Reader-facing words for categories ("FY2025" for 2025); default: the value itself. */
  categoryLabels: z.record(z.string(), nonEmpty).default({}),
  /** Numeric field drawn as the column height (numeric text is accepted, anything else fails). */
  value: nonEmpty.default('value'),
  /** Field that splits rows into panels by `panels[].key` (unless a panel has its own `match`). */
  panelBy: nonEmpty.optional(),
  panels: z.array(strictObject({
    key: nonEmpty,
    label: nonEmpty,
    /** Rows of this panel, when `panelBy` cannot express it. */
    match: match.optional(),
    /** Per-panel x field, categories and labels (e.g. a components panel beside a years panel). */
    x: nonEmpty.optional(),
    categories: z.array(category).min(1).optional(),
    categoryLabels: z.record(z.string(), nonEmpty).optional(),
    /** Panels with the same scale group share one y scale (same unit, comparable heights). */
    scaleGroup: nonEmpty.optional(),
    /** Colour of the columns (shared/schema.ts, COLOUR_ROLES): a side's only for its own marks. */
    colour: colourRole.default('neutral'),
    /** Categories that are goals, not measurements: drawn as outlined columns. */
    targets: z.array(category).default([]),
    /** Unit words after a number ("fake pills", "lb of powder"). */
    unitLabel: nonEmpty,
    format: numberFormat,
    /**
     * Round the chart's labels to this many decimals, to the precision the publisher uses
     * (14,699.88 → 14,700; $6.8983B → $6.9B). The table, CSV and JSON keep the exact figure;
     * the tooltip gives both.
     */
    digits: z.number().int().min(0).max(3).optional(),
    /**
     * Fixed top of the y scale (100 for shares of a whole): drawn as a labelled ceiling line so
     * the reader sees the part against the whole. Panels sharing a scaleGroup take the largest.
     */
    max: z.number().positive().optional(),
    /** Categories with no comparable figure, and the words the chart shows instead. */
    missing: z.array(strictObject({ category, label: nonEmpty })).default([]),
  })).min(1),
});

export type ColumnPanelsSpec = z.output<typeof columnPanelsSchema>;

/**
 * The schema of a chart spec (content/charts/<id>.yaml). One spec names everything built for a
 * chart id: page, embed, CSV, JSON. Words live in the spec; code only computes.
 */
import { z } from 'astro/zod';

const nonEmpty = z.string().trim().min(1);

/** A named width, like Reuters' graphics components (never pixels). */
export const WIDTHS = ['narrow', 'normal', 'wide', 'full'] as const;

const columnPanels = z.object({
  type: z.literal('column-panels'),
  /** Field whose values are the columns along the x axis. */
  x: nonEmpty,
  /** The x categories, in order; a category with no row shows `missing` text or a gap. */
  categories: z.array(z.union([z.string(), z.number()])).min(1),
  /** Field that splits rows into panels (each panel has its own y scale and unit). */
  panelBy: nonEmpty,
  panels: z.array(z.object({
    key: nonEmpty,
    label: nonEmpty,
    /** Unit words after a number ("fake pills", "lb of powder"). */
    unitLabel: nonEmpty,
    format: z.enum(['compact', 'integer', 'percent']),
    /** Categories with no comparable figure, and the words the chart shows instead. */
    missing: z.array(z.object({ category: z.union([z.string(), z.number()]), label: nonEmpty })).default([]),
  })).min(1),
});

export const chartSpecSchema = z.object({
  title: nonEmpty,
  /** One or two sentences: the chart's takeaway, also its accessible description. */
  summary: nonEmpty,
  howToRead: nonEmpty,
  /** Collection name of the dataset (content/data/<dataset>.csv). */
  dataset: nonEmpty,
  /** Keep rows whose field values are in these lists (all conditions must hold). */
  filter: z.record(z.string(), z.array(z.union([z.string(), z.number()])).min(1)),
  /** Table and CSV columns, in order: a field of the dataset and its heading. */
  columns: z.array(z.object({
    field: nonEmpty,
    label: nonEmpty,
    /** Show numbers as written (years, ids) instead of grouping thousands. */
    plain: z.boolean().default(false),
  })).min(1),
  /** Reader-facing words for coded cell values in the table (the CSV keeps the codes). */
  valueLabels: z.record(z.string(), nonEmpty).default({}),
  graphic: z.discriminatedUnion('type', [columnPanels]),
  notes: z.array(nonEmpty).default([]),
  /** Every source the chart relies on: each row's source_id, plus those its notes cite. */
  sources: z.array(nonEmpty).min(1),
  embeddable: z.boolean().default(true),
  width: z.enum(WIDTHS).default('normal'),
});

export type ChartSpec = z.output<typeof chartSpecSchema>;
export type ColumnPanelsSpec = Extract<ChartSpec['graphic'], { type: 'column-panels' }>;

/**
 * The schema of a chart spec (content/charts/<id>.yaml). One spec names everything built for a
 * chart id: page, embed, CSV, JSON. Words live in the spec; code only computes.
 */
import { z } from 'astro/zod';
import { strictObject } from '../data/strict';

const nonEmpty = z.string().trim().min(1);

/** A named width, like Reuters' graphics components (never pixels). */
export const WIDTHS = ['narrow', 'normal', 'wide', 'full'] as const;

const category = z.union([z.string(), z.number()]);
/** Field → allowed values; a row matches when every listed field has one of its values. */
const match = z.record(z.string(), z.array(category).min(1));

const columnPanels = strictObject({
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
    /** 1-based series colour (tokens --series-1…3); default: the panel's position. */
    series: z.number().int().min(1).max(3).optional(),
    /** Categories that are goals, not measurements: drawn as outlined columns. */
    targets: z.array(category).default([]),
    /** Unit words after a number ("fake pills", "lb of powder"). */
    unitLabel: nonEmpty,
    format: z.enum(['compact', 'integer', 'percent', 'usd_billions']),
    /**
     * Round the chart's labels to this many decimals, to the precision the publisher uses
     * (14,699.88 → 14,700; $6.8983B → $6.9B). The table, CSV and JSON keep the exact figure;
     * the tooltip gives both.
     */
    digits: z.number().int().min(0).max(3).optional(),
    /** Categories with no comparable figure, and the words the chart shows instead. */
    missing: z.array(strictObject({ category: z.union([z.string(), z.number()]), label: nonEmpty })).default([]),
  })).min(1),
});

const lines = strictObject({
  type: z.literal('lines'),
  /** Numeric field along the x axis (years); non-numeric values fail the build. */
  x: nonEmpty,
  /** Numeric field drawn on the y axis. */
  value: nonEmpty.default('value'),
  /** x axis range and the ticks labelled under it. */
  xDomain: z.tuple([z.number(), z.number()]),
  xTicks: z.array(z.number()).min(2),
  /** Words after the x value in descriptions ("2022" → "in 2022"). */
  format: z.enum(['compact', 'integer', 'percent', 'usd_billions']),
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
    match: match,
    /** 1-based series colour (tokens --series-1…3). */
    series: z.number().int().min(1).max(3),
    /** Where the direct label sits: next to the series' point at this x value. */
    labelAt: z.number(),
    labelPosition: z.enum(['above', 'below', 'left', 'right']).default('above'),
  })).min(1),
  /** Short notes on particular points ("2022 peak"). */
  annotations: z.array(strictObject({
    series: nonEmpty,
    at: z.number(),
    text: nonEmpty,
    position: z.enum(['above', 'below', 'left', 'right']).default('above'),
  })).default([]),
});

const barRows = strictObject({
  type: z.literal('bar-rows'),
  /** Numeric field drawn as the bar length, on a 0–`max` scale shared by every row. */
  value: nonEmpty.default('value'),
  max: z.number().positive(),
  format: z.enum(['compact', 'integer', 'percent', 'usd_billions']),
  /** Field whose text labels each row (e.g. the question wording). */
  label: nonEmpty,
  /** Field whose words follow the number ("52% support"). */
  valueWords: nonEmpty.optional(),
  /** A line under the label built from fields: "{pollster} · {field_dates}"; empty → "not stated". */
  detail: nonEmpty.optional(),
  panels: z.array(strictObject({ key: nonEmpty, label: nonEmpty, match: match, series: z.number().int().min(1).max(3).default(1) })).min(1),
});

const timeline = strictObject({
  type: z.literal('timeline'),
  /** Date field (YYYY, YYYY-MM or YYYY-MM-DD); a partial date sits at the start of its period. */
  date: nonEmpty,
  /** Field with the event's words. */
  label: nonEmpty,
  /** Field that puts each event in a row, and the rows in order. */
  rowBy: nonEmpty,
  rows: z.array(strictObject({ key: nonEmpty, label: nonEmpty, series: z.number().int().min(1).max(3) })).min(1),
  /** Date range of the axis and the years labelled. */
  domain: z.tuple([nonEmpty, nonEmpty]),
  ticks: z.array(z.number()).min(1),
});

export const chartSpecSchema = strictObject({
  title: nonEmpty,
  /** One or two sentences: the chart's takeaway, also its accessible description. */
  summary: nonEmpty,
  howToRead: nonEmpty,
  /** Collection name of the dataset (content/data/<dataset>.csv). */
  dataset: nonEmpty,
  /**
   * Keep rows whose field values are in these lists (all conditions must hold). A list of such
   * conditions keeps rows matching any one of them (e.g. calendar years 2021–2024 or FY2025).
   */
  filter: z.union([match, z.array(match).min(1)]),
  /** Table and CSV columns, in order: a field of the dataset and its heading. */
  columns: z.array(strictObject({
    field: nonEmpty,
    label: nonEmpty,
    /** Show numbers as written (years, ids) instead of grouping thousands. */
    plain: z.boolean().default(false),
  })).min(1),
  /** Reader-facing words for coded cell values in the table (the CSV keeps the codes). */
  valueLabels: z.record(z.string(), nonEmpty).default({}),
  graphic: z.discriminatedUnion('type', [columnPanels, lines, barRows, timeline]),
  /**
   * Named views (`?view=<name>`), each showing some panels; the first is the default. All
   * views' rows are always in the data table.
   */
  views: z.array(strictObject({
    name: z.string().regex(/^[a-z0-9-]+$/, 'expected lower-case letters, digits and hyphens'),
    label: nonEmpty,
    panels: z.array(nonEmpty).min(1),
  })).default([]),
  notes: z.array(nonEmpty).default([]),
  /**
   * How current the chart is ("Figures current to …"), computed from the rows: `field` holds
   * each row's period (default per dataset, see lib/charts/currency.ts); rows matching
   * `exclude` (targets, plans) do not count. `checked`: the ISO date the sources were last
   * checked, when it differs from the site-wide date in content/data/checked.yaml.
   */
  currency: z.object({
    field: nonEmpty.optional(),
    exclude: match.optional(),
    checked: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected an ISO date (YYYY-MM-DD)').optional(),
  }).default({}),
  /** Every source the chart relies on: each row's source_id, plus those its notes cite. */
  sources: z.array(nonEmpty).min(1),
  embeddable: z.boolean().default(true),
  width: z.enum(WIDTHS).default('normal'),
});

export type ChartSpec = z.output<typeof chartSpecSchema>;
export type ColumnPanelsSpec = Extract<ChartSpec['graphic'], { type: 'column-panels' }>;
export type LinesSpec = Extract<ChartSpec['graphic'], { type: 'lines' }>;
export type BarRowsSpec = Extract<ChartSpec['graphic'], { type: 'bar-rows' }>;
export type TimelineSpec = Extract<ChartSpec['graphic'], { type: 'timeline' }>;

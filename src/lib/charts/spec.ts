/**
 * The schema of a chart spec (content/charts/<id>.yaml). One spec names everything built for a
 * chart id: page, embed, CSV, JSON. Words live in the spec; code only computes.
 */
import { z } from 'astro/zod';
import { strictObject } from '../data/strict';
import { CHART_TYPES, REGISTRY, type GraphicSpec } from '../../charts/registry';

import { match, nonEmpty } from '../../charts/shared/schema';

/** A named width, like Reuters' graphics components (never pixels). */
export const WIDTHS = ['narrow', 'normal', 'wide', 'full'] as const;

/**
 * `graphic:` — one schema per chart type, from the registry (src/charts/<type>/schema.ts),
 * told apart by `type`.
 */
const graphicSchema = z.discriminatedUnion(
  'type',
  CHART_TYPES.map((t) => REGISTRY[t].schema) as unknown as Parameters<typeof z.discriminatedUnion>[1],
) as unknown as z.ZodType<GraphicSpec>;

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
  graphic: graphicSchema,
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
  currency: strictObject({
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
export type { ColumnPanelsSpec } from '../../charts/column-panels/schema';
export type { LinesSpec } from '../../charts/lines/schema';
export type { BarRowsSpec } from '../../charts/bar-rows/schema';
export type { TimelineSpec } from '../../charts/timeline/schema';
export type { EvidenceSpec } from '../../charts/evidence/schema';

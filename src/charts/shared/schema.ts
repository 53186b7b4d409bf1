/** Zod pieces every chart type's `graphic` schema uses (content/charts/<id>.yaml). */
import { z } from 'astro/zod';

export const nonEmpty = z.string().trim().min(1);
export const category = z.union([z.string(), z.number()]);
/** Field → allowed values; a row matches when every listed field has one of its values. */
export const match = z.record(z.string(), z.array(category).min(1));
/** How numbers are written (lib/format.ts). */
export const numberFormat = z.enum(['compact', 'integer', 'percent', 'usd_billions']);
/** 1-based series colour (tokens --series-1…3). */
export const seriesColour = z.number().int().min(1).max(3);
export const labelPosition = z.enum(['above', 'below', 'left', 'right']);

/** Zod pieces every chart type's `graphic` schema uses (content/charts/<id>.yaml). */
import { z } from 'astro/zod';
import { didYouMean } from '../../lib/data/strict';

export const nonEmpty = z.string().trim().min(1);
export const category = z.union([z.string(), z.number()]);
/** Field → allowed values; a row matches when every listed field has one of its values. */
export const match = z.record(z.string(), z.array(category).min(1));
/** How numbers are written (lib/format.ts). */
export const numberFormat = z.enum(['compact', 'integer', 'percent', 'usd_billions']);
/**
 * The colour of a chart mark, named by what it stands for (README, "Colour on charts"): a side's
 * colour only where the mark is that side of the policy debate (its spending, its measure, its
 * events or evidence); everything else is neutral, and a second neutral series is `neutral-2`
 * (lighter, and dashed on a line chart). Each name is a token in src/styles/tokens.css;
 * src/styles/contrast.test.ts checks every one in both themes.
 */
export const COLOUR_ROLES = ['supply', 'demand', 'both', 'neutral', 'neutral-2'] as const;
export type ColourRole = (typeof COLOUR_ROLES)[number];
export const colourRole = z.enum(COLOUR_ROLES, {
  error: (issue) => {
    const list = COLOUR_ROLES.join(', ');
    if (typeof issue.input !== 'string') return `expected a colour name (${list}), got ${JSON.stringify(issue.input)}`;
    return `unknown colour "${issue.input}"${didYouMean(issue.input, COLOUR_ROLES)}; colours are ${list}`;
  },
});
export const labelPosition = z.enum(['above', 'below', 'left', 'right']);

/**
 * Which charts outside their own page hydrate (embeds, and charts inline in the story). A
 * chart type that prints every value as visible text (bar rows: the question, who asked it,
 * when, and the result are all on screen) gains nothing from a tooltip but would carry all of
 * that text twice — once in the SVG and once in the island's props. There it ships without
 * chart JavaScript, which keeps long-text charts such as public-opinion within the 15 KB embed
 * budget. Chart pages stay interactive for every type.
 */
import type { ChartLayout } from '../charts/types';

const PRINTS_EVERY_VALUE: ReadonlySet<ChartLayout['type']> = new Set(['bar-rows']);

export function embedHydrates(type: ChartLayout['type']): boolean {
  return !PRINTS_EVERY_VALUE.has(type);
}

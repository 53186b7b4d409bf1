/**
 * Which charts outside their own page hydrate (embeds, and charts inline in the story): the
 * chart type's `hydratesOutsidePage` in the registry (src/charts/registry.ts). A type that
 * prints every value as visible text (bar rows) ships without chart JavaScript there, which
 * keeps long-text charts such as public-opinion within the 15 KB embed budget. Chart pages stay
 * interactive for every type.
 */
import { chartType, type ChartType } from '../../charts/registry';

export function embedHydrates(type: ChartType): boolean {
  return chartType(type).hydratesOutsidePage;
}

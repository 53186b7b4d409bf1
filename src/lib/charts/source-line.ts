/** The credit line of a chart (pure: used by pages, embeds and the export). */
import type { ChartBundle } from './build';

/**
 * "CDC/NCHS; DEA" — the organisations that produced the rows shown, once each (never the
 * reprints we read them in; those are in the notes and sources). Computed in build.ts
 * (`creditLine`, lib/charts/credit.ts) and kept on the bundle as `credit`.
 */
export function sourceLine(bundle: Pick<ChartBundle, 'credit'>): string {
  return bundle.credit;
}

/** The publishers behind what a chart shows (pure: used by pages, embeds and the export). */
import type { ChartBundle } from './build';

/** "U.S. Drug Enforcement Administration; SAMHSA (…)" — publishers of the rows shown, once each. */
export function sourceLine(bundle: Pick<ChartBundle, 'table' | 'sources'>): string {
  const used = new Set(bundle.table.rows.map((r) => r['source_id']).filter((v): v is string => typeof v === 'string'));
  const publishers = bundle.sources.filter((s) => used.has(s.source_id)).map((s) => s.publisher);
  return [...new Set(publishers)].join('; ');
}

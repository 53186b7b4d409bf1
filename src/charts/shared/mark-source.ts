/**
 * A mark's source sentence ("Source: CDC."), made at build time from the dictionary
 * (chartFigure.source) so the tooltip, the mark's accessible name and the live readout take
 * their words from content/ui/<locale>.yaml. Build-time only (t() reads the dictionary file):
 * layouts call it; components get the finished sentence in the layout.
 */
import type { SourceRecord } from '../../lib/charts/types';
import { creditName } from '../../lib/data/origins';
import { t } from '../../lib/i18n/t';

export function markSource(source: SourceRecord | undefined, sourceId: string): string {
  return t('chartFigure.source', { source: source ? creditName(source) : sourceId });
}

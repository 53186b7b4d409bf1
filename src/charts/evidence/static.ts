/**
 * How the static drawing (SVG/PNG card) arranges an evidence chart: one line per estimate — the
 * tool and outcome, a small dot-and-interval strip, the value — and, per group, one line that
 * counts the rows without a dot by status, in two columns so a view fits the 1200 × 630 card.
 * Groups keep their heading with their rows.
 */
import { inView } from '../shared/views';
import type { EvidenceGroupLayout, EvidenceLayout, EvidenceMark } from './types';

export const CARD_ROWS = { heading: 26, row: 19 } as const;
/** Within a column (percent of the card width): label, strip, value. */
export const CARD_COLUMNS = { width: 49, gap: 2, label: 0, strip: 25.5, stripWidth: 10.5, value: 37 } as const;

type Item =
  | { kind: 'heading'; group: EvidenceGroupLayout }
  | { kind: 'row'; group: EvidenceGroupLayout; mark: EvidenceMark; label: string }
  | { kind: 'gaps'; group: EvidenceGroupLayout; text: string };
export type CardItem = Item & { column: number; y: number };

const height = (item: Item) => (item.kind === 'heading' ? CARD_ROWS.heading : CARD_ROWS.row);
const key = (item: Item) => (item.kind === 'row' ? item.mark.id : `${item.kind}-${item.group.key}-${item.kind === 'gaps' ? item.text : ''}`);

export function cardItems(layout: EvidenceLayout, view: string | null): CardItem[] {
  const flat: Item[] = [];
  for (const group of layout.groups.filter((g) => inView(g.views, view))) {
    flat.push({ kind: 'heading', group });
    let tool = '';
    for (const mark of group.marks) {
      if (!mark.strip) continue;
      // A tool's later dots name only their outcome, so one study's rows stay distinguishable.
      flat.push({ kind: 'row', group, mark, label: mark.tool === tool ? mark.cardRepeat : mark.cardLabel });
      tool = mark.tool;
    }
    for (const text of group.cardGaps) flat.push({ kind: 'gaps', group, text });
  }
  const last = flat.at(-1)?.group;
  if (last) for (const text of layout.cardNote) flat.push({ kind: 'gaps', group: last, text });
  const total = flat.reduce((sum, item) => sum + height(item), 0);
  let column = 0;
  let y = 0;
  return flat.map((item, i) => {
    // Start the second column at the half-way point, never right after a heading.
    if (column === 0 && y >= total / 2 && flat[i - 1]?.kind !== 'heading') {
      column = 1;
      y = 0;
    }
    const placed = { ...item, column, y };
    y += height(item);
    return placed;
  });
}

export const cardKey = (item: CardItem) => key(item);

export function staticHeight(layout: EvidenceLayout, view: string | null): number {
  return Math.max(0, ...cardItems(layout, view).map((i) => i.y + height(i)));
}

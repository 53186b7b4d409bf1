/**
 * How the static drawing (SVG/PNG card) arranges bar rows: one line per row (the layout's
 * one-line label and value) in three columns — question, value, bar — so a panel of a dozen
 * poll questions fits the 1200 × 630 card. The view's panels stack.
 */
import { inView } from '../shared/views';
import type { BarMark, BarPanelLayout, BarRowsLayout } from './types';

export const CARD_ROWS = { panelLabel: 30, row: 27, bar: 16 } as const;
/** Column starts, in percent of the width: question, value, bar. */
export const CARD_COLUMNS = { label: 0, value: 51, bar: 81 } as const;

export interface PlacedBarPanel {
  panel: BarPanelLayout;
  y: number;
  rows: { mark: BarMark; y: number }[];
}

export function staticRows(layout: BarRowsLayout, view: string | null): PlacedBarPanel[] {
  let y = 0;
  return layout.panels.filter((p) => inView(p.views, view)).map((panel) => {
    const top = y;
    y += CARD_ROWS.panelLabel;
    const rows = panel.marks.map((mark) => {
      const at = y;
      y += CARD_ROWS.row;
      return { mark, y: at };
    });
    return { panel, y: top, rows };
  });
}

export function staticHeight(layout: BarRowsLayout, view: string | null): number {
  const placed = staticRows(layout, view);
  const last = placed.at(-1);
  return last ? (last.rows.at(-1)?.y ?? last.y) + CARD_ROWS.row : 0;
}

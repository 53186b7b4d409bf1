/**
 * How the static drawing (SVG/PNG export) arranges a column chart: the view's panels side by
 * side, like the page at desktop width, with baselines aligned. Pure geometry placement; every
 * mark, label and wrap inside a panel comes from the layout.
 */
import { inView } from '../shared/views';
import type { ColumnPanelLayout, ColumnPanelsLayout } from './types';

/** Gap between panels in px (the page's grid gap at desktop width). */
export const STATIC_GAP = 32;

export interface PlacedPanel {
  panel: ColumnPanelLayout;
  left: number;
  top: number;
  width: number;
}

export function staticPanels(layout: ColumnPanelsLayout, view: string | null, width: number): PlacedPanel[] {
  const panels = layout.panels.filter((p) => inView(p.views, view));
  const each = (width - STATIC_GAP * (panels.length - 1)) / panels.length;
  const tallest = Math.max(...panels.map((p) => p.height));
  return panels.map((panel, i) => ({ panel, left: i * (each + STATIC_GAP), top: tallest - panel.height, width: each }));
}

export function staticHeight(layout: ColumnPanelsLayout, view: string | null): number {
  return Math.max(...layout.panels.filter((p) => inView(p.views, view)).map((p) => p.height));
}

/**
 * The panels of a column chart drawn into a fixed box of a standalone SVG (for /charts/<id>.svg
 * and .png): the build-time geometry, with x percentages turned into px and y scaled to fit.
 */
import type { ColumnPanelsLayout } from '../types';
import { EXPORT_COLOURS as C, textLines, wrap } from './svg-text';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export function columnPanelsSvg(layout: ColumnPanelsLayout, box: Box, view: string | null): string {
  const panels = layout.panels.filter((p) => view === null || p.views.length === 0 || p.views.includes(view));
  const gap = 40;
  const width = (box.width - gap * (panels.length - 1)) / panels.length;
  const tallest = Math.max(...panels.map((p) => p.height));
  const s = box.height / tallest;
  return panels.map((panel, i) => {
    const left = box.x + i * (width + gap);
    const px = (pct: number) => +(left + (pct / 100) * width).toFixed(2);
    const py = (y: number) => +(box.y + y * s).toFixed(2);
    const fill = C.series[panel.series - 1] ?? C.series[0];
    const parts: string[] = [];
    parts.push(textLines(wrap(panel.label, Math.floor(width / 10), 2), { x: left, y: box.y + 18, size: 18, weight: 'bold' }));
    for (const m of panel.marks) {
      const cx = px(m.xPct + m.widthPct / 2);
      const paint = m.target ? `fill="none" stroke="${fill}" stroke-width="3" stroke-dasharray="8 5"` : `fill="${fill}"`;
      parts.push(`<rect x="${px(m.xPct)}" y="${py(m.y)}" width="${+((m.widthPct / 100) * width).toFixed(2)}" height="${+(m.height * s).toFixed(2)}" ${paint}/>`);
      if (m.qualifierText) parts.push(textLines([m.qualifierText], { x: cx, y: py(m.y) - 26, size: 14, fill: C.muted, anchor: 'middle' }));
      parts.push(textLines([m.valueText], { x: cx, y: py(m.y) - 8, size: 18, weight: 'bold', anchor: 'middle' }));
    }
    const base = py(panel.baseline);
    parts.push(`<line x1="${left}" x2="${+(left + width).toFixed(2)}" y1="${base}" y2="${base}" stroke="${C.text}" stroke-width="1"/>`);
    for (const c of panel.categories) {
      parts.push(textLines(c.lines, { x: px(c.centerPct), y: base + 22, size: 15, anchor: 'middle', lineHeight: 17 }));
    }
    for (const m of panel.missing) {
      const lines = wrap(m.label, 12);
      parts.push(textLines(lines, { x: px(m.centerPct), y: base - 12 - (lines.length - 1) * 17, size: 14, fill: C.muted, anchor: 'middle', italic: true, lineHeight: 17 }));
    }
    return parts.join('');
  }).join('');
}

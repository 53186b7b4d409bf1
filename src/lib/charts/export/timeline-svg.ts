/** A timeline strip drawn into a box of a standalone SVG (percent x → px, y scaled to fit). */
import type { TimelineLayout } from '../types';
import type { Box } from './column-panels-svg';
import { EXPORT_COLOURS as C, textLines } from './svg-text';

export function timelineSvg(layout: TimelineLayout, box: Box): string {
  const s = Math.min(2.2, box.height / layout.height);
  const px = (pct: number) => +(box.x + (pct / 100) * box.width).toFixed(2);
  const py = (y: number) => +(box.y + y * s).toFixed(2);
  const axisY = py(layout.height - 28);
  const parts: string[] = [];
  for (const t of layout.ticks) {
    parts.push(`<line x1="${px(t.xPct)}" x2="${px(t.xPct)}" y1="${box.y}" y2="${axisY}" stroke="${C.border}" stroke-width="1" stroke-dasharray="3 4"/>`);
    parts.push(textLines([t.label], { x: px(t.xPct), y: axisY + 22, size: 16, anchor: t.anchor }));
  }
  parts.push(`<line x1="${box.x}" x2="${box.x + box.width}" y1="${axisY}" y2="${axisY}" stroke="${C.text}" stroke-width="1"/>`);
  for (const r of layout.rows) {
    parts.push(textLines([r.label], { x: box.x, y: py(r.labelY), size: 16, weight: 'bold' }));
    parts.push(`<line x1="${box.x}" x2="${box.x + box.width}" y1="${py(r.lineY)}" y2="${py(r.lineY)}" stroke="${C.border}" stroke-width="1"/>`);
  }
  for (const m of layout.marks) {
    parts.push(`<circle cx="${px(m.xPct)}" cy="${py(m.y)}" r="8" fill="${C.series[m.series - 1] ?? C.series[0]}" stroke="${C.bg}" stroke-width="2"/>`);
  }
  return parts.join('');
}

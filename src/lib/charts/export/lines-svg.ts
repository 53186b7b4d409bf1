/** A line chart drawn into a box of a standalone SVG: percent x → px, y scaled to fit. */
import type { LinesLayout } from '../types';
import type { Box } from './column-panels-svg';
import { EXPORT_COLOURS as C, textLines } from './svg-text';

export function linesSvg(layout: LinesLayout, box: Box): string {
  const s = box.height / layout.height;
  const px = (pct: number) => +(box.x + (pct / 100) * box.width).toFixed(2);
  const py = (y: number) => +(box.y + y * s).toFixed(2);
  const parts: string[] = [];
  for (const g of layout.gridlines) {
    parts.push(`<line x1="${box.x}" x2="${box.x + box.width}" y1="${py(g.y)}" y2="${py(g.y)}" stroke="${C.border}" stroke-width="1"/>`);
    parts.push(textLines([g.label], { x: box.x, y: py(g.y) - 5, size: 14, fill: C.muted }));
  }
  parts.push(`<line x1="${box.x}" x2="${box.x + box.width}" y1="${py(layout.baseline)}" y2="${py(layout.baseline)}" stroke="${C.text}" stroke-width="1"/>`);
  for (const t of layout.xTicks) parts.push(textLines([t.label], { x: px(t.xPct), y: py(layout.baseline) + 22, size: 15, anchor: 'middle' }));
  for (const line of layout.series) {
    const colour = C.series[line.series - 1] ?? C.series[0];
    const d = line.path.replace(/([ML])(-?[\d.]+) (-?[\d.]+)/g, (_m, cmd: string, xs: string, ys: string) => `${cmd}${px(Number(xs))} ${py(Number(ys))}`);
    if (d) parts.push(`<path d="${d}" fill="none" stroke="${colour}" stroke-width="3" stroke-linejoin="round"/>`);
    for (const p of line.points) {
      parts.push(`<circle cx="${px(p.xPct)}" cy="${py(p.y)}" r="5" fill="${p.provisional ? C.bg : colour}" stroke="${colour}" stroke-width="2.5"/>`);
    }
    parts.push(textLines([line.label], { x: px(line.labelXPct) + line.labelDx, y: py(line.labelY), size: 17, weight: 'bold', anchor: line.labelAnchor }));
  }
  for (const a of layout.annotations) parts.push(textLines([a.text], { x: px(a.xPct) + a.dx, y: py(a.y), size: 15, anchor: a.anchor }));
  if (layout.provisionalLabel) {
    parts.push(`<circle cx="${box.x + box.width - 250}" cy="${box.y + 6}" r="5" fill="${C.bg}" stroke="${C.text}" stroke-width="2"/>`);
    parts.push(textLines([`Hollow: ${layout.provisionalLabel}`], { x: box.x + box.width - 240, y: box.y + 11, size: 14, fill: C.muted }));
  }
  return parts.join('');
}

/**
 * Bar rows drawn into a box of a standalone SVG: one compact line per row (label shortened to
 * one line, value, bar), so a panel of a dozen poll questions fits the 1200 × 630 card.
 */
import type { BarRowsLayout } from '../types';
import type { Box } from './column-panels-svg';
import { EXPORT_COLOURS as C, textLines, wrap } from './svg-text';

export function barRowsSvg(layout: BarRowsLayout, box: Box, view: string | null): string {
  const panels = layout.panels.filter((p) => view === null || p.views.length === 0 || p.views.includes(view));
  const rowsTotal = panels.reduce((n, p) => n + p.marks.length, 0);
  const rowH = Math.min(44, (box.height - panels.length * 30) / Math.max(1, rowsTotal));
  // Three columns: question, value with its answer words (text colour), bar with its track.
  const labelW = box.width * 0.5;
  const valueX = box.x + labelW + 16;
  const valueW = box.width * 0.3;
  const barX = valueX + valueW + 16;
  const barW = box.x + box.width - barX;
  const size = Math.max(12, Math.min(16, Math.floor(rowH * 0.5)));
  const parts: string[] = [];
  let y = box.y;
  for (const panel of panels) {
    parts.push(textLines([panel.label], { x: box.x, y: y + 18, size: 18, weight: 'bold' }));
    y += 30;
    const colour = C.series[panel.series - 1] ?? C.series[0];
    for (const m of panel.marks) {
      const label = m.labelLines.map((l) => l.text).join(' ');
      const value = m.valueLines.map((l) => l.text).join(' ');
      parts.push(textLines(wrap(label, Math.floor(labelW / (size * 0.55)), 1), { x: box.x, y: y + rowH / 2 + size / 3, size }));
      parts.push(`<rect x="${barX}" y="${+(y + rowH * 0.2).toFixed(2)}" width="${barW}" height="${+(rowH * 0.6).toFixed(2)}" fill="#f4f5f7" stroke="${C.border}" stroke-width="1"/>`);
      parts.push(`<rect x="${barX}" y="${+(y + rowH * 0.2).toFixed(2)}" width="${+((m.widthPct / 100) * barW).toFixed(2)}" height="${+(rowH * 0.6).toFixed(2)}" fill="${colour}"/>`);
      parts.push(textLines(wrap(value, Math.floor(valueW / (size * 0.62)), 1), { x: valueX, y: y + rowH / 2 + size / 3, size, weight: 'bold', fill: C.text }));
      y += rowH;
    }
  }
  return parts.join('');
}

/**
 * A self-contained SVG of a chart for the static-image embed (newsletters, slides) and the
 * oEmbed thumbnail, rendered to PNG at build time (pages/embed/[id].png.ts). Light theme,
 * presentation attributes only (no CSS), text sized for a 1200 px wide picture. Built from
 * the same build-time layout as the page's chart; chart types it does not know get no image.
 */
import type { ChartLayout } from '../charts/types';

export const IMAGE_WIDTH = 1200;
const PAD = 48;
const GAP = 64;
/** Scale of the page layout's pixel geometry in the picture. */
const K = 1.4;
const COLOURS = { bg: '#ffffff', text: '#1a1a1a', muted: '#525252', series: ['#0072b2', '#d55e00', '#009e73'] };
export const IMAGE_FONT = 'Inter';

export interface ChartImageInput {
  title: string;
  source: string;
  /** Where the interactive chart lives (printed under the source). */
  pageUrl: string;
  layout: ChartLayout | { type: string };
}

export interface ChartImage {
  svg: string;
  width: number;
  height: number;
}

const XML: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };
const esc = (s: string) => s.replace(/[&<>"']/g, (c) => XML[c] ?? c);

/** Greedy word wrap by an average glyph width (Inter: ≈0.55 em regular, ≈0.6 em bold). */
export function wrap(text: string, fontSize: number, maxWidth: number, em = 0.55): string[] {
  const perLine = Math.max(8, Math.floor(maxWidth / (fontSize * em)));
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = lines[lines.length - 1];
    if (last !== undefined && `${last} ${word}`.length <= perLine) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

function textBlock(lines: string[], x: number, y: number, size: number, lineHeight: number, attrs: string): string {
  return lines.map((line, i) => `<text x="${x}" y="${y + i * lineHeight}" font-size="${size}" ${attrs}>${esc(line)}</text>`).join('');
}

/** The picture's SVG, or null for a chart type this renderer does not draw. */
export function chartImageSvg({ title, source, pageUrl, layout }: ChartImageInput): ChartImage | null {
  if (layout.type !== 'column-panels' || !('panels' in layout) || layout.panels.length === 0) return null;
  const inner = IMAGE_WIDTH - 2 * PAD;
  const parts: string[] = [];
  let y = PAD;

  const titleLines = wrap(title, 40, inner, 0.6);
  parts.push(textBlock(titleLines, PAD, y + 40, 40, 50, `font-weight="700" fill="${COLOURS.text}"`));
  y += titleLines.length * 50 + 24;

  const panels = layout.panels;
  const panelWidth = (inner - GAP * (panels.length - 1)) / panels.length;
  const plotTop = y + 36;
  const tallest = Math.max(...panels.map((p) => p.height));
  panels.forEach((panel, p) => {
    const x0 = PAD + p * (panelWidth + GAP);
    const px = (pct: number) => (x0 + (pct / 100) * panelWidth).toFixed(1);
    const fill = COLOURS.series[(panel.series - 1) % COLOURS.series.length] ?? COLOURS.text;
    parts.push(`<text x="${x0}" y="${y + 22}" font-size="22" font-weight="700" fill="${COLOURS.text}">${esc(panel.label)}</text>`);
    for (const m of panel.marks) {
      const cx = px(m.xPct + m.widthPct / 2);
      const top = plotTop + m.y * K;
      parts.push(`<rect x="${px(m.xPct)}" y="${top.toFixed(1)}" width="${((m.widthPct / 100) * panelWidth).toFixed(1)}" height="${(m.height * K).toFixed(1)}" fill="${fill}"/>`);
      if (m.qualifierText) parts.push(`<text x="${cx}" y="${(top - 32).toFixed(1)}" font-size="17" text-anchor="middle" fill="${COLOURS.muted}">${esc(m.qualifierText)}</text>`);
      parts.push(`<text x="${cx}" y="${(top - 9).toFixed(1)}" font-size="21" font-weight="700" text-anchor="middle" fill="${COLOURS.text}">${esc(m.valueText)}</text>`);
    }
    const base = plotTop + panel.baseline * K;
    parts.push(`<line x1="${x0}" x2="${x0 + panelWidth}" y1="${base}" y2="${base}" stroke="${COLOURS.text}" stroke-width="1.5"/>`);
    for (const c of panel.categories) {
      parts.push(`<text x="${px(c.centerPct)}" y="${base + 28}" font-size="19" text-anchor="middle" fill="${COLOURS.text}">${esc(c.label)}</text>`);
    }
    for (const m of panel.missing) {
      const lines = wrap(m.label, 17, (panelWidth / Math.max(1, panel.categories.length)) - 8);
      parts.push(textBlock(lines, Number(px(m.centerPct)), base - 12 - (lines.length - 1) * 21, 17, 21, `font-style="italic" text-anchor="middle" fill="${COLOURS.muted}"`));
    }
  });
  y = plotTop + tallest * K + 24;

  const sourceLines = wrap(`Source: ${source}.`, 19, inner);
  parts.push(textBlock(sourceLines, PAD, y + 19, 19, 27, `fill="${COLOURS.muted}"`));
  y += sourceLines.length * 27 + 8;
  const linkLines = wrap(`Interactive chart and data: ${pageUrl}`, 19, inner);
  parts.push(textBlock(linkLines, PAD, y + 19, 19, 27, `fill="${COLOURS.text}"`));
  y += linkLines.length * 27 + PAD;

  const height = Math.ceil(y);
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${IMAGE_WIDTH}" height="${height}" viewBox="0 0 ${IMAGE_WIDTH} ${height}" font-family="${IMAGE_FONT}">`
    + `<rect width="100%" height="100%" fill="${COLOURS.bg}"/>${parts.join('')}</svg>`;
  return { svg, width: IMAGE_WIDTH, height };
}

/** Small helpers for standalone SVG exports (presentation attributes only, no CSS classes). */

/** Escape text for XML content and attribute values. */
export function xml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

/** Light-theme colours of the tokens (src/styles/tokens.css), as hex for renderers without CSS. */
export const EXPORT_COLOURS = {
  bg: '#ffffff',
  text: '#1a1a1a',
  muted: '#525252',
  border: '#c4c7cc',
  series: ['#0072b2', '#d55e00', '#009e73'],
} as const;

export const EXPORT_FONT = 'DejaVu Sans';

/** Greedy word wrap by character count (the export font is known, so this is close enough). */
export function wrap(text: string, maxChars: number, maxLines = Infinity): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = lines[lines.length - 1];
    if (last !== undefined && `${last} ${word}`.length <= maxChars) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  if (lines.length > maxLines) {
    const kept = lines.slice(0, maxLines);
    kept[maxLines - 1] = `${kept[maxLines - 1]} …`;
    return kept;
  }
  return lines;
}

export interface TextOptions {
  x: number;
  y: number;
  size: number;
  fill?: string;
  weight?: 'normal' | 'bold';
  anchor?: 'start' | 'middle' | 'end';
  lineHeight?: number;
  italic?: boolean;
}

/** A `<text>` with one `<tspan>` per line. */
export function textLines(lines: string[], o: TextOptions): string {
  const lh = o.lineHeight ?? Math.round(o.size * 1.25);
  const spans = lines.map((l, i) => `<tspan x="${o.x}" dy="${i === 0 ? 0 : lh}">${xml(l)}</tspan>`).join('');
  return `<text x="${o.x}" y="${o.y}" font-size="${o.size}" fill="${o.fill ?? EXPORT_COLOURS.text}"`
    + `${o.weight === 'bold' ? ' font-weight="bold"' : ''}${o.italic ? ' font-style="italic"' : ''}`
    + ` text-anchor="${o.anchor ?? 'start'}">${spans}</text>`;
}

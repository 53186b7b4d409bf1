/**
 * The embed codes offered on every chart page (and in oEmbed). Built from our own spec text
 * only — never from a URL — and every value is escaped for the attribute or text it lands in.
 */

export interface EmbedCodeInput {
  /** Chart title: iframe `title`, link text, image alt. */
  title: string;
  /** Absolute URL of /embed/<id>/ (with any chosen options). */
  embedUrl: string;
  /** Absolute URL of /embed.js. */
  scriptUrl: string;
  /** Absolute URL of the chart page. */
  pageUrl: string;
  /** The source line ("U.S. Drug Enforcement Administration…"). */
  source: string;
  /** Height (px) of a frame that no script resizes: tall enough for a 320 px wide phone. */
  fixedHeight: number;
  /** A static picture of the chart, when the build made one. */
  image?: { url: string; width: number; height: number; alt: string } | undefined;
}

export type EmbedCodeKind = 'script' | 'pym' | 'iframe' | 'image';

export interface EmbedCode {
  kind: EmbedCodeKind;
  label: string;
  /** When to choose this form, in one sentence. */
  hint: string;
  code: string;
}

/** pym.js as NPR publishes it; hosts that already load pym.js leave this line out. */
export const PYM_SCRIPT_URL = 'https://pym.nprapps.org/pym.v1.min.js';

const ENTITIES: Record<string, string> = { '&': '&amp;', '"': '&quot;', "'": '&#39;', '<': '&lt;', '>': '&gt;' };

/** Escape text for an HTML attribute value or element content. */
export function escapeHtml(value: string): string {
  return value.replace(/[&"'<>]/g, (c) => ENTITIES[c] ?? c);
}

function iframe(input: EmbedCodeInput, extra = ''): string {
  const style = `width:100%;height:${Math.round(input.fixedHeight)}px;border:0`;
  return `<iframe src="${escapeHtml(input.embedUrl)}" title="${escapeHtml(input.title)}" loading="lazy" style="${style}"${extra}></iframe>`;
}

/** All the forms available for this chart, default first. */
export function embedCodes(input: EmbedCodeInput): EmbedCode[] {
  const page = escapeHtml(input.pageUrl);
  const title = escapeHtml(input.title);
  const codes: EmbedCode[] = [
    {
      kind: 'script',
      label: 'Responsive iframe',
      hint: 'The frame always fits the chart, at any width. Works on any page that allows a script.',
      code: `${iframe(input)}\n<script async src="${escapeHtml(input.scriptUrl)}"></script>`,
    },
    {
      kind: 'pym',
      label: 'pym.js',
      hint: 'For pages that already use pym.js (NPR’s resizer); leave out the script line if your page loads pym.js already.',
      code: `<div data-pym-src="${escapeHtml(input.embedUrl)}" data-pym-title="${title}"><a href="${page}">${title}</a></div>\n<script src="${PYM_SCRIPT_URL}"></script>`,
    },
    {
      kind: 'iframe',
      label: 'Plain iframe',
      hint: 'For pages that strip scripts: a fixed-height frame tall enough for a phone screen.',
      code: iframe(input),
    },
  ];
  if (input.image) {
    const { url, width, height, alt } = input.image;
    codes.push({
      kind: 'image',
      label: 'Static image',
      hint: 'For newsletters and slides: a picture of the chart that links to the interactive version.',
      code: `<a href="${page}"><img src="${escapeHtml(url)}" alt="${escapeHtml(alt)}" width="${width}" height="${height}" style="max-width:100%;height:auto"></a>\n<p>Source: ${escapeHtml(input.source)}. <a href="${page}">Interactive chart and data</a></p>`,
    });
  }
  return codes;
}

/**
 * Height of a frame nobody resizes: the graphic's own height when its panels stack on a
 * 320 px screen, plus room for the title (up to five lines), the source line and padding.
 */
export function fixedEmbedHeight(graphicHeights: readonly number[]): number {
  const STACK_GAP = 16;
  const TEXT_AND_PADDING = 340;
  const graphic = graphicHeights.reduce((sum, h) => sum + h, 0) + STACK_GAP * Math.max(0, graphicHeights.length - 1);
  return Math.ceil((graphic + TEXT_AND_PADDING) / 10) * 10;
}

/** The graphic's pixel heights, as the layout knows them (panels stack on a phone). */
export function graphicHeights(layout: unknown): number[] {
  const { panels, height } = (layout ?? {}) as { panels?: unknown; height?: unknown };
  if (Array.isArray(panels)) {
    const heights = panels.map((p: unknown) => (p as { height?: unknown }).height).filter((h): h is number => typeof h === 'number');
    if (heights.length > 0) return heights;
  }
  return [typeof height === 'number' ? height : 400];
}

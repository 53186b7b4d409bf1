/**
 * The embed codes offered on every chart page (and in oEmbed). Built from our own spec text
 * only — never from a URL — and every value is escaped for the attribute or text it lands in.
 * Labels, hints and the image code's words come from the dictionary (content/ui, `embed.forms`).
 */
import { DEFAULT_LOCALE, type Locale } from '../i18n/locales';
import { t } from '../i18n/t';

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
export function embedCodes(input: EmbedCodeInput, locale: Locale = DEFAULT_LOCALE): EmbedCode[] {
  const page = escapeHtml(input.pageUrl);
  const title = escapeHtml(input.title);
  const words = (kind: EmbedCodeKind) => ({ label: t(`embed.forms.${kind}.label`, {}, locale), hint: t(`embed.forms.${kind}.hint`, {}, locale) });
  const codes: EmbedCode[] = [
    {
      kind: 'script',
      ...words('script'),
      code: `${iframe(input)}\n<script async src="${escapeHtml(input.scriptUrl)}"></script>`,
    },
    {
      kind: 'pym',
      ...words('pym'),
      code: `<div data-pym-src="${escapeHtml(input.embedUrl)}" data-pym-title="${title}"><a href="${page}">${title}</a></div>\n<script src="${PYM_SCRIPT_URL}"></script>`,
    },
    {
      kind: 'iframe',
      ...words('iframe'),
      code: iframe(input),
    },
  ];
  if (input.image) {
    const { url, width, height, alt } = input.image;
    codes.push({
      kind: 'image',
      ...words('image'),
      code: `<a href="${page}"><img src="${escapeHtml(url)}" alt="${escapeHtml(alt)}" width="${width}" height="${height}" style="max-width:100%;height:auto"></a>\n<p>${escapeHtml(t('embed.forms.image.source', { source: input.source }, locale))} <a href="${page}">${escapeHtml(t('embed.forms.image.link', {}, locale))}</a></p>`,
    });
  }
  return codes;
}

/**
 * Height of a frame nobody resizes: the graphic's own height when its panels stack on a
 * 320 px screen, plus room for the title (up to five lines), the source line and padding.
 */
export function fixedEmbedHeight(graphicHeights: readonly number[], hasViewControl = false): number {
  const STACK_GAP = 16;
  const TEXT_AND_PADDING = 340;
  // The "Show" radio group wraps to about three lines at 320 px.
  const VIEW_CONTROL = 100;
  const graphic = graphicHeights.reduce((sum, h) => sum + h, 0) + STACK_GAP * Math.max(0, graphicHeights.length - 1);
  return Math.ceil((graphic + TEXT_AND_PADDING + (hasViewControl ? VIEW_CONTROL : 0)) / 10) * 10;
}

/**
 * The graphic's pixel heights, as the layout knows them (panels stack on a phone). With a
 * `view`, only the panels shown in that view count (panels list their views, if any).
 */
export function graphicHeights(layout: unknown, view: string | null = null): number[] {
  const { panels, height } = (layout ?? {}) as { panels?: unknown; height?: unknown };
  if (Array.isArray(panels)) {
    const shown = (p: { views?: unknown }) => view === null || !Array.isArray(p.views) || p.views.length === 0 || p.views.includes(view);
    const heights = panels.filter((p: unknown) => shown(p as { views?: unknown }))
      .map((p: unknown) => (p as { height?: unknown }).height).filter((h): h is number => typeof h === 'number');
    if (heights.length > 0) return heights;
  }
  return [typeof height === 'number' ? height : 400];
}

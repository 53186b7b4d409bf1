/**
 * Embed options come from the iframe's query string, through an allowlist: anything not listed
 * here is ignored, and every value is checked against a fixed set or a strict pattern. The
 * result is only ever used as data (attributes, message strings), never inserted as HTML.
 */

export const THEMES = ['light', 'dark', 'auto'] as const;
/** Embeds are light unless the host asks otherwise: a reader's dark system theme must not put a
 * dark box into a light article (Datawrapper and most hosts default the same way). */
export const DEFAULT_THEME: EmbedTheme = 'light';
export type EmbedTheme = (typeof THEMES)[number];

export interface EmbedOptions {
  /** `light` (default) or `dark` pins a theme; `auto` follows the reader's system. */
  theme: EmbedTheme;
  /** A view name of the chart's spec, or null when absent or not one of the chart's views. */
  view: string | null;
  /** pym.js child id (pym's parent adds `childId` to the iframe URL), or null. */
  childId: string | null;
}

/** pym.js ids come from element ids it makes itself (`pym-0-abcde`) or the host's own ids. */
const CHILD_ID = /^[A-Za-z0-9_.:-]{1,100}$/;

/**
 * Read the allowlisted embed options from a query string (`?theme=dark&view=x`).
 * `views` are the chart's view names; with none, any `view` is ignored.
 */
export function parseEmbedQuery(search: string, views: readonly string[] = []): EmbedOptions {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    params = new URLSearchParams();
  }
  const theme = params.get('theme');
  const view = params.get('view');
  const childId = params.get('childId');
  return {
    theme: (THEMES as readonly string[]).includes(theme ?? '') ? (theme as EmbedTheme) : DEFAULT_THEME,
    view: view !== null && views.includes(view) ? view : null,
    childId: childId !== null && CHILD_ID.test(childId) ? childId : null,
  };
}

/** The query string for a chosen set of options (defaults left out), e.g. `?theme=dark`. */
export function embedQueryString(options: Partial<Pick<EmbedOptions, 'theme' | 'view'>>): string {
  const params = new URLSearchParams();
  if (options.theme && options.theme !== DEFAULT_THEME) params.set('theme', options.theme);
  if (options.view) params.set('view', options.view);
  const query = params.toString();
  return query ? `?${query}` : '';
}

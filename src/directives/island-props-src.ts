/**
 * Chart islands' props live in a file of their own (src/integrations/island-props.mjs), named
 * by `data-props-src`: fetched while the component loads, then set as the island's `props`,
 * which makes Astro's island hydrate with them. If the file cannot be had, the island stays
 * the complete server-rendered chart it already is. Shared by client:intent (./intent.ts) and
 * the embeds' deferred island runtime (src/lib/embed/islands-entry.ts).
 */
export async function propsOf(el: HTMLElement): Promise<string | null> {
  const src = el.getAttribute('data-props-src');
  if (!src) return null;
  const response = await fetch(src, { credentials: 'same-origin' });
  if (!response.ok) throw new Error(`island props ${src}: HTTP ${response.status}`);
  return response.text();
}

/** Hydrate an island whose component has loaded (`hydrate`) with its props file, if it has one. */
export async function hydrateWithProps(load: () => Promise<() => Promise<void>>, el: HTMLElement): Promise<void> {
  const [hydrate, props] = await Promise.all([load(), propsOf(el)]);
  // Setting `props` hydrates (astro-island observes it) now that the component has loaded.
  if (props !== null) el.setAttribute('props', props);
  else await hydrate();
}

/** Events that signal intent. `pointerover`/`focusin` bubble, so they fire for any child of
 * the island (the island element itself is `display: contents` and never the target). */
export const INTENT_EVENTS = ['pointerover', 'focusin', 'touchstart'] as const;

import type { ClientDirective } from 'astro';

// Events that signal intent. `pointerover`/`focusin` bubble, so they fire for any child of
// the island (the island element itself is `display: contents` and never the target).
const EVENTS = ['pointerover', 'focusin', 'touchstart'] as const;

/**
 * Chart islands' props live in a file of their own (src/integrations/island-props.mjs), named
 * by `data-props-src`: fetched while the component loads, then set as the island's `props`,
 * which makes Astro's island hydrate with them. If the file cannot be had, the island stays
 * the complete server-rendered chart it already is.
 */
async function propsOf(el: HTMLElement): Promise<string | null> {
  const src = el.getAttribute('data-props-src');
  if (!src) return null;
  const response = await fetch(src, { credentials: 'same-origin' });
  if (!response.ok) throw new Error(`island props ${src}: HTTP ${response.status}`);
  return response.text();
}

const intent: ClientDirective = (load, _options, el) => {
  let started = false;
  const start = async () => {
    if (started) return;
    started = true;
    for (const type of EVENTS) el.removeEventListener(type, start);
    const [hydrate, props] = await Promise.all([load(), propsOf(el)]);
    // Setting `props` hydrates (astro-island observes it) now that the component has loaded.
    if (props !== null) el.setAttribute('props', props);
    else await hydrate();
  };
  for (const type of EVENTS) el.addEventListener(type, start, { passive: true });
};

export default intent;

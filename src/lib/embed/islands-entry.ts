/**
 * The island runtime of an embed, on intent (issue 12 item 6). Embeds are the pages a host pays
 * for up front, and Astro inlines its island runtime (about 4.4 KB, 1.7 KB gzip) and the
 * client:intent directive into every page with an island. For /embed/<id>/ the build takes both
 * out again (src/integrations/embed-assets.mjs) and this module, part of the embed's one script
 * file, stands in for them: it waits for the same intent (pointer over, focus in, touch on an
 * island) and only then loads the runtime (Astro's own, as a file the build names in
 * `<html data-island-runtime>`), whose islands hydrate at once, with their props file, as
 * client:intent would have. Before that the chart is the complete server-rendered SVG. Where the
 * runtime is still in the page (`astro dev`, or an embed without intent islands), there is no
 * attribute and it does nothing.
 */
import { hydrateWithProps, INTENT_EVENTS } from '../../directives/island-props-src';

type Directive = (load: () => Promise<() => Promise<void>>, options: unknown, el: HTMLElement) => void;

const runtime = document.documentElement.dataset['islandRuntime'];
const islands = [...document.querySelectorAll<HTMLElement>('astro-island[client="intent"]')];
if (runtime && islands.length > 0) {
  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    for (const island of islands) for (const type of INTENT_EVENTS) island.removeEventListener(type, start);
    const astro = ((self as unknown as { Astro?: Record<string, Directive> }).Astro ??= {});
    // The reader has already shown intent: every island hydrates as soon as it connects.
    astro['intent'] = (load, _options, el) => { void hydrateWithProps(load, el); };
    void import(/* @vite-ignore */ runtime);
  };
  for (const island of islands) for (const type of INTENT_EVENTS) island.addEventListener(type, start, { passive: true });
}

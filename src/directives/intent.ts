import type { ClientDirective } from 'astro';

// Events that signal intent. `pointerover`/`focusin` bubble, so they fire for any child of
// the island (the island element itself is `display: contents` and never the target).
const EVENTS = ['pointerover', 'focusin', 'touchstart'] as const;

const intent: ClientDirective = (load, _options, el) => {
  let started = false;
  const start = async () => {
    if (started) return;
    started = true;
    for (const type of EVENTS) el.removeEventListener(type, start);
    const hydrate = await load();
    await hydrate();
  };
  for (const type of EVENTS) el.addEventListener(type, start, { passive: true });
};

export default intent;

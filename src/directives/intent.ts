import type { ClientDirective } from 'astro';
import { hydrateWithProps, INTENT_EVENTS } from './island-props-src';

const intent: ClientDirective = (load, _options, el) => {
  let started = false;
  const start = async () => {
    if (started) return;
    started = true;
    for (const type of INTENT_EVENTS) el.removeEventListener(type, start);
    await hydrateWithProps(load, el);
  };
  for (const type of INTENT_EVENTS) el.addEventListener(type, start, { passive: true });
};

export default intent;

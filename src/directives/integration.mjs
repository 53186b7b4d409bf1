// @ts-check
/** The directive's name and entry point (security-headers hashes its inline script from it). */
export const intent = { name: 'intent', entrypoint: new URL('./intent.ts', import.meta.url).pathname };

/**
 * Adds `client:intent`: an island hydrates only when the reader shows intent to interact
 * (pointer over it, keyboard focus inside it, or a touch). Charts are complete SVG before
 * hydration, so a page nobody touches downloads no chart JavaScript.
 * @returns {import('astro').AstroIntegration}
 */
export default function intentDirective() {
  return {
    name: 'client-intent-directive',
    hooks: {
      'astro:config:setup': ({ addClientDirective }) => {
        addClientDirective(intent);
      },
    },
  };
}

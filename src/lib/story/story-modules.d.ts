/** The story's compiled .svx modules by file name (src/integrations/content-modules.mjs). */
declare module 'virtual:story-modules' {
  import type { Component } from 'svelte';
  type SvxModule = { default: Component };
  export const sections: Record<string, SvxModule>;
  export const fallbacks: Record<string, SvxModule>;
  export const front: Record<string, SvxModule>;
}

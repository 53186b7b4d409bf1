/** Compiled mdsvex modules (.svx): a Svelte component (the story's sections and fallbacks). */
declare module '*.svx' {
  import type { Component } from 'svelte';
  const component: Component;
  export default component;
}

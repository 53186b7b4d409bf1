import { vitePreprocess } from '@astrojs/svelte';
import { mdsvex } from 'mdsvex';
import { storyTags } from './src/lib/story/svx-tags.mjs';

// .svx prose compiles through mdsvex; .svelte through Vite's TypeScript preprocess. Story
// .svx files first get their tag imports (src/lib/story/svx-tags.mjs).
export default {
  extensions: ['.svelte', '.svx'],
  preprocess: [storyTags(), mdsvex({ extensions: ['.svx'] }), vitePreprocess()],
};

import { vitePreprocess } from '@astrojs/svelte';
import { mdsvex } from 'mdsvex';

// .svx prose compiles through mdsvex; .svelte through Vite's TypeScript preprocess.
export default {
  extensions: ['.svelte', '.svx'],
  preprocess: [mdsvex({ extensions: ['.svx'] }), vitePreprocess()],
};

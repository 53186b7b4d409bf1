// @ts-check
/**
 * Svelte markup preprocessor for the story's .svx files: the prose uses <Fig>, <Q>, <Claim>,
 * <Term>, <ChartSlot>, <Interactive> and the boxes (<Box>, <EvidenceKey>, <FactCheck>,
 * <VerdictScale>, <Unmeasured>) without importing them (the words stay free of code),
 * so this adds one import script. It also removes the frontmatter: the story loader reads and
 * validates it (src/lib/story/story-loader.ts), and mdsvex would otherwise turn each key into
 * a variable (`for:` in the fallbacks is a reserved word). Blank lines keep line numbers.
 * Runs before mdsvex; adds imports only to .svx files under a `story/` folder. First it runs the
 * content guard (src/lib/content/guard.mjs): a file that carries code (`<script
 * context="module">`, `{@html}`, a javascript: link…) fails here, before mdsvex or Svelte
 * compiles it, so none of it can run on the build machine or reach a page.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { assertSafeProse } from '../content/guard.mjs';
import { displayPath } from '../content/dir.mjs';

const TAGS_MODULE = fileURLToPath(new URL('../../components/story/tags.ts', import.meta.url));
export const STORY_TAGS = ['Fig', 'Q', 'Claim', 'Term', 'ChartSlot', 'Interactive', 'Box', 'EvidenceKey', 'FactCheck', 'VerdictScale', 'Unmeasured'];

/** @param {string} source @param {string} filename */
export function addStoryImports(source, filename) {
  let rel = path.relative(path.dirname(filename), TAGS_MODULE).split(path.sep).join('/');
  if (!rel.startsWith('.')) rel = `./${rel}`;
  const script = `<script>\n  import { ${STORY_TAGS.join(', ')} } from '${rel}';\n</script>\n`;
  const fm = /^---\r?\n[\s\S]*?\r?\n---\r?\n/.exec(source);
  if (!fm) return script + source;
  return script + fm[0].replace(/[^\n]/g, '') + source.slice(fm[0].length);
}

/** @returns {import('svelte/compiler').PreprocessorGroup} */
export function storyTags() {
  return {
    name: 'story-tags',
    markup({ content, filename }) {
      if (!filename || !filename.endsWith('.svx')) return;
      // Every .svx is prose: guard it wherever it lives, even outside a story/ folder.
      assertSafeProse(content, displayPath(filename), { syntax: 'svx', components: STORY_TAGS });
      if (!/[\\/]story[\\/]/.test(filename)) return;
      return { code: addStoryImports(content, filename) };
    },
  };
}

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
export const STORY_TAGS = ['Fig', 'Q', 'Claim', 'Term', 'ChartSlot', 'Interactive', 'Box', 'EvidenceKey', 'FactCheck', 'VerdictScale', 'Unmeasured', 'ReadMore'];

/** @param {string} source @param {string} filename */
export function addStoryImports(source, filename) {
  let rel = path.relative(path.dirname(filename), TAGS_MODULE).split(path.sep).join('/');
  if (!rel.startsWith('.')) rel = `./${rel}`;
  const script = `<script>\n  import { ${STORY_TAGS.join(', ')} } from '${rel}';\n</script>\n`;
  const fm = /^---\r?\n[\s\S]*?\r?\n---\r?\n/.exec(source);
  if (!fm) return script + source;
  return script + fm[0].replace(/[^\n]/g, '') + source.slice(fm[0].length);
}

/** The story's inline tags: a paragraph may start with one of them. */
export const INLINE_TAGS = ['Fig', 'Q', 'Claim', 'Term'];
const INLINE_START = new RegExp(`^<(?:${INLINE_TAGS.join('|')})\\b`);

/**
 * mdsvex (like CommonMark's HTML-block rule) reads a block that starts with a tag as raw HTML:
 * a paragraph opening with `<Claim>` was never parsed, so its `**bold**` reached readers as
 * asterisks and it got no `<p>`. An empty Svelte expression `{null}` in front of such a paragraph
 * makes Markdown see text first, so it parses the paragraph like any other; Svelte renders the
 * expression as nothing. Only paragraphs that open with an inline story tag after a blank line
 * (or at the start) are touched; block tags (<Box>, <ChartSlot>…), code fences and the
 * frontmatter are not. Line numbers do not change.
 * @param {string} source
 */
export function paragraphsFromInlineTags(source) {
  const lines = source.split('\n');
  let fence = false;
  let frontmatter = lines[0]?.trim() === '---';
  let bodyStart = frontmatter ? -1 : 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (frontmatter) {
      if (i > 0 && line.trim() === '---') [frontmatter, bodyStart] = [false, i + 1];
      continue;
    }
    if (/^\s*(```|~~~)/.test(line)) fence = !fence;
    if (fence) continue;
    const blockStart = i === bodyStart || (lines[i - 1] ?? '').trim() === '';
    if (blockStart && INLINE_START.test(line)) lines[i] = `{null}${line}`;
  }
  return lines.join('\n');
}

/**
 * Chapter files (`story/NN-*.svx`) are written with `###` under the section title (the house
 * style that src/lib/story/balance.ts reads). Each chapter is its own page with the title as
 * its h1, so its headings are promoted one level here (`###` → h2, `####` → h3): no level is
 * skipped. Fenced code is left alone; line numbers do not change.
 * @param {string} source
 */
export function promoteChapterHeadings(source) {
  let fence = false;
  return source.split('\n').map((line) => {
    if (/^\s*(```|~~~)/.test(line)) fence = !fence;
    return fence ? line : line.replace(/^#(#{2,5}) /, '$1 ');
  }).join('\n');
}
const CHAPTER_FILE = /[\\/]story[\\/]\d+-[^\\/]+\.svx$/;

/** @returns {import('svelte/compiler').PreprocessorGroup} */
export function storyTags() {
  return {
    name: 'story-tags',
    markup({ content, filename }) {
      if (!filename || !filename.endsWith('.svx')) return;
      // Every .svx is prose: guard it wherever it lives, even outside a story/ folder.
      assertSafeProse(content, displayPath(filename), { syntax: 'svx', components: STORY_TAGS });
      if (!/[\\/]story[\\/]/.test(filename)) return;
      const words = CHAPTER_FILE.test(filename) ? promoteChapterHeadings(content) : content;
      return { code: addStoryImports(paragraphsFromInlineTags(words), filename) };
    },
  };
}

// @ts-check
/**
 * `virtual:story-modules`: the story's compiled .svx modules, from CONTENT_DIR like every other
 * content collection (src/lib/content/dir.mjs). A literal `import.meta.glob('/content/story/…')`
 * always compiled the repository's own prose, so a broken-content build could not reach it.
 * The module lists the files when it is loaded and imports each by absolute path:
 *   export const sections = { '01-the-stakes.svx': module, … };
 *   export const fallbacks = { 'stance-check.svx': module, … };
 *   export const front = { 'five-minutes.svx': module };
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { contentDir } from '../lib/content/dir.mjs';

const ID = 'virtual:story-modules';
const RESOLVED = `\0${ID}`;

/** @param {string} dir */
const svx = (dir) => {
  try {
    return readdirSync(dir).filter((f) => f.endsWith('.svx')).sort();
  } catch {
    return [];
  }
};

/** The module's source: one static import per .svx file. */
export function storyModulesSource(root = contentDir()) {
  const groups = { sections: path.join(root, 'story'), fallbacks: path.join(root, 'story', 'fallback'), front: path.join(root, 'story', 'front') };
  const lines = [];
  let n = 0;
  for (const [name, dir] of Object.entries(groups)) {
    const entries = svx(dir).map((f) => {
      const id = `m${n++}`;
      lines.push(`import * as ${id} from ${JSON.stringify(path.join(dir, f).split(path.sep).join('/'))};`);
      return `${JSON.stringify(f)}: ${id}`;
    });
    lines.push(`export const ${name} = { ${entries.join(', ')} };`);
  }
  return lines.join('\n');
}

/** @returns {import('astro').AstroIntegration} */
export default function contentModules() {
  return {
    name: 'content-modules',
    hooks: {
      'astro:config:setup': ({ updateConfig, addWatchFile }) => {
        addWatchFile(path.join(contentDir(), 'story'));
        updateConfig({
          vite: {
            plugins: [{
              name: 'story-modules',
              resolveId: (/** @type {string} */ id) => (id === ID ? RESOLVED : undefined),
              load: (/** @type {string} */ id) => (id === RESOLVED ? storyModulesSource() : undefined),
            }],
          },
        });
      },
    },
  };
}

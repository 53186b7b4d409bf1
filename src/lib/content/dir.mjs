// @ts-check
/**
 * Where content lives. `CONTENT_DIR` exists for the broken-content tests, which point a build at
 * a broken copy of content/ instead of editing the real files. Every collection, the story's
 * compiled .svx modules and the number check read from here. Plain .mjs: the Vite plugin that
 * lists the story modules (src/integrations/content-modules.mjs) runs before TypeScript does.
 * @returns {string} absolute path
 */
import path from 'node:path';

export function contentDir() {
  return path.resolve(process.env['CONTENT_DIR'] ?? 'content');
}

/**
 * A file's name for messages: relative to the project (`content/data/x.csv`) when inside it,
 * absolute otherwise (a broken copy under /tmp).
 * @param {string} file @returns {string}
 */
export function displayPath(file) {
  const rel = path.relative(process.cwd(), file);
  return rel.startsWith('..') || path.isAbsolute(rel) ? file : rel.split(path.sep).join('/');
}

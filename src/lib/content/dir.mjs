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

// @ts-check
/** Every built HTML file under a folder (absolute paths), for the after-build integrations. */
import { readdir } from 'node:fs/promises';
import path from 'node:path';

/** @param {string} dir @returns {Promise<string[]>} */
export async function htmlFiles(dir) {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(entries.map((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? htmlFiles(full) : Promise.resolve(e.name.endsWith('.html') ? [full] : []);
  }));
  return nested.flat();
}

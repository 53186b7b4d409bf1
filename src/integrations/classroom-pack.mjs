// @ts-check
/**
 * Writes dist/classroom/pack.zip after the build: the classroom kit as an offline pack (self-
 * contained pages, Word files, chart images and data, a README for the teacher). The work is
 * in src/lib/classroom/pack/offline-pack.ts; the README's words are in
 * content/classroom/pack/README.txt.
 *
 * Node loads offline-pack.ts itself (type stripping): it must stay erasable TypeScript that
 * imports only packages. If astro.config.mjs cannot load natively, Astro falls back to Vite's
 * module runner, which is closed by astro:build:done, and security-headers' imports then fail.
 */
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildPack, PACK_PATH } from '../lib/classroom/pack/offline-pack.ts';

/** @returns {import('astro').AstroIntegration} */
export default function classroomPack() {
  let base = '/';
  let siteUrl = 'https://fentanyl-explainer.example';
  return {
    name: 'classroom-pack',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.replace(/\/?$/, '/');
        if (config.site) siteUrl = config.site;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        if (!existsSync(path.join(dist, 'classroom', 'index.html'))) return;
        const readmeFile = path.resolve(process.env.CONTENT_DIR ?? 'content', 'classroom', 'pack', 'README.txt');
        const { zip, files } = buildPack({
          dist, base, siteUrl,
          readme: readFileSync(readmeFile, 'utf8'),
          date: new Date().toISOString().slice(0, 10),
        });
        writeFileSync(path.join(dist, PACK_PATH.slice(1)), zip);
        logger.info(`${PACK_PATH}: ${files.length} files, ${(zip.length / 1024).toFixed(0)} KB`);
      },
    },
  };
}

/**
 * /embed.js — the parent script hosts load next to our iframe. Bundled at build time from
 * src/lib/embed/parent-entry.ts (tested TypeScript) into one small dependency-free file.
 */
import type { APIRoute } from 'astro';
import path from 'node:path';
import { build } from 'esbuild';
import { absolute } from '../lib/paths';

export const GET: APIRoute = async ({ site }) => {
  const result = await build({
    entryPoints: [path.resolve('src/lib/embed/parent-entry.ts')],
    bundle: true,
    write: false,
    minify: true,
    format: 'iife',
    target: 'es2020',
    legalComments: 'none',
    define: { __SITE_ORIGIN__: JSON.stringify(new URL(absolute('/', site)).origin) },
  });
  const code = result.outputFiles[0]?.text ?? '';
  const banner = '/* Fentanyl Policy Explainer embed resizer (MIT). Resizes our iframes to their content. */\n';
  return new Response(banner + code, { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
};

// @ts-check
/**
 * Embeds load as few bytes as they can (issue 12 item 6: "embed still ≤ 10 KB" gzip at first
 * load). A host pays an embed's first load for every chart it frames, so after the build each
 * /embed/<id>/ page is rewritten:
 *   1. its stylesheets (Vite splits them per component: base, figure, embed frame, chart shell,
 *      the marks) become one file, in the same order, so the cascade is unchanged and gzip's
 *      start-up cost is paid once: `_astro/embed.<hash>.css`. Rules for the chart page only
 *      (embed code, notes, sources, skip link …) are dropped: a rule goes when each of its
 *      selectors names a class or data attribute that appears in no embed page, no script
 *      under _astro/ and no island props file, so nothing an embed shows, now or after a
 *      script runs, can match it;
 *   2. its module scripts (the view switch, the height protocol and their shared modules)
 *      become one file, `_astro/embed.<hash>.js`, bundled by esbuild; dynamic imports stay
 *      separate files, loaded when they are today;
 *   3. Astro's inline island runtime and the client:intent directive are taken out: the runtime
 *      (Astro's prebuilt text, byte for byte) becomes `_astro/island-runtime.<hash>.js`, named by
 *      `<html data-island-runtime>`, and the embed's script (src/lib/embed/islands-entry.ts)
 *      loads it on the same intent, so a host whose readers never touch the chart never pays
 *      for it. Only pages whose islands are all client:intent are changed.
 * Files are content-hashed, so embeds with the same assets share them (and _headers caches
 * _astro/ for a year). Chart pages and the story are not touched. Runs after island-props and
 * before security-headers, which hashes the inline scripts that remain.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import postcss from 'postcss';
import { htmlFiles } from './html-files.mjs';
import { ISLAND_PROPS_DIR } from './island-props.mjs';
import { createRequire } from 'node:module';
import { ownInlineScripts, scriptHash } from '../lib/security/own-scripts.mjs';

const hash = (/** @type {string} */ text) => createHash('sha256').update(text).digest('hex').slice(0, 10);
const attrOf = (/** @type {string} */ tag, /** @type {string} */ name) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];

/**
 * `css` without the rules that cannot match: every selector of the rule names a class
 * (`.name`) or data attribute (`[data-name`) that `corpus` (all the text an embed's DOM can come
 * from) does not contain. At-rules left empty go too.
 * @param {string} css @param {string} corpus @returns {string}
 */
export function dropUnusedRules(css, corpus) {
  const root = postcss.parse(css);
  const dead = (/** @type {string} */ selector) => [...selector.matchAll(/\.(-?[_a-zA-Z][\w-]*)|\[(data-[\w-]+)/g)].some((m) => !corpus.includes(m[1] ?? m[2] ?? ''));
  root.walkRules((rule) => {
    if (rule.parent?.type === 'rule') return;
    if (rule.selectors.every(dead)) rule.remove();
  });
  root.walkAtRules((at) => {
    if (at.nodes && at.nodes.length === 0) at.remove();
  });
  return root.toString();
}

/**
 * One bundle of the given module files (site paths under `_astro/`), in order.
 * @param {string} dist @param {string[]} files dist-relative paths ("_astro/x.js") @returns {Promise<string>}
 */
async function bundle(dist, files) {
  const result = await build({
    stdin: { contents: files.map((f) => `import ${JSON.stringify(`./${path.posix.basename(f)}`)};`).join('\n'), resolveDir: path.join(dist, '_astro'), loader: 'js' },
    bundle: true,
    format: 'esm',
    minify: true,
    write: false,
    legalComments: 'none',
    logLevel: 'silent',
    plugins: [{
      name: 'dynamic-imports-stay-files',
      setup(b) {
        // Loaded on use, as before: the bundle sits in the same folder, so the specifier holds.
        b.onResolve({ filter: /.*/ }, (args) => (args.kind === 'dynamic-import' ? { path: args.path, external: true } : undefined));
      },
    }],
  });
  const out = result.outputFiles[0];
  if (!out) throw new Error(`embed-assets: esbuild wrote nothing for ${files.join(', ')}`);
  return out.text;
}

/**
 * Rewrite one embed page; returns it and the assets it now names (dist-relative path → text).
 * @param {string} html
 * @param {{ base: string, dist: string, islandHashes: ReadonlySet<string>, runtime: string, corpus: string }} opts
 *   `runtime`: Astro's island runtime (astro-island.prebuilt.js); `corpus`: see dropUnusedRules
 * @returns {Promise<{ html: string, files: Map<string, string> }>}
 */
export async function slimEmbed(html, { base, dist, islandHashes, runtime, corpus }) {
  /** @type {Map<string, string>} */
  const files = new Map();
  const local = (/** @type {string} */ url) => {
    if (!url.startsWith(`${base}_astro/`)) throw new Error(`embed-assets: ${url} is not a built asset under ${base}_astro/`);
    return url.slice(base.length);
  };
  const read = (/** @type {string} */ file) => {
    const full = path.join(dist, file);
    if (!existsSync(full)) throw new Error(`embed-assets: ${file} is missing from dist/`);
    return readFile(full, 'utf8');
  };

  // 1. Stylesheets.
  const links = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)">/g)];
  if (links.length > 1) {
    const css = dropUnusedRules((await Promise.all(links.map((m) => read(local(m[1] ?? ''))))).map((c) => c.trim()).join('\n'), corpus);
    const name = `_astro/embed.${hash(css)}.css`;
    files.set(name, css);
    let first = true;
    html = html.replace(/<link rel="stylesheet" href="[^"]+">/g, () => (first ? ((first = false), `<link rel="stylesheet" href="${base}${name}">`) : ''));
  }

  // 2. Module scripts.
  const scripts = [...html.matchAll(/<script type="module" src="([^"]+)"><\/script>/g)];
  if (scripts.length > 1) {
    const js = await bundle(dist, scripts.map((m) => local(m[1] ?? '')));
    const name = `_astro/embed.${hash(js)}.js`;
    files.set(name, js);
    let left = scripts.length;
    // In place of the last one (the height protocol's, at the end of <body>).
    html = html.replace(/<script type="module" src="[^"]+"><\/script>/g, () => (--left === 0 ? `<script type="module" src="${base}${name}"></script>` : ''));
  }

  // 3. The island runtime, when every island waits for intent.
  const islands = [...html.matchAll(/<astro-island\b[^>]*>/g)].map((m) => m[0]);
  if (islands.length > 0 && islands.every((tag) => attrOf(tag, 'client') === 'intent')) {
    let removed = 0;
    html = html.replace(/<script>([\s\S]*?)<\/script>/g, (whole, body) => (islandHashes.has(scriptHash(body)) ? ((removed += 1), '') : whole));
    if (removed > 0) {
      const name = `_astro/island-runtime.${hash(runtime)}.js`;
      files.set(name, runtime);
      html = html.replace(/<html\b/, `<html data-island-runtime="${base}${name}"`);
    }
  }
  return { html, files };
}

/**
 * @param {{ base?: string, clientDirectives?: readonly import('../lib/security/own-scripts.mjs').ClientDirective[] }} [options]
 * @returns {import('astro').AstroIntegration}
 */
export default function embedAssets({ base = '/', clientDirectives = [] } = {}) {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  let root = process.cwd();
  return {
    name: 'embed-assets',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        const embedDir = path.join(dist, 'embed');
        if (!existsSync(embedDir)) return;
        const islandHashes = new Set((await ownInlineScripts({ root, clientDirectives })).filter((s) => s.island).map((s) => s.hash));
        const astroDir = path.dirname(createRequire(path.join(root, 'package.json')).resolve('astro/package.json'));
        const runtime = (await import(pathToFileURL(path.join(astroDir, 'dist/runtime/server/astro-island.prebuilt.js')).href)).default;
        /** @type {Map<string, string>} */
        const all = new Map();
        // The embed pages themselves (/embed/<id>/), not /embed/<id>/views/ (fetched for its panels only).
        const embedHtml = await htmlFiles(embedDir);
        const pages = embedHtml.filter((f) => path.dirname(path.dirname(f)) === embedDir);
        const textsIn = async (/** @type {string} */ dir, /** @type {string} */ ext) => (existsSync(dir)
          ? Promise.all((await readdir(dir)).filter((f) => f.endsWith(ext)).map((f) => readFile(path.join(dir, f), 'utf8')))
          : []);
        const corpus = [
          ...(await Promise.all(embedHtml.map((f) => readFile(f, 'utf8')))),
          ...(await textsIn(path.join(dist, '_astro'), '.js')),
          ...(await textsIn(path.join(dist, ISLAND_PROPS_DIR), '.json')),
        ].join('\n');
        for (const file of pages) {
          const { html, files } = await slimEmbed(await readFile(file, 'utf8'), { base: prefix, dist, islandHashes, runtime, corpus });
          for (const [name, text] of files) all.set(name, text);
          await writeFile(file, html);
        }
        await Promise.all([...all].map(([name, text]) => writeFile(path.join(dist, name), text)));
        logger.info(`${pages.length} embeds: one stylesheet and one script each (${all.size} files), island runtime on intent`);
      },
    },
  };
}

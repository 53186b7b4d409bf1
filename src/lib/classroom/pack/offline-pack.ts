/**
 * The classroom kit's offline pack, `/classroom/pack.zip`, made from the built site after the
 * build (integrations/classroom-pack.mjs). Everything a teacher needs on a USB stick, on a
 * network that blocks the site, or with no network at all:
 *
 *   fentanyl-classroom-kit/
 *     START-HERE.html            the kit's front page
 *     README.txt                 for the teacher (content/classroom/pack/README.txt)
 *     classroom/…/*.html         every kit page (lessons, handouts, answer keys, tools)
 *     charts/<id>.html|.png      every chart the kit links to: its page and its image
 *     data/<id>.csv              the data behind each of those charts
 *     word/*.docx                every Word file
 *
 * Each page is self-contained: stylesheets inlined, the small page scripts (projector mode,
 * stance tally, theme) inlined, chart islands left as their server-rendered SVG, every link
 * relative to a file in the pack or, for anything not in it, an absolute link to the live site.
 * Nothing in a page asks the network for anything.
 */
import { readFileSync, existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { buildSync } from 'esbuild';
import { zipSync, strToU8, type Zippable } from 'fflate';
import { parse, type HTMLElement } from 'node-html-parser';
import { parse as parseYaml } from 'yaml';

export const PACK_ROOT = 'fentanyl-classroom-kit';
export const PACK_PATH = '/classroom/pack.zip';

/**
 * A text of content/ui/en.yaml. Node loads this file without Vite (classroom-pack.mjs), so it
 * cannot import lib/i18n/t.ts (which imports project modules); the build has already checked
 * the dictionary, so reading the one key here is safe.
 */
function tr(key: string): string {
  const file = path.resolve(process.env['CONTENT_DIR'] ?? 'content', 'ui', 'en.yaml');
  const value = key.split('.').reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined), parseYaml(readFileSync(file, 'utf8')));
  if (typeof value !== 'string') throw new Error(`content/ui/en.yaml has no text at "${key}"`);
  return value;
}

export interface PackOptions {
  /** The built site (dist/). */
  dist: string;
  /** The site's base path ("/" or "/sub/"). */
  base: string;
  /** The live site's origin and base, for links to pages not in the pack. */
  siteUrl: string;
  /** The teacher's README text ({{SITE_URL}} and {{DATE}} are filled in). */
  readme: string;
  /** Build date (YYYY-MM-DD), also every file's time in the zip. */
  date: string;
}

export interface PackResult {
  zip: Uint8Array;
  /** Pack-relative file names, sorted. */
  files: string[];
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
}

/** Site path (without base) of a kit or chart page → its file in the pack. */
export function packFileFor(sitePath: string): string | undefined {
  if (sitePath === '/classroom/') return 'START-HERE.html';
  let m = /^\/classroom\/([a-z0-9/-]+?)\/$/.exec(sitePath);
  if (m) return `classroom/${m[1]}.html`;
  m = /^\/classroom\/downloads\/([a-z0-9-]+\.docx)$/.exec(sitePath);
  if (m) return `word/${m[1]}`;
  m = /^\/charts\/([a-z0-9-]+)\/$/.exec(sitePath);
  if (m) return `charts/${m[1]}.html`;
  m = /^\/charts\/([a-z0-9-]+\.png)$/.exec(sitePath);
  if (m) return `charts/${m[1]}`;
  m = /^\/data\/([a-z0-9-]+\.csv)$/.exec(sitePath);
  if (m) return `data/${m[1]}`;
  return undefined;
}

/** Relative URL from one pack file to another. */
export function relativeUrl(from: string, to: string): string {
  const rel = path.posix.relative(path.posix.dirname(from), to);
  return rel || path.posix.basename(to);
}

/** Built file (dist-relative) of a site path, or undefined. */
function distFile(dist: string, sitePath: string): string | undefined {
  const rel = sitePath.replace(/^\//, '');
  const full = path.join(dist, rel);
  if (sitePath.endsWith('/')) return existsSync(path.join(full, 'index.html')) ? path.join(full, 'index.html') : undefined;
  return existsSync(full) ? full : undefined;
}

const ISLAND_SCRIPT = /astro-island|self\.Astro|Astro\s*\|\|/;

class Pack {
  private readonly css = new Map<string, string>();
  private readonly scripts = new Map<string, string | null>();
  private readonly opts: PackOptions;
  // Plain fields, no parameter properties: the build loads this file with Node's type stripping
  // (astro.config.mjs must load natively; see src/integrations/classroom-pack.mjs).
  constructor(opts: PackOptions) {
    this.opts = opts;
  }

  /** A site URL (as written in a page) → site path without base, or undefined if not ours. */
  sitePath(ref: string, from = '/'): { path: string; rest: string } | undefined {
    if (/^(#|mailto:|tel:|data:|javascript:)/i.test(ref)) return undefined;
    const live = new URL(this.opts.siteUrl);
    const url = new URL(ref, new URL(this.opts.base.replace(/\/$/, '') + from, live));
    if (url.origin !== live.origin) return undefined;
    const base = this.opts.base;
    if (!url.pathname.startsWith(base)) return undefined;
    return { path: `/${url.pathname.slice(base.length)}`, rest: `${url.search}${url.hash}` };
  }

  live(sitePath: string, rest: string): string {
    return new URL(this.opts.base.replace(/\/$/, '') + sitePath + rest, this.opts.siteUrl).href;
  }

  stylesheet(href: string): string {
    let css = this.css.get(href);
    if (css === undefined) {
      const file = distFile(this.opts.dist, href.slice(this.opts.base.length - 1));
      if (!file) throw new Error(`offline pack: stylesheet ${href} is not in the build`);
      css = readFileSync(file, 'utf8');
      if (/url\(/.test(css.replace(/url\(\s*["']?data:/g, ''))) throw new Error(`offline pack: ${href} loads files (url()), which the pack does not carry`);
      this.css.set(href, css);
    }
    return css;
  }

  /** A page script with the chunks it imports, bundled into one inline module (or null). */
  script(src: string): string | null {
    if (!this.scripts.has(src)) {
      const file = distFile(this.opts.dist, src.slice(this.opts.base.length - 1));
      if (!file) this.scripts.set(src, null);
      else {
        const out = buildSync({ entryPoints: [file], bundle: true, format: 'esm', minify: true, write: false, logLevel: 'silent' });
        const code = out.outputFiles[0]?.text ?? '';
        // A script that still loads code at run time (islands) cannot work from file://.
        this.scripts.set(src, /\bimport\s*\(/.test(code) ? null : code.replace(/<\/script/gi, '<\\/script'));
      }
    }
    return this.scripts.get(src)!;
  }

  /** One built page → its self-contained pack version. `inPack` says which pack files exist. */
  page(sitePath: string, file: string, inPack: (f: string) => boolean): string {
    const source = distFile(this.opts.dist, sitePath);
    if (!source) throw new Error(`offline pack: ${sitePath} is not in the build`);
    const doc = parse(readFileSync(source, 'utf8'), { comment: false, blockTextElements: { script: true, style: true } });
    for (const el of doc.querySelectorAll('link')) {
      const rel = el.getAttribute('rel') ?? '';
      if (rel === 'stylesheet') el.replaceWith(`<style>${this.stylesheet(el.getAttribute('href') ?? '')}</style>`);
      else if (/icon|preload|modulepreload|prefetch|manifest/.test(rel)) el.remove();
    }
    for (const el of doc.querySelectorAll('script')) {
      const src = el.getAttribute('src');
      if (src) {
        const code = el.getAttribute('type') === 'module' ? this.script(src) : null;
        if (code) el.replaceWith(`<script type="module">${code}</script>`);
        else el.remove();
      } else if (ISLAND_SCRIPT.test(el.textContent)) el.remove();
    }
    // Chart islands stay as the SVG drawn at build time (nothing to load from file://).
    for (const island of doc.querySelectorAll('astro-island')) island.replaceWith(island.innerHTML);
    for (const embed of doc.querySelectorAll('[data-embed-code]')) {
      const live = this.live(sitePath, '');
      embed.replaceWith(`<p class="small">${tr('classroom.packEmbed')} <a href="${live}">${live}</a></p>`);
    }
    this.links(doc, sitePath, file, inPack);
    return `<!DOCTYPE html>${doc.toString().replace(/^<!DOCTYPE html>/i, '')}`;
  }

  links(doc: HTMLElement, from: string, file: string, inPack: (f: string) => boolean): void {
    for (const el of doc.querySelectorAll('[href], [src]')) {
      for (const attr of ['href', 'src']) {
        const ref = el.getAttribute(attr);
        if (!ref) continue;
        const site = this.sitePath(ref, from);
        if (!site) continue;
        const target = packFileFor(site.path);
        if (target && inPack(target)) {
          // "?view=…" works from file:// too (the chart page's script reads it).
          el.setAttribute(attr, relativeUrl(file, target) + site.rest);
        } else if (el.tagName === 'LINK' && /canonical|alternate/.test(el.getAttribute('rel') ?? '')) {
          el.setAttribute(attr, this.live(site.path, site.rest));
        } else if (attr === 'src') {
          el.remove();
        } else {
          el.setAttribute(attr, this.live(site.path, site.rest));
          if (el.hasAttribute('download')) el.removeAttribute('download');
        }
      }
    }
  }
}

/** Kit pages and the chart pages they link to (site paths without base). */
function pagesToPack(dist: string, pack: Pack): { kit: string[]; charts: string[] } {
  const kit = walk(path.join(dist, 'classroom'))
    .filter((f) => f.endsWith('index.html'))
    .map((f) => `/${path.relative(dist, path.dirname(f)).split(path.sep).join('/')}/`)
    .sort();
  const charts = new Set<string>();
  for (const p of kit) {
    const doc = parse(readFileSync(distFile(dist, p)!, 'utf8'));
    for (const a of doc.querySelectorAll('a[href]')) {
      const site = pack.sitePath(a.getAttribute('href')!, p);
      const m = site && /^\/charts\/([a-z0-9-]+)\/$/.exec(site.path);
      if (m && distFile(dist, site.path)) charts.add(m[1]!);
    }
  }
  return { kit, charts: [...charts].sort() };
}

export function buildPack(opts: PackOptions): PackResult {
  const pack = new Pack(opts);
  const { kit, charts } = pagesToPack(opts.dist, pack);
  const files = new Map<string, Uint8Array>();
  const binary = (sitePath: string) => {
    const target = packFileFor(sitePath)!;
    const source = distFile(opts.dist, sitePath);
    if (!source) throw new Error(`offline pack: ${sitePath} is not in the build`);
    files.set(target, new Uint8Array(readFileSync(source)));
  };
  const docx = walk(path.join(opts.dist, 'classroom', 'downloads')).filter((f) => f.endsWith('.docx')).map((f) => `/classroom/downloads/${path.basename(f)}`);
  docx.forEach(binary);
  for (const id of charts) {
    binary(`/charts/${id}.png`);
    binary(`/data/${id}.csv`);
  }
  const pages = [...kit, ...charts.map((id) => `/charts/${id}/`)].map((p) => ({ site: p, file: packFileFor(p)! }));
  const names = new Set([...files.keys(), ...pages.map((p) => p.file)]);
  for (const p of pages) files.set(p.file, strToU8(pack.page(p.site, p.file, (f) => names.has(f))));
  const readme = opts.readme.replaceAll('{{SITE_URL}}', new URL(opts.base, opts.siteUrl).href).replaceAll('{{DATE}}', opts.date);
  files.set('README.txt', strToU8(readme.replace(/\r?\n/g, '\r\n')));
  const mtime = new Date(`${opts.date}T12:00:00Z`);
  const tree: Zippable = {};
  for (const [name, data] of [...files].sort(([a], [b]) => a.localeCompare(b))) {
    tree[`${PACK_ROOT}/${name}`] = [data, { mtime, level: /\.(png|docx)$/.test(name) ? 0 : 9 }];
  }
  return { zip: zipSync(tree), files: [...files.keys()].sort() };
}

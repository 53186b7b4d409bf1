// @ts-check
/**
 * The site's security policy, checked against and written for built HTML. Plain .mjs so both the
 * Astro integration (at build time) and the tests use exactly the same rules:
 *   - `pageProblems`: a page may hold only the inline scripts the project wrote (own-scripts.mjs),
 *     no event-handler attribute and no javascript: URL, or the build fails;
 *   - `contentSecurityPolicy` / `metaPolicy`: the policy in dist/_headers and the same policy
 *     (less frame-ancestors, which a <meta> cannot carry) in every page's <meta>;
 *   - `headersFile`: the whole _headers file.
 */
import { createHash } from 'node:crypto';
import { parse } from 'parse5';

const JS_TYPES = /^(|module|text\/javascript|application\/javascript|text\/ecmascript|application\/ecmascript)$/i;

/**
 * @typedef {{ tagName: string, attrs: { name: string, value: string }[], text?: string }} El
 * Every element of a page as the browser's parser (parse5, the WHATWG algorithm) sees it,
 * template contents included: a "<script>" inside an attribute value is not an element.
 * @param {string} html @returns {El[]}
 */
function elements(html) {
  /** @type {El[]} */
  const out = [];
  /** @param {any} node */
  const walk = (node) => {
    if (node.tagName) {
      const text = node.tagName === 'script' ? (node.childNodes ?? []).map((/** @type {any} */ c) => c.value ?? '').join('') : undefined;
      out.push({ tagName: node.tagName, attrs: node.attrs ?? [], ...(text !== undefined ? { text } : {}) });
    }
    for (const c of node.childNodes ?? []) walk(c);
    if (node.content) walk(node.content);
  };
  walk(parse(html));
  return out;
}

const attr = (/** @type {El} */ el, /** @type {string} */ name) => el.attrs.find((a) => a.name === name)?.value;
/** Scripts the browser would run from the page itself (no src, a JavaScript type). */
const inlineScripts = (/** @type {string} */ html) =>
  elements(html).filter((el) => el.tagName === 'script' && attr(el, 'src') === undefined && JS_TYPES.test((attr(el, 'type') ?? '').trim()));

/** @param {string} body */
const hashOf = (body) => `'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`;

/** @param {string} html @returns {string[]} the 'sha256-…' source of each inline script */
export function inlineScriptHashes(html) {
  return [...new Set(inlineScripts(html).filter((el) => el.text).map((el) => hashOf(el.text ?? '')))].sort();
}

/**
 * Pages that run WebAssembly: /search/ (Pagefind's index reader). Only their policies get
 * 'wasm-unsafe-eval' (still no 'unsafe-eval', no 'unsafe-inline'); every other page's own policy,
 * in _headers and in its <meta>, keeps WebAssembly blocked.
 */
export const WASM_PAGES = ['/search/'];
/** Whether a built file (`/search/index.html`) or URL path (`/search/`) may run WebAssembly. */
export const runsWasm = (/** @type {string} */ file) => WASM_PAGES.includes(urlOf(file));

/** Directives a <meta http-equiv> policy may not carry (CSP 3 §4.3): they stay in _headers. */
const HEADER_ONLY = ['frame-ancestors', 'report-uri', 'sandbox'];

/**
 * The page's policy for its <meta http-equiv="Content-Security-Policy">, so hosts that ignore
 * _headers (GitHub Pages) still block any script the project did not write.
 * @param {string[]} hashes @param {boolean} [wasm] the page runs WebAssembly (WASM_PAGES)
 */
export function metaPolicy(hashes, wasm = false) {
  return contentSecurityPolicy(hashes, false, wasm).split('; ').filter((d) => !HEADER_ONLY.some((h) => d.startsWith(`${h} `))).join('; ');
}

/** `<meta http-equiv="Content-Security-Policy" content="…">` for a page's hashes. @param {string[]} hashes @param {boolean} [wasm] */
export function metaTag(hashes, wasm = false) {
  return `<meta http-equiv="Content-Security-Policy" content="${metaPolicy(hashes, wasm).replace(/"/g, '&quot;')}">`;
}

/**
 * Insert the page's meta policy first thing after <meta charset> (so it governs every script in
 * the page), replacing an earlier one.
 * @param {string} html @param {boolean} [wasm] the page runs WebAssembly (WASM_PAGES) @returns {string}
 */
export function withMetaPolicy(html, wasm = false) {
  const clean = html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/i, '');
  const tag = metaTag(inlineScriptHashes(clean), wasm);
  const charset = /<meta\s+charset=["']?[\w-]+["']?\s*\/?>/i.exec(clean);
  if (charset) return clean.slice(0, charset.index + charset[0].length) + tag + clean.slice(charset.index + charset[0].length);
  const head = /<head\b[^>]*>/i.exec(clean);
  if (!head) throw new Error('page without <head>: cannot add its Content-Security-Policy <meta>');
  return clean.slice(0, head.index + head[0].length) + tag + clean.slice(head.index + head[0].length);
}

/** Attributes whose value is a URL the browser may navigate to or load. */
const URL_ATTRS = new Set(['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'poster', 'background', 'srcdoc', 'ping', 'cite']);

/** Decode character references and drop what a browser drops from a URL (tabs, newlines, edges). */
function normaliseUrl(/** @type {string} */ v) {
  return v.replace(/&#x([0-9a-f]+);?|&#(\d+);?|&colon;|&tab;|&newline;/gi, (w, hex, dec) => {
    if (hex || dec) return String.fromCodePoint(hex ? parseInt(hex, 16) : parseInt(dec, 10));
    return { '&colon;': ':', '&tab;': '\t', '&newline;': '\n' }[w.toLowerCase()] ?? w;
  }).replace(/[\t\n\r]/g, '').trim();
}

/**
 * Why a built page breaks the policy: every inline script that is not in `allowed` (the
 * project's own, from the source), every event-handler attribute, every javascript: (or
 * vbscript:, data:text/html) URL, every script loaded from another host.
 * @param {string} html @param {ReadonlySet<string>} allowed hashes ('sha256-…') @returns {string[]}
 */
export function pageProblems(html, allowed) {
  const problems = [];
  const els = elements(html);
  for (const el of els.filter((e) => e.tagName === 'script')) {
    const src = attr(el, 'src');
    if (src !== undefined) {
      if (/^([a-z][a-z0-9+.-]*:|[\\/]{2})/i.test(normaliseUrl(src))) problems.push(`a script from another host or scheme: <script src="${src}">`);
      continue;
    }
    if (!JS_TYPES.test((attr(el, 'type') ?? '').trim()) || !el.text) continue;
    const hash = hashOf(el.text);
    if (!allowed.has(hash)) problems.push(`an inline script the project did not write (${hash}): <script>${el.text.replace(/\s+/g, ' ').slice(0, 80)}`);
  }
  for (const el of els) {
    for (const { name, value } of el.attrs) {
      const a = name.toLowerCase();
      if (/^on/.test(a)) problems.push(`an event-handler attribute ${name}="${value.slice(0, 60)}" on <${el.tagName}>`);
      if (a === 'srcdoc') problems.push(`an inline document (srcdoc) on <${el.tagName}>`);
      const url = normaliseUrl(value);
      if ((URL_ATTRS.has(a) && /^(javascript|vbscript):|^data:text\/html/i.test(url)) || (a === 'content' && /url\s*=\s*['"]?\s*(javascript|vbscript):/i.test(url))) {
        problems.push(`a script URL in ${name}="${value.slice(0, 60)}" on <${el.tagName}>`);
      }
    }
  }
  return problems;
}

/**
 * The policy for one page. script-src: own files plus the hashes of this page's inline
 * scripts, never 'unsafe-inline'. style-src allows inline styles because chart marks carry
 * style attributes and Astro injects a <style> for islands.
 * `wasm`: 'wasm-unsafe-eval' for the pages in WASM_PAGES only.
 * @param {string[]} hashes @param {boolean} embed @param {boolean} [wasm]
 */
export function contentSecurityPolicy(hashes, embed, wasm = false) {
  return [
    "default-src 'none'",
    `script-src 'self'${wasm ? " 'wasm-unsafe-eval'" : ''} ${hashes.join(' ')}`.trim(),
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "frame-src 'self'",
    "manifest-src 'self'",
    "base-uri 'none'",
    "form-action 'self'",
    `frame-ancestors ${embed ? '*' : "'self'"}`,
  ].join('; ');
}

/** Headers on every response. */
export const COMMON_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

/** `/charts/x/index.html` → `/charts/x/`; `/404.html` stays. */
export function urlOf(/** @type {string} */ file) {
  return file.endsWith('/index.html') ? file.slice(0, -'index.html'.length) : file;
}

/**
 * The whole _headers file. Each page gets its own exact-path CSP rule. Hosts apply every
 * matching rule and join repeated headers with ", ", which makes the browser enforce each
 * policy; so `/*` carries a site-wide CSP listing the project's own inline scripts (`allowed`,
 * from the source), which never blocks what a page rule allows. `/*` has no frame-ancestors
 * (an embed page's `*` would be cut to 'self' by it); instead it sends
 * The site-wide policy is the union of the page policies, so it also carries 'wasm-unsafe-eval'
 * when a page in WASM_PAGES exists (else /search/ could not run it); that allows nothing on
 * other pages, whose own policy (enforced alongside) does not.
 * `X-Frame-Options: SAMEORIGIN`, which browsers ignore wherever a CSP frame-ancestors applies
 * (every page rule has one) and which keeps the 404 served for any unknown path from being
 * framed by another site. `_astro/*` and `_islands/*` (content-hashed names) get the long cache.
 * @param {{ file: string, html: string }[]} pages files relative to dist ("/about/index.html")
 * @param {string} base e.g. "/" or "/fentanyl/"
 * @param {readonly string[]} [allowed] hashes of the project's own inline scripts (default: the pages')
 */
export function headersFile(pages, base, allowed) {
  const prefix = base.replace(/\/$/, '');
  const lines = ['# Generated by src/integrations/security-headers.mjs at build time. Do not edit.', ''];
  const siteHashes = [...new Set(allowed ?? pages.flatMap((p) => inlineScriptHashes(p.html)))].sort();
  const sitePolicy = contentSecurityPolicy(siteHashes, true, pages.some((p) => runsWasm(p.file))).split('; ').filter((d) => !d.startsWith('frame-ancestors ')).join('; ');
  lines.push(`${prefix}/*`, ...Object.entries(COMMON_HEADERS).map(([k, v]) => `  ${k}: ${v}`),
    '  X-Frame-Options: SAMEORIGIN', `  Content-Security-Policy: ${sitePolicy}`, '');
  // Content-hashed files: Astro's assets and the chart islands' props (src/integrations/island-props.mjs).
  for (const dir of ['_astro', '_islands']) lines.push(`${prefix}/${dir}/*`, '  Cache-Control: public, max-age=31536000, immutable', '');
  for (const { file, html } of [...pages].sort((a, b) => a.file.localeCompare(b.file))) {
    const url = prefix + urlOf(file);
    const csp = contentSecurityPolicy(inlineScriptHashes(html), urlOf(file).startsWith('/embed/'), runsWasm(file));
    lines.push(url, `  Content-Security-Policy: ${csp}`, '');
    if (url.endsWith('/')) lines.push(`${url}index.html`, `  Content-Security-Policy: ${csp}`, '');
  }
  return lines.join('\n');
}

/**
 * Parse a _headers file into rules (what a host and our test server do with it).
 * @param {string} text @returns {{ path: string, headers: Record<string, string> }[]}
 */
export function parseHeadersFile(text) {
  /** @type {{ path: string, headers: Record<string, string> }[]} */
  const rules = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.push({ path: line.trim(), headers: {} });
    else {
      const i = line.indexOf(':');
      const rule = rules.at(-1);
      if (rule && i > 0) rule.headers[line.slice(0, i).trim()] = line.slice(i + 1).trim();
    }
  }
  return rules;
}

/**
 * Headers for one URL path, as Netlify / Cloudflare Pages apply them: every matching rule
 * (exact path or trailing `*`), a header named by several rules joined with ", ".
 */
export function headersFor(/** @type {ReturnType<typeof parseHeadersFile>} */ rules, /** @type {string} */ urlPath) {
  /** @type {Record<string, string>} */
  const out = {};
  for (const rule of rules) {
    const match = rule.path.endsWith('*') ? urlPath.startsWith(rule.path.slice(0, -1)) : urlPath === rule.path;
    if (!match) continue;
    for (const [name, value] of Object.entries(rule.headers)) out[name] = out[name] ? `${out[name]}, ${value}` : value;
  }
  return out;
}

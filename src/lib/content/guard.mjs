// @ts-check
/**
 * The content guard: prose (the story's .svx, the classroom kit's Markdown and YAML text) holds
 * words and data only, never code. One module for every prose pipeline, called before anything
 * compiles or renders the text:
 *   - the story's Svelte preprocessor (src/lib/story/svx-tags.mjs, before mdsvex, so a
 *     `<script context="module">` never reaches the compiler and never runs on the build
 *     machine) and the story's content loader (all problems at once, during the sync);
 *   - the classroom kit's Markdown renderer (src/lib/classroom/markup.ts).
 *
 * Rejected, with the line: `<script>` and `<style>` blocks (anywhere, code spans included),
 * `<svelte:…>` elements, elements that load or navigate (iframe, object, embed, form, base, meta,
 * link, frame), event-handler attributes (`onclick=`) and Svelte directives (`on:`, `use:`…),
 * `{@html}`, `{#if}` and every other `{expression}` (in .svx, except a literal prop of the story
 * tags), unknown components, `style` attributes with `url(`, and any link or source whose scheme
 * is not https:, http:, mailto: or a relative path — inline links, reference-style definitions,
 * autolinks, images and raw HTML attributes alike. Images must come from this site (a relative
 * path): an image on another host would break the promise that a page requests nothing from
 * any other host.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';

/** @typedef {{ line: number, message: string, excerpt: string }} GuardProblem */
/**
 * @typedef {object} GuardOptions
 * @property {'svx' | 'markdown'} syntax  .svx is Svelte: braces are code there; Markdown is not.
 * @property {readonly string[]} [components]  Component tags the prose may use (svx).
 */

export class ContentCodeError extends Error {
  /** @param {string} file @param {GuardProblem[]} problems */
  constructor(file, problems) {
    super(`${file}: content must not carry code (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n${problems.map((p) => `  - ${file}, line ${p.line}: ${p.message}: ${p.excerpt}`).join('\n')}`);
    this.name = 'ContentCodeError';
    this.file = file;
    this.problems = problems;
  }
}

const SCHEMES = new Set(['https', 'http', 'mailto']);
/** Elements that run, style, load or navigate: never in prose. */
const FORBIDDEN = new Set(['script', 'style', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'form', 'base', 'meta', 'link', 'portal', 'template', 'noscript']);
const URL_ATTRS = new Set(['href', 'src', 'srcset', 'action', 'formaction', 'xlink:href', 'poster', 'data', 'background', 'cite', 'longdesc', 'ping', 'manifest', 'icon', 'codebase', 'lowsrc', 'dynsrc']);
/** Attributes that make the browser fetch something (must stay on this site). */
const RESOURCE_ATTRS = new Set(['src', 'srcset', 'poster', 'data', 'background', 'lowsrc', 'dynsrc', 'codebase']);
const DIRECTIVES = /^(on|bind|use|class|style|transition|in|out|animate|let|attach):/i;
/** A literal prop value in .svx: `{12}`, `{true}`, `{"text"}`. */
const LITERAL = /^\{\s*(-?\d+(?:\.\d+)?|true|false|null|"[^"{}]*"|'[^'{}]*')\s*\}$/;

const NAMED = /** @type {Record<string, string>} */ ({ colon: ':', tab: '\t', newline: '\n', sol: '/', lpar: '(', rpar: ')', amp: '&', quot: '"', apos: "'", lt: '<', gt: '>', nbsp: ' ', period: '.' });

/** Decode character references the way a browser would in an attribute or URL. */
export function decodeEntities(/** @type {string} */ s) {
  return s.replace(/&#x([0-9a-f]+);?|&#(\d+);?|&([a-z]+);/gi, (whole, hex, dec, name) => {
    if (hex || dec) {
      const code = hex ? parseInt(hex, 16) : parseInt(dec, 10);
      return code > 0 && code < 0x110000 ? String.fromCodePoint(code) : '';
    }
    return NAMED[String(name).toLowerCase()] ?? whole;
  });
}

/**
 * Why a URL is not allowed, or undefined when it is. `resource`: the browser loads it (an
 * image), so it must be a relative path on this site.
 * @param {string} raw @param {{ resource?: boolean }} [opts]
 */
export function urlProblem(raw, opts = {}) {
  // Browsers drop tabs and newlines anywhere in a URL, and leading/trailing spaces and controls.
  const url = decodeEntities(raw).replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '');
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1]?.toLowerCase();
  const otherHost = /^[\\/]{2}/.test(url);
  if (opts.resource) {
    if (scheme || otherHost) return `an image or other resource must be a relative path on this site, not "${raw}" (no request to any other host)`;
    return undefined;
  }
  if (scheme && !SCHEMES.has(scheme)) return `a link to "${raw}": only https:, http:, mailto: and relative links are allowed`;
  return undefined;
}

/** Same length, line breaks kept, so offsets still map to the right line. */
const blank = (/** @type {string} */ s) => s.replace(/[^\n]/g, ' ');

/** @param {string} text @param {number} offset */
function lineAt(text, offset) {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/**
 * Attributes of one tag's attribute text: name, value (undefined when bare) and offset.
 * Handles "…", '…', {…} and unquoted values.
 * @param {string} s
 */
function attributes(s) {
  /** @type {{ name: string, value: string | undefined, braces: boolean, at: number }[]} */
  const out = [];
  const re = /(\{[^}]*\}|[^\s=>/"'{]+)(?:\s*=\s*("[^"]*"|'[^']*'|\{[^}]*\}|[^\s>]+))?/g;
  for (const m of s.matchAll(re)) {
    const name = m[1] ?? '';
    const rawValue = m[2];
    const braces = name.startsWith('{') || (rawValue?.startsWith('{') ?? false) || /\{/.test(rawValue ?? '');
    const value = rawValue === undefined ? undefined : /^["']/.test(rawValue) ? rawValue.slice(1, -1) : rawValue;
    out.push({ name, value, braces, at: m.index ?? 0 });
  }
  return out;
}

/**
 * Markdown nodes that carry code regions (blanked before the lexical scan) and URLs.
 * @param {string} text
 */
function markdownFacts(text) {
  /** @type {{ start: number, end: number }[]} */
  const code = [];
  /** @type {{ url: string, at: number, end: number, image: boolean, what: string }[]} */
  const urls = [];
  const tree = /** @type {any} */ (unified().use(remarkParse).use(remarkGfm).parse(text));
  /** @type {Map<string, { url: string, at: number, end: number }>} */
  const definitions = new Map();
  /** @type {{ id: string, at: number, end: number }[]} */
  const imageRefs = [];
  /** @param {any} node */
  const visit = (node) => {
    const at = node.position?.start?.offset ?? 0;
    const end = node.position?.end?.offset ?? at;
    if (node.type === 'code' || node.type === 'inlineCode') code.push({ start: at, end: node.position?.end?.offset ?? at });
    if (node.type === 'link') urls.push({ url: node.url, at, end, image: false, what: 'link' });
    if (node.type === 'image') urls.push({ url: node.url, at, end, image: true, what: 'image' });
    if (node.type === 'definition') {
      definitions.set(String(node.identifier).toLowerCase(), { url: node.url, at, end });
      urls.push({ url: node.url, at, end, image: false, what: 'link definition' });
    }
    if (node.type === 'imageReference') imageRefs.push({ id: String(node.identifier).toLowerCase(), at, end });
    for (const child of node.children ?? []) visit(child);
  };
  visit(tree);
  for (const ref of imageRefs) {
    const def = definitions.get(ref.id);
    if (def) urls.push({ url: def.url, at: ref.at, end: ref.end, image: true, what: 'image (reference-style)' });
  }
  return { code, urls };
}

/**
 * Every way `source` tries to carry code, with its line. Pure; never throws.
 * @param {string} source @param {GuardOptions} opts @returns {GuardProblem[]}
 */
export function guardProse(source, opts) {
  /** @type {GuardProblem[]} */
  const problems = [];
  const report = (/** @type {number} */ at, /** @type {string} */ message, /** @type {string} */ excerpt) =>
    problems.push({ line: lineAt(source, at), message, excerpt: excerpt.replace(/\s+/g, ' ').trim().slice(0, 80) });
  const svx = opts.syntax === 'svx';

  // Frontmatter is data (validated by its schema), not prose.
  let text = source.replace(/^---\r?\n[\s\S]*?\r?\n---(?=\r?\n|$)/, blank);

  // Code blocks anywhere, code spans included: a <script> or <style> is never allowed.
  for (const m of text.matchAll(/<\s*(script|style)\b[^>]*>?/gi)) report(m.index ?? 0, `a <${(m[1] ?? '').toLowerCase()}> block (content holds words and data only; code belongs in src/)`, m[0]);
  for (const m of text.matchAll(/<\s*svelte:[\w-]+/gi)) report(m.index ?? 0, 'a <svelte:…> element (content holds words and data only)', m[0]);
  // Their insides are code, reported once as the block above.
  text = text.replace(/(<\s*(script|style)\b[^>]*>)([\s\S]*?)(<\/\s*\2\s*>|$)/gi, (whole) => blank(whole));

  let facts;
  try {
    facts = markdownFacts(text);
  } catch {
    facts = { code: [], urls: [] };
  }
  for (const c of facts.code) text = text.slice(0, c.start) + blank(text.slice(c.start, c.end)) + text.slice(c.end);
  // HTML comments are not rendered; their insides are not scanned (a comment cannot run code).
  text = text.replace(/<!--[\s\S]*?-->/g, blank);

  for (const u of facts.urls) {
    const why = urlProblem(u.url, { resource: u.image });
    if (why) report(u.at, `${u.what}: ${why}`, source.slice(u.at, u.end));
  }

  // Raw tags: names, attributes, URLs.
  text = text.replace(/<\/?([A-Za-z][\w:.-]*)((?:[^>"'{]|"[^"]*"|'[^']*'|\{[^}]*\})*)>/g, (whole, name, rest, at) => {
    const lower = String(name).toLowerCase();
    const closing = whole.startsWith('</');
    if (FORBIDDEN.has(lower) && lower !== 'script' && lower !== 'style') report(at, `a <${lower}> element is not allowed in prose`, whole);
    if (svx && /^[A-Z]/.test(name) && !(opts.components ?? []).includes(name)) report(at, `unknown component <${name}> (prose may use ${(opts.components ?? []).map((c) => `<${c}>`).join(', ')})`, whole);
    if (closing) return blank(whole);
    for (const a of attributes(String(rest))) {
      const attr = a.name.toLowerCase();
      if (a.name.startsWith('{')) report(at, `a {…} attribute on <${name}> (props are plain text: name="value")`, whole);
      else if (/^on/i.test(attr) && !DIRECTIVES.test(attr)) report(at, `an event-handler attribute ${a.name}= on <${name}>`, whole);
      else if (DIRECTIVES.test(attr)) report(at, `a Svelte directive ${a.name} on <${name}>`, whole);
      else if (a.braces && !(svx && (opts.components ?? []).includes(name) && LITERAL.test(a.value ?? ''))) {
        report(at, `an {expression} in ${a.name}= on <${name}> (props are plain text: name="value")`, whole);
      }
      if (attr === 'style' && /url\s*\(|expression\s*\(/i.test(decodeEntities(a.value ?? ''))) report(at, `a style attribute that loads or runs something on <${name}>`, whole);
      if (URL_ATTRS.has(attr) && a.value !== undefined && !a.braces) {
        const values = attr === 'srcset' || attr === 'ping' ? a.value.split(/,|\s+/).filter((v) => v && !/^\d+(\.\d+)?[wx]$/.test(v)) : [a.value];
        for (const v of values) {
          const why = urlProblem(v, { resource: RESOURCE_ATTRS.has(attr) || (lower === 'img' && attr === 'src') });
          if (why) report(at, `${a.name}= on <${name}>: ${why}`, whole);
        }
      }
    }
    return blank(whole);
  });

  // Anything that still names a script URL (an obfuscated link the parsers read differently).
  let offset = 0;
  for (const line of text.split('\n')) {
    const hit = /(?:j\s*a\s*v\s*a|v\s*b)\s*s\s*c\s*r\s*i\s*p\s*t\s*:/i.exec(decodeEntities(line));
    if (hit && !problems.some((p) => p.line === lineAt(source, offset))) report(offset, 'a script URL (javascript:) in prose', hit[0]);
    offset += line.length + 1;
  }

  if (svx) {
    for (const m of text.matchAll(/\{([@#:/]?)(\w*)[^}\n]*\}?/g)) {
      const [whole, sigil, word] = m;
      const what = sigil === '@' ? `{@${word}} (it would put raw HTML or code into the page)` : sigil ? `a Svelte block {${sigil}${word}}` : 'a {expression} (write &#123; for a literal brace)';
      report(m.index ?? 0, `${what} is not allowed in prose`, source.slice(m.index ?? 0, (m.index ?? 0) + whole.length));
    }
  }
  return problems.sort((a, b) => a.line - b.line);
}

/**
 * Throw ContentCodeError (file, line, what) if `source` carries code.
 * @param {string} source @param {string} file @param {GuardOptions} opts
 */
export function assertSafeProse(source, file, opts) {
  const problems = guardProse(source, opts);
  if (problems.length) throw new ContentCodeError(file, problems);
}

// @ts-check
/**
 * Leftovers that must never reach a reader, found in a built page's HTML (issue 12 item 7):
 *   - Markdown that was not parsed: `**bold**`, `*em*`, `__x__`, a heading's `## ` at the start of
 *     a paragraph, a `[text](url)` link written out;
 *   - placeholders: "Chart coming", "coming soon", "TODO", "TBD", "FIXME", "lorem ipsum",
 *     "placeholder" text;
 *   - empty sections: a `<section>` whose only text is its heading.
 * Text inside <script>, <style>, <code>, <pre>, <template>, <svg> <desc>-free geometry and
 * attribute values is not reader text and is not checked. Returns one message per problem.
 */
import { parse } from 'node-html-parser';

const SKIP = new Set(['script', 'style', 'code', 'pre', 'template', 'noscript', 'kbd', 'samp']);

/** Markdown leftovers in a run of reader text. */
const MARKDOWN = [
  { re: /\*\*[^\s*][^*]*\*\*/, what: 'unparsed Markdown bold (**…**)' },
  { re: /(?:^|[\s(“"'])\*[^\s*][^*\n]*[^\s*]\*(?=$|[\s).,;:!?”"'])|(?:^|[\s(])\*[^\s*]\*(?=$|[\s).,;:!?])/, what: 'unparsed Markdown emphasis (*…*)' },
  { re: /(?:^|\s)__[^\s_][^_]*__(?=$|[\s).,;:!?])/, what: 'unparsed Markdown bold (__…__)' },
  { re: /\[[^\]\n]+\]\((?:https?:|\/|#|\.)[^)\s]*\)/, what: 'unparsed Markdown link ([…](…))' },
  { re: /^#{1,6} \S/, what: 'unparsed Markdown heading (# …)' },
];

const PLACEHOLDER = /\b(chart coming|view coming|coming soon|to ?do:|todo\b|tbd\b|fixme|lorem ipsum|placeholder text|\[placeholder\])/i;

/** @param {import('node-html-parser').HTMLElement} el @returns {string[]} text runs, per block */
function textRuns(el) {
  /** @type {string[]} */
  const runs = [];
  let current = '';
  const BLOCK = /^(p|li|dd|dt|td|th|h[1-6]|figcaption|caption|blockquote|div|section|article|header|footer|nav|aside|main|summary|details|label|legend|button|option|title|text|tspan)$/;
  /** @param {import('node-html-parser').Node} node */
  const walk = (node) => {
    if (node.nodeType === 3) {
      current += node.rawText.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&nbsp;/g, ' ');
      return;
    }
    if (node.nodeType !== 1) return;
    const tag = /** @type {import('node-html-parser').HTMLElement} */ (node).rawTagName?.toLowerCase() ?? '';
    if (SKIP.has(tag)) return;
    const block = BLOCK.test(tag);
    if (block && current.trim()) { runs.push(current); current = ''; }
    for (const child of node.childNodes) walk(child);
    if (block && current.trim()) { runs.push(current); current = ''; }
  };
  walk(el);
  if (current.trim()) runs.push(current);
  return runs.map((r) => r.replace(/\s+/g, ' ').trim());
}

/**
 * @param {string} html a built page
 * @returns {string[]} problems, each with an excerpt
 */
export function findLeftovers(html) {
  const doc = parse(html, { comment: false, blockTextElements: { script: true, style: true, pre: true, noscript: true } });
  /** @type {string[]} */
  const problems = [];
  const body = doc.querySelector('body') ?? doc;
  for (const run of textRuns(body)) {
    for (const { re, what } of MARKDOWN) {
      const m = re.exec(run);
      if (m) problems.push(`${what}: "${excerpt(run, m.index)}"`);
    }
    const p = PLACEHOLDER.exec(run);
    if (p) problems.push(`placeholder text: "${excerpt(run, p.index)}"`);
  }
  for (const section of body.querySelectorAll('section')) {
    const clone = parse(section.outerHTML).querySelector('section');
    if (!clone) continue;
    for (const h of clone.querySelectorAll('h1, h2, h3, h4, h5, h6, script, style')) h.remove();
    const hasContent = clone.textContent.trim() !== '' || clone.querySelector('svg, img, table, iframe, input, button, a');
    if (!hasContent) problems.push(`empty section: #${section.id || '(no id)'} has nothing but its heading`);
  }
  return problems;
}

/** @param {string} s @param {number} at */
const excerpt = (s, at) => s.slice(Math.max(0, at - 30), at + 50).trim();

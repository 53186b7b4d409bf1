/**
 * The prose's two source tags, `<Fig s="source_id" calc="…">figure</Fig>` and
 * `<Q s="source_id" who="Speaker">quotation</Q>`, for the story (.svx, rendered by
 * components/story/Fig.svelte and Q.svelte) and the classroom kit (Markdown and YAML text,
 * rendered by lib/classroom/markup.ts): one grammar, one validation with the same messages, and
 * one rendered element, so a figure is the same `<span class="fig" data-s>` and a quotation the
 * same `<q class="quote" data-s data-who>` on every page, under one CSS rule (base.css).
 *
 * Pure (no Node, no Svelte): the Svelte components import it as well as the build.
 */

/** Each tag: the element it renders as, its attributes (required ones first). */
export const SOURCE_TAGS = {
  Fig: { element: 'span', required: ['s'], allowed: ['s', 'calc'] },
  Q: { element: 'q', required: ['s', 'who'], allowed: ['s', 'who'] },
} as const;
export type SourceTag = keyof typeof SOURCE_TAGS;

/** One opening or closing source tag, anywhere in a text (the attributes are checked apart). */
const TAG = /<(\/?)(Fig|Q)\b([^>]*)>/g;
/** Attributes as the prose writes them: name="value", separated by white space. */
const ATTRS = /^(?:\s+[a-zA-Z]+="[^"]*")*\s*$/;
const ATTR = /([a-zA-Z]+)="([^"]*)"/g;

/**
 * One tag as the Markdown tree holds it (an `html` node: `<Fig s="…">` or `</Fig>`), or
 * undefined when the node is some other HTML.
 */
export function readTag(raw: string): { tag: SourceTag; closing: boolean; attrText: string } | undefined {
  const m = /^<(\/?)(Fig|Q)\b([^>]*)>$/.exec(raw.trim());
  if (!m || (m[1] && (m[3] ?? '').trim())) return undefined;
  return { tag: m[2] as SourceTag, closing: !!m[1], attrText: m[3] ?? '' };
}

/** Plain text with the tags taken out, their words kept (titles, accessible names, counts). */
export const withoutTags = (text: string): string => text.replace(/<\/?(?:Fig|Q)\b[^>]*>/g, '');

/** A problem with a tag: its line in the text, the tag as written, what is wrong. */
export interface TagProblem {
  line: number;
  excerpt: string;
  message: string;
}

/** The attributes of an opening tag's attribute text (`s="a b" calc="…"`), white space folded. */
export function tagAttributes(attrText: string): { attrs: Map<string, string>; problems: string[] } {
  const attrs = new Map<string, string>();
  const problems: string[] = [];
  if (!ATTRS.test(attrText)) problems.push('attributes must be written name="value"');
  for (const a of attrText.matchAll(ATTR)) {
    const [, name = '', value = ''] = a;
    if (attrs.has(name)) problems.push(`attribute "${name}" given twice`);
    attrs.set(name, value.replace(/\s+/g, ' ').trim());
  }
  return { attrs, problems };
}

/** What is wrong with one opening tag: attributes, then source ids (ids from content/data/sources.csv). */
export function openingProblems(tag: SourceTag, attrText: string, sourceIds: ReadonlySet<string>): string[] {
  const rule = SOURCE_TAGS[tag];
  const { attrs, problems } = tagAttributes(attrText);
  for (const name of attrs.keys()) {
    if (!(rule.allowed as readonly string[]).includes(name)) problems.push(`unknown attribute "${name}" on <${tag}> (allowed: ${rule.allowed.join(', ')})`);
  }
  for (const name of rule.required) {
    if (!attrs.get(name)) problems.push(`<${tag}> needs a non-empty ${name}="…"`);
  }
  if (attrs.has('calc') && !attrs.get('calc')) problems.push('empty calc=""');
  for (const id of sourceIdsOf(attrs.get('s'))) {
    if (!sourceIds.has(id)) problems.push(`unknown source id "${id}" (not in content/data/sources.csv)`);
  }
  return problems;
}

/** The ids of an s="…" attribute. */
export const sourceIdsOf = (s: string | undefined): string[] => (s ?? '').split(/\s+/).filter(Boolean);

const lineOf = (text: string, pos: number) => text.slice(0, pos).split('\n').length;
const oneLine = (s: string) => s.replace(/\s+/g, ' ');

/**
 * Every <Fig> and <Q> of a text: each opening tag valid, each closed, not empty, not inside
 * another one, no closing tag without its opening. Lines are the text's own (frontmatter counts).
 * Inline code (`<Fig>` written about, in backticks) and fenced code are not tags.
 */
export function checkTags(text: string, sourceIds: ReadonlySet<string>): TagProblem[] {
  const problems: TagProblem[] = [];
  const report = (pos: number, excerpt: string, message: string) => problems.push({ line: lineOf(text, pos), excerpt: oneLine(excerpt), message });
  const scan = withoutCode(text);
  let open: { tag: SourceTag; pos: number; raw: string; end: number } | undefined;
  for (const m of scan.matchAll(TAG)) {
    const [raw, slash, name, attrText = ''] = m;
    const tag = name as SourceTag;
    if (!slash) {
      if (open) report(m.index, raw, `<${tag}> inside <${open.tag}> (tags cannot nest)`);
      for (const p of openingProblems(tag, attrText, sourceIds)) report(m.index, raw, p);
      if (/\/\s*$/.test(attrText)) report(m.index, raw, `empty ${oneLine(raw)}`);
      else open ??= { tag, pos: m.index, raw, end: m.index + raw.length };
      continue;
    }
    if (!open || open.tag !== tag) {
      report(m.index, raw, `${raw} without an opening tag`);
      continue;
    }
    if (!scan.slice(open.end, m.index).replace(/<[^>]*>/g, '').trim()) report(open.pos, open.raw, `empty ${oneLine(open.raw)}`);
    open = undefined;
  }
  if (open) report(open.pos, open.raw, `${oneLine(open.raw)} is never closed`);
  return problems;
}

/** The text with fenced and inline code blanked (same length, newlines kept). */
function withoutCode(text: string): string {
  const blank = (s: string) => s.replace(/[^\n]/g, ' ');
  return text.replace(/^(\s*)(```|~~~)[\s\S]*?^\s*\2/gm, blank).replace(/(`+)[^`\n][\s\S]*?\1/g, blank);
}

/**
 * The element a tag renders as, with its HTML attributes: what Fig.svelte and Q.svelte spread
 * on the story's pages and what the kit's remark plugin builds (data-s, data-calc, data-who are
 * what the number test and readers' tools read).
 */
export function tagElement(tag: 'Fig', attrs: { s: string; calc?: string | undefined }): { tagName: 'span'; attributes: Record<string, string> };
export function tagElement(tag: 'Q', attrs: { s: string; who: string }): { tagName: 'q'; attributes: Record<string, string> };
export function tagElement(tag: SourceTag, attrs: { s: string; calc?: string | undefined; who?: string | undefined }): { tagName: string; attributes: Record<string, string> };
export function tagElement(tag: SourceTag, attrs: { s: string; calc?: string | undefined; who?: string | undefined }) {
  const attributes: Record<string, string> = tag === 'Fig'
    ? { class: 'fig', 'data-s': attrs.s, ...(attrs.calc ? { 'data-calc': attrs.calc } : {}) }
    : { class: 'quote', 'data-s': attrs.s, 'data-who': attrs.who ?? '' };
  return { tagName: SOURCE_TAGS[tag].element, attributes };
}

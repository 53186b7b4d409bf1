/**
 * Classroom text → HTML, safely. Markdown (remark + GFM) with the story's two source tags,
 * `<Fig s="source_id" calc="…">figure</Fig>` and `<Q s="source_id" who="Name">quote</Q>`:
 * their grammar, validation and rendered element are the story's (lib/prose/tags.ts), and the
 * story's prose check (lib/prose/check.ts: tags, then the number rule, tagged figures only) runs
 * over every text first, so a bad tag fails with the same file, line and words in both. Here
 * each tag also gets its numbered source mark (footnote-marks.ts) for the page, paper and Word
 * file. Any other raw HTML fails the build: nothing in the content is passed through as HTML.
 *
 * Links between kit files (`lesson-1.md`, `vocabulary.yaml`) are mapped to /classroom/ pages;
 * chart links (`/charts/<id>/?view=…`, also written as inline code) must name a chart and view
 * that exist, or the build fails with the file (no "(chart coming)" placeholder reaches a page).
 */
import { unified, type Plugin } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkDirective from 'remark-directive';
import remarkRehype from 'remark-rehype';
import type { Root as MdRoot, RootContent as MdNode, Parents as MdParent, PhrasingContent, Link } from 'mdast';
import type { Root as HastRoot, ElementContent, RootContent as HastNode } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { chartRefProblem, resolveChart, type ChartIndex } from './chart-index';
import { assertSafeProse } from '../content/guard.mjs';
import { MarkupError } from './errors';
import { placeMarkers, refsNode, type KitNode } from './footnote-marks';
import { isEl, sectionsHtml, textOf, toSections, type KitSection } from './sections';
import { remarkTeacherBlocks } from './teacher-blocks';
import { writeSpace } from './write-space';
import { h } from 'hastscript';
import { t } from '../i18n/t';
import { Slugs } from '../slug';
import type { DataIndex } from '../prose/number-check';
import { proseProblems } from '../prose/check';
import { openingProblems, readTag, sourceIdsOf, tagAttributes, tagElement, withoutTags, type SourceTag } from '../prose/tags';

export { MarkupError };

export interface SourceInfo {
  source_id: string;
  publisher: string;
  title: string;
  url?: string | null | undefined;
  published?: string | null | undefined;
}

/** The sources and calculations cited on one page, numbered in order of first use. */
export class Citations {
  readonly order: string[] = [];
  readonly calcs: string[] = [];
  constructor(readonly sources: ReadonlyMap<string, SourceInfo>) {}
  number(id: string): number {
    let i = this.order.indexOf(id);
    if (i < 0) i = this.order.push(id) - 1;
    return i + 1;
  }
  calc(formula: string): number {
    let i = this.calcs.indexOf(formula);
    if (i < 0) i = this.calcs.push(formula) - 1;
    return i + 1;
  }
  cited(): SourceInfo[] {
    return this.order.map((id) => this.sources.get(id)!);
  }
}

export interface MarkupContext {
  /** Where the text comes from, for error messages ("content/classroom/lesson-1.md"). */
  file: string;
  sources: ReadonlyMap<string, SourceInfo>;
  charts: ChartIndex;
  citations: Citations;
  /** Site path → URL (href() from lib/paths; identity in tests). */
  href: (path: string) => string;
  /**
   * The data rows for the story's number check (lib/prose/number-check.ts), run over every
   * text here: each <Fig> figure must be in a row with its source id (or carry calc="…").
   * Pages always set it (pageContext in load.ts); unit tests of the markup alone may leave it out.
   */
  numbers?: DataIndex;
}

export interface MarkdownOptions {
  /** Drop the first level-1 heading (the page renders the title itself). */
  dropH1?: boolean;
  /** Level-2 headings whose sections are hidden in a closed <details> (reveal, answer key). */
  hidden?: string[];
  /** Wrap each level-2 section in <section data-slide> for projector mode. */
  slides?: boolean;
}

/** Kit file → page path. */
const FILE_PAGES: Record<string, string> = {
  'teacher-guide.md': '/classroom/teacher-guide/',
  'lesson-1.md': '/classroom/lesson-1/',
  'lesson-2.md': '/classroom/lesson-2/',
  'source-evaluation.md': '/classroom/source-evaluation/',
  'role-cards.yaml': '/classroom/role-cards/',
  'evidence-packets.yaml': '/classroom/evidence/',
  'argument-map.yaml': '/classroom/argument-map/',
  'discussion-questions.yaml': '/classroom/discussion-questions/',
  'vocabulary.yaml': '/classroom/vocabulary/',
  'README.md': '/classroom/',
};

/** The page for a kit-relative link (`handouts/x.md`, `../lesson-1.md#step`), or undefined. */
export function kitPage(url: string): string | undefined {
  const [file = '', hash] = url.split('#');
  const clean = file.replace(/^(\.\.\/|\.\/)+/, '');
  const handout = /^handouts\/([a-z0-9-]+)\.md$/.exec(clean);
  const page = handout ? `/classroom/handouts/${handout[1]}/` : FILE_PAGES[clean];
  return page && (hash ? `${page}#${hash}` : page);
}

const CHART_PATH = /^\/charts\/([a-z0-9-]+)\/(?:\?view=([a-z0-9-]+))?$/;
interface ParsedTag { tag: SourceTag; sources: string[]; calc?: string; who?: string }

/**
 * One opening tag from the Markdown tree. The prose check has already run over the text
 * (renderSections, renderInlineHast), so a problem here is one it reports too; the same rule
 * (lib/prose/tags.ts) is applied again so the tree is never built from a bad tag.
 */
export function parseTag(raw: string, ctx: Pick<MarkupContext, 'file' | 'sources'>, line?: number): ParsedTag {
  const where = `${ctx.file}${line ? `, line ${line}` : ''}`;
  const read = readTag(raw);
  if (!read) throw new MarkupError(`${where}: raw HTML is not allowed; only <Fig s="…"> and <Q s="…" who="…"> tags are: ${raw.replace(/\s+/g, ' ')}`);
  if (read.closing) throw new MarkupError(`${where}: ${raw.trim()} without an opening tag`);
  const { tag, attrText } = read;
  const problems = openingProblems(tag, attrText, new Set(ctx.sources.keys()));
  if (problems.length) throw new MarkupError(problems.map((p) => `${where}: ${p}: ${raw.replace(/\s+/g, ' ')}`).join('\n'));
  const { attrs } = tagAttributes(attrText);
  const calc = attrs.get('calc');
  const who = attrs.get('who');
  return { tag, sources: sourceIdsOf(attrs.get('s')), ...(calc ? { calc } : {}), ...(who ? { who } : {}) };
}

/** The tag's element as mdast data for remark-rehype: the story's element (tagElement), as hast properties. */
function tagData(tag: ParsedTag): KitNode['data'] {
  const el = tagElement(tag.tag, { s: tag.sources.join(' '), calc: tag.calc, who: tag.who });
  return { hName: el.tagName, hProperties: h(el.tagName, el.attributes).properties, kind: tag.tag === 'Fig' ? 'fig' : 'quote' };
}

type Custom = KitNode;

function text(value: string): PhrasingContent {
  return { type: 'text', value };
}

/** The figure's "calculated" mark (stays beside it), then one marker for its sources (moved later). */
function refMarks(ctx: MarkupContext, sources: string[], calc?: string): MdNode[] {
  const marks: MdNode[] = [];
  if (calc) {
    const k = ctx.citations.calc(calc);
    const link: Link = {
      type: 'link', url: `#calc-${k}`, children: [text(t('classroom.cited.calcMark'))],
      data: { hProperties: { 'aria-label': `${t('classroom.cited.calculated')} ${calc}`, title: calc } },
    };
    const mark: KitNode = { type: 'classroomTag', data: { hName: 'sup', hProperties: { className: ['fig-calc'] }, kind: 'calc' }, children: [link] };
    marks.push(mark as unknown as MdNode);
  }
  const refs = sources.map((id) => ({ n: ctx.citations.number(id), id, label: ctx.sources.get(id)!.publisher }));
  marks.push(refsNode(refs) as unknown as MdNode);
  return marks;
}

function chartLinkNodes(url: string, children: PhrasingContent[], ctx: MarkupContext, code: boolean): PhrasingContent[] | undefined {
  const m = CHART_PATH.exec(url);
  if (!m) return undefined;
  const r = resolveChart({ chart: m[1]!, ...(m[2] ? { view: m[2] } : {}) }, ctx.charts);
  if (r.status !== 'ok') throw new MarkupError(`${ctx.file}: ${chartRefProblem(r)}: ${url}`);
  return [{ type: 'link', url: ctx.href(r.path), children: code ? [{ type: 'inlineCode', value: r.path }] : children }];
}

function transform(parent: MdParent, ctx: MarkupContext): void {
  const out: MdNode[] = [];
  const kids = parent.children as MdNode[];
  for (let i = 0; i < kids.length; i++) {
    const node = kids[i]!;
    if (node.type === 'html') {
      const line = node.position?.start.line;
      const at = `${ctx.file}${line ? `, line ${line}` : ''}`;
      const tag = parseTag(node.value, ctx, line);
      let j = i + 1;
      for (; j < kids.length; j++) {
        const k = kids[j]!;
        if (k.type !== 'html') continue;
        const close = readTag(k.value);
        if (close?.closing && close.tag === tag.tag) break;
        throw new MarkupError(`${at}: ${k.value} inside <${tag.tag}> (tags cannot nest)`);
      }
      // Markdown closes a paragraph (or a table cell) where the text may not: the tag must end in it.
      if (j >= kids.length) throw new MarkupError(`${at}: ${node.value.replace(/\s+/g, ' ')} is never closed in the same paragraph`);
      const wrapper = { type: 'classroomTag', children: kids.slice(i + 1, j) } as unknown as Custom;
      transform(wrapper as unknown as MdParent, ctx);
      wrapper.data = tagData(tag);
      out.push(wrapper as unknown as MdNode, ...refMarks(ctx, tag.sources, tag.calc));
      i = j;
      continue;
    }
    if (node.type === 'link') {
      transform(node, ctx);
      const chart = chartLinkNodes(node.url, node.children, ctx, false);
      if (chart) { out.push(...chart); continue; }
      if (/^(https?:|mailto:|#)/.test(node.url)) { out.push(node); continue; }
      if (/^\/classroom\/[a-z0-9/-]*(#[\w-]+)?$/.test(node.url)) { node.url = ctx.href(node.url); out.push(node); continue; }
      const page = kitPage(node.url);
      if (!page) throw new MarkupError(`${ctx.file}: link to "${node.url}" is neither a kit file, a chart nor a web address`);
      node.url = ctx.href(page);
      out.push(node);
      continue;
    }
    if (node.type === 'inlineCode') {
      const chart = chartLinkNodes(node.value, [], ctx, true);
      out.push(...(chart ?? [node]));
      continue;
    }
    if ('children' in node) transform(node as MdParent, ctx);
    out.push(node);
  }
  (parent as { children: MdNode[] }).children = out;
}

const remarkClassroom: Plugin<[MarkupContext], MdRoot> = (ctx) => (tree, file) => {
  transform(tree, ctx);
  writeSpace(tree, String(file.value));
  tree.children = placeMarkers(tree.children) as MdRoot['children'];
};


/**
 * Tables scroll sideways inside a focusable region on narrow screens (never the page), and GFM
 * task-list checkboxes become printable boxes (a disabled, unlabelled input helps no one).
 */

function tidy(nodes: (HastNode | ElementContent)[]): void {
  nodes.forEach((n, i) => {
    if (n.type !== 'element') return;
    if (n.tagName === 'table') {
      nodes[i] = {
        type: 'element', tagName: 'div',
        properties: { className: ['table-wrap'], role: 'region', tabIndex: 0, ariaLabel: t('classroom.table') },
        children: [n],
      };
      return;
    }
    if (n.tagName === 'input' && n.properties['type'] === 'checkbox') {
      nodes[i] = { type: 'element', tagName: 'span', properties: { className: ['task-box'], ariaHidden: 'true' }, children: [{ type: 'text', value: '☐' }] };
      return;
    }
    tidy(n.children);
  });
}

/** Tidy the tree, drop the h1 if asked, and give every h2–h4 a unique id. */
const rehypeTidy: Plugin<[MarkdownOptions], HastRoot> = (opts) => (tree) => {
  tidy(tree.children);
  if (opts.dropH1) {
    const h1 = tree.children.findIndex((n) => isEl(n, 'h1'));
    if (h1 >= 0) tree.children.splice(h1, 1);
  }
  // Heading ids as GitHub and rehype-slug make them (lib/slug.ts): a repeated heading gets "-1".
  const slugs = new Slugs();
  const ids = (nodes: (HastNode | ElementContent)[]) => nodes.forEach((n) => {
    if (n.type !== 'element') return;
    if (/^h[2-4]$/.test(n.tagName)) {
      n.properties['id'] = slugs.next(textOf(n));
    } else if (n.properties['dataTeacher'] !== undefined) ids(n.children);
  });
  ids(tree.children);
};

function toHast(markdown: string, ctx: MarkupContext, opts: MarkdownOptions): HastRoot {
  const processor = unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(remarkDirective)
    .use(remarkTeacherBlocks, { file: ctx.file })
    .use(remarkClassroom, ctx)
    .use(remarkRehype)
    .use(rehypeTidy, opts);
  return processor.runSync(processor.parse(markdown), markdown) as HastRoot;
}

/**
 * The story's prose check over kit text (lib/prose/check.ts): the tags, then the number rule for
 * tagged figures only, since the kit's own numbering (steps, minutes, rubric points) is not data
 * (see `taggedOnly`). Every breach at once, with file and line, before the text is rendered.
 */
function checkProse(text: string, ctx: MarkupContext): void {
  const problems = proseProblems(ctx.file, text, { sourceIds: new Set(ctx.sources.keys()), numbers: ctx.numbers, taggedOnly: true });
  if (problems.length) throw new MarkupError(problems.join('\n'));
}

/** A Markdown document → its sections as data (page, projector and Word file read these). */
export function renderSections(markdown: string, ctx: MarkupContext, opts: MarkdownOptions = {}): KitSection[] {
  checkProse(markdown, ctx);
  let sections: KitSection[];
  try {
    sections = toSections(toHast(markdown, ctx, opts), opts);
  } catch (e) {
    if (e instanceof MarkupError) throw e;
    throw new MarkupError(`${ctx.file}: ${(e as Error).message}`);
  }
  assertSafeProse(markdown, ctx.file, { syntax: 'markdown' }); // the one content guard (lib/content/guard.mjs)
  return sections;
}

/** A Markdown document (lesson, guide, handout body) → HTML. Throws MarkupError on bad markup. */
export function renderMarkdown(markdown: string, ctx: MarkupContext, opts: MarkdownOptions = {}): string {
  return sectionsHtml(renderSections(markdown, ctx, opts), opts.slides ?? false);
}

/** One text field from YAML → its nodes (no wrapping paragraph when it is a single one). */
export function renderInlineHast(value: string, ctx: MarkupContext): ElementContent[] {
  assertSafeProse(value, ctx.file, { syntax: 'markdown' });
  checkProse(value, ctx);
  const nodes = toHast(value, ctx, {}).children.filter((n) => !(n.type === 'text' && !n.value.trim())) as ElementContent[];
  const only = nodes.length === 1 ? nodes[0] : undefined;
  return only && isEl(only, 'p') ? only.children : nodes;
}

/** One text field from YAML → inline HTML (no wrapping paragraph when it is a single one). */
export function renderInline(value: string, ctx: MarkupContext): string {
  return toHtml({ type: 'root', children: renderInlineHast(value, ctx) });
}

/** Plain text of a field with the tags stripped (for titles, aria labels, counts). */
export function plainText(value: string): string {
  return withoutTags(value).replace(/\*([^*]+)\*/g, '$1').replace(/\s+/g, ' ').trim();
}

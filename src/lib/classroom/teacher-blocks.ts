/**
 * Teacher-only blocks in kit Markdown (remark plugin, after remark-directive):
 *
 *     :::teacher
 *     Say: *"Today we'll read a chart…"*
 *     :::
 *
 * becomes `<div class="teacher-block" data-teacher>` with a "For the teacher" label. Projector
 * mode never shows it, and stepping never reaches it; pages, print and Word files keep it.
 * A block that starts with a level-2 heading makes that whole section teacher-only: it must
 * hold that one heading and end where the section ends (at the next `##` or the end).
 *
 * Any other block directive (`:::note`, `::x`) fails the build with file and line, so a typo
 * never silently projects teacher text. Inline `:name` is not kit syntax: remark-directive
 * reads times such as "0:00–0:03" that way, so those go back to the text they were written as.
 */
import type { Plugin } from 'unified';
import type { Root, RootContent, Parents, Paragraph } from 'mdast';
import type { ContainerDirective } from 'mdast-util-directive';
import { MarkupError } from './errors';
import { t } from '../i18n/t';


type Node = RootContent | Root;

function line(node: { position?: { start: { line: number } } | undefined }): string {
  return node.position ? `, line ${node.position.start.line}` : '';
}

function label(): Paragraph {
  return {
    type: 'paragraph',
    data: { hProperties: { className: ['teacher-label'] } },
    children: [{ type: 'text', value: t('classroom.teacher') }],
  };
}

function checkSection(block: ContainerDirective, siblings: RootContent[], index: number, file: string): boolean {
  const headings = block.children.filter((c) => c.type === 'heading' && c.depth === 2);
  if (headings.length === 0) return false;
  const first = block.children[0];
  if (headings.length > 1 || !(first?.type === 'heading' && first.depth === 2)) {
    throw new MarkupError(`${file}${line(block)}: a :::teacher block with a "##" heading must start with it and hold only that one section`);
  }
  const next = siblings[index + 1];
  const startsSection = (n: RootContent) => (n.type === 'heading' && n.depth <= 2)
    || (n.type === 'containerDirective' && n.children[0]?.type === 'heading' && n.children[0].depth === 2);
  if (next && !startsSection(next)) {
    throw new MarkupError(`${file}${line(next)}: text after a teacher-only section's closing ":::" must start a new "##" section (move the ":::" down)`);
  }
  return true;
}

/** Inline directives back to their source text, merged with the text around them. */
function restoreText(parent: Parents, source: string): void {
  const out: RootContent[] = [];
  for (const node of parent.children as RootContent[]) {
    let n: RootContent = node;
    if (node.type === 'textDirective') {
      const { start, end } = node.position ?? {};
      n = { type: 'text', value: start?.offset !== undefined && end?.offset !== undefined ? source.slice(start.offset, end.offset) : `:${node.name}` };
    } else if ('children' in node) restoreText(node as Parents, source);
    const prev = out[out.length - 1];
    if (n.type === 'text' && prev?.type === 'text') prev.value += n.value;
    else out.push(n);
  }
  (parent as { children: RootContent[] }).children = out;
}

function visit(parent: Parents, file: string, inTeacher: boolean): void {
  const kids = parent.children as RootContent[];
  kids.forEach((node, i) => {
    if (node.type === 'containerDirective' || node.type === 'leafDirective') {
      const mark = node.type === 'containerDirective' ? ':::' : '::';
      if (node.type !== 'containerDirective' || node.name !== 'teacher') {
        throw new MarkupError(`${file}${line(node)}: unknown directive "${mark}${node.name}" (only ":::teacher" blocks are allowed)`);
      }
      if (inTeacher) throw new MarkupError(`${file}${line(node)}: ":::teacher" inside another teacher block`);
      if (node.attributes && Object.keys(node.attributes).length > 0) {
        throw new MarkupError(`${file}${line(node)}: ":::teacher" takes no attributes`);
      }
      const whole = parent.type === 'root' && checkSection(node, kids, i, file);
      if (!whole && node.children.some((c) => c.type === 'heading' && c.depth <= 2)) {
        throw new MarkupError(`${file}${line(node)}: a teacher block inside a list or quote cannot hold a "##" heading`);
      }
      visit(node, file, true);
      if (whole) node.children.splice(1, 0, label());
      else node.children.unshift(label());
      node.data = {
        hName: 'div',
        hProperties: { className: ['teacher-block'], dataTeacher: '', ...(whole ? { dataTeacherSection: '' } : {}) },
      };
      return;
    }
    if ('children' in node) visit(node as Parents, file, inTeacher);
  });
}

/** The plugin; `file` names the source in error messages. */
export const remarkTeacherBlocks: Plugin<[{ file: string }], Root> = ({ file }) => (tree: Node, vfile) => {
  restoreText(tree as Root, String(vfile.value));
  visit(tree as Root, file, false);
};

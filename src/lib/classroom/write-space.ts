/**
 * Room to write on handouts. In kit Markdown a run of underscores is a blank:
 *
 * - inside a line (`I notice ______`) it becomes `<span class="blank">`, sized by its length
 *   (short, medium, long, or the rest of the line), and the line gets writing height;
 * - a blank that ends a short line (`Facts: ______`) fills the rest of that line;
 * - a line of underscores on its own (Markdown reads it as a rule) becomes a ruled writing
 *   line; consecutive ones form one box of that many lines (`div.write-lines`);
 * - an empty table cell is a box to write in, as tall as the answer it asks for
 *   (`write-cell--1|2|3`, in lines): one line under a short column heading ("Before") or
 *   beside a short row label; two for a row left empty to fill in; three beside a question.
 *
 * A rule written with dashes (`---`) stays a rule. Print styles give each line real height.
 */
import type { Paragraph, Parents, RootContent, Text } from 'mdast';
import type { KitNode } from './footnote-marks';

const BLANK = /_{3,}/g;

/** Size class for a blank of `n` underscores. */
export function blankSize(n: number): 's' | 'm' | 'l' | 'xl' {
  return n <= 8 ? 's' : n <= 20 ? 'm' : n <= 40 ? 'l' : 'xl';
}

function blank(n: number): KitNode {
  return { type: 'classroomTag', data: { hName: 'span', hProperties: { className: ['blank', `blank--${blankSize(n)}`] }, kind: 'blank' }, children: [] };
}

function writeLine(): KitNode {
  return { type: 'classroomTag', data: { hName: 'span', hProperties: { className: ['write-line'] }, kind: 'blank' }, children: [] };
}

function splitBlanks(text: Text): (Text | KitNode)[] {
  const out: (Text | KitNode)[] = [];
  let at = 0;
  for (const m of text.value.matchAll(BLANK)) {
    if (m.index > at) out.push({ type: 'text', value: text.value.slice(at, m.index) });
    out.push(blank(m[0].length));
    at = m.index + m[0].length;
  }
  if (at < text.value.length) out.push({ type: 'text', value: text.value.slice(at) });
  return out;
}

/** Characters of plain text in a node (for deciding how a line or a box is laid out). */
function textLength(node: unknown): number {
  const n = node as { type: string; value?: string; children?: unknown[] };
  if (n.type === 'text' || n.type === 'inlineCode') return n.value?.length ?? 0;
  return (n.children ?? []).reduce<number>((sum, c) => sum + textLength(c), 0);
}

/** A line shorter than this ending in a blank gets the blank stretched to the line's end. */
const SHORT_PROMPT = 60;

/** Wrap a paragraph that ends in a blank after a short prompt so the blank fills the line. */
function fillLine(kids: unknown[]): unknown[] {
  const last = kids[kids.length - 1] as KitNode | undefined;
  if (!last || last.type !== 'classroomTag' || last.data.kind !== 'blank') return kids;
  const prompt = kids.slice(0, -1);
  const one = prompt.every((k) => !((k as KitNode).type === 'classroomTag' && (k as KitNode).data.kind === 'blank'));
  const flat = prompt.every((k) => !/\n/.test((k as { value?: string }).value ?? '') && (k as { type: string }).type !== 'break');
  if (!one || !flat || prompt.reduce<number>((sum, k) => sum + textLength(k), 0) >= SHORT_PROMPT) return kids;
  last.data.hProperties = { className: [...(last.data.hProperties['className'] as string[]), 'blank--fill'] };
  return [{ type: 'classroomTag', data: { hName: 'span', hProperties: { className: ['blank-line'] }, kind: 'blank' }, children: kids } satisfies KitNode];
}

type Cell = { type: 'tableCell'; children: unknown[]; data?: { hProperties?: Record<string, unknown> } };

/** Empty cells of a table become write-in boxes sized for their answer. */
function writeCells(table: { children: { children: Cell[] }[] }): void {
  const [head, ...rows] = table.children;
  for (const row of rows) {
    const empty = row.children.every((c) => c.children.length === 0);
    row.children.forEach((cell, i) => {
      if (cell.children.length) return;
      const heading = head ? textLength(head.children[i]) : 0;
      const label = textLength(row.children[0]);
      const lines = empty ? 2 : heading <= 10 ? 1 : label >= 40 ? 3 : 1;
      cell.data = { ...cell.data, hProperties: { ...(cell.data?.hProperties ?? {}), className: ['write-cell', `write-cell--${lines}`] } };
    });
  }
}

function inline(parent: Parents): boolean {
  let found = false;
  const kids: unknown[] = [];
  for (const node of parent.children as RootContent[]) {
    if (node.type === 'text' && BLANK.test(node.value)) {
      BLANK.lastIndex = 0;
      kids.push(...splitBlanks(node));
      found = true;
      continue;
    }
    if ('children' in node && node.type !== 'link') found = inline(node as Parents) || found;
    kids.push(node);
  }
  (parent as { children: unknown[] }).children = found && parent.type === 'paragraph' ? fillLine(kids) : kids;
  if (found && (parent.type === 'paragraph' || parent.type === 'listItem' || parent.type === 'tableCell')) {
    parent.data = { ...parent.data, hProperties: { ...(parent.data?.hProperties ?? {}), className: ['has-blank'] } };
  }
  return found;
}

/** Rewrite blanks in a parsed document; `source` is the Markdown (to tell `___` from `---`). */
export function writeSpace(root: Parents, source: string): void {
  const kids = root.children as RootContent[];
  const out: RootContent[] = [];
  for (const node of kids) {
    const raw = node.type === 'thematicBreak' && node.position ? source.slice(node.position.start.offset, node.position.end.offset) : '';
    if (raw.trim().startsWith('_')) {
      const prev = out[out.length - 1] as (Paragraph & { data: { hName?: string; lines?: number } }) | undefined;
      if (prev?.data?.hName === 'div' && prev.data.lines) {
        prev.data.lines++;
        prev.data.hProperties = { ...prev.data.hProperties, dataLines: prev.data.lines };
        prev.children.push(writeLine() as never);
        continue;
      }
      out.push({
        type: 'paragraph',
        children: [writeLine() as never],
        data: { hName: 'div', hProperties: { className: ['write-lines'], dataLines: 1 }, lines: 1 } as Paragraph['data'],
      });
      continue;
    }
    if (node.type === 'table') writeCells(node as never);
    if ('children' in node && (node.type as string) !== 'code') {
      if (node.type === 'list' || node.type === 'blockquote' || node.type === 'listItem' || node.type === 'containerDirective') writeSpace(node as Parents, source);
      else inline(node as Parents);
    }
    out.push(node);
  }
  (root as { children: RootContent[] }).children = out;
}

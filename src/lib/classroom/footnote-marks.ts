/**
 * Where a figure's source number goes. A superscript right after a figure reads as an
 * exponent ("77 million¹", "10²"), so the number moves to the end of the clause: after the
 * next punctuation mark in the text that follows the figure ("…held one.¹"), or to the end of
 * the paragraph or cell when the text runs out first. Numbers that meet at one place merge
 * into one marker with commas ("¹,²"), never "¹²" (which reads as 12). Quotations keep their
 * marker after the closing quote mark. Runs on the kit's mdast after the tags are parsed.
 */
import { t } from '../i18n/t';

/** The kit's own mdast nodes (see markup.ts); `kind` says which. */
export interface KitNode {
  type: 'classroomTag';
  data: { hName: string; hProperties: Record<string, unknown>; kind: 'fig' | 'quote' | 'refs' | 'calc' | 'blank'; refs?: RefMark[] };
  children: unknown[];
}
export interface RefMark {
  n: number;
  id: string;
  label: string;
}

type Any = { type: string; value?: string; data?: unknown; children?: unknown[] };

const isKit = (n: unknown, kind?: KitNode['data']['kind']): n is KitNode =>
  !!n && (n as Any).type === 'classroomTag' && (!kind || (n as KitNode).data.kind === kind);

/** Words whose full stop does not end a clause. */
const ABBREVIATION = /(?:^|[\s(])(?:[A-Z]|U\.S|U\.K|vs|e\.g|i\.e|Rep|Sen|Gov|Dr|Mr|Mrs|Ms|No|St|approx|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)$/;
const PUNCT = '.,;:!?)]';
const CLOSERS = '"\'”’)]';

/** Index just past the first clause-ending punctuation in `text`, or -1. */
export function clauseEnd(text: string): number {
  for (let i = 0; i < text.length; i++) {
    if (!PUNCT.includes(text[i]!)) continue;
    let end = i + 1;
    while (end < text.length && (PUNCT.includes(text[end]!) || CLOSERS.includes(text[end]!))) end++;
    if (end < text.length && !/\s/.test(text[end]!)) { i = end - 1; continue; }
    if (text[i] === '.' && ABBREVIATION.test(text.slice(0, i))) { i = end - 1; continue; }
    return end;
  }
  return -1;
}

/** One marker for several source numbers: deduplicated, in order, comma-separated links. */
export function refsNode(refs: RefMark[]): KitNode {
  const unique = [...new Map(refs.map((r) => [r.n, r])).values()].sort((a, b) => a.n - b.n);
  const children: unknown[] = [];
  unique.forEach((r, i) => {
    if (i > 0) children.push({ type: 'text', value: ',' });
    children.push({ type: 'link', url: `#cite-${r.id}`, children: [{ type: 'text', value: String(r.n) }], data: { hProperties: { ariaLabel: t('classroom.cited.sourceMark', { n: r.n, publisher: r.label }) } } });
  });
  return { type: 'classroomTag', data: { hName: 'sup', hProperties: { className: ['fig-ref'] }, kind: 'refs', refs: unique }, children };
}

const PASS_OVER = new Set(['emphasis', 'strong', 'delete', 'inlineCode', 'link']);

/** Move the source markers of figures in one list of phrasing siblings (recursing into children). */
export function placeMarkers(kids: unknown[]): unknown[] {
  const out = [...kids];
  for (let i = 0; i < out.length; i++) {
    const node = out[i] as Any;
    if (node.children && !isKit(node, 'refs')) node.children = placeMarkers(node.children);
    if (!isKit(node, 'refs')) continue;
    const refs = node;
    let owner = i - 1;
    if (isKit(out[owner], 'calc')) owner--;
    if (!isKit(out[owner], 'fig')) continue;
    for (let j = i + 1; j <= out.length; j++) {
      const n = out[j] as Any | undefined;
      if (!n) {
        // The paragraph or cell ends first: the marker ends it (if it is not there already).
        if (j === i + 1) break;
        out.splice(i, 1);
        out.push(refs);
        i--;
        break;
      }
      if (n.type === 'text') {
        const end = clauseEnd(n.value ?? '');
        if (end < 0) continue;
        const text = n.value ?? '';
        out.splice(j, 1, { type: 'text', value: text.slice(0, end) }, refs, ...(end < text.length ? [{ type: 'text', value: text.slice(end) }] : []));
        out.splice(i, 1);
        i--;
        break;
      }
      if (isKit(n, 'refs')) {
        // The clause goes on to another figure: one marker for both.
        out[j] = refsNode([...(refs.data.refs ?? []), ...(n.data.refs ?? [])]);
        out.splice(i, 1);
        i--;
        break;
      }
      if (isKit(n, 'fig') || isKit(n, 'calc') || PASS_OVER.has(n.type)) continue;
      break; // a blank or a line break: leave the marker where it is
    }
  }
  // Markers that now touch merge into one.
  for (let i = out.length - 1; i > 0; i--) {
    const a = out[i - 1];
    const b = out[i];
    if (isKit(a, 'refs') && isKit(b, 'refs')) out.splice(i - 1, 2, refsNode([...(a.data.refs ?? []), ...(b.data.refs ?? [])]));
  }
  return out;
}

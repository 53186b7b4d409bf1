/**
 * hast (the kit's page body) → Word paragraphs and tables (npm `docx`). Handles what the kit's
 * pipeline produces: headings, paragraphs, lists, tables, quotations, teacher blocks (shaded,
 * labelled), hidden sections (printed open, without the "Show the…" button), writing lines and
 * blanks, source markers (superscripts linked to the source list), chart images and links
 * (site paths made absolute). Anything else fails loudly, so a new page element is never lost.
 */
import type { Element, ElementContent } from 'hast';
import {
  AlignmentType, BorderStyle, Bookmark, ExternalHyperlink, HeadingLevel, HeightRule, ImageRun, InternalHyperlink,
  PageBreak, Paragraph, ShadingType, Table, TableCell, TableRow, TextRun, WidthType, type ParagraphChild,
} from 'docx';

export interface DocxContext {
  /** Site path or web address → absolute URL. */
  absolute: (href: string) => string;
  /** `chart:<key>` → PNG bytes and pixel size. */
  images: Map<string, { data: Uint8Array; width: number; height: number }>;
  /** Numbered lists so far (each <ol> restarts at 1). */
  lists: number;
}

interface Format {
  bold?: boolean;
  italics?: boolean;
  superScript?: boolean;
  code?: boolean;
  link?: boolean;
}

interface BlockStyle {
  teacher?: boolean;
  quote?: boolean;
  list?: { type: 'bullet' | 'number'; level: number; instance: number };
  small?: boolean;
}

export const COLOURS = { teacher: 'FFF4D6', teacherRule: 'B7791F', rule: '555555', header: 'EEEEEE', muted: '555555', link: '0B5CAD' } as const;

const BLANK_LENGTH: Record<string, number> = { s: 8, m: 18, l: 32, xl: 48 };

const classes = (el: Element): string[] => (el.properties['className'] as string[] | undefined) ?? [];
const has = (el: Element, c: string) => classes(el).includes(c);
const isBlockTag = (t: string) => /^(p|h[1-6]|ul|ol|li|table|div|section|blockquote|details|summary|figure|figcaption|dl|dt|dd|hr|pre|nav|img)$/.test(t);

/** Bookmark names Word accepts: letters, digits and underscores, at most 40 characters. */
export const bookmarkId = (anchor: string) => `k_${anchor.replace(/[^A-Za-z0-9]/g, '_')}`.slice(0, 40);

function textRuns(value: string, f: Format): TextRun[] {
  if (!value) return [];
  return [new TextRun({
    text: value.replace(/\s+/g, ' '),
    ...(f.bold ? { bold: true } : {}),
    ...(f.italics ? { italics: true } : {}),
    ...(f.superScript ? { superScript: true } : {}),
    ...(f.code ? { font: 'Courier New' } : {}),
    ...(f.link ? { color: COLOURS.link, underline: {} } : {}),
  })];
}

/** Inline hast → runs. */
export function inlineRuns(nodes: ElementContent[], ctx: DocxContext, f: Format = {}): ParagraphChild[] {
  const out: ParagraphChild[] = [];
  for (const n of nodes) {
    if (n.type === 'text') { out.push(...textRuns(n.value, f)); continue; }
    if (n.type !== 'element') continue;
    const kids = n.children;
    switch (n.tagName) {
      case 'strong': case 'b': out.push(...inlineRuns(kids, ctx, { ...f, bold: true })); break;
      case 'em': case 'i': case 'cite': out.push(...inlineRuns(kids, ctx, { ...f, italics: true })); break;
      case 'code': out.push(...inlineRuns(kids, ctx, { ...f, code: true })); break;
      case 'sup': out.push(...inlineRuns(kids, ctx, { ...f, superScript: true })); break;
      case 'q': out.push(...textRuns('“', f), ...inlineRuns(kids, ctx, f), ...textRuns('”', f)); break;
      case 'br': out.push(new TextRun({ break: 1 })); break;
      case 'a': {
        const href = String(n.properties['href'] ?? '');
        const children = inlineRuns(kids, ctx, { ...f, link: true }) as TextRun[];
        if (/^#(cite|calc)-/.test(href)) out.push(new InternalHyperlink({ anchor: bookmarkId(href.slice(1)), children }));
        else if (href.startsWith('#')) out.push(...inlineRuns(kids, ctx, f));
        else out.push(new ExternalHyperlink({ link: ctx.absolute(href), children }));
        break;
      }
      case 'span':
        if (has(n, 'blank')) {
          const size = classes(n).find((c) => c.startsWith('blank--'))?.slice(7) ?? 'm';
          out.push(new TextRun({ text: '_'.repeat(BLANK_LENGTH[size] ?? 18) }));
          break;
        }
        if (n.properties['id']) out.push(new Bookmark({ id: bookmarkId(String(n.properties['id'])), children: inlineRuns(kids, ctx, f) }));
        else out.push(...inlineRuns(kids, ctx, f));
        break;
      default:
        if (isBlockTag(n.tagName)) throw new Error(`Word file: block <${n.tagName}> inside a line of text`);
        throw new Error(`Word file: no conversion for <${n.tagName}>`);
    }
  }
  return out;
}

function para(children: ParagraphChild[], s: BlockStyle, extra: Partial<ConstructorParameters<typeof Paragraph>[0] & object> = {}): Paragraph {
  return new Paragraph({
    children,
    ...(s.list ? (s.list.type === 'bullet' ? { bullet: { level: s.list.level } } : { numbering: { reference: 'kit-numbers', level: s.list.level, instance: s.list.instance } }) : {}),
    ...(s.teacher ? {
      shading: { type: ShadingType.CLEAR, fill: COLOURS.teacher, color: 'auto' },
      border: { left: { style: BorderStyle.SINGLE, size: 18, color: COLOURS.teacherRule, space: 6 } },
    } : {}),
    ...(s.quote ? { indent: { left: 360 }, border: { left: { style: BorderStyle.SINGLE, size: 12, color: COLOURS.rule, space: 8 } } } : {}),
    ...extra,
  });
}

const HEADINGS: Record<string, (typeof HeadingLevel)[keyof typeof HeadingLevel]> = {
  h1: HeadingLevel.HEADING_1, h2: HeadingLevel.HEADING_2, h3: HeadingLevel.HEADING_3, h4: HeadingLevel.HEADING_4, h5: HeadingLevel.HEADING_5,
};

type Block = Paragraph | Table;

/** Children that mix inline nodes and blocks (tight list items, cells): inline runs become paragraphs. */
function mixed(nodes: ElementContent[], ctx: DocxContext, s: BlockStyle, bookmark?: string): Block[] {
  const out: Block[] = [];
  let line: ElementContent[] = [];
  const flush = () => {
    if (line.some((n) => n.type === 'element' || (n.type === 'text' && n.value.trim()))) {
      const runs = inlineRuns(line, ctx);
      out.push(para(bookmark ? [new Bookmark({ id: bookmarkId(bookmark), children: runs })] : runs, s));
      bookmark = undefined;
    }
    line = [];
  };
  for (const n of nodes) {
    if (n.type === 'element' && isBlockTag(n.tagName)) { flush(); out.push(...blocks([n], ctx, s)); }
    else line.push(n);
  }
  flush();
  return out;
}

function table(el: Element, ctx: DocxContext, s: BlockStyle): Table {
  const rows = (el.children.filter((c) => c.type === 'element') as Element[])
    .flatMap((part) => (part.tagName === 'tr' ? [part] : (part.children.filter((c) => c.type === 'element' && c.tagName === 'tr') as Element[])));
  const cells = (tr: Element) => tr.children.filter((c): c is Element => c.type === 'element' && (c.tagName === 'td' || c.tagName === 'th'));
  const columns = Math.max(...rows.map((r) => cells(r).length));
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: rows.map((tr, i) => {
      const head = cells(tr).every((c) => c.tagName === 'th') && i === 0;
      const writeIn = cells(tr).some((c) => c.tagName === 'td' && c.children.length === 0);
      return new TableRow({
        // Only the header row carries <w:tblHeader>: readers such as mammoth take the element
        // itself (even w:val="false") as "repeat this row", turning every row into a header.
        ...(head ? { tableHeader: true } : {}),
        cantSplit: true,
        ...(writeIn ? { height: { value: 720, rule: HeightRule.ATLEAST } } : {}),
        children: cells(tr).map((c) => new TableCell({
          width: { size: Math.floor(100 / columns), type: WidthType.PERCENTAGE },
          ...(c.tagName === 'th' && head ? { shading: { type: ShadingType.CLEAR, fill: COLOURS.header, color: 'auto' } } : {}),
          children: (() => {
            const content = c.tagName === 'th' ? [{ type: 'element', tagName: 'strong', properties: {}, children: c.children } as Element] : c.children;
            const b = mixed(content, ctx, s.teacher ? { teacher: true } : {});
            return b.length ? b : [new Paragraph({ children: [] })];
          })(),
        })),
      });
    }),
  });
}

function image(el: Element, ctx: DocxContext): Paragraph {
  const src = String(el.properties['src'] ?? '');
  const img = ctx.images.get(src);
  if (!img) throw new Error(`Word file: no image for ${src}`);
  const width = 620;
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    children: [new ImageRun({
      type: 'png', data: img.data,
      transformation: { width, height: Math.round((width * img.height) / img.width) },
      altText: { name: src, title: src, description: String(el.properties['alt'] ?? '') },
    })],
  });
}

const DASHED = { style: BorderStyle.DASHED, size: 8, color: COLOURS.rule } as const;

/** Role cards: one dashed box each (a cut line all round), never split, two to a page. */
function cards(ul: Element, ctx: DocxContext): Block[] {
  const items = ul.children.filter((c): c is Element => c.type === 'element' && c.tagName === 'li');
  return items.flatMap((li, i) => [
    new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      borders: { top: DASHED, bottom: DASHED, left: DASHED, right: DASHED, insideHorizontal: DASHED, insideVertical: DASHED },
      rows: [new TableRow({ cantSplit: true, children: [new TableCell({ margins: { top: 120, bottom: 120, left: 160, right: 160 }, children: blocks(li.children, ctx) })] })],
    }),
    new Paragraph({ children: i % 2 === 1 && i < items.length - 1 ? [new PageBreak()] : [] }),
  ]);
}

/** Block hast → paragraphs and tables. */
export function blocks(nodes: ElementContent[], ctx: DocxContext, s: BlockStyle = {}): Block[] {
  const out: Block[] = [];
  for (const n of nodes) {
    if (n.type === 'text') {
      if (n.value.trim()) out.push(para(textRuns(n.value, {}), s));
      continue;
    }
    if (n.type !== 'element') continue;
    if (n.properties['dataDocxSkip'] !== undefined) continue;
    const t = n.tagName;
    if (HEADINGS[t]) {
      const id = n.properties['id'];
      const runs = inlineRuns(n.children, ctx);
      out.push(new Paragraph({ heading: HEADINGS[t], keepNext: true, children: id ? [new Bookmark({ id: bookmarkId(String(id)), children: runs })] : runs }));
      continue;
    }
    switch (t) {
      case 'p': {
        const small = has(n, 'small') || has(n, 'composite-label') || has(n, 'kicker');
        const runs = inlineRuns(n.children, ctx, { ...(has(n, 'teacher-label') || has(n, 'label') ? { bold: true } : {}) });
        out.push(para(runs, s, {
          ...(small ? { run: { size: 18 } } : {}),
          ...(has(n, 'has-blank') ? { spacing: { line: 480 } } : {}),
        }));
        break;
      }
      case 'ul': case 'ol': {
        if (has(n, 'role-cards')) { out.push(...cards(n, ctx)); break; }
        const level = s.list ? s.list.level + 1 : 0;
        const instance = t === 'ol' ? ++ctx.lists : 0;
        for (const li of n.children) {
          if (li.type !== 'element' || li.tagName !== 'li') continue;
          const id = li.properties['id'];
          const inner = mixed(li.children, ctx, { ...s, list: { type: t === 'ol' ? 'number' : 'bullet', level, instance } }, id ? String(id) : undefined);
          out.push(...inner);
        }
        break;
      }
      case 'li': out.push(...mixed(n.children, ctx, s)); break;
      case 'table': out.push(table(n, ctx, s)); break;
      case 'blockquote': out.push(...blocks(n.children, ctx, { ...s, quote: true })); break;
      case 'summary': break; // "Show the reveal" is a button on the page, not text for paper
      case 'details': out.push(...blocks(n.children, ctx, s)); break;
      case 'img': out.push(image(n, ctx)); break;
      case 'figure': case 'figcaption': case 'nav': out.push(...mixed(n.children, ctx, s)); break;
      case 'hr': out.push(new Paragraph({ border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: COLOURS.rule, space: 1 } }, children: [] })); break;
      case 'dl': {
        const pairs: [Element, Element][] = [];
        const kids = n.children.filter((c): c is Element => c.type === 'element');
        for (let i = 0; i < kids.length; i += 2) pairs.push([kids[i]!, kids[i + 1]!]);
        out.push(new Table({
          width: { size: 100, type: WidthType.PERCENTAGE },
          borders: { top: { style: BorderStyle.NONE, size: 0, color: 'auto' }, bottom: { style: BorderStyle.NONE, size: 0, color: 'auto' }, left: { style: BorderStyle.NONE, size: 0, color: 'auto' }, right: { style: BorderStyle.NONE, size: 0, color: 'auto' }, insideHorizontal: { style: BorderStyle.NONE, size: 0, color: 'auto' }, insideVertical: { style: BorderStyle.NONE, size: 0, color: 'auto' } },
          rows: pairs.map(([dt, dd]) => new TableRow({
            children: [
              new TableCell({ width: { size: 20, type: WidthType.PERCENTAGE }, children: [new Paragraph({ children: inlineRuns(dt.children, ctx, { bold: true }) })] }),
              new TableCell({ width: { size: 80, type: WidthType.PERCENTAGE }, children: mixed(dd.children, ctx, {}) }),
            ],
          })),
        }));
        break;
      }
      case 'div': case 'section': {
        if (has(n, 'write-lines')) {
          const lines = n.children.filter((c) => c.type === 'element').length;
          for (let i = 0; i < lines; i++) {
            out.push(new Paragraph({ spacing: { before: 360 }, border: { bottom: { style: BorderStyle.SINGLE, size: 4, color: COLOURS.rule, space: 1 } }, children: [] }));
          }
          break;
        }
        if (has(n, 'role-card-cut')) break;
        out.push(...blocks(n.children, ctx, { ...s, ...(n.properties['dataTeacher'] !== undefined ? { teacher: true } : {}) }));
        break;
      }
      default:
        out.push(para(inlineRuns([n], ctx), s));
    }
  }
  return out;
}

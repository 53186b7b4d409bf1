/**
 * A kit document as data: its level-2 sections, each with its heading, its body (hast), and
 * whether it is teacher-only (a `:::teacher` section) or hidden until shown (the reveal, an
 * answer key). The page (HTML), projector mode and the Word file all read these sections.
 */
import type { Element, ElementContent, Root as HastRoot, RootContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { t } from '../i18n/t';

export interface KitSection {
  /** The heading's id (slug); undefined for the text before the first `##`. */
  id: string | undefined;
  /** The heading's text. */
  title: string | undefined;
  heading: Element | undefined;
  /** Everything after the heading (for a teacher section, starting with its label). */
  body: ElementContent[];
  teacherOnly: boolean;
  /** Shown closed until opened (reveal, answer key): the heading text. */
  hidden: string | undefined;
}

export interface SectionOptions {
  /** Level-2 headings whose sections are hidden in a closed <details> (reveal, answer key). */
  hidden?: string[];
}

export const isEl = (n: RootContent | ElementContent | undefined, tag: string): n is Element =>
  !!n && n.type === 'element' && n.tagName === tag;

export function textOf(el: RootContent | ElementContent): string {
  if (el.type === 'text') return el.value;
  if (el.type === 'element') return el.children.map(textOf).join('');
  return '';
}

const isTeacherSection = (n: RootContent): n is Element =>
  n.type === 'element' && n.properties['dataTeacherSection'] !== undefined;

/** Group a document's top-level nodes into sections. */
export function toSections(tree: HastRoot, opts: SectionOptions = {}): KitSection[] {
  const hidden = new Set(opts.hidden ?? []);
  const sections: KitSection[] = [];
  const open = (heading: Element | undefined, teacherOnly: boolean, body: ElementContent[] = []): KitSection => {
    const title = heading ? textOf(heading).trim() : undefined;
    const s: KitSection = {
      id: heading ? String(heading.properties['id']) : undefined,
      title, heading, body, teacherOnly,
      hidden: title && hidden.has(title) ? title : undefined,
    };
    sections.push(s);
    return s;
  };
  let current: KitSection | undefined;
  for (const n of tree.children) {
    if (n.type === 'text' && !n.value.trim()) continue;
    if (isEl(n, 'h2')) { current = open(n, false); continue; }
    if (isTeacherSection(n)) {
      // (n is an Element here; the h2 test above narrows the union too far for the compiler.)
      const [h2, ...rest] = (n as Element).children;
      current = open(h2 as Element, true, rest.filter((c: ElementContent) => !(c.type === 'text' && !c.value.trim())));
      current = undefined;
      continue;
    }
    current ??= open(undefined, false);
    current.body.push(n as ElementContent);
  }
  for (const h of hidden) {
    if (!sections.some((s) => s.hidden === h)) throw new Error(`no "## ${h}" section to hide`);
  }
  return sections;
}

/** The element that wraps a section on the page: its tag and attributes. */
export function sectionWrapper(s: KitSection, slides: boolean): { tagName: string; properties: Element['properties'] } | undefined {
  const teacher = s.teacherOnly ? { dataTeacher: '', dataTeacherSection: '' } : {};
  if (slides) {
    return {
      tagName: 'section',
      properties: {
        className: ['slide', ...(s.teacherOnly ? ['teacher-block'] : [])],
        dataSlide: '',
        ...(s.id ? { ariaLabelledby: s.id } : {}),
        ...(s.teacherOnly ? { dataTeacherOnly: '', ...teacher } : {}),
      },
    };
  }
  return s.teacherOnly ? { tagName: 'div', properties: { className: ['teacher-block'], ...teacher } } : undefined;
}

/** hast property names → HTML attribute names, for wrappers rendered by Astro. */
export function htmlAttributes(properties: Element['properties']): Record<string, string> {
  return Object.fromEntries(Object.entries(properties).map(([k, v]) => [
    k === 'className' ? 'class' : k.replace(/[A-Z]/g, (m) => `-${m.toLowerCase()}`),
    Array.isArray(v) ? v.join(' ') : String(v ?? ''),
  ]));
}

/** A section's content as it appears on the page: heading, then body (closed when hidden). */
export function sectionContent(s: KitSection): ElementContent[] {
  const head = s.heading ? [s.heading] : [];
  if (!s.hidden) return [...head, ...s.body];
  const details: Element = {
    type: 'element', tagName: 'details', properties: { className: ['hidden-section'], dataHidden: s.hidden },
    children: [
      { type: 'element', tagName: 'summary', properties: {}, children: [{ type: 'text', value: t('classroom.showHidden', { name: s.hidden.toLowerCase() }) }] },
      ...s.body,
    ],
  };
  return [...head, details];
}

/** All sections as one HTML fragment (handouts, tests); pages with charts use KitDocument. */
export function sectionsHtml(sections: KitSection[], slides: boolean): string {
  const nodes: ElementContent[] = sections.flatMap((s) => {
    const wrap = sectionWrapper(s, slides);
    const content = sectionContent(s);
    return wrap ? [{ type: 'element', tagName: wrap.tagName, properties: wrap.properties, children: content } satisfies Element] : content;
  });
  return toHtml({ type: 'root', children: nodes });
}

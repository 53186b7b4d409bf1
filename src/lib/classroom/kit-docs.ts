/**
 * Every document of the kit that has a page and a Word file: the teacher guide, the lessons,
 * the handouts, the answer keys and rubrics, the role cards and the evidence packets. One entry
 * names its page, its Word file, its kicker and how it prints; `kitDocModel()` gives the body
 * (hast) that the Word file is built from, made by the same functions as the page.
 */
import type { ElementContent } from 'hast';
import { h } from 'hastscript';
import { getCollection } from 'astro:content';
import { loadCharts } from '../charts/load';
import type { ChartBundle } from '../charts/build';
import { href } from '../paths';
import { chartFigureHast } from './chart-block';
import { docFactsHast } from './doc-facts';
import { evidenceHast } from './evidence-doc';
import { answerKeyIds, evidencePackets, handoutIds, pageContext, renderedDoc, roleCards, vocabulary, type RenderedDoc } from './load';
import type { Citations } from './markup';
import { roleCardPages, roleCardsHast } from './role-cards-doc';
import type { ChartRef } from './schemas';
import { sectionContent, sectionWrapper } from './sections';
import { t, tParts, type Part } from '../i18n/t';

/** A chart shown at the end of the section whose heading id is `in`. */
export interface DocChart {
  in: string;
  ref: ChartRef;
}

export type DocKind = 'guide' | 'lesson' | 'handout' | 'answer-key' | 'role-cards' | 'evidence';

export interface KitDocEntry {
  kind: DocKind;
  /** The Word file's name (without .docx) and the offline pack's page name. */
  slug: string;
  /** Site path of the page. */
  page: string;
  /** Markdown document id (frontmatter), for Markdown documents. */
  doc?: string;
  kicker: string;
  /** Offer projector mode (sections as slides). */
  slides: boolean;
  charts: DocChart[];
  /** Printed pages the page promises (handouts, answer keys, role cards), tested in Letter and A4. */
  printPages?: number;
}


const PAGES = { 'one-page': 1, 'two-pages': 2 } as const;

const lessons = (): Omit<KitDocEntry, 'page' | 'slug'>[] => [
  { kind: 'guide', doc: 'teacher-guide', kicker: t('classroom.kickers.guide'), slides: false, charts: [] },
  {
    kind: 'lesson', doc: 'lesson-1', kicker: t('classroom.kickers.lesson1'), slides: true,
    charts: [{ in: 'step-2-notice-5-minutes', ref: { chart: 'dea-seizures', view: 'pills' } }],
  },
  { kind: 'lesson', doc: 'lesson-2', kicker: t('classroom.kickers.lesson2'), slides: true, charts: [] },
  { kind: 'lesson', doc: 'source-evaluation', kicker: t('classroom.kickers.sourceEvaluation'), slides: true, charts: [] },
];

let entriesCache: Promise<KitDocEntry[]> | undefined;

export function kitDocEntries(): Promise<KitDocEntry[]> {
  entriesCache ??= (async () => {
    const pages = await getCollection('classroomPages');
    const printOf = (id: string) => {
      const p = pages.find((e) => e.data.id === id)?.data.print;
      return p ? PAGES[p] : undefined;
    };
    const roles = await roleCards();
    const rolePages = roleCardPages(roles);
    return [
      ...lessons().map((l) => ({ ...l, slug: l.doc!, page: l.doc === 'teacher-guide' ? '/classroom/teacher-guide/' : `/classroom/${l.doc}/` })),
      ...(await handoutIds()).map((id): KitDocEntry => {
        const printPages = printOf(id) ?? 1;
        return { kind: 'handout', doc: id, slug: `handout-${id}`, page: `/classroom/handouts/${id}/`, kicker: t('classroom.kickers.handout', { count: printPages }), slides: false, charts: [], printPages };
      }),
      ...(await answerKeyIds()).map((id): KitDocEntry => {
        const printPages = printOf(id) ?? 1;
        return { kind: 'answer-key', doc: id, slug: id, page: `/classroom/answer-keys/${id}/`, kicker: t('classroom.kickers.answerKey', { count: printPages }), slides: false, charts: [], printPages };
      }),
      { kind: 'role-cards', slug: 'role-cards', page: '/classroom/role-cards/', kicker: t('classroom.kickers.roleCards', { pages: rolePages }), slides: false, charts: [], printPages: rolePages },
      { kind: 'evidence', slug: 'evidence-packets', page: '/classroom/evidence/', kicker: t('classroom.kickers.evidence'), slides: false, charts: [] },
    ];
  })();
  return entriesCache;
}

export async function kitDocEntry(page: string): Promise<KitDocEntry> {
  const e = (await kitDocEntries()).find((x) => x.page === page);
  if (!e) throw new Error(`lib/classroom/kit-docs.ts: no kit document for ${page}`);
  return e;
}

/** Word file URL of a kit page. */
export const docxPath = (e: Pick<KitDocEntry, 'slug'>) => `/classroom/downloads/${e.slug}.docx`;

/**
 * A lede with links inside: the dictionary text's `{slot}` placeholders become links (the
 * slot's own words, at `paths[slot]`).
 */
function ledeWithLinks(parts: Part[], paths: Record<string, string>): ElementContent[] {
  const words: Record<string, string> = { controversy: t('classroom.roleCards.controversy'), packets: t('classroom.roleCards.packets') };
  return parts.map((p): ElementContent => (typeof p === 'string' ? { type: 'text', value: p } : link(paths[p.slot] ?? '/', words[p.slot] ?? p.slot)));
}


const link = (path: string, text: string): ElementContent => h('a', { href: href(path) }, text);

/** What a Markdown document shows before its sections: summary, facts, answer keys. */
export async function docHeadHast(entry: KitDocEntry, doc: RenderedDoc): Promise<ElementContent[]> {
  const facts = entry.kind === 'lesson' || entry.kind === 'guide' ? docFactsHast(doc.data, await handoutTitles(), await vocabulary(), href) : undefined;
  const keys = entry.kind === 'lesson' ? await answerKeyLinks(doc.data.handouts)
    : entry.kind === 'guide' ? await answerKeyLinks(await allHandouts(), true) : undefined;
  return [
    ...(doc.data.summary && entry.kind !== 'handout' && entry.kind !== 'answer-key' ? [h('p.lede', doc.data.summary)] : []),
    ...(facts ? [facts] : []),
    ...(keys ? [keys] : []),
  ];
}

export interface KitDocModel {
  entry: KitDocEntry;
  title: string;
  description: string;
  /** Everything between the page's title and its source list, as the Word file has it. */
  body: ElementContent[];
  citations: Citations;
  compactSources: boolean;
  /** Charts drawn as images in the body (`<img src="chart:<key>">`). */
  charts: { ref: ChartRef; bundle: ChartBundle }[];
}

/** A Markdown document's sections with its charts, in page order, not as slides. */
export function docSectionsHast(doc: RenderedDoc, charts: DocChart[], figure: (ref: ChartRef) => ElementContent): ElementContent[] {
  return doc.sections.flatMap((s) => {
    const content = [...sectionContent(s), ...charts.filter((c) => c.in === s.id).map((c) => figure(c.ref))];
    const wrap = sectionWrapper(s, false);
    return wrap ? [h(wrap.tagName, wrap.properties, content)] : content;
  });
}

export async function handoutTitles(): Promise<Record<string, string>> {
  return Object.fromEntries((await getCollection('classroomPages'))
    .filter((e) => e.filePath?.includes('/handouts/'))
    .map((e) => [`handouts/${e.data.id}.md`, e.data.title]));
}

export async function kitDocModel(entry: KitDocEntry): Promise<KitDocModel> {
  const bundles = await loadCharts();
  const charts: KitDocModel['charts'] = [];
  const figure = (ref: ChartRef): ElementContent => {
    const bundle = bundles.find((b) => b.id === ref.chart);
    if (!bundle) throw new Error(`classroom kit (${entry.slug}): no chart "${ref.chart}" in content/charts/`);
    charts.push({ ref, bundle });
    return chartFigureHast(bundle, ref, href);
  };
  if (entry.doc) {
    const doc = await renderedDoc(entry.doc);
    return {
      entry, title: doc.data.title, description: doc.data.summary ?? doc.data.title, charts,
      body: [...(await docHeadHast(entry, doc)), ...docSectionsHast(doc, entry.charts, figure)],
      citations: doc.ctx.citations,
      compactSources: entry.kind === 'handout' || entry.kind === 'answer-key',
    };
  }
  if (entry.kind === 'role-cards') {
    const ctx = await pageContext('content/classroom/role-cards.yaml');
    return {
      entry, title: t('classroom.roleCards.title'), description: t('classroom.roleCards.description'), charts, citations: ctx.citations, compactSources: false,
      body: [
        h('p.lede', ledeWithLinks(tParts('classroom.roleCards.lede'), { controversy: '/classroom/lesson-2/', packets: '/classroom/evidence/' })),
        h('p.print-note', t('classroom.roleCards.print')),
        ...roleCardsHast(await roleCards(), ctx, href),
      ],
    };
  }
  const ctx = await pageContext('content/classroom/evidence-packets.yaml');
  return {
    entry, title: t('classroom.evidencePackets.title'), description: t('classroom.evidencePackets.description'), charts, citations: ctx.citations, compactSources: false,
    body: [h('p.lede', ledeWithLinks(tParts('classroom.evidencePackets.lede'), { controversy: '/classroom/lesson-2/' })), ...evidenceHast(await evidencePackets(), ctx, href)],
  };
}


async function allHandouts(): Promise<string[]> {
  return (await handoutIds()).map((id) => `handouts/${id}.md`);
}

/** The answer keys for these handouts (`handouts/x.md`), as a short list; undefined if none. */
export async function answerKeyLinks(handouts: string[], withPack = false): Promise<ElementContent | undefined> {
  const ids = new Set(handouts.map((f) => /^handouts\/([a-z0-9-]+)\.md$/.exec(f)?.[1]).filter(Boolean));
  const keys = (await getCollection('classroomPages'))
    .filter((e) => e.filePath?.includes('/answer-keys/') && e.data.answers_for.some((a) => ids.has(a)))
    .sort((a, b) => a.data.title.localeCompare(b.data.title));
  if (!keys.length) return undefined;
  return h('div.answer-keys', [
    h('p', [h('strong', t('classroom.answerKeys.heading')), ` ${t('classroom.answerKeys.note')}`]),
    h('ul', keys.map((k) => h('li', [h('a', { href: href(`/classroom/answer-keys/${k.data.id}/`) }, k.data.title)]))),
    ...(withPack ? [h('p', [h('a', { href: href('/classroom/pack.zip'), download: true }, t('classroom.answerKeys.offline')), t('classroom.answerKeys.offlineNote')])] : []),
  ]);
}

/**
 * The facts about a lesson from its frontmatter (length, grade band, question, format, charts,
 * handouts, vocabulary, standards) as a definition list in hast: DocMeta.astro prints it on
 * the page and the Word file carries the same list.
 */
import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import { t } from '../i18n/t';
import { chartRefHast } from './chart-ref';
import { kitPage } from './markup';
import type { ClassroomPage, Vocabulary } from './schemas';

export function docFactsHast(data: ClassroomPage, handoutTitles: Record<string, string>, vocabulary: Vocabulary, href: (p: string) => string): Element | undefined {
  const terms = data.vocabulary.map((id) => {
    const t = vocabulary.terms.find((v) => v.id === id);
    if (!t) throw new Error(`content/classroom/${data.id}.md: vocabulary id "${id}" is not in vocabulary.yaml`);
    return t;
  });
  const handouts = data.handouts.map((file) => {
    const page = kitPage(file);
    if (!page || !handoutTitles[file]) throw new Error(`content/classroom/${data.id}.md: handout "${file}" does not exist`);
    return { page, title: handoutTitles[file]! };
  });
  const minutes = data.duration_minutes ? t('classroom.facts.minutes', { minutes: String(data.duration_minutes) }) : data.durations ? t('classroom.facts.minutes', { minutes: data.durations.join(t('classroom.facts.or')) }) : undefined;
  const rows: [string, ElementContent[]][] = [];
  if (minutes) rows.push([t('classroom.facts.length'), [{ type: 'text', value: minutes }]]);
  if (data.grade_band) rows.push([t('classroom.facts.gradeBand'), [{ type: 'text', value: data.grade_band }]]);
  if (data.question) rows.push([t('classroom.facts.question'), [{ type: 'text', value: data.question }]]);
  if (data.format) rows.push([t('classroom.facts.format'), [{ type: 'text', value: data.format }]]);
  if (data.charts.length) rows.push([t('classroom.facts.charts'), [h('ul', data.charts.map((c) => h('li', [chartRefHast(c, href)])))]]);
  if (handouts.length) rows.push([t('classroom.facts.handouts'), [h('ul', handouts.map((x) => h('li', [h('a', { href: href(x.page) }, x.title)])))]]);
  if (terms.length) {
    rows.push([t('classroom.facts.vocabulary'), terms.flatMap((term, i): ElementContent[] => [
      h('a', { href: href(`/classroom/vocabulary/#${term.id}`) }, term.term),
      ...(i < terms.length - 1 ? [{ type: 'text' as const, value: ', ' }] : []),
    ])]);
  }
  if (data.standards.length) {
    rows.push([t('classroom.facts.standards'), [
      { type: 'text', value: `${data.standards.join(', ')} (` },
      h('a', { href: href('/classroom/teacher-guide/#standards-alignment') }, t('classroom.facts.standardsLink')),
      { type: 'text', value: ')' },
    ]]);
  }
  if (!rows.length) return undefined;
  return h('dl.meta-list', rows.flatMap(([label, value]) => [h('dt', label), h('dd', value)]));
}

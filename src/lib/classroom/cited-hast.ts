/**
 * The sources a classroom page cites, numbered as its figures are (ids `cite-<id>`), and the
 * page's calculations (ids `calc-<n>`), as hast: CitedSources.astro prints it and the Word
 * file carries the same list. `compact` is one small paragraph (handouts).
 */
import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import { formatPartialDate } from '../format';
import type { Citations } from './markup';
import { t } from '../i18n/t';


export function citedHast(citations: Citations, compact: boolean): Element | undefined {
  const cited = citations.cited();
  if (!cited.length) return undefined;
  const date = (p: string | null | undefined) => (p ? ` (${formatPartialDate(p)})` : '');
  if (compact) {
    const items: ElementContent[] = cited.map((s, i) => h('span', { id: `cite-${s.source_id}` }, `[${i + 1}] ${s.publisher}, ${s.title}${date(s.published)}${i < cited.length - 1 ? '; ' : '.'}`));
    const calcs = citations.calcs.map((c, i) => h('span', { id: `calc-${i + 1}` }, ` ${t('classroom.cited.calculated')} ${c}.`));
    return h('section.cited.cited--compact', { ariaLabelledby: 'cited-title' }, [
      h('p', [h('strong', { id: 'cited-title' }, t('classroom.cited.compactHeading')), ' ', ...items, ...calcs]),
    ]);
  }
  return h('section.cited', { ariaLabelledby: 'cited-title' }, [
    h('h2', { id: 'cited-title' }, t('classroom.cited.heading')),
    h('ol.sources-list', cited.map((s) => h('li', { id: `cite-${s.source_id}` }, [
      `${s.publisher}, `,
      s.url ? h('a', { href: s.url, rel: 'noopener' }, s.title) : h('cite', s.title),
      `${date(s.published)}.`,
    ]))),
    ...(citations.calcs.length ? [
      h('h3', { id: 'calculations' }, t('classroom.cited.calculations')),
      h('p.small', t('classroom.cited.calcNote')),
      h('ol.calc-list', citations.calcs.map((c, i) => h('li', { id: `calc-${i + 1}` }, c))),
    ] : []),
  ]);
}

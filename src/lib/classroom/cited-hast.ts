/**
 * The sources a classroom page cites, numbered as its figures are (ids `cite-<id>`), and the
 * page's calculations (ids `calc-<n>`), as hast: CitedSources.astro prints it and the Word
 * file carries the same list. `compact` is one small paragraph (handouts).
 */
import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import { formatPartialDate } from '../format';
import type { Citations } from './markup';

export const CITED_WORDS = {
  heading: 'Sources cited on this page',
  compactHeading: 'Sources:',
  calculations: 'Calculations',
  calcNote: 'Figures marked "calculated" are our arithmetic on the published numbers, not published figures.',
  calculated: 'Calculated:',
} as const;

export function citedHast(citations: Citations, compact: boolean): Element | undefined {
  const cited = citations.cited();
  if (!cited.length) return undefined;
  const date = (p: string | null | undefined) => (p ? ` (${formatPartialDate(p)})` : '');
  if (compact) {
    const items: ElementContent[] = cited.map((s, i) => h('span', { id: `cite-${s.source_id}` }, `[${i + 1}] ${s.publisher}, ${s.title}${date(s.published)}${i < cited.length - 1 ? '; ' : '.'}`));
    const calcs = citations.calcs.map((c, i) => h('span', { id: `calc-${i + 1}` }, ` ${CITED_WORDS.calculated} ${c}.`));
    return h('section.cited.cited--compact', { ariaLabelledby: 'cited-title' }, [
      h('p', [h('strong', { id: 'cited-title' }, CITED_WORDS.compactHeading), ' ', ...items, ...calcs]),
    ]);
  }
  return h('section.cited', { ariaLabelledby: 'cited-title' }, [
    h('h2', { id: 'cited-title' }, CITED_WORDS.heading),
    h('ol.sources-list', cited.map((s) => h('li', { id: `cite-${s.source_id}` }, [
      `${s.publisher}, `,
      s.url ? h('a', { href: s.url, rel: 'noopener' }, s.title) : h('cite', s.title),
      `${date(s.published)}.`,
    ]))),
    ...(citations.calcs.length ? [
      h('h3', { id: 'calculations' }, CITED_WORDS.calculations),
      h('p.small', CITED_WORDS.calcNote),
      h('ol.calc-list', citations.calcs.map((c, i) => h('li', { id: `calc-${i + 1}` }, c))),
    ] : []),
  ]);
}

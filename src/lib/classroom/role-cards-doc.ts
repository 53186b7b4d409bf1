/**
 * The role-cards page body as hast, from role-cards.yaml: the cards (student material only,
 * two to a printed page with a cut line, never split), then one teacher-only section with the
 * balancing hints and the teacher notes (its own printed page). Page and Word file share it.
 */
import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import { chartRefHast } from './chart-ref';
import { renderInlineHast, type MarkupContext } from './markup';
import type { RoleCards } from './schemas';
import { t } from '../i18n/t';


/** Cards printed per page (print.css breaks the page after every second card). */
export const CARDS_PER_PAGE = 2;

export function roleCardsHast(data: RoleCards, ctx: MarkupContext, href: (p: string) => string): ElementContent[] {
  const inline = (value: string, where: string) => renderInlineHast(value, { ...ctx, file: `content/classroom/role-cards.yaml (${where})` });
  // Two columns on paper: who the role is and what it says; then what it points to and asks.
  const cards: Element[] = data.roles.map((r) => h('li.card.role-card', { id: r.id }, [
    h('div.role-card-main', [
      h('h2', r.title),
      h('p.small', [h('strong', t('classroom.roleCards.who')), ` ${r.who}`]),
      h('p.composite-label', data.composite_label),
      h('p', inline(r.perspective, r.id)),
      ...r.real_quotes.map((q) => h('blockquote.real-quote', [
        h('p.label', t('classroom.roleCards.realQuote')),
        h('p', inline(q.text, `${r.id} quote`)),
        h('p.small', `${q.speaker}, ${q.speaker_title}.${q.context ? ` ${q.context}` : ''}`),
      ])),
    ]),
    h('div.role-card-side', [
      ...(r.evidence.length ? [h('h3', t('classroom.roleCards.evidence')), h('ul', r.evidence.map((e) => h('li', [chartRefHast(e, href)])))] : []),
      ...(r.questions_to_ask.length ? [h('h3', t('classroom.roleCards.questions')), h('ul', r.questions_to_ask.map((q) => h('li', q)))] : []),
    ]),
  ]));
  const notes = h('section.teacher-block.role-notes', { dataTeacher: '', dataTeacherSection: '', ariaLabelledby: 'role-notes' }, [
    h('h2', { id: 'role-notes' }, t('classroom.roleCards.notesHeading')),
    h('p.teacher-label', t('classroom.teacher')),
    h('p', t('classroom.roleCards.notesIntro')),
    h('div.table-wrap', { role: 'region', tabIndex: 0, ariaLabel: t('classroom.table') }, [
      h('table', [
        h('thead', [h('tr', [h('th', { scope: 'col' }, t('classroom.roleCards.role')), h('th', { scope: 'col' }, t('classroom.roleCards.leansHeading')), h('th', { scope: 'col' }, t('classroom.roleCards.note'))])]),
        h('tbody', data.roles.map((r) => h('tr', [
          h('th', { scope: 'row' }, [h('a', { href: `#${r.id}` }, r.title)]),
          h('td', r.leans ? t(`classroom.roleCards.leans.${r.leans}`) : ''),
          h('td', [...(r.sensitive ? [t('classroom.roleCards.sensitive')] : []), ...(r.teacher_note ? inline(r.teacher_note, `${r.id} teacher note`) : [])]),
        ]))),
      ]),
    ]),
  ]);
  return [h('ul.card-grid.role-cards', cards), notes];
}

/** Printed pages: the cards two to a page, then the teacher notes on their own page. */
export function roleCardPages(data: RoleCards): number {
  return Math.ceil(data.roles.length / CARDS_PER_PAGE) + 1;
}

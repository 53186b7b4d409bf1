/**
 * The view control of chart figures, without waiting for hydration: reads `?view=` (used only
 * if it equals one of the figure's radio values — never inserted into the page), shows the
 * panels of that view, keeps the URL in step when the reader picks another view, and tells the
 * chart island (`chart:view` on the figure).
 */
import { VIEW_EVENT } from '../charts/shared/view-events';
import { VIEW_QUERY_KEY } from '../lib/charts/views';

function apply(figure: HTMLElement, view: string): void {
  figure.dataset['view'] = view;
  for (const panel of figure.querySelectorAll<HTMLElement>('[data-panel]')) {
    panel.hidden = !(panel.dataset['views'] ?? '').split(' ').includes(view);
  }
  // Before hydration the tab stop must be a visible mark.
  const marks = [...figure.querySelectorAll<SVGElement>('[data-mark]')];
  if (!marks.some((m) => m.tabIndex === 0 && !m.closest('[hidden]'))) {
    const first = marks.find((m) => !m.closest('[hidden]'));
    for (const m of marks) m.setAttribute('tabindex', m === first ? '0' : '-1');
  }
  figure.dispatchEvent(new CustomEvent(VIEW_EVENT, { detail: view }));
}

for (const figure of document.querySelectorAll<HTMLElement>('figure[data-chart]')) {
  const radios = [...figure.querySelectorAll<HTMLInputElement>('[data-chart-views] input[type="radio"]')];
  if (radios.length === 0) continue;
  const requested = new URLSearchParams(location.search).get(VIEW_QUERY_KEY);
  const chosen = radios.find((r) => r.value === requested);
  if (chosen) {
    chosen.checked = true;
    apply(figure, chosen.value);
  }
  for (const radio of radios) {
    radio.addEventListener('change', () => {
      if (!radio.checked) return;
      apply(figure, radio.value);
      const url = new URL(location.href);
      url.searchParams.set(VIEW_QUERY_KEY, radio.value);
      history.replaceState(history.state, '', url);
    });
  }
}

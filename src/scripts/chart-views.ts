/**
 * The view control of chart figures, without waiting for hydration: reads `?view=` (used only
 * if it equals one of the figure's radio values — never inserted into the page), shows the
 * panels of that view, keeps the URL in step when the reader picks another view, and tells the
 * chart island (`chart:view` on the figure). An embed that wrote only its first view
 * (`data-views-src`, src/lib/embed/hydration.ts) fetches the other views' panels from that
 * same-origin page the first time another view is asked for, then shows it.
 */
import { VIEW_EVENT } from '../charts/shared/view-events';
import { VIEW_QUERY_KEY } from '../lib/charts/views';

const inView = (panel: HTMLElement, view: string) => (panel.dataset['views'] ?? '').split(' ').includes(view);
const panelsOf = (root: ParentNode) => [...root.querySelectorAll<HTMLElement>('[data-panel]')];

function apply(figure: HTMLElement, view: string): void {
  figure.dataset['view'] = view;
  for (const panel of panelsOf(figure)) panel.hidden = !inView(panel, view);
  // Before hydration the tab stop must be a visible mark.
  const marks = [...figure.querySelectorAll<SVGElement>('[data-mark]')];
  if (!marks.some((m) => m.tabIndex === 0 && !m.closest('[hidden]'))) {
    const first = marks.find((m) => !m.closest('[hidden]'));
    for (const m of marks) m.setAttribute('tabindex', m === first ? '0' : '-1');
  }
  figure.dispatchEvent(new CustomEvent(VIEW_EVENT, { detail: view }));
}

const fetched = new WeakMap<HTMLElement, Promise<void>>();

/** Puts every view's panels into `figure`, once, from its `data-views-src` page. */
async function fetchViews(figure: HTMLElement, src: string): Promise<void> {
  const response = await fetch(src, { credentials: 'same-origin' });
  if (!response.ok) throw new Error(`chart views ${src}: HTTP ${response.status}`);
  // Our own build's HTML, parsed inert (DOMParser runs nothing); only its panels' container is taken.
  const doc = new DOMParser().parseFromString(await response.text(), 'text/html');
  const from = panelsOf(doc)[0]?.parentElement;
  const to = panelsOf(figure)[0]?.parentElement;
  if (!from || !to) throw new Error(`chart views ${src}: no panels`);
  to.replaceChildren(...[...from.childNodes].map((n) => document.importNode(n, true)));
  delete figure.dataset['viewsSrc'];
}

/** Shows `view`, after fetching the panels it needs; false if they could not be had. */
async function show(figure: HTMLElement, view: string): Promise<boolean> {
  const src = figure.dataset['viewsSrc'];
  if (src && !panelsOf(figure).some((p) => inView(p, view))) {
    let loading = fetched.get(figure);
    if (!loading) fetched.set(figure, (loading = fetchViews(figure, src)));
    try {
      await loading;
    } catch (error) {
      fetched.delete(figure);
      console.error(error);
      return false;
    }
  }
  apply(figure, view);
  return true;
}

for (const figure of document.querySelectorAll<HTMLElement>('figure[data-chart]')) {
  const radios = [...figure.querySelectorAll<HTMLInputElement>('[data-chart-views] input[type="radio"]')];
  if (radios.length === 0) continue;
  const requested = new URLSearchParams(location.search).get(VIEW_QUERY_KEY);
  const chosen = radios.find((r) => r.value === requested);
  const current = () => radios.find((r) => r.value === figure.dataset['view']);
  if (chosen) {
    chosen.checked = true;
    void show(figure, chosen.value).then((ok) => {
      const shown = current();
      if (!ok && shown) shown.checked = true;
    });
  }
  for (const radio of radios) {
    radio.addEventListener('change', async () => {
      if (!radio.checked) return;
      // Without the other views' panels the chart keeps showing, and the control naming, the current view.
      if (!(await show(figure, radio.value))) {
        const shown = current();
        if (shown) shown.checked = true;
        return;
      }
      const url = new URL(location.href);
      url.searchParams.set(VIEW_QUERY_KEY, radio.value);
      history.replaceState(history.state, '', url);
    });
  }
}

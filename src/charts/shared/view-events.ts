/**
 * How a chart island learns the view chosen outside it (the view control and `?view=` live in
 * the page, so they work before and without hydration): the figure carries `data-view` and
 * fires a `chart:view` event when it changes.
 */
export const VIEW_EVENT = 'chart:view';

/** Call `onview` with the figure's current view now and on every change; returns a cleanup. */
export function listenForView(el: HTMLElement, onview: (name: string) => void): () => void {
  const figure = el.closest<HTMLElement>('[data-view]');
  if (!figure) return () => {};
  const now = figure.dataset['view'];
  if (now) onview(now);
  const handler = (e: Event) => onview(String((e as CustomEvent<string>).detail));
  figure.addEventListener(VIEW_EVENT, handler);
  return () => figure.removeEventListener(VIEW_EVENT, handler);
}

/** The view the page has applied to chart `id`'s figure, if any (browser only). */
export function currentView(id: string): string | null {
  const figure = document.querySelector<HTMLElement>(`figure[data-chart="${CSS.escape(id)}"]`);
  return figure?.dataset['view'] ?? null;
}

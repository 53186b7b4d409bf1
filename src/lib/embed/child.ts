/**
 * The child side, on every /embed/<id>/ page: measure the page and announce its height to the
 * framing page whenever it changes (ResizeObserver, load, fonts ready), and again whenever a
 * parent asks (our request message, or a pym.js `width` message).
 */
import { heightMessages, isHeightRequest, isPymWidthMessage } from './messages';

export interface HeightPosterOptions {
  chartId: string;
  /** pym.js child id from the query string, or null. */
  childId: string | null;
}

/** Start posting; does nothing when the page is not framed. */
export function startHeightPosting(win: Window, { chartId, childId }: HeightPosterOptions): void {
  if (win.parent === win) return;
  // The content box, not <html>: the page stretches to fill a taller fixed-height frame.
  const content = win.document.querySelector('main') ?? win.document.documentElement;
  let last = -1;
  const post = (force: boolean) => {
    const height = Math.ceil(content.getBoundingClientRect().height);
    if (height === last && !force) return;
    last = height;
    // The height is not secret and the host is unknown: any origin may receive it.
    for (const message of heightMessages(chartId, height, childId)) win.parent.postMessage(message, '*');
  };
  new ResizeObserver(() => post(false)).observe(content);
  win.addEventListener('load', () => post(false));
  void win.document.fonts?.ready.then(() => post(false));
  win.addEventListener('message', (event: MessageEvent) => {
    if (event.source !== win.parent) return;
    if (isHeightRequest(event.data) || isPymWidthMessage(event.data, childId)) post(true);
  });
  post(true);
}

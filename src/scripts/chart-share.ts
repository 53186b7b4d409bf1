/**
 * The share control of chart figures (ChartFigure.astro, issue 12 §8). Without JS the control is
 * the PNG link (and, in the story, the chart-page link beside it); this script shows "Copy link"
 * where the Clipboard API exists and "Share…" where the browser has a share sheet
 * (navigator.share), and announces "Link copied" in the control's status region. The link is
 * the chart page (`data-share`, base path included), resolved against this page's address, with
 * `?view=` of the view the figure shows when the chart has several.
 */

for (const box of document.querySelectorAll<HTMLElement>('[data-share]')) {
  const figure = box.closest<HTMLElement>('figure[data-chart]');
  const status = box.querySelector<HTMLElement>('[data-share-status]')!;
  const link = (): string => {
    const url = new URL(box.dataset['share']!, location.href);
    const view = figure?.dataset['view'];
    // The query key comes from the page (lib/charts/views.ts at build time): importing it here
    // would split a shared chunk off the chart script that embeds load too.
    const key = box.dataset['shareViews'];
    if (view && key) url.searchParams.set(key, view);
    return url.href;
  };
  const say = (text: string): void => {
    // Emptied first so a second copy is announced again.
    status.textContent = '';
    setTimeout(() => (status.textContent = text), 50);
  };
  const copy = box.querySelector<HTMLButtonElement>('[data-share-copy]');
  if (copy && navigator.clipboard) {
    copy.hidden = false;
    copy.addEventListener('click', () => {
      const url = link();
      navigator.clipboard.writeText(url).then(() => say(box.dataset['copied']!), () => say(`${box.dataset['failed']!} ${url}`));
    });
  }
  const native = box.querySelector<HTMLButtonElement>('[data-share-native]');
  if (native && 'share' in navigator) {
    native.hidden = false;
    native.addEventListener('click', () => {
      const title = figure?.querySelector('.chart-title')?.textContent ?? document.title;
      // A reader closing the sheet rejects the promise: nothing to say.
      navigator.share({ title, url: link() }).catch(() => {});
    });
  }
}

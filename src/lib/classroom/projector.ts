/**
 * Browser code for projector mode (see components/classroom/ProjectorMode.astro). Slides are
 * the root's `[data-slide]` sections not marked `data-teacher-only`.
 */
const TYPING = 'input, textarea, select, [contenteditable=""], [contenteditable="true"]';

export function initProjector(root: HTMLElement): void {
  const toggle = root.querySelector<HTMLButtonElement>('[data-projector-toggle]');
  const bar = root.querySelector<HTMLElement>('[data-projector-bar]');
  const status = root.querySelector<HTMLElement>('[data-projector-status]');
  const prev = root.querySelector<HTMLButtonElement>('[data-projector-prev]');
  const next = root.querySelector<HTMLButtonElement>('[data-projector-next]');
  const slides = [...root.querySelectorAll<HTMLElement>('[data-slide]:not([data-teacher-only])')];
  if (!toggle || !bar || !status || !prev || !next || slides.length === 0) return;
  let on = false;
  let index = 0;

  const hiddenIn = (slide: HTMLElement) => slide.querySelector<HTMLDetailsElement>('details.hidden-section:not([open])');

  function show(i: number, focus: boolean): void {
    index = Math.max(0, Math.min(slides.length - 1, i));
    slides.forEach((s, k) => s.classList.toggle('is-current', k === index));
    const slide = slides[index]!;
    const heading = slide.querySelector('h2')?.textContent?.trim() ?? 'Introduction';
    status!.textContent = `${index + 1} of ${slides.length}: ${heading}`;
    prev!.disabled = index === 0;
    next!.disabled = index === slides.length - 1 && !hiddenIn(slide);
    if (focus) {
      slide.tabIndex = -1;
      slide.focus({ preventScroll: true });
    }
    window.scrollTo({ top: 0 });
  }

  /** Forward one step: first open a still-hidden answer on this slide, then move on. */
  function forward(focus: boolean): void {
    const closed = hiddenIn(slides[index]!);
    if (closed) {
      closed.open = true;
      status!.textContent = `${status!.textContent} (shown)`;
      next!.disabled = index === slides.length - 1;
      return;
    }
    show(index + 1, focus);
  }

  function onKey(e: KeyboardEvent): void {
    if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
    const target = e.target as Element | null;
    if (target?.closest(TYPING)) return;
    const keys: Record<string, () => void> = {
      ArrowRight: () => forward(true),
      PageDown: () => forward(true),
      ArrowLeft: () => show(index - 1, true),
      PageUp: () => show(index - 1, true),
      Home: () => show(0, true),
      End: () => show(slides.length - 1, true),
      Escape: () => setMode(false),
    };
    const action = keys[e.key];
    // Summary elements and buttons keep their own Enter/Space; arrows are ours only in this mode.
    if (!action) return;
    e.preventDefault();
    action();
  }

  function setMode(value: boolean): void {
    on = value;
    document.documentElement.classList.toggle('projector-on', on);
    root.classList.toggle('projector', on);
    toggle!.setAttribute('aria-pressed', String(on));
    toggle!.textContent = on ? 'Leave projector mode (Esc)' : 'Projector mode';
    bar!.hidden = !on;
    if (on) {
      document.addEventListener('keydown', onKey);
      show(index, true);
    } else {
      document.removeEventListener('keydown', onKey);
      slides.forEach((s) => s.classList.remove('is-current'));
      toggle!.focus();
    }
  }

  toggle.hidden = false;
  toggle.addEventListener('click', () => setMode(!on));
  prev.addEventListener('click', () => show(index - 1, false));
  next.addEventListener('click', () => forward(false));
  if (new URLSearchParams(location.search).get('mode') === 'projector') setMode(true);
}

/**
 * Browser code for projector mode (see components/classroom/ProjectorMode.astro). Slides are
 * the root's `[data-slide]` sections not marked `data-teacher-only`; teacher blocks inside a
 * slide (`[data-teacher]`) are never shown and never opened by stepping.
 *
 * Every slide fits the screen: when its content is taller than the space above the control
 * bar, it is split into parts at block boundaries (each part keeps the heading); a single
 * block that is still too tall is scaled down to fit. Fitting runs again on resize.
 */
import { fill, type Values } from '../i18n/fill';

const TYPING = 'input, textarea, select, [contenteditable=""], [contenteditable="true"]';

/**
 * The controls' words, from their data attributes (ProjectorMode.astro fills them from
 * content/ui/<locale>.yaml). A missing one is an empty text, never an error on the page.
 */
function wordsOf(controls: HTMLElement) {
  const d = controls.dataset;
  const safe = (template: string | undefined, values: Values) => {
    try {
      return fill(template ?? '', values);
    } catch {
      return '';
    }
  };
  return {
    on: d['wordOn'] ?? '',
    off: d['wordOff'] ?? '',
    status: (n: number, total: number, heading: string) => safe(d['wordStatus'], { n, total, heading }),
    part: (n: number, total: number) => safe(d['wordPart'], { n, total }),
    shown: d['wordShown'] ?? '',
  };
}

/** Smallest scale for a block that is too tall even on its own (keeps text readable). */
const MIN_SCALE = 0.55;
/** A slide that would need a smaller scale than this is split into parts instead. */
const SPLIT_BELOW = 0.8;

const isTeacher = (el: Element) => el.matches('[data-teacher]');

/**
 * The pieces of a slide that students may see, in order, fine enough to split on: paragraphs
 * and headings, each item of a list, each body row of a table (an open reveal counts piece by
 * piece). `box` is the list or table a piece belongs to, hidden when none of its pieces shows.
 */
export interface Piece {
  el: HTMLElement;
  box?: HTMLElement;
}

function piecesOf(el: HTMLElement): Piece[] {
  if (el.matches('ul, ol')) {
    const items = [...el.children].filter((c): c is HTMLLIElement => c instanceof HTMLLIElement);
    // Explicit numbers, so a list split across parts keeps counting.
    if (el.matches('ol')) items.forEach((li, i) => { li.value ||= ((el as HTMLOListElement).start || 1) + i; });
    return items.map((li) => ({ el: li, box: el }));
  }
  const table = el.matches('.table-wrap') ? el.querySelector('table') : null;
  const rows = table ? [...table.querySelectorAll<HTMLTableRowElement>(':scope > tbody > tr')] : [];
  if (rows.length > 1) return rows.map((tr) => ({ el: tr, box: el }));
  return [{ el }];
}

export function slidePieces(slide: HTMLElement): Piece[] {
  const out: Piece[] = [];
  for (const child of slide.children) {
    if (!(child instanceof HTMLElement) || child.tagName === 'H2' || isTeacher(child)) continue;
    if (child.matches('details.hidden-section') && (child as HTMLDetailsElement).open) {
      for (const inner of child.children) {
        if (inner instanceof HTMLElement && inner.tagName !== 'SUMMARY' && !isTeacher(inner)) out.push(...piecesOf(inner));
      }
    } else out.push(...piecesOf(child));
  }
  return out;
}

/**
 * Group pieces into parts that fit `room` pixels, from their measured heights. A heading
 * (`keep[i]`) stays with the piece after it.
 */
export function paginate(heights: number[], room: number, keep: boolean[] = []): number[][] {
  const pages: number[][] = [];
  let page: number[] = [];
  let used = 0;
  for (let i = 0; i < heights.length; i++) {
    let j = i;
    let h = heights[i]!;
    while (keep[j] && j + 1 < heights.length) h += heights[++j]!;
    if (page.length && used + h > room) {
      pages.push(page);
      page = [];
      used = 0;
    }
    for (let k = i; k <= j; k++) page.push(k);
    used += h;
    i = j;
  }
  if (page.length) pages.push(page);
  return pages;
}

export function initProjector(root: HTMLElement): void {
  const toggle = root.querySelector<HTMLButtonElement>('[data-projector-toggle]');
  const bar = root.querySelector<HTMLElement>('[data-projector-bar]');
  const controls = root.querySelector<HTMLElement>('[data-projector-controls]');
  const status = root.querySelector<HTMLElement>('[data-projector-status]');
  const prev = root.querySelector<HTMLButtonElement>('[data-projector-prev]');
  const next = root.querySelector<HTMLButtonElement>('[data-projector-next]');
  const title = root.querySelector('h1')?.textContent?.trim() ?? '';
  const slides = [...root.querySelectorAll<HTMLElement>('[data-slide]:not([data-teacher-only])')];
  if (!toggle || !bar || !controls || !status || !prev || !next || slides.length === 0) return;
  const W = wordsOf(controls);
  let on = false;
  let index = 0;
  let part = 0;
  let parts: HTMLElement[][] = [[]];

  const hiddenIn = (slide: HTMLElement) =>
    [...slide.querySelectorAll<HTMLDetailsElement>('details.hidden-section:not([open])')].find((d) => !d.closest('[data-teacher]'));
  const heading = (slide: HTMLElement, i: number) =>
    slide.querySelector('h2')?.textContent?.trim() ?? slide.getAttribute('aria-label') ?? (i === 0 ? title : '');
  const overflows = () => document.documentElement.scrollHeight > window.innerHeight + 1;

  /** Pixels the current slide may take: from its top down to what the page keeps below it. */
  function room(slide: HTMLElement): number {
    const box = slide.getBoundingClientRect();
    const below = document.documentElement.scrollHeight - (box.bottom + window.scrollY);
    return window.innerHeight - box.top - Math.max(0, below);
  }

  /** Scale the slide down until the page no longer scrolls (never below MIN_SCALE). */
  function shrink(slide: HTMLElement): void {
    for (let k = 0; k < 4 && overflows(); k++) {
      const z = Number(slide.style.zoom || 1);
      const target = z * (room(slide) / Math.max(1, slide.getBoundingClientRect().height)) * 0.99;
      slide.style.zoom = String(Math.max(MIN_SCALE, Math.min(z * 0.99, target)));
      if (Number(slide.style.zoom) <= MIN_SCALE) break;
    }
  }

  /**
   * Fit the current slide to the screen and show part `want` (-1: the last): a slide a little
   * too tall is scaled down a little; a much taller one is split into parts at block
   * boundaries, each scaled down if it still does not fit.
   */
  function fit(slide: HTMLElement, want: number): void {
    const pieces = slidePieces(slide);
    slide.style.removeProperty('zoom');
    for (const b of slide.querySelectorAll('.off-part')) b.classList.remove('off-part');
    parts = [pieces.map((p) => p.el)];
    part = 0;
    if (!overflows()) return;
    const space = room(slide);
    if (pieces.length > 1 && space / slide.getBoundingClientRect().height < SPLIT_BELOW) {
      const tops = pieces.map((p) => p.el.getBoundingClientRect().top);
      const bottoms = pieces.map((p) => p.el.getBoundingClientRect().bottom);
      const heights = pieces.map((_, i) => (i + 1 < pieces.length ? Math.max(0, tops[i + 1]! - tops[i]!) : bottoms[i]! - tops[i]!));
      const keep = pieces.map((p) => /^H[3-6]$/.test(p.el.tagName));
      const forPieces = space - (tops[0]! - slide.getBoundingClientRect().top);
      // Parts may be a little too tall (they are scaled to fit), so fewer, fuller parts.
      const groups = paginate(heights, forPieces / SPLIT_BELOW, keep);
      parts = groups.map((ids) => ids.map((i) => pieces[i]!.el));
      part = want < 0 ? parts.length - 1 : Math.min(want, parts.length - 1);
      const visible = new Set(groups[part]!.map((i) => pieces[i]!));
      const boxes = new Set(pieces.flatMap((p) => (p.box ? [p.box] : [])));
      for (const p of pieces) p.el.classList.toggle('off-part', !visible.has(p));
      for (const box of boxes) box.classList.toggle('off-part', ![...visible].some((p) => p.box === box));
    }
    shrink(slide);
  }

  function render(focus: boolean): void {
    const slide = slides[index]!;
    const hidden = hiddenIn(slide);
    let text = W.status(index + 1, slides.length, heading(slide, index));
    if (parts.length > 1) text += W.part(part + 1, parts.length);
    status!.textContent = text;
    prev!.disabled = index === 0 && part === 0;
    next!.disabled = index === slides.length - 1 && part === parts.length - 1 && !hidden;
    if (focus) {
      slide.tabIndex = -1;
      slide.focus({ preventScroll: true });
    }
  }

  function show(i: number, want: number, focus: boolean): void {
    index = Math.max(0, Math.min(slides.length - 1, i));
    slides.forEach((s, k) => s.classList.toggle('is-current', k === index));
    root.classList.toggle('on-title', index === 0 && !slides[0]!.querySelector('h2'));
    window.scrollTo({ top: 0 });
    fit(slides[index]!, want);
    render(focus);
  }

  /** Forward one step: the next part; then a still-hidden answer on this slide; then the next slide. */
  function forward(focus: boolean): void {
    if (part < parts.length - 1) {
      part++;
      fit(slides[index]!, part);
      render(focus);
      return;
    }
    const closed = hiddenIn(slides[index]!);
    if (closed) {
      closed.open = true;
      fit(slides[index]!, 0);
      render(focus);
      status!.textContent += W.shown;
      return;
    }
    if (index < slides.length - 1) show(index + 1, 0, focus);
  }

  function back(focus: boolean): void {
    if (part > 0) {
      part--;
      fit(slides[index]!, part);
      render(focus);
      return;
    }
    if (index > 0) show(index - 1, -1, focus);
  }

  function onKey(e: KeyboardEvent): void {
    if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
    const target = e.target as Element | null;
    if (target?.closest(TYPING)) return;
    const keys: Record<string, () => void> = {
      ArrowRight: () => forward(true),
      PageDown: () => forward(true),
      ArrowLeft: () => back(true),
      PageUp: () => back(true),
      Home: () => show(0, 0, true),
      End: () => show(slides.length - 1, -1, true),
      Escape: () => setMode(false),
    };
    const action = keys[e.key];
    // Summary elements and buttons keep their own Enter/Space; arrows are ours only in this mode.
    if (!action) return;
    e.preventDefault();
    action();
  }

  const onResize = () => { if (on) { fit(slides[index]!, part); render(false); } };

  function setMode(value: boolean): void {
    on = value;
    document.documentElement.classList.toggle('projector-on', on);
    root.classList.toggle('projector', on);
    toggle!.setAttribute('aria-pressed', String(on));
    toggle!.textContent = on ? W.on : W.off;
    bar!.hidden = !on;
    if (on) {
      document.addEventListener('keydown', onKey);
      window.addEventListener('resize', onResize);
      show(index, part, true);
    } else {
      document.removeEventListener('keydown', onKey);
      window.removeEventListener('resize', onResize);
      root.classList.remove('on-title');
      for (const s of slides) {
        s.classList.remove('is-current');
        s.style.removeProperty('zoom');
      }
      for (const b of root.querySelectorAll('.off-part')) b.classList.remove('off-part');
      toggle!.focus();
    }
  }

  toggle.hidden = false;
  toggle.addEventListener('click', () => setMode(!on));
  prev.addEventListener('click', () => back(false));
  next.addEventListener('click', () => forward(false));
  if (new URLSearchParams(location.search).get('mode') === 'projector') setMode(true);
}

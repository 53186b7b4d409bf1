/**
 * The interaction every chart type shares, written once: which mark is active (hovered or
 * focused), the roving tabindex (one tab stop per chart), arrow keys / Home / End between the
 * visible marks, Escape to dismiss, a tooltip that stays while hovered (WCAG 1.4.13), and the
 * text of the polite live region. Chart components own only their markup.
 */
export interface NavigableMark {
  id: string;
  description: string;
  /** The source sentence ("Source: CDC."), from the dictionary at build time. */
  sourceLine: string;
}

export class MarkNavigation<M extends NavigableMark> {
  /** The marks in reading order. */
  marks: M[] = $state.raw([]);
  activeId: string | null = $state(null);
  #tabStopId: string | null = $state(null);
  /** Marks hidden by the current view; they are skipped and never hold the tab stop. */
  hiddenIds: ReadonlySet<string> = $state.raw(new Set());
  #hoverTooltip = false;
  #hideTimer: ReturnType<typeof setTimeout> | undefined;
  #root: () => HTMLElement | undefined;

  constructor(marks: () => M[], root: () => HTMLElement | undefined) {
    this.marks = marks();
    this.#root = root;
  }

  get visible(): M[] {
    return this.marks.filter((m) => !this.hiddenIds.has(m.id));
  }

  /** The one mark in the tab order. */
  get tabStopId(): string | null {
    const visible = this.visible;
    return visible.some((m) => m.id === this.#tabStopId) ? this.#tabStopId : (visible[0]?.id ?? null);
  }

  get active(): M | null {
    return this.marks.find((m) => m.id === this.activeId) ?? null;
  }

  /** What the live region says: the active mark in a full sentence, or nothing. */
  get readout(): string {
    const a = this.active;
    return a ? `${a.description} ${a.sourceLine}` : '';
  }

  activate = (markId: string) => {
    clearTimeout(this.#hideTimer);
    this.activeId = markId;
    this.#tabStopId = markId;
  };

  deactivate = (how: 'pointer' | 'focus') => {
    clearTimeout(this.#hideTimer);
    // Leave time to move the pointer onto the tooltip (WCAG 1.4.13 hoverable).
    this.#hideTimer = setTimeout(() => {
      if (this.#hoverTooltip) return;
      const root = this.#root();
      if (how === 'pointer' && root?.contains(document.activeElement) && document.activeElement !== root) return;
      this.activeId = null;
    }, how === 'pointer' ? 250 : 0);
  };

  /** The tooltip reports the pointer entering or leaving it. */
  tooltipHover = (inside: boolean) => {
    this.#hoverTooltip = inside;
    if (!inside) this.deactivate('pointer');
  };

  onkeydown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      if (this.activeId !== null) {
        this.activeId = null;
        event.preventDefault();
      }
      return;
    }
    const visible = this.visible;
    const index = visible.findIndex((m) => m.id === this.tabStopId);
    const last = visible.length - 1;
    const next: Record<string, number> = {
      ArrowRight: Math.min(index + 1, last),
      ArrowDown: Math.min(index + 1, last),
      ArrowLeft: Math.max(index - 1, 0),
      ArrowUp: Math.max(index - 1, 0),
      Home: 0,
      End: last,
    };
    const target = next[event.key];
    if (target === undefined) return;
    event.preventDefault();
    const mark = visible[target];
    if (mark) this.#root()?.querySelector<SVGElement>(`[data-mark="${CSS.escape(mark.id)}"]`)?.focus();
  };

  /** A mark's element id, unique per chart on the page. */
  domId = (idPrefix: string, mark: M) => `${idPrefix}-${mark.id}`;
  /** A mark's accessible name: its full sentence. The source is said once, by the chart's
   * description (the figure's source line) and by the live readout of the active mark. */
  label = (mark: M) => mark.description;
  /** The roving tabindex: 0 for the one tab stop, -1 for the others. */
  tabIndex = (mark: M) => (this.tabStopId === mark.id ? 0 : -1);

  /** Hydration starts on the reader's first hover or focus: show what they are already on. */
  resume = () => {
    const root = this.#root();
    if (!root) return;
    const focused = document.activeElement?.closest?.('[data-mark]');
    const hovered = root.querySelector('[data-mark]:hover');
    const start = (root.contains(focused ?? null) ? focused : hovered)?.getAttribute('data-mark');
    if (start) this.activate(start);
  };
}

import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { startHeightPosting } from './child';
import { HEIGHT_TYPE, REQUEST_TYPE } from './messages';

/** A framed window with just what the poster uses; `height` is the content's height. */
function fakeWindow(framed = true) {
  const listeners = new Map<string, ((event: unknown) => void)[]>();
  const posted: unknown[] = [];
  const parent = { postMessage: (message: unknown) => posted.push(message) };
  const state = { height: 612.3 };
  const main = { getBoundingClientRect: () => ({ height: state.height }) };
  const win = {
    document: { querySelector: () => main, documentElement: main, fonts: { ready: new Promise<void>(() => {}) } },
    addEventListener: (type: string, fn: (event: unknown) => void) => listeners.set(type, [...(listeners.get(type) ?? []), fn]),
  } as unknown as Window & { parent: unknown };
  (win as { parent: unknown }).parent = framed ? parent : win;
  const fire = (type: string, event: unknown = {}) => listeners.get(type)?.forEach((fn) => fn(event));
  return { win, posted, parent, state, fire };
}

let resizeCallbacks: (() => void)[] = [];
beforeEach(() => {
  resizeCallbacks = [];
  vi.stubGlobal('ResizeObserver', class { constructor(cb: () => void) { resizeCallbacks.push(cb); } observe() {} });
});
afterEach(() => vi.unstubAllGlobals());

describe('startHeightPosting', () => {
  test('does nothing when the page is not framed', () => {
    const { win, posted } = fakeWindow(false);
    startHeightPosting(win, { chartId: 'x', childId: null });
    expect(posted).toEqual([]);
  });

  test('announces the height at once, then only when it changes', () => {
    const { win, posted, state, fire } = fakeWindow();
    startHeightPosting(win, { chartId: 'x', childId: null });
    expect(posted).toEqual([
      { type: HEIGHT_TYPE, id: 'x', height: 613 },
      { 'datawrapper-height': { x: 613 } },
      { sentinel: 'amp', type: 'embed-size', height: 613 },
    ]);
    fire('load');
    resizeCallbacks.forEach((cb) => cb());
    expect(posted).toHaveLength(3);
    state.height = 480;
    resizeCallbacks.forEach((cb) => cb());
    expect(posted).toHaveLength(6);
    expect(posted[3]).toEqual({ type: HEIGHT_TYPE, id: 'x', height: 480 });
  });

  test('re-sends when its pym parent sends a width, or our parent asks; ignores other senders', () => {
    const { win, posted, parent, fire } = fakeWindow();
    startHeightPosting(win, { chartId: 'x', childId: 'pym-0' });
    expect(posted).toHaveLength(4);
    expect(posted[3]).toBe('pymxPYMxpym-0xPYMxheightxPYMx613');
    fire('message', { source: parent, data: 'pymxPYMxpym-0xPYMxwidthxPYMx640' });
    expect(posted).toHaveLength(8);
    fire('message', { source: parent, data: { type: REQUEST_TYPE } });
    expect(posted).toHaveLength(12);
    fire('message', { source: {}, data: { type: REQUEST_TYPE } });
    fire('message', { source: parent, data: 'pymxPYMxother-idxPYMxwidthxPYMx640' });
    expect(posted).toHaveLength(12);
  });
});

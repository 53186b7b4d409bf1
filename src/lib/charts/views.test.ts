import { describe, expect, test } from 'vitest';
import { allowedViews, defaultView, panelViews, resolveView } from './views';

const spec = {
  views: [
    { name: 'pills', label: 'Pills', panels: ['a'] },
    { name: 'all', label: 'Both', panels: ['a', 'b'] },
  ],
};

describe('views', () => {
  test('allowed names in spec order, the first is the default', () => {
    expect(allowedViews(spec)).toEqual(['pills', 'all']);
    expect(defaultView(spec)).toBe('pills');
    expect(defaultView({ views: [] })).toBeNull();
  });

  test('only an exact allowed name is honoured; anything else falls back to the default', () => {
    expect(resolveView(spec, 'all')).toBe('all');
    for (const bad of ['ALL', 'all ', '<script>', '', null, undefined, 'toString', '__proto__']) {
      expect(resolveView(spec, bad)).toBe('pills');
    }
  });

  test('each panel knows the views that show it', () => {
    expect(panelViews(spec, 'a')).toEqual(['pills', 'all']);
    expect(panelViews(spec, 'b')).toEqual(['all']);
  });
});

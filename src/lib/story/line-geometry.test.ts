import { describe, expect, test } from 'vitest';
import { lineFrame, niceTicks, segments, xPct, yPx } from './line-geometry';

describe('line geometry', () => {
  test('nice ticks cover the maximum with round steps', () => {
    expect(niceTicks(107941)).toEqual([0, 25000, 50000, 75000, 100000, 125000]);
    expect(niceTicks(0)).toEqual([0]);
  });
  test('x is a percentage, pinned at the edges; y grows downward from the baseline', () => {
    const f = lineFrame([2015, 2016, 2017], [10, 20, 40]);
    expect(xPct(f, 2015)).toBe(f.left);
    expect(xPct(f, 2017)).toBe(f.right);
    expect(xPct(f, 2013)).toBe(f.left);
    expect(xPct(f, 2025)).toBe(f.right);
    expect(yPx(f, 0)).toBe(f.bottom);
    expect(yPx(f, f.yMax)).toBe(f.top);
  });
  test('segments never bridge a missing year', () => {
    const f = lineFrame([2015, 2016, 2017, 2018], [1, 2, 3, 4]);
    const pts = [{ year: 2015 }, { year: 2016 }, { year: 2018 }];
    expect(segments(f, pts).map(([a, b]) => `${a.year}-${b.year}`)).toEqual(['2015-2016']);
  });
  test('a single year is refused', () => {
    expect(() => lineFrame([2015], [1])).toThrow();
  });
});

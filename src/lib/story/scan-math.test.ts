import { describe, expect, test } from 'vitest';
import { daysInYear, perDay, scanRange } from './scan-math';

// 2024 sums from content/data/border_traffic.csv (bts_bcx_github); the prose's figures.
const y2024 = { year: 2024, cars: 76884566, trucks: 7617207 };
const y2023 = { year: 2023, cars: 75891766, trucks: 7356659 };

describe('scan math', () => {
  test('2024 is a leap year: per day divides by 366', () => {
    expect(daysInYear(2024)).toBe(366);
    expect(daysInYear(2023)).toBe(365);
    expect(Math.round(perDay(y2024.cars, 2024))).toBe(210067);
    expect(Math.round(perDay(y2024.trucks, 2024))).toBe(20812);
  });
  test('one year gives the figures in the prose (8% of cars; 27% of trucks)', () => {
    expect(scanRange([y2024], 'cars', 8).scanned).toEqual({ low: 16805, high: 16805 });
    expect(scanRange([y2024], 'cars', 8).notScanned.low).toBe(193262);
    expect(scanRange([y2024], 'trucks', 27).scanned.low).toBe(5619);
  });
  test('several years give a range, low ≤ high', () => {
    const r = scanRange([y2023, y2024], 'cars', 40);
    expect(r.scanned.low).toBe(Math.round((75891766 / 365) * 0.4));
    expect(r.scanned.high).toBe(84027);
    expect(r.scanned.low).toBeLessThan(r.scanned.high);
  });
  test('rates are clamped to 0–100 and empty traffic is refused', () => {
    expect(scanRange([y2024], 'cars', 150).notScanned.low).toBe(0);
    expect(scanRange([y2024], 'cars', -5).scanned.high).toBe(0);
    expect(() => scanRange([], 'cars', 5)).toThrow();
  });
});

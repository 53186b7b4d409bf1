import { describe, expect, test } from 'vitest';
import { dictionary } from '../lib/i18n/dictionary';
import { missPct, score, verdict as verdictIn } from './predict-score';

const verdict = (drawn: Parameters<typeof verdictIn>[0]) => verdictIn(drawn, dictionary('en').interactives.predict.score, 'en-US');

const d = (year: number, guess: number, actual: number) => ({ year, guess, actual });

describe('how close the drawn line came', () => {
  test('miss is signed, in percent of the real count', () => {
    expect(missPct(d(2024, 95_000, 79_385))).toBeCloseTo(19.67, 1);
    expect(missPct(d(2022, 90_000, 107_941))).toBeCloseTo(-16.62, 1);
  });
  test('mean, closest and furthest over the years drawn', () => {
    const s = score([d(2021, 104_000, 106_699), d(2022, 90_000, 107_941), d(2024, 95_000, 79_385)])!;
    expect(s.years).toBe(3);
    expect(s.closest.year).toBe(2021);
    expect(s.furthest.year).toBe(2024);
    expect(s.meanPct).toBeCloseTo((2.53 + 16.62 + 19.67) / 3, 1);
  });
  test('one sentence, rounded, with direction', () => {
    expect(verdict([d(2020, 92_000, 91_799), d(2021, 104_000, 106_699), d(2022, 90_000, 107_941), d(2023, 100_000, 105_007), d(2024, 95_000, 79_385)]))
      .toBe('Your line was off by 9% on average across 2020–2024: closest in 2020 (within 1%), furthest in 2024 (20% too high).');
  });
  test('one year drawn names both numbers', () => {
    expect(verdict([d(2024, 80_000, 79_385)])).toBe('For 2024 you drew 80,000 deaths; the final count was 79,385, so you were within 1%.');
  });
  test('nothing drawn says so instead of scoring', () => {
    expect(score([])).toBeNull();
    expect(verdict([])).toMatch(/did not draw/);
  });
});

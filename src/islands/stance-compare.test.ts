import { describe, expect, test } from 'vitest';
import { dictionary } from '../lib/i18n/dictionary';
import { compareOption, compareWords, leanOf, pictureOf, tally } from './stance-compare';

const COMPARE_WORDS = compareWords(dictionary('en').interactives.stanceCheck.compare);

describe('a stance answer beside the polls', () => {
  test('answers lean by their scale side; depends and not sure take no side', () => {
    expect(['strongly-support', 'support', 'lean-support'].map(leanOf)).toEqual(['support', 'support', 'support']);
    expect(['strongly-oppose', 'oppose', 'lean-oppose'].map(leanOf)).toEqual(['oppose', 'oppose', 'oppose']);
    expect(['neutral', 'it-depends', 'not-sure', undefined].map(leanOf)).toEqual(['neutral', 'undecided', 'undecided', 'none']);
  });
  test('exactly half is not a majority; polls on both sides of half are split', () => {
    expect(pictureOf([52, 90])).toBe('majority');
    expect(pictureOf([27, 29, 34])).toBe('minority');
    expect(pictureOf([50])).toBe('minority');
    expect(pictureOf([52, 29, 31])).toBe('split');
    expect(pictureOf([])).toBeNull();
  });
  test('same way, other way, split, undecided', () => {
    expect(compareOption('support', [82]).match).toBe('same');
    expect(compareOption('strongly-oppose', [82]).match).toBe('other');
    expect(compareOption('oppose', [27, 34]).match).toBe('same');
    expect(compareOption('lean-support', [27, 34]).match).toBe('other');
    expect(compareOption('support', [52, 29]).match).toBe('split');
    expect(compareOption('it-depends', [82]).match).toBe('undecided');
    expect(compareOption(undefined, [82]).match).toBe('none');
    expect(compareOption('support', []).match).toBeNull();
  });
  test('under half is never called a majority against', () => {
    expect(COMPARE_WORDS.picture('minority', COMPARE_WORDS.range([27, 29, 34]), [27, 29, 34])).toBe('Fewer than half said they supported this in all 3 polls we have (27% to 34%); the rest opposed it or were unsure.');
    expect(COMPARE_WORDS.picture('minority', COMPARE_WORDS.range([41, 50]), [41, 50])).toMatch(/^Half or fewer said .* \(41% to 50%\)/);
  });
  test('the summary counts only polled options the reader took a side on', () => {
    const r = [compareOption('support', [82]), compareOption('oppose', [82]), compareOption('support', [52, 29]), compareOption('not-sure', [90]), compareOption('support', []), compareOption(undefined, [64])];
    const t = tally(r);
    expect(t).toEqual({ rated: 5, withPolls: 4, sided: 3, same: 1, other: 1, split: 1 });
    expect(COMPARE_WORDS.summary(t.rated, 11, t.withPolls, t.sided, t.same, t.other, t.split))
      .toBe('You answered 5 of 11. Of the 3 that national polls asked about and you took a side on, your answers pointed the same way as the polls on 1 and the other way on 1; on 1 the polls split by wording.');
  });
  test('answered but undecided, or only unpolled statements: said, not miscounted', () => {
    const undecided = tally([compareOption('it-depends', [69, 46])]);
    expect(COMPARE_WORDS.summary(undecided.rated, 11, undecided.withPolls, undecided.sided, 0, 0, 0)).toMatch(/not taken a side yet/);
    const unpolled = tally([compareOption('support', [])]);
    expect(COMPARE_WORDS.summary(unpolled.rated, 11, unpolled.withPolls, unpolled.sided, 0, 0, 0)).toMatch(/None of those has a representative national poll/);
  });
});

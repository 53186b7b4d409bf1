import { expect, test } from 'vitest';
import { stanceOptions, summarize } from './stance';

test('options come from the handout table', () => {
  const md = 'x\n\n| Short name | Should the U.S. put more effort into… | Before |\n|---|---|---|\n| Scanners | Scanning at crossings | |\n| Terror label | Treating cartels as terrorists | |\n\nafter';
  expect(stanceOptions(md)).toEqual([
    { id: 'scanners', name: 'Scanners', question: 'Scanning at crossings' },
    { id: 'terror-label', name: 'Terror label', question: 'Treating cartels as terrorists' },
  ]);
  expect(() => stanceOptions('no table')).toThrow(/Short name/);
});

test('summary counts every answer and averages only 1–5', () => {
  expect(summarize({ '1': 2, '5': 2, D: 3 })).toEqual({ n: 7, rated: 4, mean: 3 });
  expect(summarize({})).toEqual({ n: 0, rated: 0, mean: null });
  expect(summarize({ '4': -2, '2': 1.7 })).toEqual({ n: 1, rated: 1, mean: 2 });
});

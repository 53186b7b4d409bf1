import { describe, expect, test } from 'vitest';
import { readStoredAnswers } from './stance-storage';

const OPTIONS = ['border-tech', 'treatment'];
const ANSWERS = ['oppose', 'neutral', 'support', 'depends'];

describe('stored stance answers are validated', () => {
  test('valid answers are kept', () => {
    expect(readStoredAnswers('{"border-tech":"support","treatment":"depends"}', OPTIONS, ANSWERS)).toEqual({ answers: { 'border-tech': 'support', treatment: 'depends' }, dropped: 0 });
  });
  test('unknown keys and out-of-range values are dropped and counted; the rest is kept', () => {
    expect(readStoredAnswers('{"border-tech":"support","ghost":"support","treatment":"very much","x":7}', OPTIONS, ANSWERS)).toEqual({ answers: { 'border-tech': 'support' }, dropped: 3 });
  });
  test.each(['not json', '[1,2]', '"text"', '42', 'null'])('%s is dropped as one damaged entry', (raw) => {
    expect(readStoredAnswers(raw, OPTIONS, ANSWERS)).toEqual({ answers: {}, dropped: 1 });
  });
  test('nothing stored is nothing dropped', () => {
    expect(readStoredAnswers(null, OPTIONS, ANSWERS)).toEqual({ answers: {}, dropped: 0 });
  });
});

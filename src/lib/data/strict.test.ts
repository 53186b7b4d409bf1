import { describe, expect, test } from 'vitest';
import { z } from 'astro/zod';
import { closest, editDistance, strictObject } from './strict';

describe('did you mean', () => {
  test('edit distance counts a transposition as one edit', () => {
    expect(editDistance('notse', 'notes')).toBe(1);
    expect(editDistance('embedable', 'embeddable')).toBe(1);
  });
  test.each([['notse', 'notes'], ['embedable', 'embeddable'], ['Title', 'title'], ['source-id', 'source_id'], ['unitLable', 'unitLabel']])('%s → %s', (typo, meant) => {
    expect(closest(typo, ['notes', 'embeddable', 'title', 'source_id', 'unitLabel', 'summary'])).toBe(meant);
  });
  test('nothing close, no suggestion', () => expect(closest('colour', ['notes', 'title'])).toBeUndefined());
  test('a strict object names every unknown key', () => {
    const r = strictObject({ notes: z.array(z.string()).default([]) }).safeParse({ notse: [], other: 1 });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.message).toBe('unknown key "notse" (did you mean "notes"?); unknown key "other"');
  });
});

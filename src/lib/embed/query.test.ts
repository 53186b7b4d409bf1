import { describe, expect, test } from 'vitest';
import { embedQueryString, parseEmbedQuery } from './query';

describe('parseEmbedQuery', () => {
  test('defaults when the query is empty: light, not the reader\'s system theme', () => {
    expect(parseEmbedQuery('')).toEqual({ theme: 'light', view: null, childId: null });
  });

  test.each(['light', 'dark', 'auto'] as const)('accepts theme=%s', (theme) => {
    expect(parseEmbedQuery(`?theme=${theme}`).theme).toBe(theme);
  });

  test.each(['Dark', 'dark ', '<script>alert(1)</script>', 'javascript:alert(1)', ''])('rejects theme=%j', (theme) => {
    expect(parseEmbedQuery(`?theme=${encodeURIComponent(theme)}`).theme).toBe('light');
  });

  test('accepts only views the chart has', () => {
    expect(parseEmbedQuery('?view=pills', ['pills', 'powder']).view).toBe('pills');
    expect(parseEmbedQuery('?view=other', ['pills', 'powder']).view).toBeNull();
    expect(parseEmbedQuery('?view=pills').view).toBeNull();
    expect(parseEmbedQuery('?view=__proto__', ['pills']).view).toBeNull();
  });

  test('keeps pym child ids and rejects markup', () => {
    expect(parseEmbedQuery('?initialWidth=600&childId=pym-0-ab1cd').childId).toBe('pym-0-ab1cd');
    expect(parseEmbedQuery('?childId=my_chart.1:2').childId).toBe('my_chart.1:2');
    expect(parseEmbedQuery(`?childId=${encodeURIComponent('"><img src=x onerror=alert(1)>')}`).childId).toBeNull();
    expect(parseEmbedQuery(`?childId=${'a'.repeat(101)}`).childId).toBeNull();
    expect(parseEmbedQuery('?childId=').childId).toBeNull();
  });

  test('ignores unknown keys and takes the first of repeated keys', () => {
    expect(parseEmbedQuery('?lang=fr&onload=alert(1)&__proto__=x&constructor=y')).toEqual({ theme: 'light', view: null, childId: null });
    expect(parseEmbedQuery('?theme=dark&theme=light').theme).toBe('dark');
  });

  test('works with or without the leading ?', () => {
    expect(parseEmbedQuery('theme=dark').theme).toBe('dark');
  });
});

describe('embedQueryString', () => {
  test('leaves defaults out', () => {
    expect(embedQueryString({})).toBe('');
    expect(embedQueryString({ theme: 'light' })).toBe('');
    expect(embedQueryString({ theme: 'auto' })).toBe('?theme=auto');
  });
  test('round-trips through parseEmbedQuery', () => {
    const query = embedQueryString({ theme: 'dark', view: 'pills' });
    expect(query).toBe('?theme=dark&view=pills');
    expect(parseEmbedQuery(query, ['pills'])).toEqual({ theme: 'dark', view: 'pills', childId: null });
  });
});

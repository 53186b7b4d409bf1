import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { correctionsFor, CorrectionsError, parseCorrections } from './corrections';

const ok = `entries:
  - { id: b, date: 2026-12-02, kind: update, title: B, summary: Later., charts: [overdose-deaths] }
  - { id: a, date: 2026-11-22, kind: correction, title: A, summary: Earlier. }
`;

test('entries parse, newest first, with dates as ISO text', () => {
  const entries = parseCorrections(ok, 'x.yaml', new Set(['overdose-deaths']));
  expect(entries.map((e) => [e.id, e.date])).toEqual([['b', '2026-12-02'], ['a', '2026-11-22']]);
  expect(correctionsFor(entries, 'overdose-deaths').map((e) => e.id)).toEqual(['b']);
});

test.each([
  ['a bad date', ok.replace('2026-11-22', '22 Nov 2026'), /x\.yaml: entries, entry 2, date: expected an ISO date/],
  ['an unknown kind', ok.replace('kind: update', 'kind: news'), /entry 1, kind: expected correction or update/],
  ['an unknown chart', ok.replace('[overdose-deaths]', '[no-such-chart]'), /entry 1, charts: unknown chart id "no-such-chart"/],
  ['a repeated id', ok.replace('id: a,', 'id: b,'), /entry 2, id: "b" is used twice/],
  ['an empty log', 'entries: []', /x\.yaml: entries: /],
  ['broken YAML', 'entries: [', /x\.yaml: not valid YAML/],
])('%s fails with file, entry and field', (_, text, message) => {
  expect(() => parseCorrections(text, 'x.yaml', new Set(['overdose-deaths']))).toThrow(CorrectionsError);
  expect(() => parseCorrections(text, 'x.yaml', new Set(['overdose-deaths']))).toThrow(message);
});

test('the real log is valid and its first correction is the NPR date', () => {
  const entries = parseCorrections(readFileSync('content/corrections.yaml', 'utf8'), 'content/corrections.yaml');
  const npr = entries.find((e) => e.id === 'npr-article-date');
  expect(npr?.kind).toBe('correction');
  expect(npr?.summary).toMatch(/21 February 2023/);
});

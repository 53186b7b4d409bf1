/**
 * The one prose check (story and classroom kit): the tags' grammar and sources (tags.ts), then
 * the number rule (number-check.ts), with the same messages and lines wherever the text is.
 */
import { describe, expect, test } from 'vitest';
import { checkProse, proseProblems } from './check';
import { indexRows } from './number-check';
import { checkTags, tagElement } from './tags';

const numbers = indexRows(['cdc', 'npr'], [{ year: '2022', value: '107941', source_id: 'cdc' }]);
const opts = { sourceIds: numbers.sourceIds, numbers };
const messages = (text: string, taggedOnly = false) => checkProse(text, { ...opts, taggedOnly }).map((p) => p.message);

describe('the tags', () => {
  const bad: [string, string, string][] = [
    ['unknown source id', '<Fig s="nope">2022</Fig>', 'unknown source id "nope" (not in content/data/sources.csv)'],
    ['one unknown id among several', '<Fig s="cdc nope">2022</Fig>', 'unknown source id "nope" (not in content/data/sources.csv)'],
    ['unknown id in a quotation', '<Q s="nope" who="A">hi</Q>', 'unknown source id "nope" (not in content/data/sources.csv)'],
    ['a Fig without s', '<Fig>2022</Fig>', '<Fig> needs a non-empty s="…"'],
    ['an empty s', '<Fig s="">2022</Fig>', '<Fig> needs a non-empty s="…"'],
    ['a quotation without its speaker', '<Q s="npr">hi</Q>', '<Q> needs a non-empty who="…"'],
    ['an unknown attribute', '<Fig s="cdc" source="cdc">2022</Fig>', 'unknown attribute "source" on <Fig> (allowed: s, calc)'],
    ['an attribute twice', '<Fig s="cdc" s="npr">2022</Fig>', 'attribute "s" given twice'],
    ['an unquoted attribute', '<Fig s=cdc>2022</Fig>', 'attributes must be written name="value"'],
    ['an empty calc (it would excuse the figure)', '<Fig s="cdc" calc="">5,000</Fig>', 'empty calc=""'],
    ['an empty figure', '<Fig s="cdc"></Fig>', 'empty <Fig s="cdc">'],
    ['a self-closed figure', '<Fig s="cdc" />', 'empty <Fig s="cdc" />'],
    ['a tag never closed', 'a <Fig s="cdc">2022 b', '<Fig s="cdc"> is never closed'],
    ['a closing tag alone', 'a 2022</Fig> b', '</Fig> without an opening tag'],
    ['a tag inside another', '<Fig s="cdc">2022 <Q s="npr" who="X">q</Q></Fig>', '<Q> inside <Fig> (tags cannot nest)'],
  ];
  test.each(bad)('%s', (_name, text, message) => {
    expect(messages(text, true)).toContain(message);
  });

  test('good tags, and tags written about in code, pass', () => {
    expect(messages('In <Fig s="cdc">2022</Fig>, <Q s="npr" who="A. Speaker">words</Q>; <Fig s="cdc" calc="1 + 1">about two</Fig>.', true)).toEqual([]);
    expect(checkTags('Write `<Fig s="…">` around a figure.\n\n```\n<Q>\n```\n', new Set())).toEqual([]);
  });

  test('the problem names the line of the tag', () => {
    expect(checkProse('---\ntitle: x\n---\nOne.\nTwo <Q s="npr">hi</Q>.', opts)).toEqual([{ line: 5, excerpt: '<Q s="npr">', message: '<Q> needs a non-empty who="…"' }]);
  });

  test('without data rows only the tags are checked', () => {
    expect(checkProse('<Fig s="cdc">999</Fig> and 5 more', { sourceIds: numbers.sourceIds })).toEqual([]);
  });
});

test('tags first, then the number rule, as one list by line, named by file', () => {
  expect(proseProblems('content/story/x.svx', 'About 70 died.\n<Fig s="cdc">108,000</Fig>\n<Q s="nope" who="A">hi</Q>', opts)).toEqual([
    expect.stringMatching(/^content\/story\/x\.svx, line 1: number 70 outside <Fig s="…"> or <Q>: About 70 died\./),
    'content/story/x.svx, line 2: 108,000 is not in any data row with source cdc (add calc="…" if derived): <Fig s="cdc">108,000</Fig>',
    'content/story/x.svx, line 3: unknown source id "nope" (not in content/data/sources.csv): <Q s="nope" who="A">',
  ]);
});

test('one element per tag: what Fig.svelte, Q.svelte and the kit render', () => {
  expect(tagElement('Fig', { s: 'a b', calc: '1 + 1' })).toEqual({ tagName: 'span', attributes: { class: 'fig', 'data-s': 'a b', 'data-calc': '1 + 1' } });
  expect(tagElement('Fig', { s: 'a' })).toEqual({ tagName: 'span', attributes: { class: 'fig', 'data-s': 'a' } });
  expect(tagElement('Q', { s: 'a', who: 'X' })).toEqual({ tagName: 'q', attributes: { class: 'quote', 'data-s': 'a', 'data-who': 'X' } });
});

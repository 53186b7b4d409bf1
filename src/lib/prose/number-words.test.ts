import { describe, expect, test } from 'vitest';
import { cardinalValue, findNumberWords } from './number-words';
import { checkNumbers, indexRows } from './number-check';

const words = (s: string, locale: 'en' | 'es' = 'en') => findNumberWords(s, locale).map((w) => `${w.kind}:${w.text}`);

describe('English number words that are figures', () => {
  test.each([
    ['Deaths fell twenty-seven percent.', ['percent:twenty-seven percent']],
    ['Ninety per cent of it', ['percent:Ninety per cent']],
    ['three in four adults', ['ratio:three in four']],
    ['nine out of ten seizures', ['ratio:nine out of ten']],
    ['only about a quarter of those who need it', ['fraction:a quarter of']],
    ['two-thirds of voters', ['fraction:two-thirds']],
    ['more than half', ['fraction:more than half']],
    ['half of all deaths', ['fraction:half of']],
    ['seizures doubled', ['multiple:doubled']],
    ['twice as many', ['multiple:twice']],
    ['a tenfold rise', ['multiple:tenfold']],
    ['fifty times more potent', ['multiple:fifty times more']],
    ['tens of thousands of Americans', ['vague:tens of thousands of']],
    ['dozens of studies', ['vague:dozens of']],
    ['eighteen states', ['count:eighteen']],
    ['a million pills', ['count:a million']],
    ['one hundred and five deaths', ['count:one hundred and five']],
  ])('%s', (text, expected) => expect(words(text)).toEqual(expected));

  test.each(['two sides', 'three options', 'one class of drugs', 'the second half of 2023', 'a third party', 'first, second'])('%s is not a figure', (text) => {
    expect(words(text)).toEqual([]);
  });

  test('values', () => {
    expect(cardinalValue('twenty-seven')).toBe(27);
    expect(cardinalValue('one hundred and five')).toBe(105);
    expect(cardinalValue('two million')).toBe(2e6);
    expect(cardinalValue('a dozen')).toBe(12);
  });
});

describe('Spanish (locale "es")', () => {
  test.each([
    ['bajaron veintisiete por ciento', ['percent:veintisiete por ciento']],
    ['la mitad de las muertes', ['fraction:la mitad']],
    ['el doble que', ['multiple:el doble']],
    ['tres de cada cuatro adultos', ['ratio:tres de cada cuatro']],
    ['decenas de miles', ['vague:decenas de']],
    ['cincuenta veces más potente', ['multiple:cincuenta veces más']],
    ['dieciocho estados', ['count:dieciocho']],
  ])('%s', (text, expected) => expect(words(text, 'es')).toEqual(expected));
  test('values', () => {
    expect(cardinalValue('veintisiete', 'es')).toBe(27);
    expect(cardinalValue('treinta y cinco', 'es')).toBe(35);
    expect(cardinalValue('dos mil', 'es')).toBe(2000);
  });
  test('two sides stays words', () => expect(words('dos lados', 'es')).toEqual([]));
});

describe('the number check reads number words', () => {
  const index = indexRows(['src_a'], [{ source_id: 'src_a', value: '27', unit: 'percent' }]);
  test('outside a Fig: a problem with the line, unless the allow-list names it', () => {
    const svx = 'Intro.\n\nDeaths fell twenty-seven percent.\n';
    expect(checkNumbers(svx, index).map((p) => `${p.line}: ${p.message}`)).toEqual([
      '3: number word "twenty-seven percent" outside <Fig s="…"> or <Q> (a figure needs a source; a reviewed exception goes in content/story/number-words-allow.yaml)',
    ]);
    expect(checkNumbers(svx, index, { file: 'a.svx', allow: [{ file: 'a.svx', text: 'Twenty-seven percent' }] })).toEqual([]);
    expect(checkNumbers(svx, index, { file: 'b.svx', allow: [{ file: 'a.svx', text: 'twenty-seven percent' }] })).toHaveLength(1);
  });
  test('inside a Fig without calc, a spelled-out cardinal must be in the rows like a digit', () => {
    expect(checkNumbers('<Fig s="src_a">twenty-seven percent</Fig>\n', index)).toEqual([]);
    expect(checkNumbers('<Fig s="src_a">thirty percent</Fig>\n', index).map((p) => p.message)).toEqual(['"thirty percent" (30) is not in any data row with source src_a (add calc="…" if derived)']);
    expect(checkNumbers('<Fig s="src_a" calc="27 + 3">thirty percent</Fig>\n', index)).toEqual([]);
  });
  test('in a quote, words are the speaker\'s', () => {
    expect(checkNumbers('<Q s="src_a" who="X">twenty-seven percent</Q>\n', index)).toEqual([]);
  });
  test('Spanish prose with locale "es"', () => {
    expect(checkNumbers('Bajaron veintisiete por ciento.\n', index, { locale: 'es' }).map((p) => p.message)[0]).toMatch(/^number word "veintisiete por ciento" outside/);
  });
});

describe('Spanish number words', () => {
  test('veintisiete por ciento, mil millones, tres de cada cuatro', () => {
    expect(findNumberWords('el veintisiete por ciento de los casos', 'es')).toMatchObject([{ text: 'veintisiete por ciento', kind: 'percent' }]);
    expect(cardinalValue('mil millones', 'es')).toBe(1e9);
    expect(cardinalValue('cincuenta millones', 'es')).toBe(5e7);
    expect(findNumberWords('tres de cada cuatro adultos', 'es')).toMatchObject([{ kind: 'ratio' }]);
  });
});

import { describe, expect, test } from 'vitest';
import { formatCompact, formatInteger, formatNumber, formatPartialDate, formatPercent, qualifierLabel, withQualifier } from './format';

describe('formatCompact never rounds a published figure', () => {
  test.each([
    [20_000_000, '20 million', '20M'],
    [50_600_000, '50.6 million', '50.6M'],
    [50_650_000, '50.65 million', '50.65M'],
    [379_000_000, '379 million', '379M'],
    [1_200_000_000, '1.2 billion', '1.2B'],
    [12_000, '12,000', '12,000'],
  ])('%d', (value, long, short) => {
    expect(formatCompact(value)).toBe(long);
    expect(formatCompact(value, true)).toBe(short);
  });
});

test('formatInteger keeps every digit and groups thousands', () => {
  expect(formatInteger(14699.88)).toBe('14,699.88');
  expect(formatInteger(107941)).toBe('107,941');
  expect(formatInteger(0.1 + 0.2)).toBe('0.3');
});

test('formatPercent and formatNumber', () => {
  expect(formatPercent(27.8)).toBe('27.8%');
  expect(formatNumber(60, 'percent')).toBe('60%');
  expect(formatNumber(8000, 'compact', true)).toBe('8,000');
});

test('qualifiers travel with numbers and odd spellings are cleaned for display only', () => {
  expect(withQualifier('more than', '50.6 million')).toBe('more than 50.6 million');
  expect(withQualifier(null, '27,023')).toBe('27,023');
  expect(qualifierLabel("roughly ('four in five')")).toBe('roughly');
  expect(qualifierLabel("'a few thousand dollars'")).toBe('a few thousand dollars');
});

test('formatPartialDate keeps the precision the source gives', () => {
  expect(formatPartialDate('2022-12-20')).toBe('December 20, 2022');
  expect(formatPartialDate('2023-03')).toBe('March 2023');
  expect(formatPartialDate('2021')).toBe('2021');
});

describe('formatUsdBillions keeps every digit', () => {
  test.each([
    [35.7, '$35.7 billion', '$35.7B'],
    [6.8983, '$6.8983 billion', '$6.8983B'],
    [21.648, '$21.648 billion', '$21.648B'],
  ])('%d', (value, long, short) => {
    expect(formatNumber(value, 'usd_billions')).toBe(long);
    expect(formatNumber(value, 'usd_billions', true)).toBe(short);
  });
});

describe('Spanish (es-MX/es-US style: decimal point, thousands comma)', () => {
  test.each([
    [50_600_000, '50.6 millones', '50.6 M'],
    [1_000_000, '1 millón', '1 M'],
    [1_200_000_000, '1.2 mil millones', '1.2 mil M'],
    [12_000, '12,000', '12,000'],
  ])('%d', (value, long, short) => {
    expect(formatCompact(value, false, 'es')).toBe(long);
    expect(formatCompact(value, true, 'es')).toBe(short);
  });
  test('grouping, dollars and percent', () => {
    expect(formatInteger(14699.88, 'es')).toBe('14,699.88');
    expect(formatNumber(35.7, 'usd_billions', false, 'es')).toBe('35.7 mil millones de dólares');
    expect(formatNumber(35.7, 'usd_billions', true, 'es')).toBe('US$35.7 mil M');
    expect(formatNumber(27, 'percent', false, 'es')).toBe('27%');
  });
  test('dates', () => {
    expect(formatPartialDate('2022-12-20', 'es')).toBe('20 de diciembre de 2022');
    expect(formatPartialDate('2023-03', 'es')).toBe('marzo de 2023');
    expect(formatPartialDate('2021', 'es')).toBe('2021');
  });
});

test('English output is unchanged by the locale parameter (defaults to en)', () => {
  expect(formatNumber(35.7, 'usd_billions', false, 'en')).toBe(formatNumber(35.7, 'usd_billions'));
  expect(formatPartialDate('2023-03-05', 'en')).toBe('March 5, 2023');
  expect(formatPartialDate('2023-13')).toBe('2023-13');
  expect(formatInteger(-0.5)).toBe('\u22120.5');
});

import { describe, expect, test } from 'vitest';
import { currencySentence, formatCheckedDate, newestPeriod, periodEnd, rowPeriod } from './currency';

describe('periodEnd', () => {
  test.each([
    ['FY2024', '2024-09-30', 'FY2024'],
    ['2024', '2024-12-31', '2024'],
    ['2023-10', '2023-10-31', 'October 2023'],
    ['2024-02', '2024-02-29', 'February 2024'],
    ['2025-12-03', '2025-12-03', '3 December 2025'],
    ['2025-10-01/2025-10-16', '2025-10-16', '16 October 2025'],
    ['2023-10 (annual Crime survey; exact dates not given in our source)', '2023-10-31', 'October 2023'],
    ['FY2015-FY2024', '2024-09-30', 'FY2024'],
    ['FY2019-FY2024 (to June 2024)', '2024-06-30', 'FY2024 (to June 2024)'],
    ['2025 (12 mo ending Aug)', '2025-08-31', '12 months ending August 2025'],
  ])('%s ends %s', (text, end, label) => {
    expect(periodEnd(text)).toEqual({ end, label });
  });

  test.each(['by FY2026', 'target FY2026', '', 'unknown', '2023-13'])('%j names no period', (text) => {
    expect(periodEnd(text)).toBeNull();
  });
});

test('rowPeriod reads a fiscal-year row as FY', () => {
  expect(rowPeriod({ year: '2025', period_type: 'federal_fiscal_year' }, 'year')).toBe('FY2025');
  expect(rowPeriod({ year: '2025', period_type: 'calendar_year' }, 'year')).toBe('2025');
});

test('newestPeriod picks the latest end and ignores targets', () => {
  const rows = [{ period: 'FY2024' }, { period: '2024' }, { period: 'by FY2026' }, { period: 'FY2020' }];
  expect(newestPeriod(rows, 'period')).toEqual({ end: '2024-12-31', label: '2024' });
  expect(newestPeriod([{ period: 'by FY2026' }], 'period')).toBeNull();
});

test('the sentence names the period and the check date', () => {
  expect(currencySentence({ period: 'FY2024', periodEnd: '2024-09-30', checked: '2026-12-02' }, 'Figures current to {period}; sources checked {checked}.'))
    .toBe('Figures current to FY2024; sources checked 2 December 2026.');
  expect(formatCheckedDate('2026-12')).toBe('December 2026');
});

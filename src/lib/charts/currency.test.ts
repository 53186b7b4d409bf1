import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { currencySentence, formatCheckedDate, newestPeriod, periodEnd, rowPeriod, type PeriodWords } from './currency';
import { periodWords } from '../i18n/words';

// The English labels below are content/ui/en.yaml's currency.* templates with en-US month names.
const en = periodWords('en');

describe('periodEnd', () => {
  test.each([
    ['FY2024', '2024-09-30', 'FY2024'],
    ['2024', '2024-12-31', '2024'],
    ['2023-10', '2023-10-31', 'October 2023'],
    ['2024-02', '2024-02-29', 'February 2024'],
    ['2025-12-03', '2025-12-03', 'December 3, 2025'],
    ['2025-10-01/2025-10-16', '2025-10-16', 'October 16, 2025'],
    ['2023-10 (annual Crime survey; exact dates not given in our source)', '2023-10-31', 'October 2023'],
    ['FY2015-FY2024', '2024-09-30', 'FY2024'],
    ['FY2019-FY2024 (to June 2024)', '2024-06-30', 'FY2024 (to June 2024)'],
    ['2025 (12 mo ending Aug)', '2025-08-31', '12 months ending August 2025'],
  ])('%s ends %s', (text, end, label) => {
    expect(periodEnd(text, en)).toEqual({ end, label });
  });

  test.each(['by FY2026', 'target FY2026', '', 'unknown', '2023-13'])('%j names no period', (text) => {
    expect(periodEnd(text, en)).toBeNull();
  });
});

test('rowPeriod reads a fiscal-year row as FY', () => {
  expect(rowPeriod({ year: '2025', period_type: 'federal_fiscal_year' }, 'year')).toBe('FY2025');
  expect(rowPeriod({ year: '2025', period_type: 'calendar_year' }, 'year')).toBe('2025');
});

test('newestPeriod picks the latest end and ignores targets', () => {
  const rows = [{ period: 'FY2024' }, { period: '2024' }, { period: 'by FY2026' }, { period: 'FY2020' }];
  expect(newestPeriod(rows, 'period', en)).toEqual({ end: '2024-12-31', label: '2024' });
  expect(newestPeriod([{ period: 'by FY2026' }], 'period', en)).toBeNull();
});

test('the sentence names the period and the check date', () => {
  expect(currencySentence({ period: 'FY2024', periodEnd: '2024-09-30', checked: '2026-12-02' }, 'Figures current to {period}; sources checked {checked}.', en))
    .toBe('Figures current to FY2024; sources checked December 2, 2026.');
  expect(formatCheckedDate('2026-12', en)).toBe('December 2026');
});

describe('period labels are the dictionary\'s and Intl\'s, not English in code', () => {
  // Stub templates and another locale's month names: an English label shape or month list put
  // back into currency.ts no longer matches.
  const stub: PeriodWords = { intl: 'es-MX', twelveMonthsEnding: 'twelveMonthsEnding⟨{month}⟩', toMonth: 'toMonth⟨{period}|{month}⟩' };

  test.each([
    ['2025-12-03', '3 de diciembre de 2025'],
    ['2023-10', 'octubre de 2023'],
    ['FY2019-FY2024 (to June 2024)', 'toMonth⟨FY2024|junio de 2024⟩'],
    ['2025 (12 mo ending Aug)', 'twelveMonthsEnding⟨agosto de 2025⟩'],
  ])('%s → %s', (text, label) => {
    expect(periodEnd(text, stub)?.label).toBe(label);
  });

  test('the module names no month and no label words outside its comments', () => {
    const code = readFileSync('src/lib/charts/currency.ts', 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '');
    expect(code).not.toMatch(/\b(January|February|March|April|June|July|August|September|October|November|December)\b/i);
    expect(code).not.toMatch(/\b(Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\b/);
    expect(code).not.toMatch(/months ending|\(to [A-Z$]|`\$\{[^}]*\} \$\{[^}]*\} \$\{/);
  });
});

import { expect, test } from 'vitest';
import { CREDIT_MAX_CHARS, creditLine, reprintNotes, shortCitation, type CreditSource } from './credit';

const src = (id: string, origin: string, url: string, publisher = origin, published = '2024-05'): [string, CreditSource] =>
  [id, { source_id: id, origin, url, publisher, title: id, published }];

const sources = new Map<string, CreditSource>([
  src('nchs', 'CDC/NCHS', 'https://www.cdc.gov/nchs/products/databriefs/db522.htm', 'CDC/NCHS', '2024-12'),
  src('mmwr', 'CDC', 'https://www.cdc.gov/mmwr/x.htm'),
  src('blog', 'CDC/NCHS', 'https://aristarecovery.com/x', 'Arista Recovery (blog citing CDC)', '2024-03'),
  src('cbp_news', 'CBP', 'https://www.washingtonexaminer.com/x', 'Washington Examiner', '2021-10'),
  src('dea', 'DEA', 'https://www.dea.gov/x'),
]);

test('the credit names origins only, most-cited first, and folds CDC into CDC/NCHS', () => {
  const rows = [{ source_id: 'mmwr' }, { source_id: 'nchs' }, { source_id: 'blog' }, { source_id: 'dea' }];
  expect(creditLine(rows, sources)).toBe('CDC/NCHS; DEA');
  expect(creditLine(rows, sources)).not.toMatch(/Arista|blog/);
});

test('a long credit stays within the limit and counts the rest', () => {
  const many = new Map<string, CreditSource>(Array.from({ length: 14 }, (_, i) => src(`p${i}`, `Pollster number ${i}`, 'https://gallup.com/x')));
  const rows = [...many.keys()].map((source_id) => ({ source_id }));
  const line = creditLine(rows, many);
  expect(line.length).toBeLessThanOrEqual(CREDIT_MAX_CHARS);
  expect(line).toMatch(/and \d+ others$/);
});

test('short citations are readable and name the reprint', () => {
  expect(shortCitation(sources.get('nchs')!)).toBe('CDC/NCHS, December 2024');
  expect(shortCitation(sources.get('cbp_news')!)).toBe('CBP, October 2021, as reported by Washington Examiner');
});

test('reprint notes say who produced the rows, who reported them and the confidence', () => {
  const rows = [
    { source_id: 'cbp_news', fiscal_year: 'FY2019', confidence: 'medium' },
    { source_id: 'cbp_news', fiscal_year: 'FY2020', confidence: 'medium' },
    { source_id: 'dea', fiscal_year: 'FY2021', confidence: 'high' },
  ];
  const notes = reprintNotes(rows, sources, 'fiscal_year');
  expect(notes).toHaveLength(1);
  expect(notes[0]).toBe('FY2019, FY2020: CBP figures as reported by Washington Examiner (October 2021); the original was not available to us (confidence: medium).');
});

test('a copy of the origin\'s own publication is called a copy, not "CDC/NCHS as reported by CDC/NCHS"', () => {
  const copy: CreditSource = { source_id: 'db428', title: 'Data Brief 428', published: '2021-12-01', publisher: 'CDC/NCHS (Data Brief No. 428; copy on pr.report)', url: 'https://pr.report/x', origin: 'CDC/NCHS' } as CreditSource;
  const [note] = reprintNotes([{ source_id: 'db428', year: 2020, confidence: 'medium' }], new Map([['db428', copy]]), 'year');
  expect(note).toBe('2020: CDC/NCHS figures, read in a copy (Data Brief No. 428; copy on pr.report; December 1, 2021); the original page was not available to us (confidence: medium).');
});

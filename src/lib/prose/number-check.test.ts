import { describe, expect, test } from 'vitest';
import { checkNumbers, indexRows } from './number-check';

const index = indexRows(['cdc', 'bts', 'npr'], [
  { year: '2022', value: '107941', source_id: 'cdc' },
  { year: '2024', metric: 'cars', value: '76884566', source_id: 'bts' },
  { year: '2023-03-29', item: 'OTC approval', value: '', source_id: 'cdc' },
  { period: 'FY2025', value: '1000', unit: 'USD_millions', note: 'about 10.3% purity', source_id: 'cdc' },
  { source_id: 'npr', title: 'Report', published: '2023-03' },
]);
const check = (s: string) => checkNumbers(s, index).map((p) => p.message);

describe('checkNumbers passes good prose', () => {
  test('figures in rows with their source, with thousands separators', () => {
    expect(check('In <Fig s="cdc">2022</Fig>, <Fig s="cdc">107,941</Fig> died.')).toEqual([]);
  });
  test('dates and percentages found inside row fields', () => {
    expect(check('On March <Fig s="cdc">29</Fig>, <Fig s="cdc">2023</Fig>; purity <Fig s="cdc">10.3%</Fig>.')).toEqual([]);
  });
  test('millions and billions written in words', () => {
    expect(check('more than <Fig s="cdc">$1 billion</Fig>')).toEqual([]);
  });
  test('derived figures with calc, quotations, digits in tag attributes, frontmatter', () => {
    expect(check('---\ntitle: x\n---\n<Claim kind="model" s="bts">About <Fig s="bts" calc="76,884,566 ÷ 366">210,000</Fig> a day. <Q s="npr" who="A">70,000 a year</Q></Claim>\n<ChartSlot id="chart-2024" />')).toEqual([]);
  });
});

describe('checkNumbers catches', () => {
  test('a bare number in prose', () => {
    const problems = checkNumbers('Line one.\nAbout 70,000 people died.', index);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ line: 2, message: 'number 70,000 outside <Fig s="…"> or <Q>' });
  });
  test('a figure not in any row of its source', () => {
    expect(check('<Fig s="cdc">108,000</Fig>')).toEqual(['108,000 is not in any data row with source cdc (add calc="…" if derived)']);
  });
  test('a figure that exists only under another source id', () => {
    expect(check('<Fig s="cdc">76,884,566</Fig>')).toHaveLength(1);
  });
  test('part of a larger number does not count (no substring matches)', () => {
    expect(check('<Fig s="cdc">7941</Fig>')).toHaveLength(1);
    expect(check('<Fig s="cdc">0.3%</Fig>')).toHaveLength(1);
  });
  test('a small number does not match a row only because a thousandfold of it is there', () => {
    expect(check('<Fig s="cdc">1</Fig>')).toHaveLength(1);
  });
});

describe('number tokens', () => {
  test('a comma after a number is punctuation, not part of it', () => {
    expect(check('On March <Fig s="cdc">29, 2023</Fig>.')).toEqual([]);
  });
});

describe("Spanish prose (locale: 'es', es-MX/es-US numerals)", () => {
  const es = indexRows(['cdc', 'ondcp'], [
    { year: '2022', value: '50600000', source_id: 'cdc' },
    { year: '2022', value: '27', unit: 'percent', source_id: 'cdc' },
    { period: 'FY2025', value: '35700', unit: 'USD_millions', source_id: 'ondcp' },
  ]);
  const checkEs = (s: string) => checkNumbers(s, es, { locale: 'es' }).map((p) => p.message);
  test('"50.6 millones", "35.7 mil millones" and "veintisiete por ciento" are read as their values', () => {
    expect(checkEs('Unas <Fig s="cdc">50.6 millones</Fig> de pastillas.')).toEqual([]);
    expect(checkEs('Un presupuesto de <Fig s="ondcp">35.7 mil millones</Fig> de dólares.')).toEqual([]);
    expect(checkEs('El <Fig s="cdc">veintisiete por ciento</Fig> de los casos.')).toEqual([]);
  });
  test('a Spanish figure missing from the rows, and bare figures and number words', () => {
    expect(checkEs('<Fig s="cdc">50.7 millones</Fig>')).toEqual(['50.7 is not in any data row with source cdc (add calc="…" if derived)']);
    expect(checkEs('<Fig s="cdc">veintiocho por ciento</Fig>')).toHaveLength(1);
    expect(checkEs('Murieron 70,000 personas.')).toEqual(['number 70,000 outside <Fig s="…"> or <Q>']);
    expect(checkEs('Murió el veintisiete por ciento.')).toHaveLength(1);
  });
  test('a decimal comma (es-ES style) is flagged, not misread as two numbers', () => {
    expect(checkEs('<Fig s="cdc">50,6 millones</Fig>')).toContain('50,6 uses a decimal comma or point grouping; write es-MX/es-US numerals (50.6, 1,234)');
    expect(checkEs('<Fig s="cdc">50.600.000</Fig>').some((m) => m.startsWith('50.600.000 uses'))).toBe(true);
  });
  test('English scale words mean nothing in Spanish, and the other way round', () => {
    expect(checkEs('<Fig s="cdc">50.6 million</Fig>')).toHaveLength(1);
    expect(checkNumbers('<Fig s="cdc">50.6 millones</Fig>', es).map((p) => p.message)).toHaveLength(1);
    expect(checkNumbers('<Fig s="cdc">50.6 million</Fig>', es)).toEqual([]);
  });
});

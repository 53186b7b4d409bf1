import { describe, expect, test } from 'vitest';
import { fill, parts, plural } from './fill';

describe('filling a dictionary text in the browser', () => {
  test('placeholders take their values; a missing one throws instead of reaching a reader', () => {
    expect(fill('Your guess for {year}', { year: 2023 })).toBe('Your guess for 2023');
    expect(fill('No placeholder')).toBe('No placeholder');
    expect(() => fill('{n} of {of} answered.', { n: 2 })).toThrow(/needs a value for \{of\}/);
  });
  test('plural forms follow the locale and fill {count} as a formatted number', () => {
    const forms = { one: 'One poll', other: 'The {count} polls' };
    expect(plural(forms, 1, 'en-US')).toBe('One poll');
    expect(plural(forms, 1234, 'en-US')).toBe('The 1,234 polls');
    expect(plural({ other: '{count} x' }, 1, 'es-MX')).toBe('1 x');
  });
  test('named slots are split out for markup, the rest filled', () => {
    expect(parts('At {rate}%, between {scanned} and {notScanned}.', ['scanned', 'notScanned'], { rate: 8 }))
      .toEqual(['At 8%, between ', { slot: 'scanned' }, ' and ', { slot: 'notScanned' }, '.']);
    expect(parts('{vehicles}, {rate}', ['vehicles'], { rate: '8%' })).toEqual([{ slot: 'vehicles' }, ', 8%']);
  });
});

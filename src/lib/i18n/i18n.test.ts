import { mkdtempSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { ContentError } from '../content/yaml-loader';
import { dictionary, placeholders, readDictionary } from './dictionary';
import { LOCALES, localeOf, langOf, BUILT_LOCALES } from './locales';
import { pluralForm, t, tParts, translator } from './t';

const EN = readFileSync('content/ui/en.yaml', 'utf8');
function broken(text: string): string[] {
  const dir = mkdtempSync(path.join(tmpdir(), 'ui-'));
  const file = path.join(dir, 'xx.yaml');
  writeFileSync(file, text);
  try {
    readDictionary(file, dictionary('en'));
    return [];
  } catch (e) {
    if (!(e instanceof ContentError)) throw e;
    return e.problems.map((p) => p.replace(file, 'xx.yaml'));
  }
}

describe('the dictionary is checked at the door', () => {
  test('every built locale has a complete dictionary', () => {
    for (const locale of BUILT_LOCALES) expect(() => dictionary(locale)).not.toThrow();
  });
  test('a missing key fails with file, line and key', () => {
    const problems = broken(EN.replace(/^ {4}copy: Copy code\n/m, ''));
    expect(problems).toEqual([expect.stringMatching(/^xx\.yaml, line \d+, embed\.section\.copy: required key is missing$/)]);
  });
  test('an unknown key fails with its line and a suggestion', () => {
    const problems = broken(EN.replace(/^ {4}title: Embed preview$/m, '    titel: Embed preview'));
    expect(problems).toContainEqual(expect.stringMatching(/^xx\.yaml, line \d+, embed\.previewPage\.titel: unknown key "titel" \(did you mean "title"\?\)$/));
  });
  test('an empty text fails', () => {
    expect(broken(EN.replace('  home: Home', "  home: ''"))).toContainEqual(expect.stringMatching(/site\.home: empty text/));
  });
  test('a translation may not invent placeholders', () => {
    expect(broken(EN.replace("previewTitle: 'Preview: {title}'", "previewTitle: 'Vista previa: {titulo}'")))
      .toEqual(['xx.yaml, embed.section.previewTitle: {titulo} is not a placeholder of the English text ({title})']);
  });
  test('plural category names are used only for plural forms', () => {
    const categories = /^(zero|one|two|few|many|other)$/;
    const misnamed: string[] = [];
    const walk = (v: unknown, path: string[]) => {
      if (!v || typeof v !== 'object') return;
      const isPlural = typeof (v as { other?: unknown }).other === 'string' && Object.keys(v).every((k) => categories.test(k));
      for (const [k, x] of Object.entries(v)) {
        if (categories.test(k) && !isPlural) misnamed.push([...path, k].join('.'));
        walk(x, [...path, k]);
      }
    };
    walk(dictionary('en'), []);
    expect(misnamed).toEqual([]);
  });
  test('a YAML syntax error names its line', () => {
    expect(broken('site:\n  name: [unclosed\n')[0]).toMatch(/^xx\.yaml, line \d+:/);
  });
});

describe('t()', () => {
  test('keeps a leading space that belongs to the text', () => {
    expect(t('embed.section.recommended')).toBe(' (recommended)');
  });
  test('returns the text and fills placeholders', () => {
    expect(t('embed.section.heading')).toBe('Embed this chart');
    expect(t('embed.previewPage.frameTitle', { title: 'Deaths', width: 320 })).toBe('Deaths (320 px)');
  });
  test('a placeholder without a value throws instead of reaching a reader', () => {
    expect(() => t('embed.previewPage.frameTitle', { title: 'Deaths' })).toThrow(/needs a value for \{width\}/);
  });
  test('plural forms follow Intl.PluralRules, and the count is formatted for the locale', () => {
    expect(t('corrections.count', { count: 1 })).toBe('1 entry so far.');
    expect(t('corrections.count', { count: 0 })).toBe('0 entries so far.');
    expect(t('corrections.count', { count: 1200 })).toBe('1,200 entries so far.');
    expect(pluralForm({ one: 'un millón', other: 'millones' }, 1, 'es')).toBe('un millón');
    expect(pluralForm({ one: 'un millón', other: 'millones' }, 2.5, 'es')).toBe('millones');
    expect(pluralForm({ other: 'x' }, 1, 'en')).toBe('x');
  });
  test('tParts leaves unfilled placeholders as slots for links', () => {
    expect(tParts('errors.notFound.next')).toEqual([{ slot: 'front' }, ' or ', { slot: 'chart' }, '.']);
  });
  test('translator binds a locale', () => {
    expect(translator('en')('site.home')).toBe('Home');
  });
  test('placeholders()', () => {
    expect(placeholders('{a} and {b}')).toEqual(['a', 'b']);
  });
});

describe('locales', () => {
  test('lang comes from the locale; unknown locales fall back to the default', () => {
    expect(langOf(localeOf(undefined))).toBe('en');
    expect(localeOf('es-MX')).toBe('es');
    expect(localeOf('fr')).toBe('en');
    expect(LOCALES.es.intl).toBe('es-MX');
  });
});

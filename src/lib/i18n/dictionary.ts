/**
 * Reads and checks one interface dictionary, content/ui/<locale>.yaml, at build time. Every
 * problem names the file, the line and the key, and fails the build:
 *
 *   content/ui/es.yaml, line 12, embed.section.copy: required key is missing
 *   content/ui/es.yaml, line 40, embed.previewPage.titel: unknown key "titel" (did you mean "title"?)
 *   content/ui/es.yaml, line 7, site.breadcrumb: {crumb} is not a placeholder of the English text
 *
 * Build-time only (node:fs): pages and build-time modules call t(); browser code gets its words
 * from the page (data attributes or props), never from here.
 */
import path from 'node:path';
import { existsSync } from 'node:fs';
import { contentDir, displayPath } from '../content/dir.mjs';
import { ContentError, readYaml, validate } from '../content/yaml-loader';
import { DEFAULT_LOCALE, type Locale } from './locales';
import { uiSchema, type UiDictionary } from './schema';

/** `{name}` placeholders in a text, in order. */
export function placeholders(text: string): string[] {
  return [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
}

function leaves(value: unknown, prefix = ''): [string, string][] {
  if (typeof value === 'string') return [[prefix, value]];
  if (!value || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([k, v]) => leaves(v, prefix ? `${prefix}.${k}` : k));
}

/** Parse and validate a dictionary file; `reference` (the English one) fixes the placeholders. */
export function readDictionary(file: string, reference?: UiDictionary): UiDictionary {
  if (!existsSync(file)) throw new ContentError([`${displayPath(file)}: no such dictionary (copy content/ui/en.yaml to start one)`]);
  const { parsed, problems } = readYaml(file);
  if (!parsed) throw new ContentError(problems);
  const { data, problems: invalid } = validate(parsed, '', [], parsed.value, uiSchema, new Set());
  if (!data) throw new ContentError(invalid);
  if (reference) {
    const wanted = new Map(leaves(reference).map(([k, v]) => [k.replace(/\.(zero|one|two|few|many|other)$/, ''), new Set(placeholders(v))]));
    const mismatched: string[] = [];
    for (const [key, value] of leaves(data)) {
      const expected = wanted.get(key.replace(/\.(zero|one|two|few|many|other)$/, ''));
      for (const p of placeholders(value)) {
        if (expected && !expected.has(p)) mismatched.push(`${parsed.file}, ${key}: {${p}} is not a placeholder of the English text (${[...expected].map((e) => `{${e}}`).join(', ') || 'none'})`);
      }
    }
    if (mismatched.length) throw new ContentError(mismatched);
  }
  return data;
}

const cache = new Map<string, UiDictionary>();

/** The checked dictionary of `locale` (from CONTENT_DIR, so broken-content tests can point it elsewhere). */
export function dictionary(locale: Locale = DEFAULT_LOCALE): UiDictionary {
  const file = path.join(contentDir(), 'ui', `${locale}.yaml`);
  let dict = cache.get(file);
  if (!dict) {
    dict = readDictionary(file, locale === DEFAULT_LOCALE ? undefined : dictionary(DEFAULT_LOCALE));
    cache.set(file, dict);
  }
  return dict;
}

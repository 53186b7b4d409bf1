/**
 * `t(key, params?, locale?)`: an interface string from the locale's dictionary, with `{name}`
 * placeholders filled in. A key whose value has plural forms (`one:`/`other:`…) picks the form
 * for `params.count` with Intl.PluralRules, so "1 chart" / "2 charts" is never string
 * arithmetic in code. A placeholder without a value throws (the build fails): no "{title}"
 * ever reaches a reader.
 *
 *   t('embed.previewPage.frameTitle', { title, width: 320 })  → "Deaths … (320 px)"
 *
 * For sentences with a link inside, tParts() returns text and slots (components/Words.astro).
 */
import { formatInteger } from '../format';
import { dictionary } from './dictionary';
import { DEFAULT_LOCALE, intlOf, type Locale } from './locales';
import type { PluralForms, PluralKey, UiKey } from './schema';

export type Params = Record<string, string | number>;
export type Part = string | { slot: string };

function lookup(key: string, locale: Locale): string | PluralForms {
  const value = key.split('.').reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined), dictionary(locale));
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object' && typeof (value as { other?: unknown }).other === 'string') return value as PluralForms;
  throw new Error(`content/ui/${locale}.yaml has no text at "${key}"`);
}

/** The plural form for `count` (a category the language has but the file lacks falls back to `other`). */
export function pluralForm(forms: PluralForms, count: number, locale: Locale = DEFAULT_LOCALE): string {
  const category = new Intl.PluralRules(intlOf(locale)).select(count) as keyof PluralForms;
  return forms[category] ?? forms.other;
}

function select(key: string, params: Params | undefined, locale: Locale): string {
  const value = lookup(key, locale);
  if (typeof value === 'string') return value;
  const count = params?.['count'];
  if (typeof count !== 'number') throw new Error(`t("${key}") has plural forms and needs a numeric count`);
  return pluralForm(value, count, locale);
}

function fill(value: Params[string], locale: Locale, name: string): string {
  if (typeof value === 'number') return name === 'count' ? formatInteger(value, locale) : String(value);
  return value;
}

/** Text split on placeholders: filled ones become text, the others slots. */
export function tParts(key: UiKey, params: Params = {}, locale: Locale = DEFAULT_LOCALE): Part[] {
  const template = select(key, params, locale);
  const parts: Part[] = [];
  let last = 0;
  for (const m of template.matchAll(/\{(\w+)\}/g)) {
    const name = m[1]!;
    parts.push(template.slice(last, m.index));
    parts.push(name in params ? fill(params[name]!, locale, name) : { slot: name });
    last = m.index + m[0].length;
  }
  parts.push(template.slice(last));
  // Join neighbouring text, drop empty strings.
  return parts.reduce<Part[]>((out, p) => {
    if (typeof p === 'string' && typeof out.at(-1) === 'string') out[out.length - 1] += p;
    else if (p !== '') out.push(p);
    return out;
  }, []);
}

export function t<K extends PluralKey>(key: K, params: Params & { count: number }, locale?: Locale): string;
export function t<K extends Exclude<UiKey, PluralKey>>(key: K, params?: Params, locale?: Locale): string;
export function t(key: UiKey, params: Params = {}, locale: Locale = DEFAULT_LOCALE): string {
  return tParts(key, params, locale).map((p) => {
    if (typeof p === 'string') return p;
    throw new Error(`t("${key}") needs a value for {${p.slot}}`);
  }).join('');
}

/** `t` bound to one locale, for a page: `const tr = translator(localeOf(Astro.currentLocale))`. */
export function translator(locale: Locale) {
  return ((key: UiKey, params?: Params) => t(key as Exclude<UiKey, PluralKey>, params, locale)) as typeof t;
}

/**
 * A text with its `{name}` placeholders left in, for browser code that fills them at run time
 * (lib/i18n/fill.ts) from a data attribute: `data-word-status={tTemplate('classroom.projector.status')}`.
 */
export function tTemplate(key: Exclude<UiKey, PluralKey>, locale: Locale = DEFAULT_LOCALE): string {
  const value = lookup(key, locale);
  if (typeof value !== 'string') throw new Error(`t("${key}") has plural forms; hand the browser its forms instead`);
  return value;
}

/**
 * The plural forms of `key` with their placeholders unfilled, for browser code that counts at
 * run time (search results): it picks the form with Intl.PluralRules and fills `{count}` itself.
 */
export function tForms(key: PluralKey, locale: Locale = DEFAULT_LOCALE): PluralForms {
  const value = lookup(key, locale);
  if (typeof value === 'string') throw new Error(`t("${key}") has no plural forms`);
  return value;
}

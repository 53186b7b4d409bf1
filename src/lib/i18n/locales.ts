/**
 * The one place that knows the site's languages. Everything that needs a language — the
 * `<html lang>`, the dictionary (content/ui/<locale>.yaml), number and date formatting
 * (lib/format.ts), the number check's numerals and number words — takes a `Locale` from here,
 * so adding a language starts with one entry below (README, "Add a language").
 *
 * `intl` is the BCP-47 tag handed to `Intl`: es-MX gives the es-MX/es-US number style the
 * Spanish edition uses (decimal point, thousands comma: "50.6 millones", "1,234").
 */
export const LOCALES = {
  en: { lang: 'en', intl: 'en-US', name: 'English' },
  es: { lang: 'es', intl: 'es-MX', name: 'Español' },
} as const;

export type Locale = keyof typeof LOCALES;

/** The language of every page until the Spanish routes exist (issue 15). */
export const DEFAULT_LOCALE: Locale = 'en';

/** Locales whose pages are built (each has a complete content/ui/<locale>.yaml). */
export const BUILT_LOCALES: readonly Locale[] = ['en'];

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && Object.hasOwn(LOCALES, value);
}

/**
 * The locale of a page: Astro's `Astro.currentLocale` once i18n routing is configured, the
 * default until then. Anything unknown falls back to the default, never throws.
 */
export function localeOf(current?: string | null): Locale {
  const base = current?.toLowerCase().split(/[-_]/)[0];
  return isLocale(base) ? base : DEFAULT_LOCALE;
}

/** The `lang` attribute for a locale. */
export const langOf = (locale: Locale = DEFAULT_LOCALE): string => LOCALES[locale].lang;

/** The tag for `Intl.*` constructors. */
export const intlOf = (locale: Locale = DEFAULT_LOCALE): string => LOCALES[locale].intl;

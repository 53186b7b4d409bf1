/**
 * The words an island needs, read at build time and handed to it as a prop: one group of
 * content/ui/<locale>.yaml `interactives`, plus the Intl tag for its numbers. The island fills
 * them with lib/i18n/fill.ts. tests/unit/ui-keys.test.ts counts every text of a group passed
 * here as used only if the island's source names it (`words.<key>`).
 */
import type { PeriodWords } from '../charts/currency';
import { dictionary } from './dictionary';
import { DEFAULT_LOCALE, intlOf, type Locale } from './locales';
import type { InteractiveWords } from './schema';
import { tTemplate } from './t';

export function islandWords<K extends keyof InteractiveWords>(group: K, locale: Locale): { words: InteractiveWords[K]; intl: string } {
  return { words: dictionary(locale).interactives[group], intl: intlOf(locale) };
}

/**
 * The words lib/charts/currency.ts builds period labels and dates with ("12 months ending August
 * 2025", "December 2, 2026"): the dictionary's templates and the Intl tag for month names. Code
 * built at build time without a page (chart bundles, credits) takes the default locale.
 */
export function periodWords(locale: Locale = DEFAULT_LOCALE): PeriodWords {
  return {
    intl: intlOf(locale),
    twelveMonthsEnding: tTemplate('currency.twelveMonthsEnding', locale),
    toMonth: tTemplate('currency.toMonth', locale),
  };
}

/**
 * The words an island needs, read at build time and handed to it as a prop: one group of
 * content/ui/<locale>.yaml `interactives`, plus the Intl tag for its numbers. The island fills
 * them with lib/i18n/fill.ts. tests/unit/ui-keys.test.ts counts every text of a group passed
 * here as used only if the island's source names it (`words.<key>`).
 */
import { dictionary } from './dictionary';
import { intlOf, type Locale } from './locales';
import type { InteractiveWords } from './schema';

export function islandWords<K extends keyof InteractiveWords>(group: K, locale: Locale): { words: InteractiveWords[K]; intl: string } {
  return { words: dictionary(locale).interactives[group], intl: intlOf(locale) };
}

/** Site-wide words used in metadata and citations (content/ui/<locale>.yaml, area `site`). */
import { DEFAULT_LOCALE, langOf } from './i18n/locales';
import { t } from './i18n/t';

export const SITE = {
  name: t('site.name'),
  shortName: t('site.shortName'),
  description: t('site.description'),
  /** From the locale module, never written here. */
  lang: langOf(DEFAULT_LOCALE),
} as const;

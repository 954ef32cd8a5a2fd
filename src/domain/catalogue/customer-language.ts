/** The languages the catalogue's customer wording is written in. */
export type CustomerLanguage = 'en' | 'fr';

/**
 * The catalogue language for a viewer's locale: French for any French locale, else English.
 * @example languageOfLocale('fr-CA') // 'fr'
 */
export const languageOfLocale = (locale: string | undefined): CustomerLanguage =>
  /^fr(?:[-_]|$)/i.test(locale ?? '') ? 'fr' : 'en';

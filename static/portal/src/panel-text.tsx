import { i18n, view } from '@forge/bridge';
import { createContext, useContext, useEffect, useState } from 'react';

import english from '../../../locales/en-US.json';

/** A key of the portal panel's own text ("whatHappensNext"). */
export type PanelTextKey = keyof (typeof english)['portal'];

/** Looks up the panel's text in the viewer's language, `{name}` filled from `values`. */
export type PanelText = (key: PanelTextKey, values?: Readonly<Record<string, string>>) => string;

/**
 * Fills `{name}` placeholders of a text.
 * @example fillText('Status: {status}.', { status: 'Open' }) // 'Status: Open.'
 */
export const fillText = (text: string, values: Readonly<Record<string, string>> = {}): string =>
  text.replace(/\{(\w+)\}/g, (placeholder, name: string) => values[name] ?? placeholder);

/** The panel's text in US English, the language every other falls back to. */
export const englishText: PanelText = (key, values) => fillText(english.portal[key], values);

const PanelTextContext = createContext<PanelText>(englishText);

/** Gives the components below it the panel's text in the viewer's language. */
export const PanelTextProvider = PanelTextContext.Provider;

/** The panel's text in the viewer's language; US English outside a {@link PanelTextProvider}. */
export const usePanelText = (): PanelText => useContext(PanelTextContext);

/** The viewer's language as far as it is known: its text, and the locale Jira gave for dates. */
export interface ViewerLanguage {
  /** False until the translations are loaded (or given up on). */
  isReady: boolean;
  text: PanelText;
  /** The viewer's Jira locale ("fr-FR"); undefined when the context has none. */
  locale: string | undefined;
  /** The time zone of the viewer's Jira profile; undefined when the context has none. */
  timeZone: string | undefined;
}

/**
 * Loads the viewer's translations once, through Forge's translations for the app (the manifest's
 * `translations`), and the locale and time zone from the view's context. Falls back to US English when either
 * cannot be read, so a panel is never left without words.
 */
export const useViewerLanguage = (): ViewerLanguage => {
  const [language, setLanguage] = useState<ViewerLanguage>({
    isReady: false,
    text: englishText,
    locale: undefined,
    timeZone: undefined,
  });

  useEffect(() => {
    let isCurrent = true;
    void loadLanguage().then((loaded) => {
      if (isCurrent) setLanguage(loaded);
    });
    return () => {
      isCurrent = false;
    };
  }, []);

  return language;
};

const loadLanguage = async (): Promise<ViewerLanguage> => {
  const [context, translate] = await Promise.all([
    view.getContext().catch(() => null),
    i18n.createTranslationFunction().catch(() => null),
  ]);
  const locale = typeof context?.locale === 'string' ? context.locale : undefined;
  const timeZone = typeof context?.timezone === 'string' ? context.timezone : undefined;
  if (translate === null) return { isReady: true, text: englishText, locale, timeZone };

  const text: PanelText = (key, values) =>
    fillText(translate(`portal.${key}`, english.portal[key]), values);
  return { isReady: true, text, locale, timeZone };
};

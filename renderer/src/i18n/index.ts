/**
 * i18next with the two dictionaries. Keys are typed from the Indonesian dictionary (t('…') with a
 * wrong key fails typecheck) and English is typed to match it, so neither can fall behind.
 */
import i18next, { type Resource } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { id } from './id';

export type UiLang = 'id' | 'en';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof id };
  }
}

/** English is its own chunk: loaded only when it is the language shown (Indonesian is always there, as the fallback). */
const english = async () => (await import('./en')).en;

export async function initI18n(lang: UiLang): Promise<void> {
  const resources: Resource = { id: { translation: id } };
  if (lang === 'en') resources['en'] = { translation: await english() };
  await i18next.use(initReactI18next).init({
    lng: lang,
    fallbackLng: 'id',
    resources,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  document.documentElement.lang = lang;
}

export async function switchLanguage(lang: UiLang): Promise<void> {
  if (lang === 'en' && !i18next.hasResourceBundle('en', 'translation')) i18next.addResourceBundle('en', 'translation', await english());
  await i18next.changeLanguage(lang);
  document.documentElement.lang = lang;
}

export function currentLang(): UiLang {
  return i18next.language === 'en' ? 'en' : 'id';
}

export { i18next };

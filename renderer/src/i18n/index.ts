/**
 * i18next with the two dictionaries. Keys are typed from the Indonesian dictionary (t('…') with a
 * wrong key fails typecheck) and English is typed to match it, so neither can fall behind.
 */
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en';
import { id } from './id';

export type UiLang = 'id' | 'en';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof id };
  }
}

export async function initI18n(lang: UiLang): Promise<void> {
  await i18next.use(initReactI18next).init({
    lng: lang,
    fallbackLng: 'id',
    resources: { id: { translation: id }, en: { translation: en } },
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  document.documentElement.lang = lang;
}

export async function switchLanguage(lang: UiLang): Promise<void> {
  await i18next.changeLanguage(lang);
  document.documentElement.lang = lang;
}

export function currentLang(): UiLang {
  return i18next.language === 'en' ? 'en' : 'id';
}

export { i18next };

/**
 * The translate function for components drawn once per row (fields, row actions, milestone rows).
 * react-i18next's useTranslation copies the whole i18next instance into a wrapper on each mount
 * (about 50 µs): a section of 500 milestones spent a tenth of its opening in it (issue 18). This
 * hook hands out one fixed `t` per language and re-renders only when the language changes, which
 * is all those components need.
 */
import type { TFunction } from 'i18next';
import { useSyncExternalStore } from 'react';
import { i18next } from './index';

const perLanguage = new Map<string, TFunction>();

function current(): TFunction {
  const lang = i18next.language;
  let t = perLanguage.get(lang);
  if (!t) perLanguage.set(lang, (t = i18next.getFixedT(lang)));
  return t;
}

function subscribe(onChange: () => void): () => void {
  i18next.on('languageChanged', onChange);
  return () => i18next.off('languageChanged', onChange);
}

export function useT(): { t: TFunction } {
  return { t: useSyncExternalStore(subscribe, current, current) };
}

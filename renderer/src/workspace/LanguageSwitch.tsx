import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useWorkspaceStore } from '../state/useWorkspace';
import { currentLang, switchLanguage, type UiLang } from '../i18n';

/** Indonesian first, English second; the choice is remembered by main (it also relabels the menu). */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const id = useId();
  const store = useWorkspaceStore();
  return (
    <span className="language">
      <label htmlFor={id} className="visually-hidden">
        {t('common.language')}
      </label>
      <select
        id={id}
        value={currentLang()}
        onChange={(e) => {
          const lang = e.target.value as UiLang;
          void switchLanguage(lang).then(() => store.setLanguage(lang));
        }}
      >
        <option value="id">{t('common.languages.id')}</option>
        <option value="en">{t('common.languages.en')}</option>
      </select>
    </span>
  );
}

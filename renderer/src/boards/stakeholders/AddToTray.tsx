/**
 * A name box beside the grid: Enter adds a stakeholder not yet placed (it appears just below,
 * in the "Belum ditempatkan" list next to the map). The box stays focused for the next name.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

export function AddToTray({ onAdd }: { onAdd(name: string): void }) {
  const { t } = useTranslation();
  const id = useId();
  const [name, setName] = useState('');
  const add = () => {
    if (!name.trim()) return;
    onAdd(name.trim());
    setName('');
  };
  return (
    <form
      className="sh-add-tray"
      onSubmit={(e) => {
        e.preventDefault();
        add();
      }}
    >
      <label htmlFor={id}>{t('boards.stakeholders.addName')}</label>
      <div className="sh-add-row">
        <input
          id={id}
          type="text"
          value={name}
          maxLength={300}
          data-testid="sh-tray-name"
          aria-describedby={`${id}-hint`}
          onChange={(e) => setName(e.target.value)}
        />
        <button type="submit">{t('boards.stakeholders.addToTray')}</button>
      </div>
      <p id={`${id}-hint`} className="hint">
        {t('boards.stakeholders.addTrayHint')}
      </p>
    </form>
  );
}

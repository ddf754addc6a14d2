/**
 * The name box that opens inside a grid cell when the participant clicks it: type the name,
 * Enter adds the stakeholder already placed in that cell. Escape (or leaving it empty) cancels;
 * leaving it with a name typed keeps the name rather than losing what was typed.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  power: number;
  interest: number;
  onAdd(name: string): void;
  onCancel(): void;
}

export function AddInCell({ power, interest, onAdd, onCancel }: Props) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const ref = useRef<HTMLInputElement>(null);
  const done = useRef(false);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  const finish = (commit: boolean) => {
    if (done.current) return;
    done.current = true;
    if (commit && name.trim()) onAdd(name.trim());
    else onCancel();
  };
  return (
    <div className="sh-add-cell">
      <input
        ref={ref}
        type="text"
        value={name}
        maxLength={300}
        data-testid="sh-add-name"
        title={t('boards.stakeholders.addHereHint')}
        aria-label={t('boards.stakeholders.addHereLabel', { power: String(power), interest: String(interest) })}
        onChange={(e) => setName(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            finish(true);
          }
          if (e.key === 'Escape') {
            e.preventDefault();
            e.stopPropagation();
            finish(false);
          }
        }}
        onBlur={() => finish(true)}
      />
    </div>
  );
}

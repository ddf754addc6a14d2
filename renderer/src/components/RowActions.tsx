/** Move up, move down and remove for one row, named after the row for screen readers ("Hapus isu 2"). */
import type { ReactNode } from 'react';
import { useT } from '../i18n/useT';

interface Props {
  label: string;
  index: number;
  count: number;
  onUp(): void;
  onDown(): void;
  onRemove(): void;
  /** Extra buttons before the standard ones (e.g. "Rincian"). */
  children?: ReactNode;
}

export function RowActions({ label, index, count, onUp, onDown, onRemove, children }: Props) {
  const { t } = useT();
  return (
    <div className="row-actions">
      {children}
      <button type="button" className="small" data-action="up" disabled={index === 0} onClick={onUp} aria-label={t('editing.list.moveUp', { what: label })}>
        ↑
      </button>
      <button
        type="button"
        className="small"
        data-action="down"
        disabled={index === count - 1}
        onClick={onDown}
        aria-label={t('editing.list.moveDown', { what: label })}
      >
        ↓
      </button>
      <button type="button" className="small remove" data-action="remove" onClick={onRemove} aria-label={t('editing.list.remove', { what: label })}>
        {t('common.actions.remove')}
      </button>
    </div>
  );
}

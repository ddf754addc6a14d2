/**
 * One stakeholder on the map: a draggable handle (mouse or keyboard) and, beside it, a
 * "Pindahkan ke…" button for a move without dragging (WCAG 2.2 SC 2.5.7). Attitude is shown by a
 * text mark as well as colour.
 */
import { useDraggable } from '@dnd-kit/core';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Stakeholder } from '../../../../shared/model/types';
import { stakeholderName } from './labels';

interface Props {
  stakeholder: Stakeholder;
  which: 'before' | 'after';
  readOnly: boolean;
  moved: boolean;
  onMoveTo(id: string): void;
}

export const StakeholderCard = memo(function StakeholderCard({ stakeholder, which, readOnly, moved, onMoveTo }: Props) {
  const { t } = useTranslation();
  const name = stakeholderName(t, stakeholder);
  const attitude = stakeholder[which].attitude ?? 'none';
  const { attributes, listeners, setNodeRef, isDragging } = useDraggable({
    id: stakeholder.id,
    disabled: readOnly,
    attributes: { roleDescription: t('boards.stakeholders.roleDescription') },
  });
  return (
    <li className={`sh-card attitude-${attitude}${isDragging ? ' is-dragging' : ''}${stakeholder.name.trim() ? '' : ' no-name'}`} data-item={stakeholder.id}>
      <div ref={setNodeRef} className="sh-handle" {...attributes} {...listeners} title={name} data-testid={`sh-card-${stakeholder.id}`}>
        <span className="sh-mark" aria-hidden="true">{t(`boards.attitudeMarks.${attitude}`)}</span>
        <span className="sh-name">{name}</span>
        <span className="visually-hidden">, {t(`boards.categories.${stakeholder.category}`)}, {t(`boards.attitudes.${attitude}`)}</span>
        {stakeholder.category === 'EXTERNAL' && <span className="sh-cat" aria-hidden="true">E</span>}
        {moved && <span className="sh-moved" aria-hidden="true">↗</span>}
      </div>
      {!readOnly && (
        <button type="button" className="sh-move icon" aria-label={t('boards.stakeholders.moveToTitle', { name })} title={t('boards.stakeholders.moveTo')}
          onClick={() => onMoveTo(stakeholder.id)}>⋯</button>
      )}
    </li>
  );
});

/**
 * One stakeholder on the map: a draggable handle (mouse or keyboard) and, beside it, a
 * "Pindahkan ke…" button for a move without dragging (WCAG 2.2 SC 2.5.7). Attitude is shown by a
 * text mark as well as colour.
 *
 * Split in two: dnd-kit re-renders every draggable when a drag starts or ends, so the hook lives
 * in a thin shell and the text (translated, the costly part) in a memoised body that only
 * renders again when the stakeholder itself changes.
 */
import { useDraggable } from '@dnd-kit/core';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Stakeholder } from '../../../../shared/model/types';
import { ItemNotes } from '../../review/ItemNotes';
import { stakeholderName } from './labels';

interface Props {
  stakeholder: Stakeholder;
  which: 'before' | 'after';
  readOnly: boolean;
  moved: boolean;
  /** "dapat diseret": translated once by the grid, not once per card per render. */
  roleDescription: string;
  onMoveTo(id: string): void;
}

export const StakeholderCard = memo(function StakeholderCard({ stakeholder, which, readOnly, moved, roleDescription, onMoveTo }: Props) {
  const attitude = stakeholder[which].attitude ?? 'none';
  const { attributes, listeners, setNodeRef, isDragging } = useDraggable({ id: stakeholder.id, disabled: readOnly, attributes: { roleDescription } });
  return (
    <li className={`sh-card attitude-${attitude}${isDragging ? ' is-dragging' : ''}${stakeholder.name.trim() ? '' : ' no-name'}`} data-item={stakeholder.id}>
      <div ref={setNodeRef} className="sh-handle" {...attributes} {...listeners} data-testid={`sh-card-${stakeholder.id}`}>
        <CardBody stakeholder={stakeholder} attitude={attitude} moved={moved} />
      </div>
      {!readOnly && <MoveButton stakeholder={stakeholder} onMoveTo={onMoveTo} />}
      <CardNotes stakeholder={stakeholder} />
    </li>
  );
});

const CardBody = memo(function CardBody({ stakeholder, attitude, moved }: { stakeholder: Stakeholder; attitude: string; moved: boolean }) {
  const { t } = useTranslation();
  const name = stakeholderName(t, stakeholder);
  return (
    <>
      <span className="sh-mark" aria-hidden="true">
        {t(`boards.attitudeMarks.${attitude as 'none'}`)}
      </span>
      <span className="sh-name" title={name}>
        {name}
      </span>
      <span className="visually-hidden">
        , {t(`boards.categories.${stakeholder.category}`)}, {t(`boards.attitudes.${attitude as 'none'}`)}
      </span>
      {stakeholder.category === 'EXTERNAL' && (
        <span className="sh-cat" aria-hidden="true">
          E
        </span>
      )}
      {moved && (
        <span className="sh-moved" aria-hidden="true">
          ↗
        </span>
      )}
    </>
  );
});

/**
 * The card's review notes (count, and for a reviewer "Beri catatan"), outside the drag handle so a click is never a drag.
 * Memoised like the body: a drag start re-renders every card's shell, and 200 cards' notes rendered again with it made
 * the drag start one long task.
 */
const CardNotes = memo(function CardNotes({ stakeholder }: { stakeholder: Stakeholder }) {
  const { t } = useTranslation();
  return <ItemNotes kind="STAKEHOLDER" id={stakeholder.id} what={stakeholderName(t, stakeholder)} />;
});

const MoveButton = memo(function MoveButton({ stakeholder, onMoveTo }: { stakeholder: Stakeholder; onMoveTo(id: string): void }) {
  const { t } = useTranslation();
  const name = stakeholderName(t, stakeholder);
  return (
    // In words ("Pindahkan ke…"), not a bare "⋯": the way to move without dragging must be seen.
    <button type="button" className="sh-move link" onClick={() => onMoveTo(stakeholder.id)}>
      {t('boards.stakeholders.moveTo')}
      <span className="visually-hidden"> ({name})</span>
    </button>
  );
});

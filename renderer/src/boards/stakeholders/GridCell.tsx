/** One cell of the grid: a drop target holding its cards; a crowded cell folds its overflow. */
import { useDroppable } from '@dnd-kit/core';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { QUADRANT_FILL } from '../../../../shared/charts/theme';
import type { Quadrant } from '../../../../shared/model/enums';
import type { Stakeholder } from '../../../../shared/model/types';
import { cellId, type Cell } from './grid';
import { StakeholderCard } from './StakeholderCard';

export const CELL_VISIBLE = 6;

interface Props {
  power: number;
  interest: number;
  quadrant: Quadrant;
  stakeholders: Stakeholder[];
  which: 'before' | 'after';
  readOnly: boolean;
  movedIds: ReadonlySet<string>;
  expanded: boolean;
  onToggle(key: string): void;
  onMoveTo(id: string): void;
}

/** Memoised with primitive props: a drag start or a move elsewhere does not redraw every cell. */
export const GridCell = memo(function GridCell({ power, interest, quadrant, stakeholders, which, readOnly, movedIds, expanded, onToggle, onMoveTo }: Props) {
  const { t } = useTranslation();
  const cell: Cell = { power, interest };
  const { setNodeRef, isOver } = useDroppable({ id: cellId(cell) });
  const shown = expanded ? stakeholders : stakeholders.slice(0, CELL_VISIBLE);
  const hidden = stakeholders.length - shown.length;
  const label = t('boards.stakeholders.cell', { power: String(cell.power), interest: String(cell.interest) });
  return (
    // The quadrant colours of the report's picture, so board and figure read alike.
    <div ref={setNodeRef} className={`sh-cell q-${quadrant}${isOver ? ' is-over' : ''}`} role="group" style={{ background: QUADRANT_FILL[quadrant] }}
      aria-label={`${label}: ${t('boards.stakeholders.cellCount', { count: stakeholders.length })}`}
      data-cell={`${cell.power}-${cell.interest}`} data-count={stakeholders.length}>
      {stakeholders.length > 0 && (
        <ul className="sh-cards">
          {shown.map((s) => <StakeholderCard key={s.id} stakeholder={s} which={which} readOnly={readOnly} moved={movedIds.has(s.id)} onMoveTo={onMoveTo} />)}
        </ul>
      )}
      {(hidden > 0 || expanded) && stakeholders.length > CELL_VISIBLE && (
        <button type="button" className="link sh-more" aria-expanded={expanded} onClick={() => onToggle(cellId(cell))}>
          {expanded ? t('boards.stakeholders.showLess') : t('boards.stakeholders.more', { count: hidden })}
          {!expanded && <span className="visually-hidden"> — {t('boards.stakeholders.showAll', { count: stakeholders.length })}</span>}
        </button>
      )}
    </div>
  );
});

/**
 * One cell of the grid: a drop target holding its cards; a crowded cell folds its overflow.
 * Like the cards, it is a thin shell around the drop-target hook (which dnd-kit re-renders on
 * every drag start and end) and a memoised body with the words and the cards.
 */
import { useDroppable } from '@dnd-kit/core';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { QUADRANT_FILL } from '../../../../shared/charts/theme';
import type { Quadrant } from '../../../../shared/model/enums';
import type { Stakeholder } from '../../../../shared/model/types';
import { AddInCell } from './AddInCell';
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
  roleDescription: string;
  /** The cell's accessible name, worded by the grid ("Pengaruh 4, kepentingan 2: 3 stakeholder"). */
  label: string;
  expanded: boolean;
  onToggle(key: string): void;
  onMoveTo(id: string): void;
  /** The name box is open in this cell. */
  adding: boolean;
  onStartAdd(key: string): void;
  onAddHere(power: number, interest: number, name: string): void;
  onCancelAdd(): void;
  /** Words for the cell's "+" button ("Tambah stakeholder di sini"). */
  addLabel: string;
}

export const GridCell = memo(function GridCell({ power, interest, quadrant, label, ...body }: Props) {
  const { setNodeRef, isOver } = useDroppable({ id: cellId({ power, interest }) });
  // A click on the cell's free space (not on a card or a button) opens a name box right there.
  const onClick = (e: React.MouseEvent<HTMLDivElement>) => {
    if (body.readOnly || body.adding) return;
    if ((e.target as HTMLElement).closest('.sh-card, button, input, a')) return;
    body.onStartAdd(cellId({ power, interest }));
  };
  return (
    // The quadrant colours of the report's picture, so board and figure read alike.
    <div
      ref={setNodeRef}
      className={`sh-cell q-${quadrant}${isOver ? ' is-over' : ''}${body.readOnly ? '' : ' can-add'}`}
      role="group"
      aria-label={label}
      style={{ background: QUADRANT_FILL[quadrant] }}
      data-cell={`${power}-${interest}`}
      data-count={body.stakeholders.length}
      onClick={onClick}
    >
      <CellBody power={power} interest={interest} {...body} />
    </div>
  );
});

type BodyProps = Omit<Props, 'quadrant' | 'label'>;

const CellBody = memo(function CellBody({
  power,
  interest,
  stakeholders,
  which,
  readOnly,
  movedIds,
  roleDescription,
  expanded,
  onToggle,
  onMoveTo,
  adding,
  onStartAdd,
  onAddHere,
  onCancelAdd,
  addLabel,
}: BodyProps) {
  const { t } = useTranslation();
  const cell: Cell = { power, interest };
  const shown = expanded ? stakeholders : stakeholders.slice(0, CELL_VISIBLE);
  const hidden = stakeholders.length - shown.length;
  return (
    <>
      {stakeholders.length > 0 && (
        <ul className="sh-cards">
          {shown.map((s) => (
            <StakeholderCard
              key={s.id}
              stakeholder={s}
              which={which}
              readOnly={readOnly}
              moved={movedIds.has(s.id)}
              roleDescription={roleDescription}
              onMoveTo={onMoveTo}
            />
          ))}
        </ul>
      )}
      {(hidden > 0 || expanded) && stakeholders.length > CELL_VISIBLE && (
        <button type="button" className="link sh-more" aria-expanded={expanded} onClick={() => onToggle(cellId(cell))}>
          {expanded ? t('boards.stakeholders.showLess') : t('boards.stakeholders.more', { count: hidden })}
          {!expanded && <span className="visually-hidden"> — {t('boards.stakeholders.showAll', { count: stakeholders.length })}</span>}
        </button>
      )}
      {adding && <AddInCell power={power} interest={interest} onAdd={(name) => onAddHere(power, interest, name)} onCancel={onCancelAdd} />}
      {!readOnly && !adding && (
        <button type="button" className="sh-add-here" aria-label={addLabel} title={addLabel} onClick={() => onStartAdd(cellId(cell))}>
          +
        </button>
      )}
    </>
  );
});

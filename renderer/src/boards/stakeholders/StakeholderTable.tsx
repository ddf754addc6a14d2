/** The table beside the map: the same data in rows, each with its quadrants in words and the actions. */
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { effectiveStrategy, positionQuadrant } from '../../../../shared/domain/quadrant';
import type { QuadrantNaming } from '../../../../shared/model/enums';
import type { Stakeholder, StakeholderPosition } from '../../../../shared/model/types';
import { stakeholderName } from './labels';
import { ItemNotes } from '../../review/ItemNotes';

interface Props {
  stakeholders: Stakeholder[];
  threshold: number;
  naming: QuadrantNaming;
  readOnly: boolean;
  onEdit(id: string): void;
  onMoveTo(id: string): void;
  onRemove(id: string): void;
}

/** Rows from which the table's columns get set widths (boards.css, .sh-table.long, says why). */
const LONG_TABLE = 40;

export function StakeholderTable({ stakeholders, threshold, naming, readOnly, onEdit, onMoveTo, onRemove }: Props) {
  const { t } = useTranslation();
  return (
    <div className="table-wrap">
      <table className={`data-table sh-table${stakeholders.length > LONG_TABLE ? ' long' : ''}`} data-testid="stakeholder-table">
        <caption>{t('boards.stakeholders.table.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">No</th>
            <th scope="col">{t('boards.stakeholders.table.name')}</th>
            <th scope="col">{t('boards.stakeholders.table.category')}</th>
            <th scope="col">{t('boards.stakeholders.table.before')}</th>
            <th scope="col">{t('boards.stakeholders.table.after')}</th>
            <th scope="col">{t('boards.stakeholders.table.attitude')}</th>
            <th scope="col">{t('boards.stakeholders.table.strategy')}</th>
            <th scope="col">{t('boards.stakeholders.table.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {stakeholders.map((s, i) => (
            <StakeholderRow
              key={s.id}
              stakeholder={s}
              number={i + 1}
              threshold={threshold}
              naming={naming}
              readOnly={readOnly}
              onEdit={onEdit}
              onMoveTo={onMoveTo}
              onRemove={onRemove}
            />
          ))}
        </tbody>
      </table>
    </div>
  );
}

interface RowProps extends Omit<Props, 'stakeholders'> {
  stakeholder: Stakeholder;
  number: number;
}

/**
 * One row, memoised: an edit changes one stakeholder object and keeps the others (the list is updated in place), so a
 * name typed in the editor renders its own row again, not all 200 of them (about a third of what a key cost there;
 * the rest was the table's automatic layout, see .sh-table.long in boards.css).
 */
const StakeholderRow = memo(function StakeholderRow({ stakeholder: s, number, threshold, naming, readOnly, onEdit, onMoveTo, onRemove }: RowProps) {
  const { t } = useTranslation();
  const pos = (p: StakeholderPosition) => {
    const q = positionQuadrant(p, threshold);
    return q ? `${p.power}/${p.interest} · ${t(`boards.quadrants.${naming}.${q}`)}` : '—';
  };
  const name = stakeholderName(t, s);
  return (
    <tr data-item={s.id}>
      <td>{number}</td>
      <th scope="row" className={s.name.trim() ? '' : 'missing'}>
        {name}
      </th>
      <td>{t(`boards.categories.${s.category}`)}</td>
      <td>{pos(s.before)}</td>
      <td>{pos(s.after)}</td>
      <td>
        {t(`boards.attitudes.${s.before.attitude ?? 'none'}`)} → {t(`boards.attitudes.${s.after.attitude ?? 'none'}`)}
      </td>
      <td className="clip">{effectiveStrategy(s, threshold)}</td>
      <td className="row-actions">
        <ItemNotes kind="STAKEHOLDER" id={s.id} what={name} />
        {/* Visible words first, the name hidden after them: the accessible name starts with what is seen. */}
        <button type="button" className="small" onClick={() => onEdit(s.id)}>
          {readOnly ? t('boards.stakeholders.viewDetails') : t('boards.stakeholders.edit')}
          <span className="visually-hidden"> {name}</span>
        </button>
        {!readOnly && (
          <button type="button" className="small" onClick={() => onMoveTo(s.id)}>
            {t('boards.stakeholders.moveTo')}
            <span className="visually-hidden"> {name}</span>
          </button>
        )}
        {!readOnly && (
          <button type="button" className="small" onClick={() => onRemove(s.id)}>
            {t('boards.stakeholders.remove')}
            <span className="visually-hidden"> {name}</span>
          </button>
        )}
      </td>
    </tr>
  );
});

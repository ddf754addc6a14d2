/**
 * One milestone in the table: a row with what fits a line (title, dates, days, person in charge)
 * and a details row below it with the rest. Both sit in one <tbody data-item> so the readiness
 * panel can open and focus it. Memoised: typing in one milestone leaves the others alone.
 */
import { memo } from 'react';
import { useT } from '../../i18n/useT';
import { formatDate, inclusiveDays } from '../../../../shared/format/dates';
import { LIMITS } from '../../../../shared/model/limits';
import type { BudgetLine, Calendar, Milestone, Stakeholder } from '../../../../shared/model/types';
import { ChoiceField } from '../../components/ChoiceField';
import { DateField, TextField } from '../../components/Field';
import { RowActions } from '../../components/RowActions';
import type { Dispatch } from '../../components/useEdit';
import { currentLang } from '../../i18n';
import { dateMessages } from './dateMessages';
import { MilestoneDetails } from './MilestoneDetails';
import { ItemNotes } from '../../review/ItemNotes';

export interface MilestoneContext {
  calendar: Calendar;
  team: { value: string; label: string }[];
  budgetLines: BudgetLine[];
  stakeholders: Stakeholder[];
  dispatch: Dispatch;
  readOnly: boolean;
}

interface Props {
  m: Milestone;
  /** Display code (MP-01). */
  code: string;
  index: number;
  count: number;
  open: boolean;
  ctx: MilestoneContext;
  onToggle(id: string): void;
  onMove(id: string, from: number, to: number): void;
  onRemove(id: string, index: number): void;
  /** In a lane drawn in part: measures the row, and its row number in the whole table for screen readers. */
  measure?: (el: Element | null) => void;
  rowIndex?: number;
}

export const MilestoneRow = memo(function MilestoneRow({ m, code, index, count, open, ctx, onToggle, onMove, onRemove, measure, rowIndex }: Props) {
  const { t } = useT();
  const { dispatch, readOnly } = ctx;
  const update = (patch: Partial<Milestone>) => dispatch({ type: 'list/update', list: 'milestones', id: m.id, patch });
  const days = inclusiveDays(m.start, m.end);
  const lang = currentLang();
  const dates = dateMessages(t, m, ctx.calendar);
  const missing = [
    !m.output.trim() && t('plan.missingParts.output'),
    !m.indicator.trim() && t('plan.missingParts.indicator'),
    m.evidence.length === 0 && t('plan.missingParts.evidence'),
    !ctx.team.some((o) => o.value === m.picTeamId) && t('plan.missingParts.pic'),
    (!m.start || !m.end) && t('plan.missingParts.dates'),
  ].filter(Boolean);
  const detailsId = `ms-details-${m.id}`;
  const label = `${t('plan.noun')} ${code}`;
  return (
    <tbody data-item={m.id} data-index={index} ref={measure} className={open ? 'open' : undefined}>
      <tr aria-rowindex={rowIndex}>
        <th scope="row" className="num code">
          {code}
        </th>
        <td className="title-cell">
          <TextField
            label={t('plan.title', { n: code })}
            hideLabel
            value={m.title}
            max={LIMITS.shortText}
            readOnly={readOnly}
            fieldName="title"
            multiline
            rows={2}
            onCommit={(title) => update({ title })}
          />
          <ChoiceField
            label={t('plan.pic', { n: code })}
            hideLabel
            value={m.picTeamId}
            options={ctx.team}
            readOnly={readOnly}
            fieldName="picTeamId"
            hint={ctx.team.length === 0 ? t('plan.noTeam') : undefined}
            onCommit={(picTeamId) => update({ picTeamId })}
          />
          {missing.length > 0 && <p className="message warning small-message">{t('plan.missing', { fields: missing.join(', ') })}</p>}
        </td>
        <td className="dates-cell">
          <DateField
            label={t('plan.start', { n: code })}
            hideLabel
            value={m.start}
            readOnly={readOnly}
            fieldName="start"
            warning={dates.startWarning}
            onCommit={(start) => update({ start })}
          />
          <DateField
            label={t('plan.end', { n: code })}
            hideLabel
            value={m.end}
            readOnly={readOnly}
            fieldName="end"
            error={dates.endError}
            onCommit={(end) => update({ end })}
          />
          {m.start && m.end && !dates.endError && (
            <p className="hint">
              {formatDate(m.start, lang)} – {formatDate(m.end, lang)}
            </p>
          )}
        </td>
        <td className="num">
          <output>{days ?? '–'}</output>
        </td>
        <td className="actions-cell">
          <ItemNotes kind="MILESTONE" id={m.id} what={`${code} ${m.title.trim()}`} />
          {readOnly ? (
            <button
              type="button"
              className="small"
              aria-expanded={open}
              aria-controls={detailsId}
              onClick={() => onToggle(m.id)}
              aria-label={t('plan.detailsOf', { n: code })}
            >
              {t('plan.details')} {open ? '▴' : '▾'}
            </button>
          ) : (
            <RowActions
              label={label}
              index={index}
              count={count}
              onUp={() => onMove(m.id, index, index - 1)}
              onDown={() => onMove(m.id, index, index + 1)}
              onRemove={() => onRemove(m.id, index)}
            >
              <button
                type="button"
                className="small details-toggle"
                data-action="details"
                aria-expanded={open}
                aria-controls={detailsId}
                onClick={() => onToggle(m.id)}
                aria-label={t('plan.detailsOf', { n: code })}
              >
                {t('plan.details')} {open ? '▴' : '▾'}
              </button>
            </RowActions>
          )}
        </td>
      </tr>
      {open && (
        <tr className="details-row" aria-rowindex={rowIndex === undefined ? undefined : rowIndex + 1}>
          <td colSpan={5} id={detailsId}>
            <MilestoneDetails m={m} code={code} ctx={ctx} />
          </td>
        </tr>
      )}
    </tbody>
  );
});

/**
 * One milestone's details beside the board (not a jump to the table): title, person in charge,
 * dates and everything else of the table's details row, edited in place while the board stays
 * in view.
 */
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { LIMITS } from '../../../../shared/model/limits';
import type { Milestone } from '../../../../shared/model/types';
import { ChoiceField } from '../../components/ChoiceField';
import { DateField, TextField } from '../../components/Field';
import { dateMessages } from '../../sections/plan/dateMessages';
import { MilestoneDetails } from '../../sections/plan/MilestoneDetails';
import type { MilestoneContext } from '../../sections/plan/MilestoneRow';

interface Props {
  m: Milestone;
  code: string;
  ctx: MilestoneContext;
  onClose(): void;
}

export function MilestonePanel({ m, code, ctx, onClose }: Props) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  const { dispatch, readOnly } = ctx;
  const update = (patch: Partial<Milestone>) => dispatch({ type: 'list/update', list: 'milestones', id: m.id, patch });
  const dates = dateMessages(t, m, ctx.calendar);
  const title = m.title.trim() || t('boards.milestones.untitled');
  // Opening a card moves the focus to its details (and a screen reader hears which card).
  useEffect(() => {
    heading.current?.focus();
  }, [m.id]);
  return (
    <aside
      className="ms-panel"
      aria-labelledby="ms-panel-title"
      data-testid="milestone-panel"
      onKeyDown={(e) => {
        if (e.key === 'Escape' && !e.defaultPrevented) {
          e.preventDefault();
          onClose();
        }
      }}
    >
      <div className="ms-panel-head">
        <h3 id="ms-panel-title" ref={heading} tabIndex={-1}>
          <span className="ms-code">{code}</span> {title}
        </h3>
        <button type="button" className="small" onClick={onClose}>
          {t('boards.milestones.closeDetails')}
        </button>
      </div>
      <TextField
        label={t('plan.title', { n: code })}
        value={m.title}
        max={LIMITS.shortText}
        readOnly={readOnly}
        fieldName="title"
        multiline
        rows={2}
        onCommit={(v) => update({ title: v })}
      />
      <ChoiceField
        label={t('plan.pic', { n: code })}
        value={m.picTeamId}
        options={ctx.team}
        readOnly={readOnly}
        fieldName="picTeamId"
        hint={ctx.team.length === 0 ? t('plan.noTeam') : undefined}
        onCommit={(picTeamId) => update({ picTeamId })}
      />
      <div className="inline-fields">
        <DateField
          label={t('plan.start', { n: code })}
          value={m.start}
          readOnly={readOnly}
          fieldName="start"
          warning={dates.startWarning}
          onCommit={(start) => update({ start })}
        />
        <DateField
          label={t('plan.end', { n: code })}
          value={m.end}
          readOnly={readOnly}
          fieldName="end"
          error={dates.endError}
          onCommit={(end) => update({ end })}
        />
      </div>
      <MilestoneDetails m={m} code={code} ctx={ctx} />
    </aside>
  );
}

/**
 * Every field of one stakeholder, in a dialog. Edits go to the stakeholder by id, immediately, so
 * a change can never land on another card even if the board reorders while the dialog is open.
 */
import { useTranslation } from 'react-i18next';
import { positionQuadrant, QUADRANT_STRATEGY } from '../../../../shared/domain/quadrant';
import { ATTITUDES, STAKEHOLDER_CATEGORIES } from '../../../../shared/model/enums';
import type { Project, Stakeholder, StakeholderPosition } from '../../../../shared/model/types';
import { SelectField, TextField } from '../../components/Field';
import { Modal } from '../../components/Modal';
import type { Dispatch } from '../../components/useEdit';
import { stakeholderName } from './labels';
import { DatedPositions } from '../../aftercare/DatedPositions';

interface Props {
  project: Project;
  stakeholder: Stakeholder | null;
  readOnly: boolean;
  dispatch: Dispatch;
  onClose(): void;
}

const SCORE_OPTIONS = ['', '1', '2', '3', '4', '5'] as const;

export function StakeholderEditor({ project, stakeholder: s, readOnly, dispatch, onClose }: Props) {
  const { t } = useTranslation();
  if (!s)
    return (
      <Modal open={false} title="" onClose={onClose}>
        {null}
      </Modal>
    );
  const patch = (p: Partial<Stakeholder>) => dispatch({ type: 'list/update', list: 'stakeholders', id: s.id, patch: p });
  const patchPos = (which: 'before' | 'after', p: Partial<StakeholderPosition>) => patch({ [which]: { ...s[which], ...p } });
  const q = positionQuadrant(s.before, project.stakeholderSettings.threshold);
  const suggestion = q ? QUADRANT_STRATEGY[q] : '';
  const teamOptions = [
    { value: '', label: t('boards.stakeholders.table.noOwner') },
    ...project.team.map((m) => ({
      value: m.id,
      label: (m.personRole ? project.people[m.personRole].name : m.person.name) || m.id,
    })),
  ];
  const position = (which: 'before' | 'after') => (
    <fieldset className="inline-fields" key={which}>
      <legend>{t(`boards.stakeholders.${which}`)}</legend>
      <SelectField
        label={t('boards.stakeholders.table.power')}
        value={String(s[which].power ?? '')}
        disabled={readOnly}
        fieldName={`${which}.power`}
        options={SCORE_OPTIONS.map((v) => ({ value: v, label: v || '—' }))}
        onCommit={(v) => patchPos(which, { power: v ? Number(v) : null })}
      />
      <SelectField
        label={t('boards.stakeholders.table.interest')}
        value={String(s[which].interest ?? '')}
        disabled={readOnly}
        fieldName={`${which}.interest`}
        options={SCORE_OPTIONS.map((v) => ({ value: v, label: v || '—' }))}
        onCommit={(v) => patchPos(which, { interest: v ? Number(v) : null })}
      />
      <SelectField
        label={t('boards.stakeholders.table.attitude')}
        value={s[which].attitude ?? ''}
        disabled={readOnly}
        fieldName={`${which}.attitude`}
        options={[{ value: '', label: t('boards.attitudes.none') }, ...ATTITUDES.map((a) => ({ value: a, label: t(`boards.attitudes.${a}`) }))]}
        onCommit={(v) => patchPos(which, { attitude: v || null })}
      />
    </fieldset>
  );
  return (
    <Modal
      open
      wide
      title={stakeholderName(t, s)}
      onClose={onClose}
      actions={
        <button type="button" className="primary" onClick={onClose}>
          {t('common.actions.close')}
        </button>
      }
    >
      <div className="grid" data-item={s.id}>
        <TextField
          label={t('boards.stakeholders.table.name')}
          value={s.name}
          max={300}
          readOnly={readOnly}
          fieldName="name"
          wide
          onCommit={(name) => patch({ name })}
        />
        <SelectField
          label={t('boards.stakeholders.table.category')}
          value={s.category}
          disabled={readOnly}
          fieldName="category"
          options={STAKEHOLDER_CATEGORIES.map((c) => ({ value: c, label: t(`boards.categories.${c}`) }))}
          onCommit={(category) => patch({ category })}
        />
        <SelectField
          label={t('boards.stakeholders.table.owner')}
          value={s.ownerTeamId ?? ''}
          disabled={readOnly}
          fieldName="ownerTeamId"
          options={teamOptions}
          onCommit={(v) => patch({ ownerTeamId: v || null })}
        />
        <TextField
          label={t('boards.stakeholders.table.role')}
          value={s.role}
          max={1000}
          readOnly={readOnly}
          fieldName="role"
          wide
          onCommit={(role) => patch({ role })}
        />
      </div>
      {position('before')}
      {position('after')}
      <DatedPositions project={project} stakeholder={s} readOnly={readOnly} dispatch={dispatch} />
      <div className="grid">
        <TextField
          label={t('boards.stakeholders.table.strategy')}
          value={s.strategy}
          max={2000}
          readOnly={readOnly}
          multiline
          rows={3}
          fieldName="strategy"
          placeholder={suggestion}
          hint={suggestion ? t('boards.stakeholders.table.strategyHint', { suggestion }) : undefined}
          onCommit={(strategy) => patch({ strategy })}
        />
        <TextField
          label={t('boards.stakeholders.table.channel')}
          value={s.commChannel}
          max={300}
          readOnly={readOnly}
          fieldName="commChannel"
          onCommit={(commChannel) => patch({ commChannel })}
        />
        <TextField
          label={t('boards.stakeholders.table.frequency')}
          value={s.frequency}
          max={200}
          readOnly={readOnly}
          fieldName="frequency"
          onCommit={(frequency) => patch({ frequency })}
        />
      </div>
    </Modal>
  );
}

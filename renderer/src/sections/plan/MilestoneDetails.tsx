/** A milestone's details: horizon, activities, output, indicator, evidence, budget lines and stakeholders involved. */
import { useT } from '../../i18n/useT';
import { lineTotal, milestoneBudget } from '../../../../shared/domain/budget';
import { EVIDENCE_SUGGESTIONS } from '../../../../shared/domain/suggestions';
import { formatRupiah } from '../../../../shared/format/numbers';
import { HORIZONS } from '../../../../shared/model/enums';
import { LIMITS } from '../../../../shared/model/limits';
import type { Milestone } from '../../../../shared/model/types';
import { EvidencePictures } from '../../attachments/EvidencePictures';
import { CheckboxGroup, ChoiceField } from '../../components/ChoiceField';
import { TextField } from '../../components/Field';
import { StringListField } from '../../components/StringListField';
import type { MilestoneContext } from './MilestoneRow';

export function MilestoneDetails({ m, code, ctx }: { m: Milestone; code: string; ctx: MilestoneContext }) {
  const { t } = useT();
  const { dispatch, readOnly } = ctx;
  const update = (patch: Partial<Milestone>) => dispatch({ type: 'list/update', list: 'milestones', id: m.id, patch });
  return (
    <div className="milestone-details" role="group" aria-label={t('plan.detailsOf', { n: code })}>
      <div className="grid">
        <TextField
          label={t('plan.output')}
          value={m.output}
          max={LIMITS.shortText}
          readOnly={readOnly}
          fieldName="output"
          multiline
          rows={2}
          onCommit={(output) => update({ output })}
        />
        <TextField
          label={t('plan.indicator')}
          value={m.indicator}
          max={LIMITS.shortText}
          readOnly={readOnly}
          fieldName="indicator"
          multiline
          rows={2}
          onCommit={(indicator) => update({ indicator })}
        />
        <ChoiceField
          label={t('plan.horizon')}
          value={m.horizon}
          allowNone={false}
          readOnly={readOnly}
          fieldName="horizon"
          options={HORIZONS.map((h) => ({ value: h, label: t(`terms.horizons.${h}`) }))}
          onCommit={(horizon) => horizon && update({ horizon })}
        />
      </div>
      <div className="two-columns">
        <StringListField
          legend={t('plan.activities')}
          noun={t('plan.activity')}
          values={m.activities}
          max={LIMITS.shortText}
          maxItems={LIMITS.activities}
          readOnly={readOnly}
          fieldName="activities"
          onCommit={(activities) => update({ activities })}
        />
        <StringListField
          legend={t('plan.evidence')}
          noun={t('plan.evidenceItem')}
          values={m.evidence}
          max={300}
          maxItems={LIMITS.evidence}
          readOnly={readOnly}
          fieldName="evidence"
          suggestions={EVIDENCE_SUGGESTIONS}
          suggestionsLabel={t('plan.evidenceSuggestions')}
          onCommit={(evidence) => update({ evidence })}
        />
      </div>
      <div className="two-columns">
        <CheckboxGroup
          legend={t('plan.budgetLines')}
          values={m.budgetLineIds}
          readOnly={readOnly}
          fieldName="budgetLineIds"
          emptyText={t('plan.budgetLinesEmpty')}
          hint={m.budgetLineIds.length ? t('plan.budgetSum', { amount: formatRupiah(milestoneBudget(m.budgetLineIds, ctx.budgetLines)) }) : undefined}
          options={ctx.budgetLines.map((l) => ({ value: l.id, label: `${l.item || t('readiness.untitled')} (${formatRupiah(lineTotal(l))})` }))}
          onCommit={(budgetLineIds) => update({ budgetLineIds })}
        />
        <CheckboxGroup
          legend={t('plan.stakeholders')}
          values={m.stakeholderIds}
          readOnly={readOnly}
          fieldName="stakeholderIds"
          emptyText={t('plan.stakeholdersEmpty')}
          options={ctx.stakeholders.map((s) => ({ value: s.id, label: s.name || t('readiness.untitled') }))}
          onCommit={(stakeholderIds) => update({ stakeholderIds })}
        />
      </div>
      <EvidencePictures milestone={m} />
    </div>
  );
}

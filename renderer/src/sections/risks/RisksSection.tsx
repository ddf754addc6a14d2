/** Kendala dan risiko: internal/external obstacles, likelihood × impact computed, mitigation, owner; what happened, for the laporan. */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { blankItem } from '../../../../shared/domain/blank';
import { riskLevel, riskScore } from '../../../../shared/domain/risks';
import { RISK_SUGGESTIONS, unusedSuggestions } from '../../../../shared/domain/suggestions';
import { RISK_TYPES } from '../../../../shared/model/enums';
import { LIMITS } from '../../../../shared/model/limits';
import type { Risk } from '../../../../shared/model/types';
import { focusLater } from '../../components/announce';
import { ChoiceField } from '../../components/ChoiceField';
import { EditableList } from '../../components/EditableList';
import { TextField } from '../../components/Field';
import { ScoreInput } from '../../components/NumberInput';
import { PendingValue, usePendingFields } from '../../components/PendingValue';
import { Section } from '../../components/Section';
import { SuggestionChips } from '../../components/SuggestionChips';
import { useEdit } from '../../components/useEdit';
import { teamOptions } from '../team/teamOptions';
import { ItemNotes } from '../../review/ItemNotes';

export function RisksSection() {
  const { t } = useTranslation();
  const { p, dispatch, readOnly } = useEdit();
  const team = useMemo(() => teamOptions(t, p), [t, p.team, p.people]); // eslint-disable-line react-hooks/exhaustive-deps
  const update = (id: string, patch: Partial<Risk>) => dispatch({ type: 'list/update', list: 'risks', id, patch });
  const unused = unusedSuggestions(
    RISK_SUGGESTIONS.map((s) => s.description),
    p.risks.map((r) => r.description),
  );
  const addSuggested = (description: string) => {
    const type = RISK_SUGGESTIONS.find((s) => s.description === description)?.type ?? 'INTERNAL';
    const item = blankItem('risks', { description, type });
    dispatch({ type: 'list/add', list: 'risks', item });
    focusLater(`[data-item="${item.id}"] [data-field="likelihood"]`);
  };

  return (
    <Section id="risiko" title={t('workspace.sections.risiko')} intro={t('organisation.risksIntro')}>
      <EditableList
        list="risks"
        items={p.risks}
        noun={t('organisation.riskNoun')}
        dispatch={dispatch}
        readOnly={readOnly}
        create={() => blankItem('risks')}
        firstField="type"
        deps={[team]}
        title={(r, i) => `${i + 1}. ${r.description.trim() || t('readiness.untitled')}`}
        renderItem={(r, i) => {
          return (
            <>
              <ItemNotes kind="RISK" id={r.id} what={r.description.trim() || t('readiness.untitled')} />
              <TextField
                label={t('organisation.description')}
                value={r.description}
                max={LIMITS.shortText}
                readOnly={readOnly}
                wide
                fieldName="description"
                onCommit={(description) => update(r.id, { description })}
              />
              <div className="risk-line">
                <ChoiceField
                  label={t('organisation.riskType')}
                  value={r.type}
                  allowNone={false}
                  readOnly={readOnly}
                  fieldName="type"
                  options={RISK_TYPES.map((x) => ({ value: x, label: t(`terms.riskTypes.${x}`) }))}
                  onCommit={(type) => type && update(r.id, { type })}
                />
                <ScoreInput
                  label={t('organisation.likelihood')}
                  value={r.likelihood}
                  readOnly={readOnly}
                  fieldName="likelihood"
                  place={{ list: 'risks', itemId: r.id, row: i + 1 }}
                  onCommit={(likelihood) => update(r.id, { likelihood })}
                />
                <ScoreInput
                  label={t('organisation.impact')}
                  value={r.impact}
                  readOnly={readOnly}
                  fieldName="impact"
                  place={{ list: 'risks', itemId: r.id, row: i + 1 }}
                  onCommit={(impact) => update(r.id, { impact })}
                />
                <RiskScore risk={r} />
                <ChoiceField
                  label={t('organisation.owner')}
                  value={r.ownerTeamId}
                  options={team}
                  readOnly={readOnly}
                  fieldName="ownerTeamId"
                  onCommit={(ownerTeamId) => update(r.id, { ownerTeamId })}
                />
              </div>
              <TextField
                label={t('organisation.mitigation')}
                value={r.mitigation}
                max={2000}
                multiline
                rows={2}
                readOnly={readOnly}
                fieldName="mitigation"
                onCommit={(mitigation) => update(r.id, { mitigation })}
              />
              <details className="report-part" open={r.occurred !== null || r.actualHandling.trim() !== '' || undefined}>
                <summary>{t('organisation.reportPart')}</summary>
                <div className="grid">
                  <ChoiceField
                    label={t('organisation.occurred')}
                    readOnly={readOnly}
                    fieldName="occurred"
                    value={r.occurred === null ? null : r.occurred ? 'yes' : 'no'}
                    options={[
                      { value: 'yes', label: t('organisation.occurredOptions.yes') },
                      { value: 'no', label: t('organisation.occurredOptions.no') },
                    ]}
                    onCommit={(v) => update(r.id, { occurred: v === null ? null : v === 'yes' })}
                  />
                  <TextField
                    label={t('organisation.actualHandling')}
                    value={r.actualHandling}
                    max={2000}
                    multiline
                    rows={2}
                    readOnly={readOnly}
                    fieldName="actualHandling"
                    onCommit={(actualHandling) => update(r.id, { actualHandling })}
                  />
                </div>
              </details>
            </>
          );
        }}
      />
      {!readOnly && (
        <p className="suggestion-line">
          <SuggestionChips label={t('organisation.suggestions')} suggestions={unused} onAdd={addSuggested} />
        </p>
      )}
    </Section>
  );
}

/** Likelihood × impact and its level, or what it waits for while a score's entry is not valid. */
function RiskScore({ risk }: { risk: Risk }) {
  const { t } = useTranslation();
  const waits = usePendingFields({ list: 'risks', itemId: risk.id, fields: ['likelihood', 'impact'] });
  const score = riskScore(risk);
  const level = riskLevel(score);
  return (
    <p className="computed">
      <span className="computed-label">{t('organisation.score')}</span>
      <output className={`computed-value risk-${waits ? 'none' : (level ?? 'none')}`}>
        {waits ? (
          <PendingValue fields={waits} />
        ) : score === null ? (
          '–'
        ) : (
          t('organisation.scoreValue', { score: String(score), level: t(`terms.riskLevels.${level!}`) })
        )}
      </output>
    </p>
  );
}

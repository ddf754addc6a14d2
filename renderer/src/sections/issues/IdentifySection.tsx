/** Identifikasi isu: the issues with their sources, screened with APKL in the mode the organiser uses. */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { apklResults } from '../../../../shared/domain/apkl';
import { blankItem } from '../../../../shared/domain/blank';
import { APKL_MODES } from '../../../../shared/model/enums';
import { LIMITS } from '../../../../shared/model/limits';
import { EditableList } from '../../components/EditableList';
import { TextField } from '../../components/Field';
import { ChoiceField } from '../../components/ChoiceField';
import { NumberInput } from '../../components/NumberInput';
import { Section } from '../../components/Section';
import { useEdit } from '../../components/useEdit';
import { ApklInputs } from './ApklInputs';
import { ApklTable } from './ApklTable';
import { apklResultText } from './apklText';
import { ItemNotes } from '../../review/ItemNotes';

export function IdentifySection() {
  const { t } = useTranslation();
  const { p, dispatch, readOnly } = useEdit();
  const ia = p.issueAnalysis;
  const results = useMemo(() => apklResults(ia), [ia]);
  const patch = (change: Partial<typeof ia>) => dispatch({ type: 'issueAnalysis/patch', patch: change });

  return (
    <Section id="isu" title={t('workspace.sections.isu')} intro={t('issues.isuIntro')}>
      <fieldset>
        <legend>{t('issues.method')}</legend>
        <div className="grid">
          <ChoiceField
            label={t('issues.mode')}
            value={ia.apklMode}
            allowNone={false}
            readOnly={readOnly}
            fieldName="apklMode"
            options={APKL_MODES.map((m) => ({ value: m, label: t(`terms.apklModes.${m}`) }))}
            onCommit={(apklMode) => apklMode && patch({ apklMode })}
          />
          {ia.apklMode === 'SCORE_MIN_PER_CRITERION' && (
            <NumberInput
              label={t('issues.minPerCriterion')}
              hint={t('issues.minHint')}
              value={ia.apklMinPerCriterion}
              min={1}
              max={5}
              integer
              readOnly={readOnly}
              fieldName="apklMinPerCriterion"
              place={{ list: 'issueAnalysis', itemId: 'issueAnalysis' }}
              onCommit={(v) => v !== null && patch({ apklMinPerCriterion: v })}
            />
          )}
          {ia.apklMode === 'SCORE_TOP_N' && (
            <NumberInput
              label={t('issues.topN')}
              hint={t('issues.topNHint')}
              value={ia.apklTopN}
              min={1}
              max={LIMITS.issues}
              integer
              readOnly={readOnly}
              fieldName="apklTopN"
              place={{ list: 'issueAnalysis', itemId: 'issueAnalysis' }}
              onCommit={(v) => v !== null && patch({ apklTopN: v })}
            />
          )}
        </div>
      </fieldset>

      <EditableList
        list="issues"
        items={ia.issues}
        noun={t('issues.noun')}
        dispatch={dispatch}
        readOnly={readOnly}
        create={() => blankItem('issues')}
        firstField="statement"
        // A row's pass/fail (which in top-N mode depends on the other issues) is in its title; its inputs depend on the mode.
        deps={[ia.apklMode]}
        title={(issue, i) => `${t('issues.issueLabel', { n: String(i + 1) })} — ${apklResultText(t, results.get(issue.id), ia)}`}
        renderItem={(issue, i) => (
          <>
            <ItemNotes kind="ISSUE" id={issue.id} what={t('issues.issueLabel', { n: String(i + 1) })} />
            <div className="grid">
              <TextField
                label={t('issues.statement')}
                value={issue.statement}
                max={LIMITS.shortText}
                multiline
                rows={2}
                readOnly={readOnly}
                fieldName="statement"
                onCommit={(statement) => dispatch({ type: 'list/update', list: 'issues', id: issue.id, patch: { statement } })}
              />
              <TextField
                label={t('issues.source')}
                hint={t('issues.sourceHint')}
                value={issue.source}
                max={LIMITS.shortText}
                readOnly={readOnly}
                wide
                fieldName="source"
                onCommit={(source) => dispatch({ type: 'list/update', list: 'issues', id: issue.id, patch: { source } })}
              />
            </div>
            <ApklInputs issue={issue} n={i + 1} mode={ia.apklMode} result={results.get(issue.id)} dispatch={dispatch} readOnly={readOnly} />
          </>
        )}
      />

      <ApklTable ia={ia} results={results} />
    </Section>
  );
}

/** The four APKL criteria of one issue: scores 1–5 with their total, or ✓/✗ with a reason each. */
import { useTranslation } from 'react-i18next';
import type { ApklResult } from '../../../../shared/domain/apkl';
import { APKL_CRITERIA } from '../../../../shared/model/enums';
import type { Issue, IssueAnalysis } from '../../../../shared/model/types';
import { ChoiceField } from '../../components/ChoiceField';
import { TextField } from '../../components/Field';
import { ScoreInput } from '../../components/NumberInput';
import { PendingValue, usePendingFields } from '../../components/PendingValue';
import type { Dispatch } from '../../components/useEdit';

interface Props {
  issue: Issue;
  n: number;
  mode: IssueAnalysis['apklMode'];
  result: ApklResult | undefined;
  dispatch: Dispatch;
  readOnly: boolean;
}

export function ApklInputs({ issue, n, mode, result, dispatch, readOnly }: Props) {
  const { t } = useTranslation();
  const waits = usePendingFields({ list: 'issues', itemId: issue.id, fields: ['apkl.'] });
  const update = (patch: Partial<Issue>) => dispatch({ type: 'list/update', list: 'issues', id: issue.id, patch });
  return (
    <fieldset className="apkl" data-field="apkl">
      <legend>{t('issues.apklGroup', { n: String(n) })}</legend>
      {mode === 'CHECKLIST' ? (
        <div className="grid apkl-checks">
          {APKL_CRITERIA.map((c) => (
            <div key={c} className="apkl-check">
              <ChoiceField
                label={t('issues.check', { criterion: t(`terms.apklCriteria.${c}`), letter: c })}
                hint={t(`terms.apklCriteriaHints.${c}`)}
                readOnly={readOnly}
                fieldName={`apkl.${c}`}
                value={issue.apklChecks[c].ok === null ? null : issue.apklChecks[c].ok ? 'yes' : 'no'}
                options={[
                  { value: 'yes', label: t('issues.checkOptions.yes') },
                  { value: 'no', label: t('issues.checkOptions.no') },
                ]}
                onCommit={(v) => update({ apklChecks: { ...issue.apklChecks, [c]: { ...issue.apklChecks[c], ok: v === null ? null : v === 'yes' } } })}
              />
              <TextField
                label={t('issues.reason', { letter: c })}
                value={issue.apklChecks[c].reason}
                max={1000}
                readOnly={readOnly}
                onCommit={(reason) => update({ apklChecks: { ...issue.apklChecks, [c]: { ...issue.apklChecks[c], reason } } })}
              />
            </div>
          ))}
        </div>
      ) : (
        <div className="score-row">
          {APKL_CRITERIA.map((c) => (
            <ScoreInput
              key={c}
              label={t('issues.scoreLabel', { criterion: t(`terms.apklCriteria.${c}`), letter: c })}
              hint={c === 'K' ? t('terms.apklCriteriaHints.K') : undefined}
              value={issue.apklScores[c]}
              readOnly={readOnly}
              fieldName={`apkl.${c}`}
              place={{ list: 'issues', itemId: issue.id, row: n }}
              onCommit={(v) => update({ apklScores: { ...issue.apklScores, [c]: v } })}
            />
          ))}
          <p className="computed" aria-label={t('issues.total')}>
            <span className="computed-label">{t('issues.total')}</span>
            <output className="computed-value">{waits ? <PendingValue fields={waits} /> : (result?.total ?? '–')}</output>
          </p>
        </div>
      )}
    </fieldset>
  );
}

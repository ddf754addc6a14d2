/** The core issue: the top of the USG ranking, unless the participant chose another with a reason. */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { UsgRanking } from '../../../../shared/domain/usg';
import type { IssueAnalysis } from '../../../../shared/model/types';
import { ChoiceField } from '../../components/ChoiceField';
import { TextField } from '../../components/Field';
import { PendingValue } from '../../components/PendingValue';
import type { Dispatch } from '../../components/useEdit';

interface Props {
  ia: IssueAnalysis;
  ranking: UsgRanking;
  /** The score fields the ranking waits for ('' when none): the core issue waits with it. */
  waits: string;
  label(id: string): string;
  dispatch: Dispatch;
  readOnly: boolean;
}

export function CoreIssue({ ia, ranking, waits, label, dispatch, readOnly }: Props) {
  const { t } = useTranslation();
  const headingId = useId();
  const checkId = useId();
  const override = ia.coreOverride;
  const top = ranking.rows[0];
  const setOverride = (coreOverride: IssueAnalysis['coreOverride']) => dispatch({ type: 'issueAnalysis/patch', patch: { coreOverride } });
  const defaultChoice = ranking.rows[1]?.issueId ?? ia.issues[0]?.id;
  return (
    <section className="callout core-issue" aria-labelledby={headingId} data-testid="core-issue">
      <h3 id={headingId}>{t('issues.coreTitle')}</h3>
      {waits && ranking.coreSource !== 'OVERRIDE' ? (
        <p>
          <PendingValue fields={waits} />
        </p>
      ) : ranking.coreIssueId ? (
        <>
          <p className="core-statement">{label(ranking.coreIssueId)}</p>
          <p className="hint">
            {ranking.coreSource === 'OVERRIDE' ? t('issues.coreFromOverride') : t('issues.coreFromRanking', { total: String(top?.total ?? '') })}
          </p>
        </>
      ) : (
        <p>{t('issues.coreNone')}</p>
      )}
      {ia.issues.length > 0 && (
        <div className="override">
          <label className="checkbox" htmlFor={checkId}>
            <input
              id={checkId}
              type="checkbox"
              checked={override !== null}
              disabled={readOnly || !defaultChoice}
              data-field="coreOverride"
              onChange={(e) => setOverride(e.target.checked && defaultChoice ? { issueId: defaultChoice, reason: '' } : null)}
            />
            <span>{t('issues.override')}</span>
          </label>
          {override && (
            <div className="grid">
              <ChoiceField
                label={t('issues.overrideIssue')}
                value={override.issueId}
                allowNone={false}
                readOnly={readOnly}
                fieldName="coreOverride.issueId"
                options={ia.issues.map((i) => ({ value: i.id, label: label(i.id) }))}
                onCommit={(issueId) => issueId && setOverride({ ...override, issueId })}
              />
              <TextField
                label={t('issues.overrideReason')}
                hint={t('issues.overrideReasonHint')}
                value={override.reason}
                max={1000}
                multiline
                rows={2}
                readOnly={readOnly}
                fieldName="coreOverride.reason"
                error={override.reason.trim() ? undefined : t('issues.reasonRequired')}
                onCommit={(reason) => setOverride({ ...override, reason })}
              />
            </div>
          )}
        </div>
      )}
    </section>
  );
}

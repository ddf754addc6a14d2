/**
 * USG scores of the issues that passed APKL, in the order they were written (a row never jumps
 * while its scores are typed); totals and ranks are computed and shown beside them.
 */
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { UsgRanking } from '../../../../shared/domain/usg';
import { USG_CRITERIA } from '../../../../shared/model/enums';
import type { Issue } from '../../../../shared/model/types';
import { ScoreInput } from '../../components/NumberInput';
import { PendingValue, usePendingFields } from '../../components/PendingValue';
import type { Dispatch } from '../../components/useEdit';
import { RANKING_INPUTS } from './pendingInputs';

interface Props {
  issues: { issue: Issue; n: number }[];
  ranking: UsgRanking;
  dispatch: Dispatch;
  readOnly: boolean;
}

export function UsgTable({ issues, ranking, dispatch, readOnly }: Props) {
  const { t } = useTranslation();
  const byId = new Map(ranking.rows.map((r) => [r.issueId, r]));
  return (
    <div className="table-scroll">
      <table className="edit-table usg-table" data-testid="usg-table">
        <caption className="visually-hidden">{t('issues.usgTable')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('issues.colNo')}</th>
            <th scope="col">{t('issues.colIssue')}</th>
            {USG_CRITERIA.map((c) => (
              <th key={c} scope="col" className="num">
                <abbr title={t(`terms.usgCriteriaHints.${c}`)}>{c}</abbr>
              </th>
            ))}
            <th scope="col" className="num">
              {t('issues.colTotal')}
            </th>
            <th scope="col" className="num">
              {t('issues.colRank')}
            </th>
          </tr>
        </thead>
        <tbody>
          {issues.map(({ issue, n }) => {
            const row = byId.get(issue.id);
            return (
              <UsgRow
                key={issue.id}
                issue={issue}
                n={n}
                total={row?.total ?? null}
                rank={row?.rankRoman ?? null}
                tied={!!row && row.tiedWith.length > 0}
                dispatch={dispatch}
                readOnly={readOnly}
              />
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

interface RowProps {
  issue: Issue;
  n: number;
  total: number | null;
  rank: string | null;
  tied: boolean;
  dispatch: Dispatch;
  readOnly: boolean;
}

const UsgRow = memo(function UsgRow({ issue, n, total, rank, tied, dispatch, readOnly }: RowProps) {
  const { t } = useTranslation();
  // A score box holding an entry that is not valid ("52"): this row's total waits for it, and every rank waits for any.
  const totalWaits = usePendingFields({ list: 'issues', itemId: issue.id, fields: ['usg.'] });
  const rankWaits = usePendingFields(RANKING_INPUTS);
  const pending = totalWaits !== '' || rankWaits !== '';
  return (
    <tr data-item={issue.id} data-pending={pending || undefined}>
      <td className="num">{n}</td>
      <td>{issue.statement || t('readiness.untitled')}</td>
      {USG_CRITERIA.map((c, i) => (
        <td key={c} className="score-cell" data-field={i === 0 ? 'usg' : undefined}>
          <ScoreInput
            label={t('issues.usgCell', { criterion: t(`terms.usgCriteria.${c}`), n: String(n) })}
            hideLabel
            value={issue.usg[c]}
            readOnly={readOnly}
            fieldName={`usg.${c}`}
            place={{ list: 'issues', itemId: issue.id }}
            onCommit={(v) => dispatch({ type: 'list/update', list: 'issues', id: issue.id, patch: { usg: { ...issue.usg, [c]: v } } })}
          />
        </td>
      ))}
      <td className="num">
        <output data-testid="usg-total">{totalWaits ? <PendingValue fields={totalWaits} /> : (total ?? '–')}</output>
      </td>
      <td className="num" data-testid="usg-rank">
        {rankWaits ? <PendingValue fields={rankWaits} /> : rank ? `${rank}${tied ? ' (=)' : ''}` : t('issues.incompleteUsg')}
      </td>
    </tr>
  );
});

/** The APKL table as the report prints it: No | Identifikasi isu | A | P | K | L | Total | Keterangan. */
import { useTranslation } from 'react-i18next';
import type { ApklResult } from '../../../../shared/domain/apkl';
import { APKL_CRITERIA } from '../../../../shared/model/enums';
import type { IssueAnalysis } from '../../../../shared/model/types';
import { PendingValue } from '../../components/PendingValue';
import { pendingDrafts, pendingFields, type PendingQuery } from '../../state/pending';
import { shallowEqual, useDocumentSelector } from '../../state/useWorkspace';
import { apklResultText } from './apklText';
import { APKL_RULE } from './pendingInputs';

const APKL_INPUTS: PendingQuery = { list: 'issues', fields: ['apkl.'] };

export function ApklTable({ ia, results }: { ia: IssueAnalysis; results: Map<string, ApklResult> }) {
  const { t } = useTranslation();
  // A row whose APKL score holds an entry that is not valid: its total and verdict wait for it.
  const drafts = useDocumentSelector((d) => pendingDrafts(d.invalidDrafts, [APKL_INPUTS, APKL_RULE]), shallowEqual);
  if (ia.issues.length === 0) return null;
  const checklist = ia.apklMode === 'CHECKLIST';
  return (
    <section className="report-table" aria-labelledby="apkl-table-title">
      <h3 id="apkl-table-title">{t('issues.apklTable')}</h3>
      <div className="table-scroll">
        <table data-testid="apkl-table">
          <thead>
            <tr>
              <th scope="col">{t('issues.colNo')}</th>
              <th scope="col">{t('issues.colIssue')}</th>
              {APKL_CRITERIA.map((c) => (
                <th key={c} scope="col" className="num">
                  <abbr title={t(`terms.apklCriteria.${c}`)}>{c}</abbr>
                </th>
              ))}
              <th scope="col" className="num">
                {t('issues.colTotal')}
              </th>
              <th scope="col">{t('issues.colNote')}</th>
            </tr>
          </thead>
          <tbody>
            {ia.issues.map((issue, i) => {
              const r = results.get(issue.id);
              const waits = drafts.length ? pendingFields(drafts, { ...APKL_INPUTS, itemId: issue.id }) : '';
              // The verdict also follows the rule (minimum per criterion, top N).
              const verdictWaits = drafts.length ? pendingFields(drafts, [{ ...APKL_INPUTS, itemId: issue.id }, APKL_RULE]) : '';
              return (
                <tr key={issue.id} data-issue={issue.id}>
                  <td className="num">{i + 1}</td>
                  <td>{issue.statement}</td>
                  {APKL_CRITERIA.map((c) => (
                    <td key={c} className="num">
                      {checklist ? (issue.apklChecks[c].ok === null ? '–' : issue.apklChecks[c].ok ? '✓' : '✗') : (issue.apklScores[c] ?? '–')}
                    </td>
                  ))}
                  <td className="num">{waits ? <PendingValue fields={waits} /> : (r?.total ?? '–')}</td>
                  <td>{verdictWaits ? <PendingValue fields={verdictWaits} /> : apklResultText(t, r, ia)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}

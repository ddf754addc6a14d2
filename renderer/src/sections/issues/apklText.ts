/** An issue's APKL result in words, the same words in the row, the table and the readiness panel. */
import type { TFunction } from 'i18next';
import type { ApklResult } from '../../../../shared/domain/apkl';
import type { IssueAnalysis } from '../../../../shared/model/types';

export function apklResultText(t: TFunction, r: ApklResult | undefined, ia: IssueAnalysis): string {
  if (!r || r.pass === null) return t('issues.result.incomplete');
  if (r.pass) return r.tiedAtCutoff ? t('issues.result.passTied', { n: String(ia.apklTopN) }) : t('issues.result.pass');
  if (ia.apklMode === 'SCORE_TOP_N') return t('issues.result.failTopN', { n: String(ia.apklTopN) });
  const letters = r.failing.join(', ');
  const criteria = ia.apklMode === 'CHECKLIST' ? t('issues.failMarked', { letters }) : t('issues.failBelow', { letters, min: String(ia.apklMinPerCriterion) });
  return t('issues.result.fail', { criteria });
}

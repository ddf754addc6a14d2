/** The core issue's statement, for the sections that build on it (fishbone head, creative idea). */
import { usgRanking } from '../../../../shared/domain/usg';
import type { IssueAnalysis } from '../../../../shared/model/types';

export function coreIssueStatement(ia: IssueAnalysis): string | null {
  const id = usgRanking(ia).coreIssueId;
  return ia.issues.find((i) => i.id === id)?.statement.trim() || null;
}

/**
 * APKL screening (Aktual, Problematik, Kekhalayakan, Layak — docs/domain.md §3.2) in the three modes
 * seen in practice. Issues that do not pass stay in the APKL table but do not go on to USG.
 */
import { APKL_CRITERIA, type ApklCriterion } from '../model/enums';
import type { Issue, IssueAnalysis } from '../model/types';

export interface ApklResult {
  /** Sum of scores (score modes) or number of ✓ (checklist); null until every criterion is filled. */
  total: number | null;
  complete: boolean;
  /** null while incomplete. */
  pass: boolean | null;
  /** Criteria below the minimum (score mode) or marked ✗ (checklist). */
  failing: ApklCriterion[];
  /** Top-N mode: this issue ties with others at the cut-off, so the cut is a judgement call. */
  tiedAtCutoff: boolean;
}

export function apklResults(analysis: IssueAnalysis): Map<string, ApklResult> {
  const out = new Map<string, ApklResult>();
  if (analysis.apklMode === 'CHECKLIST') {
    for (const issue of analysis.issues) out.set(issue.id, checklistResult(issue));
    return out;
  }
  for (const issue of analysis.issues) out.set(issue.id, scoreResult(issue, analysis.apklMinPerCriterion));
  if (analysis.apklMode === 'SCORE_TOP_N') applyTopN(analysis, out);
  return out;
}

function checklistResult(issue: Issue): ApklResult {
  const marks = APKL_CRITERIA.map((c) => issue.apklChecks[c].ok);
  const complete = marks.every((m) => m !== null);
  const failing = APKL_CRITERIA.filter((c) => issue.apklChecks[c].ok === false);
  return {
    total: complete ? marks.filter(Boolean).length : null,
    complete,
    pass: complete ? failing.length === 0 : failing.length > 0 ? false : null,
    failing,
    tiedAtCutoff: false,
  };
}

function scoreResult(issue: Issue, min: number): ApklResult {
  const scores = APKL_CRITERIA.map((c) => issue.apklScores[c]);
  const complete = scores.every((s) => s !== null);
  const failing = APKL_CRITERIA.filter((c) => {
    const s = issue.apklScores[c];
    return s !== null && s < min;
  });
  return {
    total: complete ? scores.reduce<number>((a, b) => a + (b ?? 0), 0) : null,
    complete,
    pass: complete ? failing.length === 0 : failing.length > 0 ? false : null,
    failing,
    tiedAtCutoff: false,
  };
}

/** "Take the top N by total": the N highest totals pass; equal totals at the cut-off all pass and are flagged. */
function applyTopN(analysis: IssueAnalysis, out: Map<string, ApklResult>): void {
  const scored = analysis.issues
    .map((i) => ({ id: i.id, total: out.get(i.id)!.total }))
    .filter((x): x is { id: string; total: number } => x.total !== null)
    .sort((a, b) => b.total - a.total);
  const n = analysis.apklTopN;
  const cutoff = scored.length > n ? scored[n - 1]!.total : -Infinity;
  const tiedAtCutoff = scored.length > n && scored[n]!.total === cutoff;
  for (const { id, total } of scored) {
    const r = out.get(id)!;
    r.pass = total >= cutoff;
    r.failing = [];
    r.tiedAtCutoff = tiedAtCutoff && total === cutoff;
  }
}

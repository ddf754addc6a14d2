/**
 * USG ranking (Urgency, Seriousness, Growth, 1–5 each, summed — docs/domain.md §3.3) and the core issue.
 *
 * Equal totals are a tie. A tie is never broken silently: it stays a tie (same rank, flagged for
 * the readiness check) until the participant records an order decided with the mentor — or, when
 * the participant chose the USG_ORDER rule, the higher U, then S, then G orders it and only issues
 * equal in all three are left to decide together. The core
 * issue follows the ranking unless the participant overrides it with a reason.
 */
import { toRoman } from '../format/roman';
import type { TieBreakRule } from '../model/enums';
import type { Issue, IssueAnalysis, TieDecision } from '../model/types';
import { apklResults } from './apkl';

export interface UsgRow {
  issueId: string;
  total: number;
  rank: number;
  rankRoman: string;
  /** Other issues sharing this rank because their tie is not yet decided. */
  tiedWith: string[];
}

export interface UsgRanking {
  /** Issues that passed APKL and have all three scores, best first. */
  rows: UsgRow[];
  /** Passed APKL but U, S or G still empty. */
  incomplete: string[];
  /** Groups of issue ids with equal totals and no recorded decision. */
  unresolvedTies: string[][];
  /** Groups with equal totals whose order was decided (with the mentor …), as they apply now. */
  decidedTies: { total: number; decision: TieDecision }[];
  /** Groups with equal totals put in order by the USG_ORDER rule (all of the group, best first). */
  ruleOrdered: { total: number; issueIds: string[] }[];
  /** The tie-break rule in force. */
  rule: TieBreakRule;
  coreIssueId: string | null;
  coreSource: 'RANKING' | 'OVERRIDE' | null;
}

export function usgTotal(issue: Issue): number | null {
  const { U, S, G } = issue.usg;
  return U === null || S === null || G === null ? null : U + S + G;
}

export function usgRanking(analysis: IssueAnalysis): UsgRanking {
  const apkl = apklResults(analysis);
  const eligible = analysis.issues.filter((i) => apkl.get(i.id)?.pass === true);
  const incomplete = eligible.filter((i) => usgTotal(i) === null).map((i) => i.id);
  const scored = eligible
    .map((issue, order) => ({ issue, total: usgTotal(issue), order }))
    .filter((x): x is { issue: Issue; total: number; order: number } => x.total !== null);

  const byTotal = new Map<number, typeof scored>();
  for (const s of scored) byTotal.set(s.total, [...(byTotal.get(s.total) ?? []), s]);
  const totals = [...byTotal.keys()].sort((a, b) => b - a);

  const rule: TieBreakRule = analysis.tieBreak ?? 'DECIDE';
  const rows: UsgRow[] = [];
  const ruleOrdered: UsgRanking['ruleOrdered'] = [];
  const unresolvedTies: string[][] = [];
  const decidedTies: UsgRanking['decidedTies'] = [];
  for (const total of totals) {
    const group = byTotal.get(total)!;
    const firstRank = rows.length + 1;
    if (group.length === 1) {
      rows.push(row(group[0]!.issue.id, total, firstRank, []));
      continue;
    }
    const ids = group.map((g) => g.issue.id);
    const decision = rule === 'DECIDE' ? findDecision(analysis.tieDecisions, ids) : undefined;
    if (decision) {
      decision.issueIds.forEach((id, i) => rows.push(row(id, total, firstRank + i, [])));
      decidedTies.push({ total, decision });
      continue;
    }
    // Higher U, then S, then G (docs/domain.md §3.3): the provisional display order under "decide
    // together", the order itself under the USG_ORDER rule.
    const ordered = [...group].sort(
      (a, b) => b.issue.usg.U! - a.issue.usg.U! || b.issue.usg.S! - a.issue.usg.S! || b.issue.usg.G! - a.issue.usg.G! || a.order - b.order,
    );
    const parts = rule === 'DECIDE' ? [ordered] : splitEqualScores(ordered);
    if (parts.length > 1) ruleOrdered.push({ total, issueIds: ordered.map((g) => g.issue.id) });
    for (const part of parts) {
      const rank = rows.length + 1;
      const partIds = part.map((g) => g.issue.id);
      if (part.length === 1) {
        rows.push(row(partIds[0]!, total, rank, []));
        continue;
      }
      // What the rule leaves equal (same U, S and G) is still decided together.
      const left = rule === 'DECIDE' ? undefined : findDecision(analysis.tieDecisions, partIds);
      if (left) {
        left.issueIds.forEach((id, i) => rows.push(row(id, total, rank + i, [])));
        decidedTies.push({ total, decision: left });
        continue;
      }
      for (const id of partIds)
        rows.push(
          row(
            id,
            total,
            rank,
            partIds.filter((x) => x !== id),
          ),
        );
      unresolvedTies.push(partIds);
    }
  }

  let coreIssueId: string | null = null;
  let coreSource: UsgRanking['coreSource'] = null;
  const override = analysis.coreOverride;
  if (override && analysis.issues.some((i) => i.id === override.issueId)) {
    coreIssueId = override.issueId;
    coreSource = 'OVERRIDE';
  } else if (rows[0] && rows[0].tiedWith.length === 0) {
    coreIssueId = rows[0].issueId;
    coreSource = 'RANKING';
  }
  return { rows, incomplete, unresolvedTies, decidedTies, ruleOrdered, rule, coreIssueId, coreSource };
}

function row(issueId: string, total: number, rank: number, tiedWith: string[]): UsgRow {
  return { issueId, total, rank, rankRoman: toRoman(rank), tiedWith };
}

/** A decision applies only to exactly the set of issues that are tied now; edits that change the tie reopen it. */
/** Runs of issues with the very same U, S and G (the input sorted by them). */
function splitEqualScores<T extends { issue: Issue }>(sorted: T[]): T[][] {
  const parts: T[][] = [];
  for (const x of sorted) {
    const last = parts[parts.length - 1];
    const prev = last?.[0]?.issue.usg;
    if (last && prev && prev.U === x.issue.usg.U && prev.S === x.issue.usg.S && prev.G === x.issue.usg.G) last.push(x);
    else parts.push([x]);
  }
  return parts;
}

function findDecision(decisions: TieDecision[], ids: string[]): TieDecision | undefined {
  const want = [...ids].sort().join('|');
  return decisions.find((d) => [...d.issueIds].sort().join('|') === want);
}

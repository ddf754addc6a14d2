/** Budget: volume × unit price per line, totals per funding source and overall, in whole rupiah. */
import { FUNDING_SOURCES, type FundingSource } from '../model/enums';
import type { BudgetLine } from '../model/types';

export function lineTotal(line: BudgetLine): number {
  return Math.round(line.volume * line.unitCost);
}

export interface BudgetSummary {
  total: number;
  /** Only sources that have at least one line, in the enumeration's order. */
  bySource: { source: FundingSource; total: number; lines: number }[];
  /** Lines without a source: the readiness check flags them. */
  unsourced: { total: number; lines: number };
}

export function budgetSummary(lines: BudgetLine[]): BudgetSummary {
  const per = new Map<FundingSource, { total: number; lines: number }>();
  const unsourced = { total: 0, lines: 0 };
  let total = 0;
  for (const line of lines) {
    const t = lineTotal(line);
    total += t;
    if (line.source === null) {
      unsourced.total += t;
      unsourced.lines++;
      continue;
    }
    const acc = per.get(line.source) ?? { total: 0, lines: 0 };
    acc.total += t;
    acc.lines++;
    per.set(line.source, acc);
  }
  const bySource = FUNDING_SOURCES.filter((s) => per.has(s)).map((source) => ({ source, ...per.get(source)! }));
  return { total, bySource, unsourced };
}

/** Sum of the budget lines a milestone links to. */
export function milestoneBudget(budgetLineIds: string[], lines: BudgetLine[]): number {
  const ids = new Set(budgetLineIds);
  return lines.filter((l) => ids.has(l.id)).reduce((sum, l) => sum + lineTotal(l), 0);
}

/**
 * Realisation of the milestones for the laporan (docs/domain.md §2.3 BAB III, §4.2): how many are
 * done and the average achievement per horizon. Cancelled milestones do not count.
 */
import type { Horizon } from '../model/enums';
import type { Milestone } from '../model/types';

export interface RealisationSummary {
  /** Milestones of the horizon, cancelled ones excluded. */
  planned: number;
  done: number;
  /** Milestones with an achievement percentage recorded. */
  recorded: number;
  /** Mean of the recorded percentages, one decimal; null when none is recorded. */
  averagePct: number | null;
}

export function realisationSummary(milestones: readonly Milestone[], horizon: Horizon): RealisationSummary {
  const counted = milestones.filter((m) => m.horizon === horizon && m.status !== 'CANCELLED');
  const pcts = counted.map((m) => m.achievementPct).filter((x): x is number => x !== null);
  return {
    planned: counted.length,
    done: counted.filter((m) => m.status === 'DONE').length,
    recorded: pcts.length,
    averagePct: pcts.length ? Math.round((pcts.reduce((a, b) => a + b, 0) / pcts.length) * 10) / 10 : null,
  };
}

/** The actual end was recorded as earlier than the actual start. */
export function actualDatesReversed(m: Milestone): boolean {
  return !!(m.actualStart && m.actualEnd && m.actualEnd < m.actualStart);
}

/**
 * What is due or late after training: each medium- and long-term milestone's state on a given day
 * (the user's local day, passed in, so tests fix it and time zones cannot shift it).
 */
import type { Horizon } from '../../model/enums';
import type { ProgressEntry } from '../../model/postTraining';
import type { Milestone, Project } from '../../model/types';

/** Days ahead in which an unfinished milestone counts as due soon. */
export const DUE_SOON_DAYS = 30;
/** Without an entry for this long, an ongoing milestone is flagged as quiet. */
export const QUIET_DAYS = 90;

export const FOLLOW_UP_HORIZONS: readonly Horizon[] = ['MENENGAH', 'PANJANG'];

export type DueState = 'DONE' | 'LATE' | 'DUE_SOON' | 'ONGOING' | 'NOT_STARTED' | 'CANCELLED';

export interface DueItem {
  milestone: Milestone;
  state: DueState;
  /** The newest entry's percentage, else the milestone's own. */
  latestPct: number | null;
  latestEntry: ProgressEntry | null;
  /** Days from today to the planned end; negative when past. */
  daysToEnd: number | null;
  /** No entry for QUIET_DAYS while it runs. */
  quiet: boolean;
}

/** A local calendar day as YYYY-MM-DD (not UTC: at 01:00 in Jakarta it is already tomorrow there). */
export function localDay(d: Date): string {
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** Whole days from a to b (both YYYY-MM-DD), counted on the calendar, not in hours. */
export function daysBetween(a: string, b: string): number {
  const utc = (s: string) => Date.UTC(Number(s.slice(0, 4)), Number(s.slice(5, 7)) - 1, Number(s.slice(8, 10)));
  return Math.round((utc(b) - utc(a)) / 86_400_000);
}

/** Entries of a milestone, newest first (same day: the later recorded first). */
export function entriesOf(p: Project, milestoneId: string): ProgressEntry[] {
  return p.postTraining.progress
    .map((e, i) => ({ e, i }))
    .filter(({ e }) => e.milestoneId === milestoneId)
    .sort((a, b) => (b.e.date ?? '').localeCompare(a.e.date ?? '') || b.i - a.i)
    .map(({ e }) => e);
}

export function dueItem(p: Project, m: Milestone, today: string): DueItem {
  const entries = entriesOf(p, m.id);
  const latestEntry = entries[0] ?? null;
  const latestPct = latestEntry?.achievementPct ?? m.achievementPct ?? null;
  const daysToEnd = m.end ? daysBetween(today, m.end) : null;
  const done = m.status === 'DONE' || latestPct === 100;
  let state: DueState;
  if (m.status === 'CANCELLED') state = 'CANCELLED';
  else if (done) state = 'DONE';
  else if (daysToEnd !== null && daysToEnd < 0) state = 'LATE';
  else if (daysToEnd !== null && daysToEnd <= DUE_SOON_DAYS) state = 'DUE_SOON';
  else if (latestEntry || m.status === 'IN_PROGRESS' || (m.start !== null && m.start <= today)) state = 'ONGOING';
  else state = 'NOT_STARTED';
  const running = state === 'LATE' || state === 'DUE_SOON' || state === 'ONGOING';
  const lastDay = latestEntry?.date ?? null;
  const quiet =
    running && m.start !== null && m.start <= today && (lastDay === null ? daysBetween(m.start, today) > QUIET_DAYS : daysBetween(lastDay, today) > QUIET_DAYS);
  return { milestone: m, state, latestPct, latestEntry, daysToEnd, quiet };
}

const ORDER: Record<DueState, number> = { LATE: 0, DUE_SOON: 1, ONGOING: 2, NOT_STARTED: 3, DONE: 4, CANCELLED: 5 };

/** The dashboard: medium- and long-term milestones, late first, then due soon, each by planned end. */
export function dueItems(p: Project, today: string): DueItem[] {
  return p.milestones
    .filter((m) => FOLLOW_UP_HORIZONS.includes(m.horizon))
    .map((m) => dueItem(p, m, today))
    .sort((a, b) => ORDER[a.state] - ORDER[b.state] || (a.milestone.end ?? '9999').localeCompare(b.milestone.end ?? '9999'));
}

export function dueCounts(items: readonly DueItem[]): Record<DueState, number> {
  const counts: Record<DueState, number> = { LATE: 0, DUE_SOON: 0, ONGOING: 0, NOT_STARTED: 0, DONE: 0, CANCELLED: 0 };
  for (const i of items) counts[i.state]++;
  return counts;
}

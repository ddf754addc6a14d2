/**
 * Milestone dates against the training calendar (docs/domain.md §4.1, A.3 rule 5): short-term
 * milestones must happen inside the off-campus window; nothing should end before it starts.
 */
import type { Calendar, Milestone } from '../model/types';

export type DateProblem = 'END_BEFORE_START' | 'OUTSIDE_WINDOW' | 'ON_HOLIDAY';

export function milestoneDateProblems(m: Milestone, calendar: Calendar): DateProblem[] {
  const problems: DateProblem[] = [];
  if (m.start && m.end && m.end < m.start) problems.push('END_BEFORE_START');
  if (m.horizon === 'PENDEK' && isOutsideWindow(m, calendar)) problems.push('OUTSIDE_WINDOW');
  if (m.start && m.end && m.start === m.end && onHoliday(m.start, calendar)) problems.push('ON_HOLIDAY');
  return problems;
}

/** ISO dates compare correctly as strings. */
export function isOutsideWindow(m: Milestone, c: Calendar): boolean {
  if (!c.offCampusStart || !c.offCampusEnd) return false;
  const start = m.start ?? m.end;
  const end = m.end ?? m.start;
  if (!start || !end) return false;
  return start < c.offCampusStart || end > c.offCampusEnd;
}

function onHoliday(day: string, c: Calendar): boolean {
  return c.holidays.some((h) => h.start && h.end && day >= h.start && day <= h.end);
}

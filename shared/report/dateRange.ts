/**
 * Compact Indonesian date ranges for narrow table columns: "15–18 Maret 2022", "28 Maret – 1 April
 * 2022". Each date is held together by no-break spaces, so a column wraps between dates, never
 * inside one ("1 April / 2022"); the table layout measures the glued date as its minimum width.
 */
import { formatDate, inclusiveDays } from '../format/dates';
import { MISSING } from './terms';

const glue = (s: string) => s.replace(/ /g, '\u00a0');

export function dateRange(start: string | null, end: string | null): string {
  if (!start && !end) return '';
  if (!start || !end) return `${glue(formatDate(start)) || MISSING} – ${glue(formatDate(end)) || MISSING}`;
  if (start === end) return glue(formatDate(start));
  const a = formatDate(start);
  const b = glue(formatDate(end));
  if (start.slice(0, 7) === end.slice(0, 7)) return `${a.split(' ')[0]}–${b}`;
  if (start.slice(0, 4) === end.slice(0, 4)) return `${glue(a.replace(/\s+\d{4}$/, ''))} – ${b}`;
  return `${glue(a)} – ${b}`;
}

/** The range with its length in days: "15–18 Maret 2022 (4 hari)". */
export function dateRangeWithDays(start: string | null, end: string | null): string {
  const range = dateRange(start, end);
  const days = inclusiveDays(start, end);
  return range && days ? `${range} (${days}\u00a0hari)` : range;
}

/**
 * Dates as Indonesian reports write them ("Selasa, 24 Mei 2022", "Jambi, 14 Maret 2022") and as
 * the English UI writes them. Project dates are calendar days ("YYYY-MM-DD") with no time zone.
 */
import { differenceInCalendarDays, format, isValid, parseISO } from 'date-fns';
import { enGB, id as idLocale } from 'date-fns/locale';
import type { Lang } from '../errors';

const locales = { id: idLocale, en: enGB } as const;

export function parseDay(iso: string | null | undefined): Date | null {
  if (!iso) return null;
  const d = parseISO(iso);
  return isValid(d) ? d : null;
}

/**
 * A moment (an ISO timestamp such as a file's "opened at") as the user's own clock shows it:
 * "Rabu, 2 Desember 2026, 04.17" in the runtime's local time zone, never the UTC calendar day.
 */
export function formatMomentLocal(isoInstant: string, lang: Lang = 'id'): string {
  const d = new Date(isoInstant);
  if (!isValid(d)) return '';
  return `${format(d, 'EEEE, d MMMM yyyy', { locale: locales[lang] })}, ${formatClock(d, lang)}`;
}

/** "Selasa, 24 Mei 2022" */
export function formatDateLong(iso: string | null | undefined, lang: Lang = 'id'): string {
  const d = parseDay(iso);
  return d ? format(d, 'EEEE, d MMMM yyyy', { locale: locales[lang] }) : '';
}

/** "24 Mei 2022" */
export function formatDate(iso: string | null | undefined, lang: Lang = 'id'): string {
  const d = parseDay(iso);
  return d ? format(d, 'd MMMM yyyy', { locale: locales[lang] }) : '';
}

/** "24 Mei" — for compact tables and chart labels. */
export function formatDayMonth(iso: string | null | undefined, lang: Lang = 'id'): string {
  const d = parseDay(iso);
  return d ? format(d, 'd MMM', { locale: locales[lang] }) : '';
}

/** Day name alone: "Selasa". */
export function dayName(iso: string | null | undefined, lang: Lang = 'id'): string {
  const d = parseDay(iso);
  return d ? format(d, 'EEEE', { locale: locales[lang] }) : '';
}

/** Clock time as the status bar shows it: "14.03" in Indonesian, "14:03" in English. */
export function formatClock(d: Date, lang: Lang = 'id'): string {
  return format(d, lang === 'id' ? 'HH.mm' : 'HH:mm');
}

/** Days from start to end, counting both ends ("Jumlah hari"); null when either is missing or reversed. */
export function inclusiveDays(start: string | null, end: string | null): number | null {
  const a = parseDay(start);
  const b = parseDay(end);
  if (!a || !b) return null;
  const n = differenceInCalendarDays(b, a);
  return n < 0 ? null : n + 1;
}

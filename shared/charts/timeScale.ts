/**
 * Time axes of the schedule (docs/domain.md §4.3): the short term by week, the medium and long term
 * by month. The report's schedule table uses the same weeks as the timeline picture, so a
 * milestone sits in the same "Minggu ke-" in both.
 */
import { addDays, addMonths, differenceInCalendarDays, differenceInCalendarMonths, format, parseISO, startOfMonth, startOfWeek } from 'date-fns';
import type { Calendar, Milestone } from '../model/types';

export interface Span {
  start: string;
  end: string;
}

export interface Week {
  /** 1-based: "Minggu ke-1". */
  number: number;
  start: string;
  end: string;
}

export interface Month {
  start: string;
  end: string;
  year: number;
  month: number;
}

/** format(d, 'yyyy-MM-dd') written directly for four-digit years (the pictures ask for thousands of them). */
const iso = (d: Date) => {
  const year = d.getFullYear();
  if (!(year >= 1000 && year <= 9999)) return format(d, 'yyyy-MM-dd');
  const month = d.getMonth() + 1;
  const day = d.getDate();
  return `${year}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`;
};

const EPOCH = new Date(1970, 0, 1);
/**
 * Each date's calendar days since 1 January 1970, as date-fns counts them, kept per date string: the timeline asks for
 * the same few dates thousands of times (every bar, week and month of every figure), and parseISO is slow. Calendar
 * days are whole, so the difference of two counts is the count between them. A handful of dates per project.
 */
const dayNumbers = new Map<string, number>();
function dayNumber(day: string): number {
  let n = dayNumbers.get(day);
  if (n === undefined) {
    n = differenceInCalendarDays(parseISO(day), EPOCH);
    dayNumbers.set(day, n);
  }
  return n;
}

/** Days from `a` to `b` (b − a). */
export function daysBetween(a: string, b: string): number {
  return dayNumber(b) - dayNumber(a);
}

/** A milestone's planned days, when both ends are known and in order. */
export function plannedSpan(m: Milestone): Span | null {
  return m.start && m.end && m.end >= m.start ? { start: m.start, end: m.end } : null;
}

export function actualSpan(m: Milestone): Span | null {
  return m.actualStart && m.actualEnd && m.actualEnd >= m.actualStart ? { start: m.actualStart, end: m.actualEnd } : null;
}

/** Seminars this close to the off-campus window are drawn in the short-term panel. */
const SEMINAR_REACH_DAYS = 21;

/**
 * The short-term panel covers the off-campus window and every dated short-term milestone, plus
 * the seminars when they fall near it; null when there is nothing dated.
 */
export function shortTermSpan(milestones: Milestone[], c: Calendar): Span | null {
  // The first and last day in string order, as sorting them all and taking the ends gave (a timeline figure asks once
  // per part drawn, over every milestone).
  let start: string | undefined;
  let end: string | undefined;
  const add = (day: string) => {
    if (start === undefined || day < start) start = day;
    if (end === undefined || day > end) end = day;
  };
  if (c.offCampusStart) add(c.offCampusStart);
  if (c.offCampusEnd) add(c.offCampusEnd);
  for (const m of milestones) {
    if (m.horizon !== 'PENDEK') continue;
    for (const s of [plannedSpan(m), actualSpan(m)]) {
      if (!s) continue;
      add(s.start);
      add(s.end);
    }
  }
  if (start === undefined || end === undefined) return null;
  for (const seminar of [c.seminarRancangan, c.seminarLaporan]) {
    if (!seminar) continue;
    if (seminar < start && daysBetween(seminar, start) <= SEMINAR_REACH_DAYS) start = seminar;
    if (seminar > end && daysBetween(end, seminar) <= SEMINAR_REACH_DAYS) end = seminar;
  }
  return { start, end };
}

/**
 * The weeks and months of each span, kept (a project has a few spans) and frozen, as every figure of the schedule
 * and the schedule table ask for the same ones again. Bounded, for the app's long-lived window.
 */
const kept = new Map<string, readonly Readonly<Week>[] | readonly Readonly<Month>[]>();
function keep<T extends object>(key: string, make: () => T[]): readonly Readonly<T>[] {
  let out = kept.get(key) as readonly Readonly<T>[] | undefined;
  if (out === undefined) {
    out = Object.freeze(make().map((x) => Object.freeze(x)));
    if (kept.size >= 256) kept.clear();
    kept.set(key, out as readonly Readonly<Week>[] | readonly Readonly<Month>[]);
  }
  return out;
}

/** Whole weeks (Monday to Sunday) covering the span, numbered from 1. */
export function weeksOf(span: Span): readonly Readonly<Week>[] {
  return keep(`weeks ${span.start} ${span.end}`, () => makeWeeks(span));
}

function makeWeeks(span: Span): Week[] {
  const first = startOfWeek(parseISO(span.start), { weekStartsOn: 1 });
  const n = Math.floor(differenceInCalendarDays(parseISO(span.end), first) / 7) + 1;
  return Array.from({ length: n }, (_, i) => ({
    number: i + 1,
    start: iso(addDays(first, 7 * i)),
    end: iso(addDays(first, 7 * i + 6)),
  }));
}

/** The week numbers a span touches (for the schedule table's marks). */
export function weeksTouched(span: Span, weeks: readonly Readonly<Week>[]): number[] {
  return weeks.filter((w) => w.start <= span.end && w.end >= span.start).map((w) => w.number);
}

/** Medium and long term milestones' span, from the first day of the first month to the last day of the last. */
export function laterSpan(milestones: Milestone[]): Span | null {
  // The first and last day in string order, as sorting them all gave (see shortTermSpan).
  let first: string | undefined;
  let last: string | undefined;
  for (const m of milestones) {
    if (m.horizon === 'PENDEK') continue;
    for (const s of [plannedSpan(m), actualSpan(m)]) {
      if (!s) continue;
      for (const day of [s.start, s.end]) {
        if (first === undefined || day < first) first = day;
        if (last === undefined || day > last) last = day;
      }
    }
  }
  if (first === undefined || last === undefined) return null;
  const months = monthsOf({ start: first, end: last });
  return { start: months[0]!.start, end: months[months.length - 1]!.end };
}

export function monthsOf(span: Span): readonly Readonly<Month>[] {
  return keep(`months ${span.start} ${span.end}`, () => makeMonths(span));
}

function makeMonths(span: Span): Month[] {
  const first = startOfMonth(parseISO(span.start));
  const n = differenceInCalendarMonths(parseISO(span.end), first) + 1;
  return Array.from({ length: n }, (_, i) => {
    const m = addMonths(first, i);
    return { start: iso(m), end: iso(addDays(addMonths(m, 1), -1)), year: m.getFullYear(), month: m.getMonth() };
  });
}

/**
 * The schedule as a Gantt chart (docs/domain.md §4.3): the short term by week across the off-campus
 * window, with the seminars, the window and holidays marked; the medium and long term by month.
 * A short-term milestone outside the window gets a red outline AND a "!" (never colour alone).
 * In a laporan the realised dates are drawn under the plan.
 */
import { format, parseISO } from 'date-fns';
import { enGB, id as idLocale } from 'date-fns/locale';
import { milestoneCodes } from '../domain/milestoneCodes';
import { isOutsideWindow } from '../domain/schedule';
import type { Horizon } from '../model/enums';
import type { Calendar, Milestone, Project } from '../model/types';
import { emptyChart, svgRoot, textLines, type Chart, type ChartOptions } from './chart';
import { CHART_LABELS, type ChartLabels, type ChartLang } from './labels';
import { swatchRow, swatchRowHeight, type Swatch } from './legend';
import { actualSpan, daysBetween, laterSpan, monthsOf, plannedSpan, shortTermSpan, weeksOf, type Span } from './timeScale';
import { fitLine, textWidth, wrapText } from './textMetrics';
import { CHART_WIDTH, FAINT, FONT, HORIZON_FILL, INK, MUTED, RULE, WARN } from './theme';
import { el, text } from './xml';

type TimelineProject = Pick<Project, 'milestones' | 'calendar'>;

const LABEL_X = 12;
const LABEL_W = 222;
const GRID_X = 244;
const GRID_R = CHART_WIDTH - 12;
const ROW_H = 34;
const LABEL_LINE_H = 15;
/** A name is wrapped whole, never cut: its row grows by a line for each line past two. */
const LABEL_LINES_MAX = 12;
/** Rows drawn per panel; the rest are counted in one line (the report's tables list them all). */
const MAX_ROWS = 40;

interface Scale {
  x(day: string): number;
  perDay: number;
  span: Span;
}

function scaleOf(span: Span): Scale {
  const days = daysBetween(span.start, span.end) + 1;
  const perDay = (GRID_R - GRID_X) / days;
  return { span, perDay, x: (day) => GRID_X + daysBetween(span.start, day) * perDay };
}

export interface TimelinePart {
  /** The milestones this figure draws; codes, time scales and the window still come from all of them. */
  ids: ReadonlySet<string>;
}

export function timelineSvg(project: TimelineProject, opts: ChartOptions = {}, part?: TimelinePart): Chart {
  const lang = opts.lang ?? 'id';
  const L = CHART_LABELS[lang];
  const title = `${L.weekPanel} / ${L.monthPanel}`;
  const drawn = part ? project.milestones.filter((m) => part.ids.has(m.id)) : project.milestones;
  const short = drawn.filter((m) => m.horizon === 'PENDEK');
  const later = drawn.filter((m) => m.horizon !== 'PENDEK');
  if (project.milestones.length === 0) return emptyChart('timeline', title, opts);

  const parts: string[] = [hatchPattern()];
  // Codes (MP-01 …) as the milestone board and the report's tables show them.
  const flags: Flags = {
    outside: false,
    realised: false,
    holiday: false,
    seminar: false,
    horizons: new Set<Horizon>(),
    codes: milestoneCodes(project.milestones),
  };
  let y = 8;
  if (short.length) {
    const span = shortTermSpan(project.milestones, project.calendar);
    const panel = weekPanel(short, project.calendar, span, y, L, lang, flags);
    parts.push(panel.svg);
    y += panel.height + 14;
  }
  if (later.length) {
    const span = laterSpan(project.milestones);
    const panel = monthPanel(later, span, y, L, lang, flags);
    parts.push(panel.svg);
    y += panel.height + 14;
  }

  const swatches: Swatch[] = [...flags.horizons].map((h) => ({
    draw: (cx, cy) => el('rect', { x: cx - 8, y: cy - 5, width: 16, height: 10, fill: HORIZON_FILL[h] }),
    label: L.horizons[h],
  }));
  if (flags.realised)
    swatches.push({ draw: (cx, cy) => el('rect', { x: cx - 8, y: cy - 3, width: 16, height: 6, fill: INK }), label: lang === 'id' ? 'Realisasi' : 'Actual' });
  if (short.length && project.calendar.offCampusStart && project.calendar.offCampusEnd) {
    swatches.push({ draw: (cx, cy) => el('rect', { x: cx - 8, y: cy - 8, width: 16, height: 16, fill: '#dcebf8' }), label: L.offCampus });
  }
  if (flags.holiday)
    swatches.push({ draw: (cx, cy) => el('rect', { x: cx - 8, y: cy - 8, width: 16, height: 16, fill: 'url(#hatch)', stroke: RULE }), label: L.holiday });
  if (flags.seminar)
    swatches.push({
      draw: (cx, cy) => el('line', { x1: cx, y1: cy - 8, x2: cx, y2: cy + 8, stroke: INK, 'stroke-width': 1.5, 'stroke-dasharray': '4 3' }),
      label: 'Seminar',
    });
  if (flags.outside) {
    swatches.push({
      draw: (cx, cy) =>
        el('rect', { x: cx - 8, y: cy - 5, width: 16, height: 10, fill: HORIZON_FILL.PENDEK, stroke: WARN, 'stroke-width': 2 }) +
        el('text', { x: cx + 11, y: cy + 4, 'font-size': 13, 'font-weight': 'bold', fill: WARN }, '!'),
      label: `  ${L.outsideWindow}`,
    });
  }
  const legend = swatchRow(swatches, LABEL_X, y);
  parts.push(el('g', { 'data-legend': 'timeline' }, legend.svg));
  const height = Math.ceil(y + legend.height + 8);
  return { svg: svgRoot('timeline', CHART_WIDTH, height, title, {}, parts), width: CHART_WIDTH, height, empty: false };
}

/**
 * The heights timelineSvg gives drawings of this schedule's parts, without writing their markup: a long schedule is
 * cut into figures by drawing one more row at a time (figures.ts, timelineParts), and only the parts kept need their
 * SVG. What all parts share (the codes, the time spans) is worked out once, for the schedule as it is now. It follows
 * timelineSvg's layout step by step (the panels' rows, the marker lines, the legend's swatches and their wrapping);
 * a unit test holds the two equal over many schedules and every part of them.
 */
export function timelineHeights(project: TimelineProject, opts: ChartOptions = {}): (part?: TimelinePart) => number {
  const lang = opts.lang ?? 'id';
  const L = CHART_LABELS[lang];
  if (project.milestones.length === 0) return (part) => timelineSvg(project, opts, part).height;
  const c = project.calendar;
  const codes = milestoneCodes(project.milestones);
  const shortSpan = shortTermSpan(project.milestones, c);
  const weekScale = shortSpan ? scaleOf(weeksSpan(shortSpan)) : null;
  const laterSpanAll = laterSpan(project.milestones);
  const monthScale = laterSpanAll ? scaleOf(laterSpanAll) : null;
  return (part) => {
    const drawn = part ? project.milestones.filter((m) => part.ids.has(m.id)) : project.milestones;
    const short = drawn.filter((m) => m.horizon === 'PENDEK');
    const later = drawn.filter((m) => m.horizon !== 'PENDEK');
    const flags: Flags = { outside: false, realised: false, holiday: false, seminar: false, horizons: new Set<Horizon>(), codes };
    /** What rows() notes in the flags of the rows it draws. */
    const noteRows = (laid: Row[], scale: Scale | null, calendar: Calendar | null) => {
      for (const { m } of laid) {
        flags.horizons.add(m.horizon);
        if (scale && plannedSpan(m) && calendar !== null && m.horizon === 'PENDEK' && isOutsideWindow(m, calendar)) flags.outside = true;
        if (scale && actualSpan(m)) flags.realised = true;
      }
    };
    let y = 8;
    if (short.length) {
      // weekPanel's height: the title, a line per seminar marker on the scale, the week headers and the rows.
      const scale = weekScale;
      const markers = [c.seminarRancangan, c.seminarLaporan].filter((day): day is string => Boolean(day));
      const visible = scale ? markers.filter((day) => day >= scale.span.start && day <= scale.span.end) : [];
      const rowsTop = y + 22 + 14 * visible.length + 30;
      const laid = layRows(short.slice(0, MAX_ROWS), rowsTop, L, flags);
      if (scale && c.holidays.some((h) => h.start && h.end && !(h.end < scale.span.start || h.start > scale.span.end))) flags.holiday = true;
      noteRows(laid.rows, scale, c);
      if (scale && visible.length) flags.seminar = true;
      y += laid.bottom - y + (short.length > MAX_ROWS ? 22 : 0) + 14;
    }
    if (later.length) {
      // monthPanel's height: the title, the month headers, and each horizon's heading row and rows.
      let budget = MAX_ROWS;
      let rowsY = y + 22 + 30;
      for (const h of ['MENENGAH', 'PANJANG'] as const) {
        const items = later.filter((m) => m.horizon === h);
        if (!items.length) continue;
        rowsY += 20;
        const shown = items.slice(0, budget);
        budget -= shown.length;
        const laid = layRows(shown, rowsY, L, flags);
        noteRows(laid.rows, monthScale, null);
        rowsY = laid.bottom;
      }
      y += rowsY - y + (later.length > MAX_ROWS ? 22 : 0) + 14;
    }
    const labels = [...flags.horizons].map((h) => L.horizons[h]);
    if (flags.realised) labels.push(lang === 'id' ? 'Realisasi' : 'Actual');
    if (short.length && c.offCampusStart && c.offCampusEnd) labels.push(L.offCampus);
    if (flags.holiday) labels.push(L.holiday);
    if (flags.seminar) labels.push('Seminar');
    if (flags.outside) labels.push(`  ${L.outsideWindow}`);
    return Math.ceil(y + swatchRowHeight(labels, LABEL_X) + 8);
  };
}

interface Flags {
  outside: boolean;
  realised: boolean;
  holiday: boolean;
  seminar: boolean;
  horizons: Set<Horizon>;
  codes: ReadonlyMap<string, string>;
}

function weekPanel(
  milestones: Milestone[],
  c: Calendar,
  span: Span | null,
  y0: number,
  L: ChartLabels,
  lang: ChartLang,
  flags: Flags,
): { svg: string; height: number } {
  const window =
    c.offCampusStart && c.offCampusEnd ? ` — ${L.offCampus.toLowerCase()} ${dayMonth(c.offCampusStart, lang)} – ${dayMonth(c.offCampusEnd, lang)}` : '';
  const parts: string[] = [panelTitle(`${L.weekPanel}${window}`, y0)];
  let y = y0 + 22;
  const scale = span ? scaleOf(weeksSpan(span)) : null;
  const markerLines: { day: string; label: string }[] = [];
  if (c.seminarRancangan) markerLines.push({ day: c.seminarRancangan, label: L.seminarRancangan });
  if (c.seminarLaporan) markerLines.push({ day: c.seminarLaporan, label: L.seminarLaporan });
  const visible = scale ? markerLines.filter((m) => m.day >= scale.span.start && m.day <= scale.span.end) : [];
  // One header line per marker, so two labels never overlap.
  for (const m of visible) {
    const x = scale!.x(m.day) + scale!.perDay / 2;
    const label = `${m.label} ${dayMonth(m.day, lang)}`;
    const right = x > (GRID_X + GRID_R) / 2;
    parts.push(
      el(
        'text',
        { x: right ? x - 3 : x + 3, y: y + 11, 'text-anchor': right ? 'end' : 'start', 'font-size': FONT.tiny.size, fill: INK, 'data-marker': 'seminar' },
        text(label),
      ),
    );
    y += 14;
  }
  const rowsTop = y + 30;
  const shown = milestones.slice(0, MAX_ROWS);
  const laid = layRows(shown, rowsTop, L, flags);
  const rowsBottom = laid.bottom;
  parts.push(stripes(laid.rows));
  if (scale) {
    const weeks = weeksOf(span!);
    const colW = (GRID_R - GRID_X) / weeks.length;
    // Every n-th week labelled, so the widest week number or date has room beside the next.
    const widest = Math.max(...weeks.map((w) => Math.max(textWidth(`${L.week}${w.number}`, FONT.smallBold), textWidth(shortDate(w.start), FONT.tiny))));
    const every = Math.max(1, Math.ceil((widest + 6) / colW));
    // Off-campus window and holidays behind everything.
    if (c.offCampusStart && c.offCampusEnd) parts.push(band(scale, c.offCampusStart, c.offCampusEnd, rowsTop - 30, rowsBottom, '#dcebf8', 'off-campus'));
    for (const h of c.holidays) {
      if (!h.start || !h.end || h.end < scale.span.start || h.start > scale.span.end) continue;
      flags.holiday = true;
      parts.push(
        band(
          scale,
          h.start < scale.span.start ? scale.span.start : h.start,
          h.end > scale.span.end ? scale.span.end : h.end,
          rowsTop,
          rowsBottom,
          'url(#hatch)',
          'holiday',
        ),
      );
    }
    weeks.forEach((w, i) => {
      const x = GRID_X + i * colW;
      parts.push(el('line', { x1: x, y1: rowsTop - 30, x2: x, y2: rowsBottom, stroke: FAINT, 'stroke-width': 1 }));
      if (i % every === 0) {
        parts.push(
          el(
            'text',
            { x: x + colW / 2, y: rowsTop - 18, 'text-anchor': 'middle', 'font-size': FONT.tiny.size, 'font-weight': 'bold', fill: INK, 'data-week': w.number },
            text(`${L.week}${w.number}`),
          ),
        );
        parts.push(
          el('text', { x: x + colW / 2, y: rowsTop - 4, 'text-anchor': 'middle', 'font-size': FONT.tiny.size, fill: MUTED }, text(shortDate(w.start))),
        );
      }
    });
  }
  parts.push(rows(laid.rows, scale, c, L, flags));
  if (scale) {
    for (const m of visible) {
      flags.seminar = true;
      const x = scale.x(m.day) + scale.perDay / 2;
      const dash = { stroke: INK, 'stroke-width': 1.5, 'stroke-dasharray': '4 3' };
      parts.push(el('line', { x1: x, y1: y0 + 22, x2: x, y2: rowsTop - 30, ...dash }), el('line', { x1: x, y1: rowsTop, x2: x, y2: rowsBottom, ...dash }));
    }
  }
  let height = rowsBottom - y0;
  if (milestones.length > MAX_ROWS) {
    parts.push(el('text', { x: LABEL_X, y: rowsBottom + 16, 'font-size': FONT.small.size, fill: MUTED }, text(L.moreMilestones(milestones.length - MAX_ROWS))));
    height += 22;
  }
  return { svg: el('g', { 'data-panel': 'weeks' }, ...parts), height };
}

function monthPanel(milestones: Milestone[], span: Span | null, y0: number, L: ChartLabels, lang: ChartLang, flags: Flags): { svg: string; height: number } {
  const parts: string[] = [panelTitle(L.monthPanel, y0)];
  const rowsTop = y0 + 22 + 30;
  const scale = span ? scaleOf(span) : null;
  // Medium term first, then long term, each under its own heading row.
  const groups = (['MENENGAH', 'PANJANG'] as const).map((h) => ({ h, items: milestones.filter((m) => m.horizon === h) })).filter((g) => g.items.length);
  let budget = MAX_ROWS;
  let y = rowsTop;
  const body: string[] = [];
  for (const g of groups) {
    body.push(el('text', { x: LABEL_X, y: y + 15, 'font-size': FONT.smallBold.size, 'font-weight': 'bold', fill: INK }, text(L.horizons[g.h])));
    y += 20;
    const shown = g.items.slice(0, budget);
    budget -= shown.length;
    const laid = layRows(shown, y, L, flags);
    body.push(stripes(laid.rows), rows(laid.rows, scale, null, L, flags));
    y = laid.bottom;
  }
  if (scale) {
    const months = monthsOf(span!);
    const colW = (GRID_R - GRID_X) / months.length;
    const room = Math.max(...months.map((m) => textWidth(monthName(m.start, lang), FONT.tiny))) + 6;
    const every = [1, 2, 3, 6, 12].find((n) => colW * n >= room) ?? 12;
    // A year is named where it starts, unless the previous name would run into it (a span that
    // starts in December names the next year only).
    const yearWidth = textWidth('2000', FONT.smallBold) + 6;
    let yearEnd = -Infinity;
    months.forEach((m, i) => {
      const x = scale.x(m.start);
      const yearStart = m.month === 0 || i === 0;
      parts.push(el('line', { x1: x, y1: rowsTop - (yearStart ? 30 : 14), x2: x, y2: y, stroke: yearStart ? RULE : FAINT, 'stroke-width': 1 }));
      const nextYear = months.findIndex((n, k) => k > i && n.month === 0);
      const roomToNext = nextYear === -1 ? GRID_R - x : scale.x(months[nextYear]!.start) - x;
      if (yearStart && x >= yearEnd && (m.month === 0 || roomToNext >= yearWidth)) {
        parts.push(el('text', { x: x + 3, y: rowsTop - 19, 'font-size': FONT.tiny.size, 'font-weight': 'bold', fill: INK }, text(String(m.year))));
        yearEnd = x + yearWidth;
      }
      if (m.month % every === 0) {
        parts.push(
          el('text', { x: x + 2, y: rowsTop - 4, 'font-size': FONT.tiny.size, fill: MUTED, 'data-month': m.start.slice(0, 7) }, text(monthName(m.start, lang))),
        );
      }
    });
  }
  parts.push(...body);
  let height = y - y0;
  if (milestones.length > MAX_ROWS) {
    parts.push(el('text', { x: LABEL_X, y: y + 16, 'font-size': FONT.small.size, fill: MUTED }, text(L.moreMilestones(milestones.length - MAX_ROWS))));
    height += 22;
  }
  return { svg: el('g', { 'data-panel': 'months' }, ...parts), height };
}

interface Row {
  m: Milestone;
  y: number;
  h: number;
  label: readonly string[];
}

/** Each milestone's row: its wrapped name (whole) and the height that takes, from `top` down. */
/**
 * A row's label wrapped to the label column, kept per text: a long schedule is drawn part by part, each part again
 * with every row before (figures.ts, timelineParts), so each label is wrapped many times. Bounded for the app's window.
 */
const rowLabels = new Map<string, readonly string[]>();
function rowLabel(text: string): readonly string[] {
  let label = rowLabels.get(text);
  if (label === undefined) {
    label = Object.freeze(wrapText(text, LABEL_W, FONT.small, LABEL_LINES_MAX));
    if (rowLabels.size >= 4096) rowLabels.clear();
    rowLabels.set(text, label);
  }
  return label;
}

function layRows(milestones: Milestone[], top: number, L: ChartLabels, flags: Flags): { rows: Row[]; bottom: number } {
  let y = top;
  const out = milestones.map((m, i) => {
    const label = rowLabel(`${flags.codes.get(m.id) ?? i + 1} ${m.title.trim() || L.missing}`);
    const h = Math.max(ROW_H, label.length * LABEL_LINE_H + 6);
    const row = { m, y, h, label };
    y += h;
    return row;
  });
  return { rows: out, bottom: y };
}

function rows(laid: Row[], scale: Scale | null, c: Calendar | null, L: ChartLabels, flags: Flags): string {
  const out: string[] = [];
  laid.forEach(({ m, y: top, h, label }) => {
    // The bar sits in the middle of a row that grew for a long name.
    const y = top + (h - ROW_H) / 2;
    flags.horizons.add(m.horizon);
    const first = label.length === 1 ? y + 21 : top + (h - label.length * LABEL_LINE_H) / 2 + 11;
    out.push(textLines(label, LABEL_X, first, LABEL_LINE_H, { 'font-size': FONT.small.size, fill: INK }));
    const plan = plannedSpan(m);
    const actual = actualSpan(m);
    const outside = c !== null && m.horizon === 'PENDEK' && isOutsideWindow(m, c);
    const data: Record<string, string> = { 'data-milestone': m.id, 'data-horizon': m.horizon };
    if (outside) data['data-outside'] = 'true';
    const bar: string[] = [el('title', {}, text(m.title))];
    if (!scale || !plan) {
      bar.push(el('text', { x: GRID_X + 4, y: y + 21, 'font-size': FONT.tiny.size, 'font-style': 'italic', fill: MUTED }, text(L.noDates)));
    } else {
      const x1 = scale.x(plan.start);
      const x2 = scale.x(plan.end) + scale.perDay;
      const barY = actual ? y + 7 : y + 10;
      bar.push(
        el('rect', {
          x: x1,
          y: barY,
          width: Math.max(3, x2 - x1),
          height: actual ? 11 : 14,
          rx: 2,
          fill: HORIZON_FILL[m.horizon],
          stroke: outside ? WARN : 'none',
          'stroke-width': outside ? 2 : 0,
        }),
      );
      if (outside) {
        flags.outside = true;
        bar.push(el('text', { x: Math.min(x2 + 4, GRID_R - 6), y: barY + 11, 'font-size': 13, 'font-weight': 'bold', fill: WARN }, '!'));
      }
    }
    if (scale && actual) {
      flags.realised = true;
      const x1 = scale.x(actual.start);
      const x2 = scale.x(actual.end) + scale.perDay;
      bar.push(el('rect', { x: x1, y: y + 21, width: Math.max(3, x2 - x1), height: 6, fill: INK, 'data-actual': 'true' }));
    }
    out.push(el('g', data, ...bar));
  });
  return out.join('');
}

/** The short-term scale runs over whole weeks, so the grid lines fall on Mondays. */
function weeksSpan(span: Span): Span {
  const weeks = weeksOf(span);
  return { start: weeks[0]!.start, end: weeks[weeks.length - 1]!.end };
}

/** Every other row lightly shaded, drawn first so the window and holiday bands show through. */
function stripes(laid: Row[]): string {
  let out = '';
  for (let i = 1; i < laid.length; i += 2) {
    const r = laid[i]!;
    out += el('rect', { x: LABEL_X - 4, y: r.y, width: GRID_R - LABEL_X + 4, height: r.h, fill: '#e9ecef', 'fill-opacity': 0.55 });
  }
  return out;
}

function band(scale: Scale, start: string, end: string, top: number, bottom: number, fill: string, kind: string): string {
  const x1 = scale.x(start < scale.span.start ? scale.span.start : start);
  const x2 = scale.x(end > scale.span.end ? scale.span.end : end) + scale.perDay;
  return el('rect', { x: x1, y: top, width: Math.max(1, x2 - x1), height: bottom - top, fill, 'data-band': kind });
}

function panelTitle(label: string, y: number): string {
  return el(
    'text',
    { x: LABEL_X, y: y + 14, 'font-size': FONT.labelBold.size, 'font-weight': 'bold', fill: INK },
    text(fitLine(label, CHART_WIDTH - 24, FONT.labelBold)),
  );
}

function hatchPattern(): string {
  return el(
    'defs',
    {},
    el(
      'pattern',
      { id: 'hatch', width: 6, height: 6, patternUnits: 'userSpaceOnUse', patternTransform: 'rotate(45)' },
      el('rect', { width: 6, height: 6, fill: '#eef0f2' }),
      el('line', { x1: 0, y1: 0, x2: 0, y2: 6, stroke: '#9aa5b1', 'stroke-width': 2 }),
    ),
  );
}

const locales = { id: idLocale, en: enGB } as const;
/** Date labels kept per pattern, language and day: each figure of the schedule labels the same weeks and months again. */
const labels = new Map<string, string>();
const label = (day: string, pattern: string, lang?: ChartLang) => {
  const key = `${pattern}|${lang ?? ''}|${day}`;
  let out = labels.get(key);
  if (out === undefined) {
    out = lang === undefined ? format(parseISO(day), pattern) : format(parseISO(day), pattern, { locale: locales[lang] });
    labels.set(key, out);
  }
  return out;
};
const dayMonth = (day: string, lang: ChartLang) => label(day, 'd MMM', lang);
const monthName = (day: string, lang: ChartLang) => label(day, 'MMM', lang);
const shortDate = (day: string) => label(day, 'd/M');

/**
 * Indicator values over time against baseline and target. Baseline and target are free text in
 * the plan ("16 (2 hari kerja)", "≤ 1", "76,4"); the first number in each is what is measured
 * against, with the Indonesian decimal comma understood.
 */
import type { IndicatorReading } from '../../model/postTraining';
import type { Indicator } from '../../model/types';

/** The first number in a text: "16 (2 hari kerja)" → 16, "≥ 82,0" → 82, "1.250" → 1250, "" → null. */
export function measureOf(text: string): number | null {
  const m = /-?\d+(?:[.,]\d+)*/.exec(text);
  if (!m) return null;
  let s = m[0];
  // "1.250.000" and "1.250" are thousands; "76,4" a decimal comma; "2.5" a decimal point.
  if (/^-?\d{1,3}(\.\d{3})+$/.test(s)) s = s.replace(/\./g, '');
  else if (s.includes(',')) s = s.replace(/\./g, '').replace(',', '.');
  const n = Number(s);
  return Number.isFinite(n) ? n : null;
}

/**
 * How far a value has gone from baseline to target, in percent: 0 at the baseline, 100 at the
 * target, whichever direction the target lies (a waiting time that must fall works as one that
 * must rise). Beyond the target counts as 100, behind the baseline as 0; null when it cannot be said.
 */
export function achievementPct(baseline: number | null, target: number | null, value: number | null): number | null {
  if (baseline === null || target === null || value === null) return null;
  if (target === baseline) return value === target ? 100 : null;
  const pct = ((value - baseline) / (target - baseline)) * 100;
  return Math.round(Math.max(0, Math.min(100, pct)) * 10) / 10;
}

export interface SeriesPoint {
  readingId: string;
  date: string | null;
  value: number;
  pct: number | null;
  note: string;
}

export interface IndicatorSeries {
  indicator: Indicator;
  baseline: number | null;
  target: number | null;
  points: SeriesPoint[];
  /** The newest reading's achievement, or null without readings. */
  latestPct: number | null;
}

export function indicatorSeries(indicator: Indicator, readings: readonly IndicatorReading[]): IndicatorSeries {
  const baseline = measureOf(indicator.baseline);
  const target = measureOf(indicator.target);
  const points = readings
    .map((r, i) => ({ r, i }))
    .filter(({ r }) => r.indicatorId === indicator.id && r.value !== null)
    .sort((a, b) => (a.r.date ?? '9999').localeCompare(b.r.date ?? '9999') || a.i - b.i)
    .map(({ r }) => ({ readingId: r.id, date: r.date, value: r.value!, pct: achievementPct(baseline, target, r.value), note: r.note }));
  return { indicator, baseline, target, points, latestPct: points.at(-1)?.pct ?? null };
}

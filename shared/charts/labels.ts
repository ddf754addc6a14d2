/**
 * The words drawn inside the charts, from the dictionary (shared/i18n charts). Indonesian is the
 * language of the report; the screen may draw the same chart with the English words.
 */
import { fillIn, SHARED_TEXT, type Lang } from '../i18n';
import type { Attitude, Horizon, TeamRole } from '../model/enums';

export type ChartLang = Lang;

export interface ChartLabels {
  empty: string;
  power: string;
  interest: string;
  views: { before: string; after: string; movement: string; path: string };
  pathEarlier: string;
  pathLine: string;
  attitudes: Record<Attitude | 'UNKNOWN', string>;
  threshold: (t: number) => string;
  ghost: string;
  current: string;
  arrow: string;
  notPlaced: (n: number) => string;
  more: (n: number) => string;
  moreStakeholders: (n: number) => string;
  namesInTable: (n: number) => string;
  horizons: Record<Horizon, string>;
  weekPanel: string;
  monthPanel: string;
  week: string;
  offCampus: string;
  holiday: string;
  seminarRancangan: string;
  seminarLaporan: string;
  outsideWindow: string;
  noDates: string;
  moreMilestones: (n: number) => string;
  roles: Record<TeamRole, string>;
  missing: string;
  commandLine: string;
  guidanceLine: string;
  moreMembers: (n: number) => string;
}

/** The chart words of one language, with the `{n}` sentences of the dictionary as functions. */
function chartLabels(lang: ChartLang): ChartLabels {
  const w = SHARED_TEXT[lang].charts;
  const count = (template: string) => (n: number) => fillIn(template, { n });
  return {
    ...w,
    threshold: count(w.threshold),
    notPlaced: count(w.notPlaced),
    more: count(w.more),
    moreStakeholders: count(w.moreStakeholders),
    namesInTable: count(w.namesInTable),
    moreMilestones: count(w.moreMilestones),
    moreMembers: count(w.moreMembers),
  };
}

export const CHART_LABELS: Record<ChartLang, ChartLabels> = { id: chartLabels('id'), en: chartLabels('en') };

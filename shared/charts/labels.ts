/**
 * The words drawn inside the charts. Indonesian is the language of the report; the screen may
 * draw the same chart with the English words.
 */
import type { Attitude, Horizon, TeamRole } from '../model/enums';

export type ChartLang = 'id' | 'en';

export interface ChartLabels {
  empty: string;
  power: string;
  interest: string;
  views: { before: string; after: string; movement: string };
  attitudes: Record<Attitude | 'UNKNOWN', string>;
  threshold: (t: number) => string;
  ghost: string;
  current: string;
  arrow: string;
  notPlaced: (n: number) => string;
  more: (n: number) => string;
  moreStakeholders: (n: number) => string;
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

export const CHART_LABELS: Record<ChartLang, ChartLabels> = {
  id: {
    empty: 'Belum ada data',
    power: 'Pengaruh (power)',
    interest: 'Kepentingan (interest)',
    views: { before: 'Sebelum', after: 'Sesudah', movement: 'Pergerakan: sebelum → sesudah' },
    attitudes: { MENDUKUNG: 'Mendukung', NETRAL: 'Netral', MENOLAK: 'Menolak', UNKNOWN: 'Sikap belum dinilai' },
    threshold: (t) => `Tinggi bila skor ≥ ${t}`,
    ghost: 'posisi sebelum',
    current: 'posisi sesudah',
    arrow: 'pergerakan',
    notPlaced: (n) => `${n} stakeholder belum dipetakan`,
    more: (n) => `+${n}`,
    moreStakeholders: (n) => `… dan ${n} stakeholder lainnya (lihat tabel stakeholder)`,
    horizons: { PENDEK: 'Jangka pendek', MENENGAH: 'Jangka menengah', PANJANG: 'Jangka panjang' },
    weekPanel: 'Jangka pendek (per minggu)',
    monthPanel: 'Jangka menengah dan panjang (per bulan)',
    week: 'M',
    offCampus: 'Off campus',
    holiday: 'Libur',
    seminarRancangan: 'Seminar rancangan',
    seminarLaporan: 'Seminar laporan',
    outsideWindow: 'di luar masa off campus',
    noDates: '[tanggal belum diisi]',
    moreMilestones: (n) => `… dan ${n} milestone lainnya`,
    roles: { SPONSOR: 'Sponsor', MENTOR: 'Mentor', COACH: 'Coach', PROJECT_LEADER: 'Project Leader', MEMBER: 'Anggota' },
    missing: '[belum diisi]',
    commandLine: 'garis komando/koordinasi',
    guidanceLine: 'garis bimbingan (coach)',
    moreMembers: (n) => `+${n} anggota lainnya`,
  },
  en: {
    empty: 'No data yet',
    power: 'Power (pengaruh)',
    interest: 'Interest (kepentingan)',
    views: { before: 'Before', after: 'After', movement: 'Movement: before → after' },
    attitudes: { MENDUKUNG: 'Supportive', NETRAL: 'Neutral', MENOLAK: 'Resisting', UNKNOWN: 'Attitude not assessed' },
    threshold: (t) => `High when score ≥ ${t}`,
    ghost: 'position before',
    current: 'position after',
    arrow: 'movement',
    notPlaced: (n) => `${n} stakeholder(s) not yet placed`,
    more: (n) => `+${n}`,
    moreStakeholders: (n) => `… and ${n} more stakeholders (see the stakeholder table)`,
    horizons: { PENDEK: 'Short term', MENENGAH: 'Medium term', PANJANG: 'Long term' },
    weekPanel: 'Short term (by week)',
    monthPanel: 'Medium and long term (by month)',
    week: 'W',
    offCampus: 'Off campus',
    holiday: 'Holiday',
    seminarRancangan: 'Design seminar',
    seminarLaporan: 'Report seminar',
    outsideWindow: 'outside the off-campus window',
    noDates: '[dates missing]',
    moreMilestones: (n) => `… and ${n} more milestones`,
    roles: { SPONSOR: 'Sponsor', MENTOR: 'Mentor', COACH: 'Coach', PROJECT_LEADER: 'Project Leader', MEMBER: 'Member' },
    missing: '[missing]',
    commandLine: 'line of command',
    guidanceLine: 'guidance (coach)',
    moreMembers: (n) => `+${n} more members`,
  },
};

/**
 * The columns of the cohort table as organisers file it (Indonesian, like the report: the sheet
 * is an administrative document). One list drives the XLSX, the CSV and the in-app table, so the
 * three can never disagree about what a column holds.
 */
import { groupNip } from '../format/nip';
import { PROGRAMMES } from '../model/programmes';
import { FUNDING, INNOVATION, SEMINAR_OUTCOME, STATUS, HORIZON_TITLE } from '../report/terms';
import type { InnovationProfile } from './profile';
import type { CohortMilestoneRow, CohortRow } from './summary';

export type CellValue = string | number | null;
/** text: left, wraps; number: a real number cell; money: rupiah number cell; date: "YYYY-MM-DD" → date cell. */
export type CellKind = 'text' | 'number' | 'money' | 'date';

export interface Column<R> {
  key: string;
  header: string;
  kind: CellKind;
  /** Width in characters for the spreadsheet. */
  width: number;
  value(row: R): CellValue;
}

const PHASE_LABEL: Record<CohortRow['phase'], string> = {
  AREA_AGREEMENT: 'Kesepakatan area',
  ON_CAMPUS_LEARNING: 'Pembelajaran klasikal',
  DRAFTING: 'Penyusunan rancangan',
  SEMINAR_RANCANGAN: 'Seminar rancangan',
  IMPLEMENTATION: 'Implementasi',
  SEMINAR_LAPORAN: 'Seminar laporan',
  FINAL: 'Selesai',
  POST_TRAINING: 'Pasca pelatihan',
};

export const COHORT_COLUMNS: Column<CohortRow>[] = [
  { key: 'participant', header: 'Nama peserta', kind: 'text', width: 30, value: (r) => r.participant },
  // Grouped as printed on documents: also keeps Excel from turning 18 digits into 1,98503E+17.
  { key: 'nip', header: 'NIP', kind: 'text', width: 22, value: (r) => groupNip(r.nip) },
  { key: 'instansi', header: 'Instansi', kind: 'text', width: 34, value: (r) => r.instansi },
  { key: 'programme', header: 'Program', kind: 'text', width: 12, value: (r) => PROGRAMMES[r.programme].shortName },
  { key: 'angkatan', header: 'Angkatan', kind: 'text', width: 10, value: (r) => r.angkatan },
  { key: 'year', header: 'Tahun', kind: 'number', width: 8, value: (r) => r.year },
  { key: 'title', header: 'Judul', kind: 'text', width: 50, value: (r) => r.title },
  { key: 'innovation', header: 'Nama inovasi', kind: 'text', width: 18, value: (r) => r.innovation },
  { key: 'kinds', header: 'Jenis inovasi', kind: 'text', width: 24, value: (r) => r.innovationKinds.map((k) => INNOVATION[k]).join(', ') },
  { key: 'phase', header: 'Tahap', kind: 'text', width: 20, value: (r) => PHASE_LABEL[r.phase] },
  { key: 'mustFixRancangan', header: 'Harus diperbaiki (rancangan)', kind: 'number', width: 12, value: (r) => r.mustFixRancangan },
  { key: 'mustFixLaporan', header: 'Harus diperbaiki (laporan)', kind: 'number', width: 12, value: (r) => r.mustFixLaporan },
  { key: 'milestones', header: 'Milestone', kind: 'number', width: 10, value: (r) => r.milestones },
  { key: 'milestonesDone', header: 'Milestone selesai', kind: 'number', width: 10, value: (r) => r.milestonesDone },
  { key: 'milestonesLate', header: 'Milestone terlambat', kind: 'number', width: 10, value: (r) => r.milestonesLate },
  { key: 'evidence', header: 'Bukti', kind: 'number', width: 8, value: (r) => r.evidence },
  { key: 'budgetTotal', header: 'Anggaran (Rp)', kind: 'money', width: 16, value: (r) => r.budgetTotal },
  { key: 'funding', header: 'Sumber dana', kind: 'text', width: 22, value: (r) => r.fundingSources.map((s) => FUNDING[s]).join(', ') },
  { key: 'stakeholders', header: 'Stakeholder', kind: 'number', width: 10, value: (r) => r.stakeholders },
  { key: 'stakeholdersMoved', header: 'Stakeholder bergeser', kind: 'number', width: 10, value: (r) => r.stakeholdersMoved },
  { key: 'supportersBefore', header: 'Mendukung (sebelum)', kind: 'number', width: 10, value: (r) => r.supportersBefore },
  { key: 'supportersAfter', header: 'Mendukung (sesudah)', kind: 'number', width: 10, value: (r) => r.supportersAfter },
  { key: 'seminarRancangan', header: 'Seminar rancangan', kind: 'text', width: 22, value: (r) => SEMINAR_OUTCOME[r.seminarRancangan] },
  { key: 'seminarLaporan', header: 'Seminar laporan', kind: 'text', width: 22, value: (r) => SEMINAR_OUTCOME[r.seminarLaporan] },
  { key: 'revisionNotesOpen', header: 'Catatan perbaikan terbuka', kind: 'number', width: 10, value: (r) => r.revisionNotesOpen },
  { key: 'notesOpen', header: 'Catatan ulasan terbuka', kind: 'number', width: 10, value: (r) => r.notesOpen },
  { key: 'notesDone', header: 'Catatan ulasan selesai', kind: 'number', width: 10, value: (r) => r.notesDone },
  { key: 'sectionsApproved', header: 'Bagian disetujui', kind: 'number', width: 10, value: (r) => r.sectionsApproved },
];

export const MILESTONE_COLUMNS: Column<CohortMilestoneRow>[] = [
  { key: 'participant', header: 'Nama peserta', kind: 'text', width: 30, value: (r) => r.participant },
  { key: 'code', header: 'Kode', kind: 'text', width: 8, value: (r) => r.code },
  { key: 'horizon', header: 'Jangka', kind: 'text', width: 16, value: (r) => HORIZON_TITLE[r.horizon] },
  { key: 'title', header: 'Milestone', kind: 'text', width: 50, value: (r) => r.title },
  { key: 'start', header: 'Mulai', kind: 'date', width: 12, value: (r) => r.start },
  { key: 'end', header: 'Selesai', kind: 'date', width: 12, value: (r) => r.end },
  { key: 'status', header: 'Status', kind: 'text', width: 14, value: (r) => STATUS[r.status] },
  { key: 'achievement', header: 'Capaian (%)', kind: 'number', width: 10, value: (r) => r.achievementPct },
  { key: 'late', header: 'Terlambat', kind: 'text', width: 10, value: (r) => (r.late ? 'Ya' : 'Tidak') },
];

/** The innovation profile as regional innovation systems ask for it (shared/cohort/profile.ts). */
export const PROFILE_COLUMNS: Column<InnovationProfile>[] = [
  { key: 'name', header: 'Nama inovasi', kind: 'text', width: 24, value: (r) => r.name },
  { key: 'stage', header: 'Tahapan inovasi', kind: 'text', width: 14, value: (r) => r.stage },
  { key: 'initiator', header: 'Inisiator', kind: 'text', width: 30, value: (r) => r.initiator },
  { key: 'position', header: 'Jabatan', kind: 'text', width: 30, value: (r) => r.position },
  { key: 'agency', header: 'Instansi', kind: 'text', width: 34, value: (r) => r.agency },
  { key: 'kinds', header: 'Jenis inovasi', kind: 'text', width: 24, value: (r) => r.kinds },
  { key: 'start', header: 'Waktu uji coba/penerapan', kind: 'date', width: 14, value: (r) => r.startDate },
  { key: 'problem', header: 'Permasalahan', kind: 'text', width: 50, value: (r) => r.problem },
  { key: 'design', header: 'Rancang bangun', kind: 'text', width: 60, value: (r) => r.design },
  { key: 'aims', header: 'Tujuan', kind: 'text', width: 50, value: (r) => r.aims },
  { key: 'benefits', header: 'Manfaat', kind: 'text', width: 50, value: (r) => r.benefits },
  { key: 'results', header: 'Hasil', kind: 'text', width: 50, value: (r) => r.results },
];

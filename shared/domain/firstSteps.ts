/**
 * The guided path for a new project: the sections a first-time participant fills first, in the
 * order each builds on the one before (docs/domain.md §2: issue → priority → causes → idea → goals →
 * milestones → team → stakeholders), and the SIPANTAU example's answer for each, shown beside
 * the empty section as a hint (tests/unit/domain/firstSteps.test.ts checks every example against
 * the shipped sample, so the hint never drifts from the sample a participant can open).
 */
import type { Project } from '../model/types';
import type { SectionId } from './sections';
import { sectionHasContent } from './sectionStatus';

export const FIRST_STEPS = [
  'identitas',
  'latar-belakang',
  'isu',
  'prioritas',
  'akar-masalah',
  'gagasan',
  'tujuan',
  'milestone',
  'tim',
  'stakeholder',
] as const satisfies readonly SectionId[];
export type FirstStep = (typeof FIRST_STEPS)[number];

/** The first step of the path not started yet, or null once every step has something in it. */
export function nextStep(p: Project): FirstStep | null {
  return FIRST_STEPS.find((s) => !sectionHasContent(p, s)) ?? null;
}

export function stepsDone(p: Project): number {
  return FIRST_STEPS.filter((s) => sectionHasContent(p, s)).length;
}

/** What SIPANTAU wrote in each section (the resources/samples project), as a worked answer. */
export const SIPANTAU_EXAMPLES: Partial<Record<SectionId, string>> = {
  identitas: 'Optimalisasi Layanan Informasi Status Perizinan Berusaha melalui Inovasi SIPANTAU (Sistem Pemantauan Alur Izin) pada DPMPTSP Provinsi Jambi',
  'latar-belakang':
    'Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu (DPMPTSP) Provinsi Jambi menyelenggarakan pelayanan perizinan berusaha yang menjadi kewenangan provinsi.',
  isu: 'Belum optimalnya layanan informasi status permohonan perizinan berusaha pada DPMPTSP Provinsi Jambi',
  'akar-masalah': 'Petugas front office hanya 2 orang; belum ada PIC informasi status',
  kesenjangan: 'Waktu respons pertanyaan status: rata-rata 2 hari kerja → real-time (<= 1 jam)',
  gagasan:
    'SIPANTAU — Pelacakan status permohonan berbasis web dengan notifikasi WhatsApp otomatis pada setiap perubahan tahap, didukung SOP layanan informasi dan kolaborasi Diskominfo',
  tujuan: 'Tersedianya SOP dan aplikasi SIPANTAU yang beroperasi untuk 2 sektor perizinan (2 bulan)',
  milestone: 'Konsultasi dan persetujuan rancangan oleh mentor dan sponsor',
  stakeholder: 'Kepala DPMPTSP Provinsi Jambi (sponsor)',
  risiko: 'Mutasi/rotasi anggota tim efektif selama implementasi',
  anggaran: 'Rapat koordinasi tim efektif (konsumsi)',
};

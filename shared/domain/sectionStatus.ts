/**
 * Completion mark per section for the sidebar: empty (nothing written yet), incomplete (something
 * written, but the readiness check still finds gaps) or complete.
 */
import type { Project } from '../model/types';
import type { ReadinessFinding } from './readiness';
import type { SectionId } from './sections';

export type SectionStatus = 'empty' | 'incomplete' | 'complete';

const has = (s: string) => s.trim().length > 0;

const CONTENT: Record<SectionId, (p: Project) => boolean> = {
  identitas: (p) => has(p.title) || has(p.people.participant.name),
  dokumen: (p) => has(p.narrative.kataPengantar) || has(p.narrative.abstrak),
  'latar-belakang': (p) => has(p.narrative.latarBelakang),
  isu: (p) => p.issueAnalysis.issues.length > 0,
  prioritas: (p) => p.issueAnalysis.issues.some((i) => i.usg.U !== null || i.usg.S !== null || i.usg.G !== null),
  'akar-masalah': (p) => p.rootCauses.causes.length > 0,
  kesenjangan: (p) => p.gap.length > 0,
  gagasan: (p) => has(p.breakthrough.name) || has(p.breakthrough.description),
  tujuan: (p) => has(p.goals.PENDEK.statement) || has(p.goals.MENENGAH.statement) || has(p.goals.PANJANG.statement),
  manfaat: (p) => Object.values(p.benefits).some(has),
  'ruang-lingkup': (p) => has(p.narrative.ruangLingkup),
  'profil-organisasi': (p) => has(p.narrative.profilOrganisasi),
  milestone: (p) => p.milestones.length > 0,
  jadwal: (p) => p.milestones.some((m) => m.start !== null),
  tim: (p) => p.team.length > 0,
  stakeholder: (p) => p.stakeholders.length > 0,
  anggaran: (p) => p.budgetLines.length > 0,
  risiko: (p) => p.risks.length > 0,
  'faktor-kunci': (p) => p.criticalSuccessFactors.length > 0,
  keberlanjutan: (p) => has(p.sustainability.narrative) || p.sustainability.items.length > 0,
  realisasi: (p) => p.milestones.some((m) => m.status !== 'PLANNED' || m.achievementPct !== null),
  refleksi: (p) => has(p.narrative.perananTim) || has(p.narrative.pengelolaanStakeholder) || has(p.narrative.refleksiKepemimpinan),
  penutup: (p) => has(p.narrative.kesimpulan) || has(p.narrative.saran),
  konsultasi: (p) => p.consultations.length > 0,
  seminar: (p) => p.seminars.RANCANGAN.date !== null || p.seminars.LAPORAN.date !== null,
  'pasca-kemajuan': (p) => p.postTraining.progress.length > 0,
  'pasca-indikator': (p) => p.postTraining.readings.length > 0,
  'pasca-evaluasi': (p) => p.postTraining.evaluation.progressScale !== null || has(p.postTraining.evaluation.benefits),
  'pasca-serah-terima': (p) => p.postTraining.handovers.length > 0,
};

/** Whether anything has been written in the section yet. */
export function sectionHasContent(p: Project, section: SectionId): boolean {
  return CONTENT[section](p);
}

export function sectionStatus(p: Project, section: SectionId, findings: readonly ReadinessFinding[]): SectionStatus {
  if (!CONTENT[section](p)) return 'empty';
  return findings.some((f) => f.section === section) ? 'incomplete' : 'complete';
}

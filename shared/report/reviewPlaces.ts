/**
 * Where a review note points, said in the report's words (always Indonesian, like the report):
 * "BAB I – Latar Belakang", "Milestone MP-03 «Sosialisasi»". Used by the follow-up lampiran so
 * a reader finds in the document what each note was about and where it was answered.
 */
import { SECTION_GROUPS, type SectionId } from '../domain/sections';
import type { Project } from '../model/types';
import type { NoteTarget } from '../review/types';

const GROUP_PLACE = {
  depan: 'Halaman depan',
  bab1: 'BAB I',
  bab2: 'BAB II',
  bab3: 'BAB III',
  penutup: 'Penutup',
  lampiran: 'Lampiran',
  pasca: 'Pasca pelatihan',
} as const;

export const SECTION_PLACE: Record<SectionId, string> = {
  identitas: 'Identitas',
  dokumen: 'Kata Pengantar',
  'latar-belakang': 'Latar Belakang',
  isu: 'Identifikasi Isu',
  prioritas: 'Penetapan Isu Prioritas',
  'akar-masalah': 'Akar Masalah',
  kesenjangan: 'Kesenjangan',
  gagasan: 'Gagasan Kreatif',
  tujuan: 'Tujuan',
  manfaat: 'Manfaat',
  'ruang-lingkup': 'Ruang Lingkup',
  'profil-organisasi': 'Profil Organisasi',
  milestone: 'Milestone',
  jadwal: 'Jadwal',
  tim: 'Tim Efektif',
  stakeholder: 'Stakeholder',
  anggaran: 'Anggaran',
  risiko: 'Kendala dan Risiko',
  'faktor-kunci': 'Faktor Kunci Keberhasilan',
  keberlanjutan: 'Keberlanjutan',
  realisasi: 'Realisasi Milestone',
  refleksi: 'Peran Tim, Stakeholder dan Kepemimpinan',
  penutup: 'Kesimpulan dan Saran',
  konsultasi: 'Lembar Konsultasi',
  seminar: 'Seminar',
  'pasca-kemajuan': 'Kemajuan Pelaksanaan',
  'pasca-indikator': 'Capaian Indikator',
  'pasca-evaluasi': 'Evaluasi Dua Belas Bulan',
  'pasca-serah-terima': 'Serah Terima Proyek',
};

export function sectionPlace(id: SectionId): string {
  const group = SECTION_GROUPS.find((g) => (g.sections as readonly string[]).includes(id));
  return group ? `${GROUP_PLACE[group.id]} – ${SECTION_PLACE[id]}` : SECTION_PLACE[id];
}

const clip = (s: string, n = 60) => (s.length > n ? `${s.slice(0, n - 1).trimEnd()}…` : s);
const named = (label: string, text: string) => (text.trim() ? `${label} «${clip(text.trim())}»` : label);

/** The place of a note's target in the document; "Tidak terpetakan" when it cannot be placed or no longer exists. */
export function targetPlace(p: Project, target: NoteTarget, codes: ReadonlyMap<string, string>): string {
  if (target.type === 'SECTION') return sectionPlace(target.sectionId);
  if (target.type === 'UNPLACED') return 'Tidak terpetakan';
  const id = target.itemId;
  switch (target.itemKind) {
    case 'ISSUE': {
      const item = p.issueAnalysis.issues.find((x) => x.id === id);
      return item ? named(sectionPlace('isu'), item.statement) : 'Tidak terpetakan (isu sudah dihapus)';
    }
    case 'MILESTONE': {
      const item = p.milestones.find((x) => x.id === id);
      return item ? named(`${sectionPlace('milestone')} ${codes.get(id) ?? ''}`.trim(), item.title) : 'Tidak terpetakan (milestone sudah dihapus)';
    }
    case 'STAKEHOLDER': {
      const item = p.stakeholders.find((x) => x.id === id);
      return item ? named(sectionPlace('stakeholder'), item.name) : 'Tidak terpetakan (stakeholder sudah dihapus)';
    }
    case 'BUDGET_LINE': {
      const item = p.budgetLines.find((x) => x.id === id);
      return item ? named(sectionPlace('anggaran'), item.item) : 'Tidak terpetakan (mata anggaran sudah dihapus)';
    }
    case 'RISK': {
      const item = p.risks.find((x) => x.id === id);
      return item ? named(sectionPlace('risiko'), item.description) : 'Tidak terpetakan (risiko sudah dihapus)';
    }
    case 'TEAM_MEMBER': {
      const item = p.team.find((x) => x.id === id);
      return item ? named(sectionPlace('tim'), item.person.name) : 'Tidak terpetakan (anggota tim sudah dihapus)';
    }
  }
}

import type { Phase } from '../model/enums';

/**
 * The workspace's sections in report order (docs/domain.md §2.2–2.3). The sidebar, the readiness
 * links and the report outline all use these ids, so "fix this" always lands on the right screen.
 */
export const SECTION_GROUPS = [
  { id: 'depan', sections: ['identitas', 'dokumen'] },
  { id: 'bab1', sections: ['latar-belakang', 'isu', 'prioritas', 'akar-masalah', 'kesenjangan', 'gagasan', 'tujuan', 'manfaat', 'ruang-lingkup'] },
  { id: 'bab2', sections: ['profil-organisasi', 'milestone', 'jadwal', 'tim', 'stakeholder', 'anggaran', 'risiko', 'faktor-kunci', 'keberlanjutan'] },
  { id: 'bab3', sections: ['realisasi', 'refleksi'] },
  { id: 'penutup', sections: ['penutup'] },
  { id: 'lampiran', sections: ['konsultasi', 'seminar'] },
  /** After the seminar (issue 15): shown once the project is carried out (AFTERCARE_PHASES), not part of the report. */
  { id: 'pasca', sections: ['pasca-kemajuan', 'pasca-indikator', 'pasca-evaluasi', 'pasca-serah-terima'] },
] as const;

export type SectionGroupId = (typeof SECTION_GROUPS)[number]['id'];
export type SectionId = (typeof SECTION_GROUPS)[number]['sections'][number];

export const SECTION_IDS: readonly SectionId[] = SECTION_GROUPS.flatMap((g) => g.sections);

export function isSectionId(v: unknown): v is SectionId {
  return typeof v === 'string' && (SECTION_IDS as readonly string[]).includes(v);
}

/** Phases in which the post-training group shows: from implementation on, the laporan and after. */
const AFTERCARE_PHASES: ReadonlySet<Phase> = new Set(['IMPLEMENTATION', 'SEMINAR_LAPORAN', 'FINAL', 'POST_TRAINING']);

export function showsAftercare(phase: Phase): boolean {
  return AFTERCARE_PHASES.has(phase);
}

/** The sidebar's groups in a phase: the post-training group only once the project is carried out. */
export function sectionGroupsFor(phase: Phase): readonly (typeof SECTION_GROUPS)[number][] {
  // The same array each time, so a selector returning it does not re-render on every edit.
  return showsAftercare(phase) ? SECTION_GROUPS : DRAFT_GROUPS;
}

const DRAFT_GROUPS = SECTION_GROUPS.filter((g) => g.id !== 'pasca');

/** The sections the sidebar lists in a phase, in order. */
export function sectionIdsFor(phase: Phase): SectionId[] {
  return sectionGroupsFor(phase).flatMap((g) => g.sections);
}

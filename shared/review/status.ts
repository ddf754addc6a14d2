/**
 * A project's review status in three numbers, for the cohort table (issue 16's "status ulasan"):
 * review notes still open, notes done, and sections approved — a section counts as approved when
 * some reviewer approved it and none asks for revision.
 */
import type { ReviewStore } from './types';

export interface ReviewStatus {
  notesOpen: number;
  notesDone: number;
  sectionsApproved: number;
}

export function reviewStatus(store: ReviewStore | undefined): ReviewStatus {
  if (!store) return { notesOpen: 0, notesDone: 0, sectionsApproved: 0 };
  const approved = new Set<string>();
  const revise = new Set<string>();
  for (const v of store.sectionVerdicts) {
    if (v.verdict === 'DISETUJUI') approved.add(v.sectionId);
    if (v.verdict === 'PERLU_PERBAIKAN') revise.add(v.sectionId);
  }
  return {
    notesOpen: store.notes.filter((n) => n.status === 'OPEN').length,
    notesDone: store.notes.filter((n) => n.status === 'DONE').length,
    sectionsApproved: [...approved].filter((s) => !revise.has(s)).length,
  };
}

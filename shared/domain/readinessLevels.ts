/**
 * Three levels for the readiness findings, so a participant sees what matters now:
 *  - must: must be fixed before the seminar (an error in a section already being written);
 *  - improve: worth improving (a warning in a section already being written);
 *  - empty: not filled yet (any finding in a section nothing has been written in).
 * A brand-new project therefore starts with "not filled yet" items, not a wall of red. The
 * export still refuses to call a document ready while any error remains, whatever its level.
 *
 * And a progress figure per section: the share of its items without findings for sections that
 * are lists (milestones, stakeholders …), otherwise 0 (empty), 50 (written, with findings) or 100.
 */
import type { Project } from '../model/types';
import type { ReadinessFinding } from './readiness';
import type { SectionId } from './sections';
import { sectionHasContent } from './sectionStatus';

export type ReadinessLevel = 'must' | 'improve' | 'empty';
export const READINESS_LEVELS: readonly ReadinessLevel[] = ['must', 'improve', 'empty'];

export function findingLevel(p: Project, f: ReadinessFinding): ReadinessLevel {
  if (!sectionHasContent(p, f.section)) return 'empty';
  return f.severity === 'error' ? 'must' : 'improve';
}

export function levelCounts(p: Project, findings: readonly ReadinessFinding[]): Record<ReadinessLevel, number> {
  const counts: Record<ReadinessLevel, number> = { must: 0, improve: 0, empty: 0 };
  for (const f of findings) counts[findingLevel(p, f)]++;
  return counts;
}

/** The items a list section is made of; findings about one of them name it by itemId. */
const ITEMS: Partial<Record<SectionId, (p: Project) => readonly { id: string }[]>> = {
  isu: (p) => p.issueAnalysis.issues,
  prioritas: (p) => p.issueAnalysis.issues,
  milestone: (p) => p.milestones,
  realisasi: (p) => p.milestones,
  tim: (p) => p.team,
  stakeholder: (p) => p.stakeholders,
  anggaran: (p) => p.budgetLines,
  risiko: (p) => p.risks,
};

/** 0–100: how far the section is, from the same findings the panel shows. */
export function sectionProgress(p: Project, section: SectionId, findings: readonly ReadinessFinding[]): number {
  if (!sectionHasContent(p, section)) return 0;
  const mine = findings.filter((f) => f.section === section);
  if (mine.length === 0) return 100;
  const items = ITEMS[section]?.(p) ?? [];
  // A finding about the section as a whole (not one item) holds it at half way at most.
  const whole = mine.some((f) => !f.itemId);
  if (items.length === 0) return 50;
  const flagged = new Set(mine.flatMap((f) => (f.itemId ? [f.itemId] : [])));
  const done = items.filter((i) => !flagged.has(i.id)).length;
  const share = Math.round((done / items.length) * 100);
  return whole ? Math.min(50, share) : Math.min(99, share);
}

/**
 * The readiness checks over a project, computed once per project snapshot and report kind, however
 * many components (sidebar marks, the count on the toggle, the panel) ask for them.
 */
import { readinessFindings, type ReadinessFinding, type ReportKind } from '../../../shared/domain/readiness';
import { reportKindForPhase } from '../../../shared/domain/reportKind';
import { SECTION_IDS } from '../../../shared/domain/sections';
import { sectionProgress } from '../../../shared/domain/readinessLevels';
import { sectionStatus } from '../../../shared/domain/sectionStatus';
import type { Project } from '../../../shared/model/types';

const cache: Record<ReportKind, WeakMap<Project, ReadinessFinding[]>> = { rancangan: new WeakMap(), laporan: new WeakMap() };

export function findingsOf(project: Project, kind: ReportKind): ReadinessFinding[] {
  let f = cache[kind].get(project);
  if (!f) {
    f = readinessFindings(project, kind);
    cache[kind].set(project, f);
  }
  return f;
}

/** The document the participant is working towards now, from the project's phase (one rule: shared/domain/reportKind.ts). */
export const phaseKind = reportKindForPhase;

/** Each section's mark, in SECTION_IDS order: a list of short strings, cheap to compare. */
export function sectionMarks(project: Project, kind: ReportKind): string[] {
  const findings = findingsOf(project, kind);
  return SECTION_IDS.map((s) => sectionStatus(project, s, findings));
}

/** How far each section is (0–100), in SECTION_IDS order: the figure beside a started section's name. */
export function sectionProgressFigures(project: Project, kind: ReportKind): number[] {
  const findings = findingsOf(project, kind);
  return SECTION_IDS.map((s) => sectionProgress(project, s, findings));
}

/** Findings compared by what they show, so an equal list recomputed after a keystroke is "the same". */
export function sameFindings(a: readonly ReadinessFinding[], b: readonly ReadinessFinding[]): boolean {
  return a === b || (a.length === b.length && JSON.stringify(a) === JSON.stringify(b));
}

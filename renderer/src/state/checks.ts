/**
 * The readiness checks over a project, computed once per project snapshot and report kind, however
 * many components (sidebar marks, the count on the toggle, the panel) ask for them.
 */
import { readinessFindings, type ReadinessFinding, type ReportKind } from '../../../shared/domain/readiness';
import { reportKindForPhase } from '../../../shared/domain/reportKind';
import { SECTION_IDS } from '../../../shared/domain/sections';
import { levelCounts, sectionProgress } from '../../../shared/domain/readinessLevels';
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

/**
 * Remembers a figure per project snapshot and report kind. The sidebar's selectors run on every
 * store notification (every keystroke), while the project they read (the checked one) changes only
 * after a pause: without this, each key walked every section twice (issue 18).
 */
export function perSnapshot<K extends string, T>(compute: (project: Project, key: K) => T): (project: Project, key: K) => T {
  const memo = new WeakMap<Project, Map<K, T>>();
  return (project, key) => {
    let byKey = memo.get(project);
    if (!byKey) memo.set(project, (byKey = new Map()));
    if (byKey.has(key)) return byKey.get(key)!;
    const value = compute(project, key);
    byKey.set(key, value);
    return value;
  };
}

/** Each section's mark, in SECTION_IDS order: a list of short strings, cheap to compare. */
export const sectionMarks = perSnapshot((project, kind: ReportKind): string[] => {
  const findings = findingsOf(project, kind);
  return SECTION_IDS.map((s) => sectionStatus(project, s, findings));
});

/** How far each section is (0–100), in SECTION_IDS order: the figure beside a started section's name. */
export const sectionProgressFigures = perSnapshot((project, kind: ReportKind): number[] => {
  const findings = findingsOf(project, kind);
  return SECTION_IDS.map((s) => sectionProgress(project, s, findings));
});

/** Findings compared by what they show, so an equal list recomputed after a keystroke is "the same". */
export function sameFindings(a: readonly ReadinessFinding[], b: readonly ReadinessFinding[]): boolean {
  return a === b || (a.length === b.length && JSON.stringify(a) === JSON.stringify(b));
}

/** How many findings of each level: the counts on the readiness toggle. */
export const findingLevels = perSnapshot((project, kind: ReportKind) => levelCounts(project, findingsOf(project, kind)));

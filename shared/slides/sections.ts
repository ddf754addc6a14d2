/**
 * The parts a deck can have, the order each seminar shows them in by default, and how long each
 * kind of slide takes to present: seminars give the participant about ten minutes.
 */
import type { ReportKind } from '../domain/readiness';

export const SECTION_IDS = [
  'title',
  'background',
  'issues',
  'core',
  'causes',
  'gap',
  'idea',
  'goals',
  'milestones',
  'schedule',
  'stakeholders',
  'team',
  'budget',
  'risks',
  'realisation',
  'evidence',
  'movement',
  'benefits',
  'sustainability',
  'closing',
] as const;
export type SectionId = (typeof SECTION_IDS)[number];

/** Default selection and order per seminar; the participant may add, drop and reorder. */
export const DEFAULT_SECTIONS: Record<ReportKind, SectionId[]> = {
  rancangan: [
    'title',
    'background',
    'issues',
    'core',
    'causes',
    'gap',
    'idea',
    'goals',
    'milestones',
    'schedule',
    'stakeholders',
    'team',
    'budget',
    'risks',
    'closing',
  ],
  laporan: ['title', 'background', 'core', 'idea', 'goals', 'realisation', 'evidence', 'movement', 'team', 'benefits', 'risks', 'sustainability', 'closing'],
};

/** Seconds a presenter typically spends on one slide of the part (title and closing are quick, tables slow). */
const SECONDS_PER_SLIDE: Record<SectionId, number> = {
  title: 20,
  background: 45,
  issues: 45,
  core: 45,
  causes: 40,
  gap: 40,
  idea: 50,
  goals: 40,
  milestones: 45,
  schedule: 30,
  stakeholders: 40,
  team: 25,
  budget: 25,
  risks: 35,
  realisation: 50,
  evidence: 30,
  movement: 40,
  benefits: 45,
  sustainability: 35,
  closing: 20,
};

/** The time a seminar gives the presenter. */
export const SEMINAR_MINUTES = 10;

/** The sections in the order asked for, unknown or repeated ones dropped; an empty choice means the default. */
export function chosenSections(kind: ReportKind, chosen: readonly string[] | undefined): SectionId[] {
  if (!chosen || chosen.length === 0) return DEFAULT_SECTIONS[kind];
  const seen = new Set<SectionId>();
  for (const id of chosen) if ((SECTION_IDS as readonly string[]).includes(id)) seen.add(id as SectionId);
  return [...seen];
}

/** Minutes to present these slides, to the half minute. */
export function presentationMinutes(sections: readonly SectionId[]): number {
  const seconds = sections.reduce((s, id) => s + SECONDS_PER_SLIDE[id], 0);
  return Math.round((seconds / 60) * 2) / 2;
}

/**
 * One row of a cohort table: what a coach or organiser wants to see of a participant's project
 * without opening it. Every figure comes from shared/domain, the same functions the editor and
 * the report use, so a number in the cohort table cannot disagree with the participant's report.
 */
import { budgetSummary } from '../domain/budget';
import { movedStakeholders, positionQuadrant } from '../domain/quadrant';
import { readinessFindings } from '../domain/readiness';
import type { FundingSource, InnovationKind, Phase, ProgrammeCode, SeminarOutcome } from '../model/enums';
import type { Project } from '../model/types';
import { reviewStatus } from '../review/status';

export interface CohortRow {
  projectId: string;
  participant: string;
  nip: string;
  instansi: string;
  programme: ProgrammeCode;
  angkatan: string;
  year: number | null;
  title: string;
  innovation: string;
  innovationKinds: InnovationKind[];
  phase: Phase;
  /** Findings an examiner would make the participant fix before each seminar. */
  mustFixRancangan: number;
  mustFixLaporan: number;
  milestones: number;
  milestonesDone: number;
  /** Past their planned end (as of `today`), neither done nor cancelled. */
  milestonesLate: number;
  evidence: number;
  budgetTotal: number;
  fundingSources: FundingSource[];
  stakeholders: number;
  /** Stakeholders whose quadrant changed from before to after. */
  stakeholdersMoved: number;
  supportersBefore: number;
  supportersAfter: number;
  seminarRancangan: SeminarOutcome;
  seminarLaporan: SeminarOutcome;
  revisionNotesOpen: number;
  /** Review notes (imported, and in .ulasan files beside the project) still open, and done. */
  notesOpen: number;
  notesDone: number;
  /** Sections some reviewer approved and none asks to revise. */
  sectionsApproved: number;
}

export interface CohortMilestoneRow {
  projectId: string;
  participant: string;
  code: string;
  horizon: Project['milestones'][number]['horizon'];
  title: string;
  start: string | null;
  end: string | null;
  status: Project['milestones'][number]['status'];
  achievementPct: number | null;
  late: boolean;
}

/** `today` as "YYYY-MM-DD" in the user's own time zone: passed in so the summary stays pure. */
export function summariseProject(p: Project, today: string): CohortRow {
  const errors = (kind: 'rancangan' | 'laporan') => readinessFindings(p, kind).filter((f) => f.severity === 'error').length;
  const budget = budgetSummary(p.budgetLines);
  const threshold = p.stakeholderSettings.threshold;
  const supporters = (which: 'before' | 'after') =>
    p.stakeholders.filter((s) => s[which].attitude === 'MENDUKUNG' && positionQuadrant(s[which], threshold) !== null).length;
  const evidenceIds = new Set(p.milestones.flatMap((m) => m.attachmentIds));
  for (const a of p.attachments) if (a.milestoneId !== null) evidenceIds.add(a.id);
  const person = p.people.participant;
  return {
    projectId: p.id,
    participant: person.name.trim(),
    nip: person.nip.trim(),
    instansi: person.instansi.trim(),
    programme: p.programme.code,
    angkatan: p.programme.angkatan.trim(),
    year: p.programme.year,
    title: p.title.trim(),
    innovation: p.breakthrough.name.trim(),
    innovationKinds: [...p.breakthrough.kinds],
    phase: p.phase,
    mustFixRancangan: errors('rancangan'),
    mustFixLaporan: errors('laporan'),
    milestones: p.milestones.length,
    milestonesDone: p.milestones.filter((m) => m.status === 'DONE').length,
    milestonesLate: p.milestones.filter((m) => isLate(m, today)).length,
    evidence: evidenceIds.size,
    budgetTotal: budget.total,
    fundingSources: budget.bySource.map((s) => s.source),
    stakeholders: p.stakeholders.length,
    stakeholdersMoved: movedStakeholders(p.stakeholders, threshold).length,
    supportersBefore: supporters('before'),
    supportersAfter: supporters('after'),
    seminarRancangan: p.seminars.RANCANGAN.outcome,
    seminarLaporan: p.seminars.LAPORAN.outcome,
    revisionNotesOpen: [...p.seminars.RANCANGAN.revisionNotes, ...p.seminars.LAPORAN.revisionNotes].filter((n) => !n.resolved).length,
    ...reviewStatus(p.reviews),
  };
}

export function milestoneRows(p: Project, codes: ReadonlyMap<string, string>, today: string): CohortMilestoneRow[] {
  return p.milestones.map((m) => ({
    projectId: p.id,
    participant: p.people.participant.name.trim(),
    code: codes.get(m.id) ?? '',
    horizon: m.horizon,
    title: m.title.trim(),
    start: m.start,
    end: m.end,
    status: m.status,
    achievementPct: m.achievementPct,
    late: isLate(m, today),
  }));
}

function isLate(m: Project['milestones'][number], today: string): boolean {
  return m.end !== null && m.end < today && m.status !== 'DONE' && m.status !== 'CANCELLED';
}

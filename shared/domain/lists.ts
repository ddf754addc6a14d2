/**
 * Lenses onto every list in the project, so one set of list commands (add, update, remove, move)
 * serves issues, milestones, stakeholders and the rest, each validated by its own item schema.
 */
import type { z } from 'zod';
import * as S from '../model/schema';
import { HandoverSchema, IndicatorReadingSchema, ProgressEntrySchema } from '../model/postTraining';
import type { Project } from '../model/types';

interface ListLens<T extends z.ZodType> {
  schema: T;
  get(p: Project): z.infer<T>[];
  set(p: Project, items: z.infer<T>[]): Project;
}

const lens = <T extends z.ZodType>(schema: T, get: (p: Project) => z.infer<T>[], set: (p: Project, v: z.infer<T>[]) => Project): ListLens<T> => ({
  schema,
  get,
  set,
});

export const LISTS = {
  issues: lens(
    S.IssueSchema,
    (p) => p.issueAnalysis.issues,
    (p, issues) => ({ ...p, issueAnalysis: { ...p.issueAnalysis, issues } }),
  ),
  rootCauses: lens(
    S.RootCauseSchema,
    (p) => p.rootCauses.causes,
    (p, causes) => ({ ...p, rootCauses: { ...p.rootCauses, causes } }),
  ),
  gap: lens(
    S.GapRowSchema,
    (p) => p.gap,
    (p, gap) => ({ ...p, gap }),
  ),
  indicatorsPENDEK: lens(
    S.IndicatorSchema,
    (p) => p.goals.PENDEK.indicators,
    (p, indicators) => ({ ...p, goals: { ...p.goals, PENDEK: { ...p.goals.PENDEK, indicators } } }),
  ),
  indicatorsMENENGAH: lens(
    S.IndicatorSchema,
    (p) => p.goals.MENENGAH.indicators,
    (p, indicators) => ({ ...p, goals: { ...p.goals, MENENGAH: { ...p.goals.MENENGAH, indicators } } }),
  ),
  indicatorsPANJANG: lens(
    S.IndicatorSchema,
    (p) => p.goals.PANJANG.indicators,
    (p, indicators) => ({ ...p, goals: { ...p.goals, PANJANG: { ...p.goals.PANJANG, indicators } } }),
  ),
  milestones: lens(
    S.MilestoneSchema,
    (p) => p.milestones,
    (p, milestones) => ({ ...p, milestones }),
  ),
  stakeholders: lens(
    S.StakeholderSchema,
    (p) => p.stakeholders,
    (p, stakeholders) => ({ ...p, stakeholders }),
  ),
  team: lens(
    S.TeamMemberSchema,
    (p) => p.team,
    (p, team) => ({ ...p, team }),
  ),
  risks: lens(
    S.RiskSchema,
    (p) => p.risks,
    (p, risks) => ({ ...p, risks }),
  ),
  budgetLines: lens(
    S.BudgetLineSchema,
    (p) => p.budgetLines,
    (p, budgetLines) => ({ ...p, budgetLines }),
  ),
  criticalSuccessFactors: lens(
    S.ListItemSchema,
    (p) => p.criticalSuccessFactors,
    (p, criticalSuccessFactors) => ({ ...p, criticalSuccessFactors }),
  ),
  sustainabilityItems: lens(
    S.ListItemSchema,
    (p) => p.sustainability.items,
    (p, items) => ({ ...p, sustainability: { ...p.sustainability, items } }),
  ),
  consultations: lens(
    S.ConsultationSchema,
    (p) => p.consultations,
    (p, consultations) => ({ ...p, consultations }),
  ),
  revisionNotesRANCANGAN: lens(
    S.RevisionNoteSchema,
    (p) => p.seminars.RANCANGAN.revisionNotes,
    (p, revisionNotes) => ({ ...p, seminars: { ...p.seminars, RANCANGAN: { ...p.seminars.RANCANGAN, revisionNotes } } }),
  ),
  revisionNotesLAPORAN: lens(
    S.RevisionNoteSchema,
    (p) => p.seminars.LAPORAN.revisionNotes,
    (p, revisionNotes) => ({ ...p, seminars: { ...p.seminars, LAPORAN: { ...p.seminars.LAPORAN, revisionNotes } } }),
  ),
  holidays: lens(
    S.HolidaySchema,
    (p) => p.calendar.holidays,
    (p, holidays) => ({ ...p, calendar: { ...p.calendar, holidays } }),
  ),
  attachments: lens(
    S.AttachmentSchema,
    (p) => p.attachments,
    (p, attachments) => ({ ...p, attachments }),
  ),
  progress: lens(
    ProgressEntrySchema,
    (p) => p.postTraining.progress,
    (p, progress) => ({ ...p, postTraining: { ...p.postTraining, progress } }),
  ),
  readings: lens(
    IndicatorReadingSchema,
    (p) => p.postTraining.readings,
    (p, readings) => ({ ...p, postTraining: { ...p.postTraining, readings } }),
  ),
  handovers: lens(
    HandoverSchema,
    (p) => p.postTraining.handovers,
    (p, handovers) => ({ ...p, postTraining: { ...p.postTraining, handovers } }),
  ),
} as const;

export type ListName = keyof typeof LISTS;
export type ListItemOf<L extends ListName> = z.infer<(typeof LISTS)[L]['schema']>;

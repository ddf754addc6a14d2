/**
 * What a change project records after the seminar (issue 15): dated stakeholder positions between
 * "before" and "after", progress entries of the medium- and long-term milestones, indicator
 * readings over time, the twelve-month evaluation answers and the handovers when the leader is
 * transferred. Every field is optional with a default, so files written before these existed
 * stay valid without a schema version step.
 */
import { z } from 'zod';
import { ATTITUDES } from './enums';
import { id, isoDate, list, score, shortText } from './fields';

export const POST_TRAINING_LIMITS = {
  /** Dated positions per stakeholder: one a week for two years is about a hundred. */
  positions: 120,
  progress: 1_000,
  readings: 1_000,
  handovers: 50,
  /** Evidence pictures named by one progress entry (the pictures themselves count against LIMITS.attachments). */
  entryPictures: 12,
} as const;

/** A stakeholder's place on the grid on a day between before and after, with why it moved. */
export const DatedPositionSchema = z.object({
  id: id(),
  date: isoDate(),
  power: score(),
  interest: score(),
  attitude: z.enum(ATTITUDES).nullable().default(null),
  note: shortText(500),
});

/** One dated report on a milestone after training: what happened, how far, what blocks, what next. */
export const ProgressEntrySchema = z.object({
  id: id(),
  milestoneId: id(),
  date: isoDate(),
  happened: shortText(2_000),
  achievementPct: z.number().min(0).max(100).nullable().default(null),
  problems: shortText(2_000),
  nextStep: shortText(2_000),
  attachmentIds: list(id(), POST_TRAINING_LIMITS.entryPictures),
});

/** An indicator measured on a day; the value is a number so it can be set against baseline and target. */
export const IndicatorReadingSchema = z.object({
  id: id(),
  indicatorId: id(),
  date: isoDate(),
  value: z.number().min(-1e12).max(1e12).nullable().default(null),
  note: shortText(500),
});

/** The organisers' twelve-month questions, answered by the user from what was recorded. */
export const EvaluationSchema = z.object({
  /** 1 = not started … 5 = fully in place and institutionalised. */
  progressScale: score(),
  benefits: shortText(2_000),
  obstacles: shortText(2_000),
  support: shortText(2_000),
  answeredOn: isoDate(),
});

/** The project passed to a successor: both names and the day, kept in the file for good. */
export const HandoverSchema = z.object({
  id: id(),
  date: isoDate(),
  fromName: shortText(200),
  fromNip: shortText(40),
  toName: shortText(200),
  toNip: shortText(40),
  toJabatan: shortText(),
  note: shortText(2_000),
});

export const PostTrainingSchema = z.object({
  progress: list(ProgressEntrySchema, POST_TRAINING_LIMITS.progress),
  readings: list(IndicatorReadingSchema, POST_TRAINING_LIMITS.readings),
  evaluation: EvaluationSchema.prefault({}),
  handovers: list(HandoverSchema, POST_TRAINING_LIMITS.handovers),
});

export type DatedPosition = z.infer<typeof DatedPositionSchema>;
export type ProgressEntry = z.infer<typeof ProgressEntrySchema>;
export type IndicatorReading = z.infer<typeof IndicatorReadingSchema>;
export type Evaluation = z.infer<typeof EvaluationSchema>;
export type Handover = z.infer<typeof HandoverSchema>;

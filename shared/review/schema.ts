/**
 * The review-note model: what a mentor, coach or examiner writes about a participant's project,
 * and how it travels. Two containers share the same note shape:
 *
 * - the review file (`<Proyek>.ulasan`, shared/review/envelope.ts): one reviewer's notes and
 *   section statuses, written beside the project, never inside it;
 * - the project's optional `reviews` store (ProjectSchema.reviews): every imported reviewer's
 *   notes merged by id (shared/review/merge.ts), answered and closed by the participant, so they
 *   travel with the .rancang file and feed the report's follow-up lampiran.
 *
 * Rules as in the project schema: z.object strips unknown keys, every string and list is bounded,
 * ids follow the project's id pattern.
 */
import { z } from 'zod';
import { SECTION_IDS, type SectionId } from '../domain/sections';
import { id, list, shortText, timestamp } from '../model/fields';
import { REVIEW_LIMITS } from './limits';
import { AssessmentSchema } from '../assessment/sheet';

export const REVIEWER_ROLES = ['MENTOR', 'COACH', 'PENGUJI'] as const;
/** perlu perbaikan / saran / pertanyaan. */
export const NOTE_KINDS = ['PERLU_PERBAIKAN', 'SARAN', 'PERTANYAAN'] as const;
export const NOTE_STATUSES = ['OPEN', 'DONE'] as const;
/** belum dibaca / perlu perbaikan / disetujui — a reviewer's verdict on one section. */
export const SECTION_VERDICTS = ['BELUM_DIBACA', 'PERLU_PERBAIKAN', 'DISETUJUI'] as const;
/** The board cards and table rows a note can be attached to (the project list each id lives in). */
export const ITEM_KINDS = ['ISSUE', 'MILESTONE', 'STAKEHOLDER', 'BUDGET_LINE', 'RISK', 'TEAM_MEMBER'] as const;
/** Where a note came from: written in the app, or a comment imported from a returned DOCX. */
export const NOTE_SOURCES = ['APP', 'DOCX'] as const;

export const sectionId = () => z.enum(SECTION_IDS as unknown as [SectionId, ...SectionId[]]);

/** Who wrote the notes. The id is made once per installation's reviewer identity and kept. */
export const ReviewerSchema = z.object({
  id: id(),
  name: shortText(REVIEW_LIMITS.name),
  role: z.enum(REVIEWER_ROLES).default('MENTOR'),
  nip: shortText(40),
});

/**
 * What a note is about. `UNPLACED` is a note whose anchor could not be placed (a Word comment on
 * text that is no longer in the document): kept, shown under "Tidak terpetakan" with its quote.
 */
export const NoteTargetSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('SECTION'), sectionId: sectionId() }),
  z.object({ type: z.literal('ITEM'), itemKind: z.enum(ITEM_KINDS), itemId: id() }),
  z.object({ type: z.literal('UNPLACED') }),
]);

export const AnswerSchema = z.object({
  id: id(),
  author: shortText(REVIEW_LIMITS.name),
  at: timestamp(),
  text: shortText(REVIEW_LIMITS.answerText),
  /** Where the change answering the note was made (a section or an item), when the author says. */
  changedAt: NoteTargetSchema.nullable().default(null),
});

export const ReviewNoteSchema = z.object({
  id: id(),
  /** The reviewer (ReviewerSchema.id) who wrote it. */
  reviewerId: id(),
  target: NoteTargetSchema,
  kind: z.enum(NOTE_KINDS).default('SARAN'),
  text: shortText(REVIEW_LIMITS.noteText),
  /** The passage the note is about, when it quotes one. */
  quote: shortText(REVIEW_LIMITS.quote),
  source: z.enum(NOTE_SOURCES).default('APP'),
  createdAt: timestamp(),
  /** Last change of the reviewer's words (text, kind, target, quote). */
  updatedAt: timestamp(),
  /** The reviewer's running number: a stable reading order when clocks disagree. */
  seq: z.number().int().min(0).max(1e9).default(0),
  status: z.enum(NOTE_STATUSES).default('OPEN'),
  /** When the status last changed; the later change wins in a merge. */
  statusAt: timestamp(),
  answers: list(AnswerSchema, REVIEW_LIMITS.answers),
});

/** One reviewer's verdict on one section, inside a review file (the reviewer is the file's). */
export const SectionVerdictSchema = z.object({
  sectionId: sectionId(),
  verdict: z.enum(SECTION_VERDICTS).default('BELUM_DIBACA'),
  updatedAt: timestamp(),
});

/** The same, kept in the project beside verdicts of other reviewers. */
export const ReviewerSectionVerdictSchema = SectionVerdictSchema.extend({ reviewerId: id() });

/** The project's optional store of imported review notes (ProjectSchema.reviews). */
export const ReviewStoreSchema = z.object({
  reviewers: list(ReviewerSchema, REVIEW_LIMITS.reviewers),
  notes: list(ReviewNoteSchema, REVIEW_LIMITS.notes),
  sectionVerdicts: list(ReviewerSectionVerdictSchema, REVIEW_LIMITS.sectionStatuses),
});

/** The body of a review file (inside the envelope of shared/review/envelope.ts). */
export const ReviewSchema = z.object({
  /** The project the notes are about: a review of another project is refused naming both. */
  project: z.object({ id: id(), title: shortText(600) }),
  reviewer: ReviewerSchema,
  notes: list(ReviewNoteSchema, REVIEW_LIMITS.notes),
  sectionVerdicts: list(SectionVerdictSchema, REVIEW_LIMITS.sectionStatuses),
  /** The examiner's lembar penilaian (shared/assessment), when one was filled. */
  assessment: AssessmentSchema.optional(),
});

/** Types inferred from the review schema (shared/review/schema.ts), the one place a field is declared. */
import type { z } from 'zod';
import type * as S from './schema';

export type Reviewer = z.infer<typeof S.ReviewerSchema>;
export type ReviewerRole = Reviewer['role'];
export type NoteTarget = z.infer<typeof S.NoteTargetSchema>;
export type ItemKind = (typeof S.ITEM_KINDS)[number];
export type NoteKind = (typeof S.NOTE_KINDS)[number];
export type NoteStatus = (typeof S.NOTE_STATUSES)[number];
export type SectionVerdictValue = (typeof S.SECTION_VERDICTS)[number];
export type Answer = z.infer<typeof S.AnswerSchema>;
export type ReviewNote = z.infer<typeof S.ReviewNoteSchema>;
export type ReviewerSectionVerdict = z.infer<typeof S.ReviewerSectionVerdictSchema>;
export type ReviewStore = z.infer<typeof S.ReviewStoreSchema>;
export type Review = z.infer<typeof S.ReviewSchema>;

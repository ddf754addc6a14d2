/**
 * Edits of review notes, pure: the reviewer writes notes and section verdicts in their review,
 * the participant answers and closes notes in the project's store. Each returns a new value and
 * stamps the times the merge (shared/review/merge.ts) relies on.
 */
import type { Consultant } from '../model/enums';
import { newId } from '../model/schema';
import type { Consultation } from '../model/types';
import { REVIEW_LIMITS } from './limits';
import type { Answer, NoteKind, NoteStatus, NoteTarget, Review, ReviewerRole, ReviewNote, ReviewStore, SectionVerdictValue } from './types';
import type { SectionId } from '../domain/sections';

export interface NoteDraft {
  target: NoteTarget;
  kind: NoteKind;
  text: string;
  quote?: string;
}

/** A new note by the review's reviewer, numbered after the last one. */
export function addNote(review: Review, draft: NoteDraft, at: string): Review {
  const seq = review.notes.reduce((m, n) => Math.max(m, n.seq), 0) + 1;
  const note: ReviewNote = {
    id: newId('nt'),
    reviewerId: review.reviewer.id,
    target: draft.target,
    kind: draft.kind,
    text: draft.text.trim().slice(0, REVIEW_LIMITS.noteText),
    quote: (draft.quote ?? '').trim().slice(0, REVIEW_LIMITS.quote),
    source: 'APP',
    createdAt: at,
    updatedAt: at,
    seq,
    status: 'OPEN',
    statusAt: '',
    answers: [],
  };
  return { ...review, notes: [...review.notes, note] };
}

export function removeNote(review: Review, noteId: string): Review {
  return { ...review, notes: review.notes.filter((n) => n.id !== noteId) };
}

export function setVerdict(review: Review, sectionId: SectionId, verdict: SectionVerdictValue, at: string): Review {
  const others = review.sectionVerdicts.filter((v) => v.sectionId !== sectionId);
  return { ...review, sectionVerdicts: [...others, { sectionId, verdict, updatedAt: at }] };
}

const editNote = (store: ReviewStore, noteId: string, edit: (n: ReviewNote) => ReviewNote): ReviewStore => ({
  ...store,
  notes: store.notes.map((n) => (n.id === noteId ? edit(n) : n)),
});

/** The participant's (or anyone's) answer to a note, optionally naming where the change was made. */
export function answerNote(store: ReviewStore, noteId: string, answer: Omit<Answer, 'id'>): ReviewStore {
  const text = answer.text.trim().slice(0, REVIEW_LIMITS.answerText);
  return editNote(store, noteId, (n) =>
    n.answers.length >= REVIEW_LIMITS.answers ? n : { ...n, answers: [...n.answers, { ...answer, text, id: newId('ans') }] },
  );
}

export function setNoteStatus(store: ReviewStore, noteId: string, status: NoteStatus, at: string): ReviewStore {
  return editNote(store, noteId, (n) => ({ ...n, status, statusAt: at }));
}

const CONSULTANT_OF: Record<ReviewerRole, Consultant> = { MENTOR: 'MENTOR', COACH: 'COACH', PENGUJI: 'EXAMINER' };

/**
 * A consultation log entry made from the notes of one session: the date of the earliest note, the
 * role of their reviewer, the notes as the topic and their answers as the result. Null when no
 * note is chosen.
 */
export function consultationFromNotes(store: ReviewStore, noteIds: readonly string[]): Consultation | null {
  const notes = store.notes.filter((n) => noteIds.includes(n.id));
  if (notes.length === 0) return null;
  const first = [...notes].sort((a, b) => (a.createdAt < b.createdAt ? -1 : 1))[0]!;
  const reviewer = store.reviewers.find((r) => r.id === first.reviewerId);
  const day = /^\d{4}-\d{2}-\d{2}/.test(first.createdAt) ? first.createdAt.slice(0, 10) : null;
  const topic = notes.map((n) => n.text.trim()).join('; ');
  const result = notes
    .flatMap((n) => n.answers.map((a) => a.text.trim()))
    .filter(Boolean)
    .join('; ');
  return {
    id: newId('kon'),
    date: day,
    with: reviewer ? CONSULTANT_OF[reviewer.role] : 'MENTOR',
    topic: topic.slice(0, 1_000),
    result: result.slice(0, 2_000),
  };
}

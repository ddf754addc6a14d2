/**
 * Merging review notes. Pure and deterministic, so that:
 * - several reviewers' files merge without losing any note (notes are keyed by id, never replaced
 *   wholesale: answers are united, words and status each keep their latest version);
 * - importing the same file twice changes nothing (merge(x, x) = x, merge(merge(s, f), f) = merge(s, f)).
 *
 * Who owns what: the reviewer owns a note's words (text, kind, target, quote — newest
 * `updatedAt`/`seq` wins); anyone may answer (answers are united by id) and close or reopen it
 * (newest `statusAt` wins, DONE on a tie so a closed note does not reopen by import).
 */
import { fail } from '../errors';
import { ok, type Result } from '../result';
import { REVIEW_LIMITS } from './limits';
import type { Answer, Review, Reviewer, ReviewerSectionVerdict, ReviewNote, ReviewStore } from './types';

export const emptyReviewStore = (): ReviewStore => ({ reviewers: [], notes: [], sectionVerdicts: [] });

/** -1, 0, 1 for ISO timestamps (empty = oldest), then by the tie-breakers given. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

const stable = (v: unknown) => JSON.stringify(v);

function newerWords(a: ReviewNote, b: ReviewNote): ReviewNote {
  const byTime =
    compare(a.updatedAt, b.updatedAt) || a.seq - b.seq || compare(stable([a.text, a.kind, a.target, a.quote]), stable([b.text, b.kind, b.target, b.quote]));
  return byTime >= 0 ? a : b;
}

function mergeAnswers(a: Answer[], b: Answer[]): Answer[] {
  const byId = new Map<string, Answer>();
  for (const answer of [...a, ...b]) {
    const had = byId.get(answer.id);
    if (!had) byId.set(answer.id, answer);
    else {
      const order = compare(had.at, answer.at) || compare(stable(had), stable(answer));
      if (order < 0) byId.set(answer.id, answer);
    }
  }
  return [...byId.values()].sort((x, y) => compare(x.at, y.at) || compare(x.id, y.id)).slice(0, REVIEW_LIMITS.answers);
}

/** Two versions of the same note (same id) → one, losing no answer. */
export function mergeNote(a: ReviewNote, b: ReviewNote): ReviewNote {
  const words = newerWords(a, b);
  const statusOrder = compare(a.statusAt, b.statusAt);
  const status = statusOrder > 0 ? a : statusOrder < 0 ? b : a.status === 'DONE' ? a : b;
  const created = [a.createdAt, b.createdAt].filter(Boolean).sort()[0] ?? '';
  return { ...words, createdAt: created, status: status.status, statusAt: status.statusAt, answers: mergeAnswers(a.answers, b.answers) };
}

/** Notes of `base` in their order, each merged with its namesake in `incoming`, then new ones. */
export function mergeNotes(base: ReviewNote[], incoming: ReviewNote[]): ReviewNote[] {
  const out = new Map<string, ReviewNote>();
  for (const n of [...base, ...incoming]) {
    const had = out.get(n.id);
    out.set(n.id, had ? mergeNote(had, n) : n);
  }
  return [...out.values()];
}

function mergeVerdicts(base: ReviewerSectionVerdict[], incoming: ReviewerSectionVerdict[]): ReviewerSectionVerdict[] {
  const out = new Map<string, ReviewerSectionVerdict>();
  for (const v of [...base, ...incoming]) {
    const key = `${v.reviewerId}\u0000${v.sectionId}`;
    const had = out.get(key);
    if (!had || compare(had.updatedAt, v.updatedAt) < 0 || (had.updatedAt === v.updatedAt && compare(stable(had), stable(v)) < 0)) out.set(key, v);
  }
  return [...out.values()];
}

function upsertReviewer(list: Reviewer[], reviewer: Reviewer): Reviewer[] {
  return list.some((r) => r.id === reviewer.id) ? list.map((r) => (r.id === reviewer.id ? reviewer : r)) : [...list, reviewer];
}

export interface ImportSummary {
  store: ReviewStore;
  /** Notes not in the store before. */
  added: number;
  /** Notes whose merged version differs from what the store had. */
  changed: number;
}

/**
 * One review file into the project's store. A file about another project is refused naming both;
 * a store at its note limit refuses the import rather than dropping notes.
 */
export function importReview(store: ReviewStore | undefined, review: Review, project: { id: string; title: string }): Result<ImportSummary> {
  if (review.project.id !== project.id) {
    return fail('REVIEW_OTHER_PROJECT', { fileProject: review.project.title || review.project.id, project: project.title || project.id });
  }
  const base = store ?? emptyReviewStore();
  const incoming = review.notes.map((n) => ({ ...n, reviewerId: review.reviewer.id }));
  const notes = mergeNotes(base.notes, incoming);
  if (notes.length > REVIEW_LIMITS.notes) return fail('REVIEW_TOO_MANY_NOTES', { limit: REVIEW_LIMITS.notes });
  const reviewers = upsertReviewer(base.reviewers, review.reviewer);
  if (reviewers.length > REVIEW_LIMITS.reviewers) return fail('REVIEW_TOO_MANY_NOTES', { limit: REVIEW_LIMITS.reviewers });
  const verdicts = mergeVerdicts(
    base.sectionVerdicts,
    review.sectionVerdicts.map((v) => ({ ...v, reviewerId: review.reviewer.id })),
  );
  const before = new Map(base.notes.map((n) => [n.id, stable(n)]));
  const added = notes.filter((n) => !before.has(n.id)).length;
  const changed = notes.filter((n) => before.has(n.id) && before.get(n.id) !== stable(n)).length;
  return ok({ store: { reviewers, notes, sectionVerdicts: verdicts.slice(0, REVIEW_LIMITS.sectionStatuses) }, added, changed });
}

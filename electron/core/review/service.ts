/**
 * The review methods of window.api. A mentor, coach or examiner says once who they are (kept in
 * settings), writes notes on a participant's project opened read-only, and saves them in a review
 * file beside the project — never in the participant's file. A participant imports a review file
 * chosen in main's dialog; the renderer never names a path.
 */
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { fail, failFor } from '../../../shared/errors';
import type { ReviewerIdentity, ReviewFileView, ReviewSaved } from '../../../shared/ipc';
import type { Review, Reviewer } from '../../../shared/review/types';
import { ok, type Result } from '../../../shared/result';
import { ioReason, loggedReason } from '../ioReason';
import type { Dialogs } from '../ports';
import { readReviewFile, reviewPathFor, writeReviewFile, type ReviewFileContext } from './reviewFile';

export interface ReviewDeps extends ReviewFileContext {
  dialogs: Dialogs;
  appVersion: string;
  /** The reviewer identity kept in settings, and a way to keep a new one. */
  reviewer(): Reviewer | null;
  setReviewer(r: Reviewer): Promise<void>;
  /** The open document's file and its project's id and title, by docId. */
  document(docId: string): { file: string; project: { id: string; title: string } } | null;
}

export interface ReviewMethods {
  getReviewer(): Promise<Result<Reviewer | null>>;
  setReviewer(identity: ReviewerIdentity): Promise<Result<Reviewer>>;
  loadOwnReview(docId: string): Promise<Result<ReviewFileView | null>>;
  saveReview(docId: string, review: Review): Promise<Result<ReviewSaved>>;
  importReviewFile(docId: string): Promise<Result<ReviewFileView | null>>;
}

export function createReviewMethods(deps: ReviewDeps): ReviewMethods {
  const needDocument = (docId: string) => deps.document(docId);
  return {
    async getReviewer() {
      return ok(deps.reviewer());
    },

    async setReviewer(identity) {
      // The id stays when the name is corrected, so earlier notes keep their author.
      const id = deps.reviewer()?.id ?? `rv-${randomBytes(6).toString('hex')}`;
      const reviewer: Reviewer = { id, name: identity.name.trim(), role: identity.role, nip: identity.nip.trim() };
      await deps.setReviewer(reviewer);
      return ok(reviewer);
    },

    async loadOwnReview(docId) {
      const doc = needDocument(docId);
      if (!doc) return fail('UNKNOWN_DOCUMENT');
      const reviewer = deps.reviewer();
      if (!reviewer) return ok(null);
      const place = await reviewPathFor(doc.file, reviewer, deps);
      if (!place.ok) return place;
      const existing = place.value.existing;
      if (!existing) return ok(null);
      if (existing.review.project.id !== doc.project.id) {
        return fail('REVIEW_OTHER_PROJECT', { fileProject: existing.review.project.title, project: doc.project.title });
      }
      return ok({
        fileName: path.basename(place.value.file),
        review: existing.review,
        future: existing.future,
        savedAt: existing.savedAt,
        notices: existing.notices,
      });
    },

    async saveReview(docId, review) {
      const doc = needDocument(docId);
      if (!doc) return fail('UNKNOWN_DOCUMENT');
      const reviewer = deps.reviewer();
      if (!reviewer || reviewer.id !== review.reviewer.id) return failFor('BAD_ARGS', 'REVIEWER_NOT_CURRENT');
      if (review.project.id !== doc.project.id) return fail('REVIEW_OTHER_PROJECT', { fileProject: review.project.title, project: doc.project.title });
      const place = await reviewPathFor(doc.file, reviewer, deps);
      if (!place.ok) return place;
      // A file from a newer version is shown, never written over.
      if (place.value.existing?.future) return fail('REVIEW_FUTURE_READ_ONLY', { version: place.value.existing.fileVersion });
      const savedAt = deps.now().toISOString();
      try {
        await writeReviewFile(place.value.file, { ...review, reviewer }, { appVersion: deps.appVersion, savedAt });
      } catch (e) {
        const reason = ioReason(e, 'write');
        return failFor('WRITE_FAILED', reason ?? loggedReason(e, 'review'));
      }
      return ok({ fileName: path.basename(place.value.file), folder: path.dirname(place.value.file), savedAt });
    },

    async importReviewFile(docId) {
      const doc = needDocument(docId);
      if (!doc) return fail('UNKNOWN_DOCUMENT');
      const file = (await deps.dialogs.chooseReviewToOpen?.()) ?? null;
      if (!file) return ok(null);
      const read = await readReviewFile(file, doc.project, deps);
      if (!read.ok) return read;
      return ok({
        fileName: path.basename(file),
        review: read.value.review,
        future: read.value.future,
        savedAt: read.value.savedAt,
        notices: read.value.notices,
      });
    },
  };
}

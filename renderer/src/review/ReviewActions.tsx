/**
 * The review buttons of the top bar: on another person's read-only file "Ulas berkas ini" then
 * "Simpan ulasan"; on the participant's own file "Impor ulasan"; on both, the notes panel with
 * the count of open notes. Plus the line saying what happened (saved where, imported what).
 */
import { useTranslation } from 'react-i18next';
import { useReview } from './ReviewContext';
import { WordCommentsImportButton } from './WordCommentsImport';
import { AssessmentButton } from './AssessmentDialog';

export function ReviewActions() {
  const { t } = useTranslation();
  const review = useReview();
  if (!review) return null;
  const open = review.notes.filter((n) => n.status === 'OPEN').length;
  return (
    <>
      {review.canReview && review.mode !== 'reviewer' && (
        <button type="button" onClick={() => void review.startReviewing()} title={t('review.startHint')}>
          {t('review.start')}
        </button>
      )}
      {review.mode === 'reviewer' && !review.future && (
        <button type="button" className={review.dirty ? 'primary' : undefined} onClick={() => void review.save()}>
          {t('review.save')}
        </button>
      )}
      {review.canImport && (
        <button type="button" onClick={() => void review.importFile()}>
          {t('review.import')}
        </button>
      )}
      <WordCommentsImportButton />
      <AssessmentButton />
      {(review.mode === 'reviewer' || review.notes.length > 0) && (
        <button
          type="button"
          aria-expanded={review.panel.open}
          aria-controls="notes-panel"
          onClick={() => (review.panel.open ? review.closePanel() : review.openPanel(null))}
        >
          {t('review.notesButton', { open: String(open) })}
        </button>
      )}
    </>
  );
}

/** One line under the banners: where the review was saved, what an import brought, or why it failed. */
export function ReviewStatusLine() {
  const { t } = useTranslation();
  const review = useReview();
  if (!review) return null;
  const text = review.error ?? review.message ?? (review.future && review.fileName ? t('review.futureFile', { file: review.fileName }) : null);
  const unsaved = review.mode === 'reviewer' && review.dirty;
  if (!text && !unsaved) return null;
  return (
    <p className={`review-status${review.error ? ' is-error' : ''}`} role={review.error ? 'alert' : 'status'} data-testid="review-status">
      {text ?? t('review.unsaved')}
    </p>
  );
}

/**
 * The review buttons of the top bar: on another person's read-only file "Ulas berkas ini" then
 * "Simpan ulasan"; on the participant's own file "Impor ulasan"; on both, the notes panel with
 * the count of open notes. Plus the line saying what happened (saved where, imported what).
 */
import { useTranslation } from 'react-i18next';
import { useReview } from './ReviewContext';

export function ReviewActions() {
  const { t } = useTranslation();
  const review = useReview();
  if (!review) return null;
  // One button, so the top bar keeps to one row at 1366×768 (styles.css): the rest is in the panel.
  if (review.mode === 'reviewer')
    return review.future ? null : (
      <button type="button" className={review.dirty ? 'primary' : undefined} onClick={() => void review.save()}>
        {t('review.save')}
      </button>
    );
  if (review.canReview)
    return (
      <button type="button" onClick={() => void review.startReviewing()} title={t('review.startHint')}>
        {t('review.start')}
      </button>
    );
  return <PanelToggle label={t('review.participantButton', { open: String(review.notes.filter((n) => n.status === 'OPEN').length) })} />;
}

function PanelToggle({ label }: { label: string }) {
  const review = useReview()!;
  return (
    <button
      type="button"
      aria-expanded={review.panel.open}
      aria-controls="notes-panel"
      onClick={() => (review.panel.open ? review.closePanel() : review.openPanel(null))}
    >
      {label}
    </button>
  );
}

/** One line under the banners: where the review was saved, what an import brought, or why it failed. */
export function ReviewStatusLine() {
  const { t } = useTranslation();
  const review = useReview();
  if (!review) return null;
  const text = review.error ?? review.message ?? (review.future && review.fileName ? t('review.futureFile', { file: review.fileName }) : null);
  const reviewing = review.mode === 'reviewer';
  if (!text && !reviewing) return null;
  const open = review.notes.filter((n) => n.status === 'OPEN').length;
  return (
    <div className={`review-status${review.error ? ' is-error' : ''}`}>
      <p role={review.error ? 'alert' : 'status'} data-testid="review-status">
        {text ?? (review.dirty ? t('review.unsaved') : t('review.reviewing', { name: review.reviewer?.name ?? '' }))}
      </p>
      {reviewing && <PanelToggle label={t('review.notesButton', { open: String(open) })} />}
    </div>
  );
}

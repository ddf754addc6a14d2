/**
 * The note marks of one place in the reading view (a section heading, an item's table row): how
 * many review notes it has, opening them in the notes panel, and for a reviewer "Beri catatan",
 * which opens the same composer as the form's buttons, so a note written here lands in the review
 * exactly as one written there. Nothing at all without a review and without notes.
 */
import { useTranslation } from 'react-i18next';
import type { PlacedTarget } from '../reading/readingNotes';
import { useDocumentSelector } from '../state/useWorkspace';
import { notesOn, useReview } from './ReviewContext';
import { itemName } from './targetLabel';

/** `compact`: in a table row, where width is scarce: the count and a "+", their full words as name and tooltip. */
export function NoteMarks({ target, compact = false }: { target: PlacedTarget; compact?: boolean | undefined }) {
  const { t } = useTranslation();
  const review = useReview();
  const item = useDocumentSelector((d) => (target.type === 'ITEM' ? itemName(d.history.present, target) : null));
  if (!review) return null;
  const notes = notesOn(review.notes, target);
  const writing = review.mode === 'reviewer' && !review.future;
  if (!writing && notes.length === 0) return null;
  const what = target.type === 'SECTION' ? t(`workspace.sections.${target.sectionId}`) : item?.trim() || t(`review.itemKinds.${target.itemKind}`);
  const open = notes.filter((n) => n.status === 'OPEN').length;
  return (
    <span className="reading-marks" data-testid="reading-marks">
      {notes.length > 0 && (
        <button
          type="button"
          className={`small note-count${open ? ' has-open' : ''}`}
          onClick={() => review.openPanel(target)}
          aria-label={t(compact ? 'review.countFor' : 'review.forThisLabel', { what, n: String(notes.length) })}
          title={compact ? t('review.countFor', { what, n: String(notes.length) }) : undefined}
        >
          {compact ? String(notes.length) : t('review.forThis', { n: String(notes.length) })}
        </button>
      )}
      {writing && (
        <button
          type="button"
          className="small"
          onClick={() => review.openPanel(target)}
          aria-label={t('review.addForLabel', { what })}
          title={compact ? t('review.addForLabel', { what }) : undefined}
        >
          {compact ? '+' : t('review.addFor')}
        </button>
      )}
    </span>
  );
}

/**
 * Beside a card or row (issue, milestone, stakeholder, budget line): how many review notes it
 * has, opening them in the notes panel, and for a reviewer a button to write one. Nothing at all
 * when there is no review and no note, so the participant's screens stay as they were.
 */
import { useTranslation } from 'react-i18next';
import type { ItemKind } from '../../../shared/review/types';
import { notesOn, useReview } from './ReviewContext';

export function ItemNotes({ kind, id, what }: { kind: ItemKind; id: string; what: string }) {
  const { t } = useTranslation();
  const review = useReview();
  if (!review) return null;
  const target = { type: 'ITEM' as const, itemKind: kind, itemId: id };
  const notes = notesOn(review.notes, target);
  const open = notes.filter((n) => n.status === 'OPEN').length;
  if (review.mode !== 'reviewer' && notes.length === 0) return null;
  return (
    <span className="item-notes" data-testid={`item-notes-${id}`}>
      {notes.length > 0 && (
        <button
          type="button"
          className={`small note-count${open ? ' has-open' : ''}`}
          onClick={() => review.openPanel(target)}
          aria-label={t('review.forThisLabel', { what, n: String(notes.length) })}
        >
          {t('review.forThis', { n: String(notes.length) })}
        </button>
      )}
      {review.mode === 'reviewer' && !review.future && (
        <button type="button" className="small" onClick={() => review.openPanel(target)} aria-label={t('review.addForLabel', { what })}>
          {t('review.addFor')}
        </button>
      )}
    </span>
  );
}

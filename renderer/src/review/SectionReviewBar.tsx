/**
 * Above a section's editor: the section's review notes, the reviewer's verdict on it (belum
 * dibaca / perlu perbaikan / disetujui), and for the participant every reviewer's verdict.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { SectionId } from '../../../shared/domain/sections';
import { SECTION_VERDICTS } from '../../../shared/review/schema';
import type { SectionVerdictValue } from '../../../shared/review/types';
import { notesOn, useReview } from './ReviewContext';

export function SectionReviewBar({ section }: { section: SectionId }) {
  const { t } = useTranslation();
  const review = useReview();
  const selectId = useId();
  if (!review) return null;
  const target = { type: 'SECTION' as const, sectionId: section };
  const notes = notesOn(review.notes, target);
  const name = t(`workspace.sections.${section}`);
  const verdicts = review.verdicts.filter((v) => v.sectionId === section);
  if (review.mode !== 'reviewer' && notes.length === 0 && verdicts.length === 0) return null;
  const mine = review.mode === 'reviewer' ? (verdicts[0]?.verdict ?? 'BELUM_DIBACA') : null;
  return (
    <div className="section-review" data-testid="section-review">
      {mine !== null && (
        <span className="field-inline">
          <label htmlFor={selectId}>{t('review.verdictLabel')}</label>{' '}
          <select
            id={selectId}
            value={mine}
            disabled={review.future}
            onChange={(e) => review.verdict(section, e.target.value as SectionVerdictValue)}
            data-testid="section-verdict"
          >
            {SECTION_VERDICTS.map((v) => (
              <option key={v} value={v}>
                {t(`review.verdicts.${v}`)}
              </option>
            ))}
          </select>
        </span>
      )}
      {review.mode !== 'reviewer' &&
        verdicts.map((v) => {
          const who = review.reviewers.find((r) => r.id === v.reviewerId);
          return (
            <span key={v.reviewerId} className={`verdict verdict-${v.verdict}`}>
              {t('review.verdictOf', { name: who?.name ?? '?', verdict: t(`review.verdicts.${v.verdict}`) })}
            </span>
          );
        })}
      {notes.length > 0 && (
        <button
          type="button"
          className="small note-count"
          onClick={() => review.openPanel(target)}
          aria-label={t('review.forThisLabel', { what: name, n: String(notes.length) })}
        >
          {t('review.forThis', { n: String(notes.length) })}
        </button>
      )}
      {review.mode === 'reviewer' && !review.future && (
        <button type="button" className="small" onClick={() => review.openPanel(target)} aria-label={t('review.addForLabel', { what: name })}>
          {t('review.addFor')}
        </button>
      )}
    </div>
  );
}

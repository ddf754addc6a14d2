/**
 * A milestone on the board: a drag handle, the title, dates and status in words, and buttons to
 * open the editor or move it without dragging. Cards sort within and across lanes.
 *
 * Split in two like the stakeholder cards: dnd-kit re-renders every sortable card when a drag
 * starts, each time the card under the pointer changes and on the drop, so the hook lives in a thin
 * shell and the words (translated, dates formatted, review notes) in a memoised body that renders
 * again only when its own milestone or state changes. Rendered whole, every card of a 300-card board
 * rendered its words again at each of those moments.
 */
import type { DraggableAttributes, DraggableSyntheticListeners } from '@dnd-kit/core';
import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatDayMonth } from '../../../../shared/format/dates';
import type { Milestone } from '../../../../shared/model/types';
import { currentLang } from '../../i18n';
import { ItemNotes } from '../../review/ItemNotes';

interface Props {
  milestone: Milestone;
  code: string;
  pic: string;
  outsideWindow: boolean;
  /** The code of an earlier card in the lane that this one starts before, if any. */
  outOfOrderWith: string | null;
  /** Its details are open beside the board. */
  isOpen: boolean;
  readOnly: boolean;
  onOpen(id: string): void;
  onMoveTo(id: string): void;
  /** "dapat diseret": translated once by the board, not once per card per render. */
  roleDescription: string;
}

export const MilestoneCard = memo(function MilestoneCard({ roleDescription, ...content }: Props) {
  const { milestone: m, readOnly, isOpen } = content;
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({
    id: m.id,
    disabled: readOnly,
    attributes: { roleDescription },
  });
  return (
    <li
      ref={setNodeRef}
      className={`ms-card status-${m.status}${isDragging ? ' is-dragging' : ''}${isOpen ? ' is-open' : ''}`}
      data-item={m.id}
      style={{ transform: CSS.Translate.toString(transform), transition }}
    >
      <CardBody {...content} handleRef={setActivatorNodeRef} handleAttributes={attributes} handleListeners={listeners} />
    </li>
  );
});

interface BodyProps extends Omit<Props, 'roleDescription'> {
  /** dnd-kit's ref, attributes and listeners for the handle: the same objects from render to render, except for the card being lifted. */
  handleRef(node: HTMLElement | null): void;
  handleAttributes: DraggableAttributes;
  handleListeners: DraggableSyntheticListeners;
}

const CardBody = memo(function CardBody({
  milestone: m,
  code,
  pic,
  outsideWindow,
  outOfOrderWith,
  isOpen,
  readOnly,
  onOpen,
  onMoveTo,
  handleRef,
  handleAttributes,
  handleListeners,
}: BodyProps) {
  const { t } = useTranslation();
  const lang = currentLang();
  const title = m.title.trim() || t('boards.milestones.untitled');
  // The year once, on the end date: medium and long horizons span years.
  const dates = m.start || m.end ? `${formatDayMonth(m.start, lang) || '…'} – ${formatDate(m.end, lang) || '…'}` : t('boards.milestones.noDates');
  return (
    <>
      <div className="ms-top">
        <button
          type="button"
          ref={handleRef}
          className="ms-handle"
          {...handleAttributes}
          {...handleListeners}
          aria-label={t('boards.milestones.dragHandle', { title: `${code} ${title}` })}
          data-testid={`ms-handle-${m.id}`}
          disabled={readOnly}
        >
          <span aria-hidden="true">⠿</span>
        </button>
        <span className="ms-code">{code}</span>
        <span className={`ms-status status-${m.status}`}>{t(`terms.milestoneStatuses.${m.status}`)}</span>
      </div>
      <p className="ms-title">{title}</p>
      <p className="ms-meta">
        <span>{dates}</span>
        {pic && <span> · {pic}</span>}
        {m.achievementPct !== null && <span> · {m.achievementPct}%</span>}
      </p>
      {outsideWindow && <p className="ms-warn">! {t('boards.milestones.outsideWindow')}</p>}
      {outOfOrderWith && (
        <p className="ms-note" data-testid={`ms-order-${m.id}`}>
          ↕ {t('boards.milestones.outOfOrder', { code: outOfOrderWith })}
        </p>
      )}
      <div className="ms-actions">
        <ItemNotes kind="MILESTONE" id={m.id} what={`${code} ${title}`} />
        <button type="button" className="small" aria-expanded={isOpen} onClick={() => onOpen(m.id)}>
          {t('boards.milestones.openCard')}
          <span className="visually-hidden">
            {' '}
            {code} {title}
          </span>
        </button>
        {!readOnly && (
          <button type="button" className="small" onClick={() => onMoveTo(m.id)}>
            {t('boards.milestones.moveTo')}
            <span className="visually-hidden">
              {' '}
              {code} {title}
            </span>
          </button>
        )}
      </div>
    </>
  );
});

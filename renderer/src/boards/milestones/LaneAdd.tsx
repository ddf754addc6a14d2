/**
 * "+ Tambah milestone" at the foot of a lane, as on a Trello list: the button opens a title box;
 * Enter adds the card to this lane and leaves the box open, empty and focused for the next card;
 * Escape, or leaving an empty box, closes it. Leaving a box with a title typed adds it.
 */
import { useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Horizon } from '../../../../shared/model/enums';

export function LaneAdd({ horizon, onAdd }: { horizon: Horizon; onAdd(title: string): void }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [title, setTitle] = useState('');
  const button = useRef<HTMLButtonElement>(null);
  // Escape returns the focus to the button once it is back on screen. Done in the same commit,
  // not a frame later: a deferred focus() used to land after the user (or a test) had already
  // moved on and opened a card, taking the focus away from the card's details.
  const refocusPending = useRef(false);
  useLayoutEffect(() => {
    if (open || !refocusPending.current) return;
    refocusPending.current = false;
    // Only where the focus was lost with the box, never from where it has moved since.
    const active = document.activeElement;
    if (!active || active === document.body) button.current?.focus();
  }, [open]);
  const lane = t(`terms.horizons.${horizon}`).toLowerCase();
  const add = () => {
    if (title.trim()) onAdd(title.trim());
    setTitle('');
  };
  const close = (refocus: boolean) => {
    // The blur that follows the box's removal must not cancel the refocus Escape asked for.
    refocusPending.current ||= refocus;
    setOpen(false);
    setTitle('');
  };
  if (!open) {
    return (
      <button
        ref={button}
        type="button"
        className="ms-add"
        data-add-card={horizon}
        aria-label={t('boards.milestones.addCardIn', { horizon: lane })}
        onClick={() => setOpen(true)}
      >
        {t('boards.milestones.addCard')}
      </button>
    );
  }
  return (
    <div className="ms-add-box">
      <textarea
        autoFocus
        rows={2}
        value={title}
        maxLength={500}
        data-testid={`ms-add-${horizon}`}
        title={t('boards.milestones.addCardHint')}
        aria-label={t('boards.milestones.addCardName', { horizon: lane })}
        onChange={(e) => setTitle(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && !e.shiftKey) {
            e.preventDefault();
            add();
          }
          if (e.key === 'Escape') {
            e.preventDefault();
            e.stopPropagation();
            close(true);
          }
        }}
        onBlur={() => {
          if (title.trim()) onAdd(title.trim());
          close(false);
        }}
      />
      <p className="hint">{t('boards.milestones.addCardHint')}</p>
    </div>
  );
}

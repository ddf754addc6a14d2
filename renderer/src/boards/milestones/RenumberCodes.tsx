/**
 * The explicit renumbering of milestone codes: shown only when some code is out of sequence,
 * it lists every change ("MJ-01 → MM-01 Integrasi …") before doing anything, and applies all of
 * them as one undoable step.
 */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { renumberPlan } from '../../../../shared/domain/milestoneCodes';
import type { Milestone } from '../../../../shared/model/types';
import { announce } from '../../components/announce';
import { Modal } from '../../components/Modal';
import type { Dispatch } from '../../components/useEdit';

export function RenumberCodes({ milestones, dispatch }: { milestones: Milestone[]; dispatch: Dispatch }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const plan = useMemo(() => renumberPlan(milestones), [milestones]);
  const byId = useMemo(() => new Map(milestones.map((m) => [m.id, m])), [milestones]);
  if (plan.length === 0 && !open) return null;
  const apply = () => {
    dispatch({ type: 'milestones/renumber' });
    announce(t('boards.milestones.renumbered', { count: plan.length }));
    setOpen(false);
  };
  return (
    <>
      <button type="button" className="small" onClick={() => setOpen(true)}>
        {t('boards.milestones.renumber', { count: plan.length })}
      </button>
      <Modal
        open={open}
        title={t('boards.milestones.renumberTitle')}
        onClose={() => setOpen(false)}
        actions={
          <>
            <button type="button" onClick={() => setOpen(false)}>
              {t('common.actions.cancel')}
            </button>
            <button type="button" className="primary" onClick={apply}>
              {t('boards.milestones.renumberDo')}
            </button>
          </>
        }
      >
        <p>{t('boards.milestones.renumberIntro')}</p>
        <ul data-testid="renumber-plan">
          {plan.map((c) => (
            <li key={c.id}>
              <strong>
                {c.from} → {c.to}
              </strong>{' '}
              {byId.get(c.id)?.title.trim() || t('boards.milestones.untitled')}
            </li>
          ))}
        </ul>
        <p className="message warning">{t('boards.milestones.renumberWarning')}</p>
      </Modal>
    </>
  );
}

/** "Pindahkan ke…" for a milestone: choose the horizon and the position, no dragging needed. */
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { HORIZONS, type Horizon } from '../../../../shared/model/enums';
import type { Milestone } from '../../../../shared/model/types';
import { Modal } from '../../components/Modal';

interface Props {
  milestone: Milestone | null;
  title: string;
  milestones: readonly Milestone[];
  onMove(horizon: Horizon, index: number): void;
  onClose(): void;
}

export function MoveMilestoneDialog({ milestone, title, milestones, onMove, onClose }: Props) {
  const { t } = useTranslation();
  const ids = { lane: useId(), pos: useId() };
  const [horizon, setHorizon] = useState<Horizon>('PENDEK');
  const [index, setIndex] = useState(0);
  useEffect(() => {
    if (!milestone) return;
    setHorizon(milestone.horizon);
    setIndex(milestones.filter((m) => m.horizon === milestone.horizon).findIndex((m) => m.id === milestone.id));
  }, [milestone, milestones]);
  if (!milestone)
    return (
      <Modal open={false} title="" onClose={onClose}>
        {null}
      </Modal>
    );
  const others = milestones.filter((m) => m.horizon === horizon && m.id !== milestone.id);
  const positions = others.length + 1;
  const safeIndex = Math.min(index, positions - 1);
  return (
    <Modal
      open
      title={t('boards.milestones.moveToTitle', { title })}
      onClose={onClose}
      actions={
        <>
          <button type="button" onClick={onClose}>
            {t('common.actions.cancel')}
          </button>
          <button type="button" className="primary" onClick={() => onMove(horizon, safeIndex)}>
            {t('boards.milestones.move')}
          </button>
        </>
      }
    >
      <div className="field">
        <label htmlFor={ids.lane}>{t('boards.milestones.toLane')}</label>
        <select
          id={ids.lane}
          value={horizon}
          autoFocus
          onChange={(e) => {
            setHorizon(e.target.value as Horizon);
            setIndex(Number.MAX_SAFE_INTEGER);
          }}
        >
          {HORIZONS.map((h) => (
            <option key={h} value={h}>
              {t(`terms.horizons.${h}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={ids.pos}>{t('boards.milestones.toPosition')}</label>
        <select id={ids.pos} value={safeIndex} onChange={(e) => setIndex(Number(e.target.value))}>
          {Array.from({ length: positions }, (_, i) => (
            <option key={i} value={i}>
              {t('boards.milestones.position', { n: String(i + 1) })}
              {others[i] ? ` — ${t('boards.milestones.beforeCard', { title: others[i].title.slice(0, 60) })}` : ''}
            </option>
          ))}
        </select>
      </div>
    </Modal>
  );
}

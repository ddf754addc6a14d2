/**
 * "Pindahkan ke…": the same move as a drag, without dragging — to a quadrant (the cell nearest to
 * where the card is now) or to exact scores.
 */
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { quadrantOf } from '../../../../shared/domain/quadrant';
import { QUADRANTS, type Quadrant, type QuadrantNaming } from '../../../../shared/model/enums';
import type { Stakeholder } from '../../../../shared/model/types';
import { Modal } from '../../components/Modal';
import { nearestCellIn, SCALE } from './grid';
import { stakeholderName } from './labels';

interface Props {
  stakeholder: Stakeholder | null;
  which: 'before' | 'after';
  threshold: number;
  naming: QuadrantNaming;
  onMove(power: number, interest: number): void;
  onClose(): void;
}

export function MoveStakeholderDialog({ stakeholder, which, threshold, naming, onMove, onClose }: Props) {
  const { t } = useTranslation();
  const ids = { q: useId(), p: useId(), i: useId() };
  const pos = stakeholder?.[which];
  const current = pos ? quadrantOf(pos.power, pos.interest, threshold) : null;
  const [quadrant, setQuadrant] = useState<Quadrant | ''>('');
  const [power, setPower] = useState(3);
  const [interest, setInterest] = useState(3);
  useEffect(() => {
    setQuadrant('');
    setPower(pos?.power ?? 3);
    setInterest(pos?.interest ?? 3);
  }, [stakeholder?.id, pos?.power, pos?.interest]);
  if (!stakeholder)
    return (
      <Modal open={false} title="" onClose={onClose}>
        {null}
      </Modal>
    );
  const name = stakeholderName(t, stakeholder);
  const submit = () => {
    if (quadrant) {
      const c = nearestCellIn(quadrant, pos?.power ?? null, pos?.interest ?? null, threshold);
      onMove(c.power, c.interest);
    } else onMove(power, interest);
  };
  return (
    <Modal
      open
      title={t('boards.stakeholders.moveToTitle', { name })}
      onClose={onClose}
      actions={
        <>
          <button type="button" onClick={onClose}>
            {t('common.actions.cancel')}
          </button>
          <button type="button" className="primary" onClick={submit} data-testid="move-submit">
            {t('boards.stakeholders.move')}
          </button>
        </>
      }
    >
      <form
        className="move-form"
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <div className="field">
          <label htmlFor={ids.q}>{t('boards.stakeholders.moveToQuadrant')}</label>
          <select id={ids.q} value={quadrant} onChange={(e) => setQuadrant(e.target.value as Quadrant | '')} autoFocus>
            <option value="">—</option>
            {QUADRANTS.map((q) => (
              <option key={q} value={q} disabled={q === current}>
                {t(`boards.quadrants.${naming}.${q}`)} ({t(`boards.quadrantHints.${q}`)})
              </option>
            ))}
          </select>
        </div>
        <fieldset className="inline-fields" disabled={quadrant !== ''}>
          <legend>{t('boards.stakeholders.moveToScores')}</legend>
          <label htmlFor={ids.p}>{t('boards.stakeholders.table.power')}</label>
          <select id={ids.p} value={power} onChange={(e) => setPower(Number(e.target.value))}>
            {SCALE.map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
          <label htmlFor={ids.i}>{t('boards.stakeholders.table.interest')}</label>
          <select id={ids.i} value={interest} onChange={(e) => setInterest(Number(e.target.value))}>
            {SCALE.map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
        </fieldset>
      </form>
    </Modal>
  );
}

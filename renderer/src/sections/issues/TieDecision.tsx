/** An undecided tie: the participant orders the tied issues with the mentor and records it. */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TieDecision as Decision } from '../../../../shared/model/types';
import { ChoiceField } from '../../components/ChoiceField';
import { TextField } from '../../components/Field';
import { focusLater } from '../../components/announce';
import type { Dispatch } from '../../components/useEdit';

const WHO = ['MENTOR', 'COACH', 'TEAM'] as const;

interface Props {
  ids: string[];
  total: number;
  label(id: string): string;
  dispatch: Dispatch;
  readOnly: boolean;
}

export function UndecidedTie({ ids, total, label, dispatch, readOnly }: Props) {
  const { t } = useTranslation();
  const headingId = useId();
  const [order, setOrder] = useState(ids);
  const [who, setWho] = useState<Decision['decidedWith']>('MENTOR');
  const [note, setNote] = useState('');
  // The tie's members can change while this is open (a score edited elsewhere).
  const current = order.length === ids.length && order.every((id) => ids.includes(id)) ? order : ids;
  const move = (from: number, to: number) => {
    const next = [...current];
    const [x] = next.splice(from, 1);
    next.splice(to, 0, x!);
    setOrder(next);
    focusLater(
      `[data-tie-entry="${CSS.escape(x!)}"] [data-action="${to < from ? 'up' : 'down'}"]:not(:disabled)`,
      `[data-tie-entry="${CSS.escape(x!)}"] button:not(:disabled)`,
    );
  };
  return (
    <section className="callout callout-warn tie" aria-labelledby={headingId} data-item={ids[0]} data-testid="tie">
      <h3 id={headingId}>{t('issues.tieTitle', { number: String(ids.length), total: String(total) })}</h3>
      <p>{t('issues.tieHelp')}</p>
      <p className="field-label" id={`${headingId}-order`}>
        {t('issues.tieOrder')}
      </p>
      <ol aria-labelledby={`${headingId}-order`} className="tie-order">
        {current.map((id, i) => (
          <li key={id} data-tie-entry={id}>
            <span>{label(id)}</span>
            {!readOnly && (
              <span className="entry-actions">
                <button
                  type="button"
                  className="small"
                  data-action="up"
                  disabled={i === 0}
                  onClick={() => move(i, i - 1)}
                  aria-label={t('editing.list.moveUp', { what: label(id) })}
                >
                  ↑
                </button>
                <button
                  type="button"
                  className="small"
                  data-action="down"
                  disabled={i === current.length - 1}
                  onClick={() => move(i, i + 1)}
                  aria-label={t('editing.list.moveDown', { what: label(id) })}
                >
                  ↓
                </button>
              </span>
            )}
          </li>
        ))}
      </ol>
      {!readOnly && (
        <>
          <div className="grid">
            <ChoiceField
              label={t('issues.tieDecidedWith')}
              value={who}
              allowNone={false}
              options={WHO.map((w) => ({ value: w, label: t(`terms.decidedWith.${w}`) }))}
              onCommit={(v) => v && setWho(v)}
            />
            <TextField label={t('issues.tieNote')} value={note} max={1000} onCommit={setNote} />
          </div>
          <button type="button" className="primary" onClick={() => dispatch({ type: 'tie/decide', issueIds: current, decidedWith: who, note })}>
            {t('issues.tieSave')}
          </button>
        </>
      )}
    </section>
  );
}

export function DecidedTie({
  decision,
  total,
  label,
  dispatch,
  readOnly,
}: {
  decision: Decision;
  total: number;
  label(id: string): string;
  dispatch: Dispatch;
  readOnly: boolean;
}) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <section className="callout tie-decided" aria-labelledby={headingId} data-testid="tie-decided">
      <h3 id={headingId}>{t('issues.tieDecided', { total: String(total), who: t(`terms.decidedWith.${decision.decidedWith}`) })}</h3>
      <ol>
        {decision.issueIds.map((id) => (
          <li key={id}>{label(id)}</li>
        ))}
      </ol>
      {decision.note && <p className="hint">{decision.note}</p>}
      {!readOnly && (
        <button type="button" className="small" onClick={() => dispatch({ type: 'tie/reopen', issueIds: decision.issueIds })}>
          {t('issues.tieReopen')}
        </button>
      )}
    </section>
  );
}

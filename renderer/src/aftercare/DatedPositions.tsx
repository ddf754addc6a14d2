/**
 * Dated positions of one stakeholder, in the stakeholder dialog: "Catat posisi" records where they
 * stand after a tapping or a meeting (starting from where they stood last), each editable by
 * keyboard; below, the timeline of moves along the path before → dated → after.
 */
import { useTranslation } from 'react-i18next';
import { currentPosition, positionMoves, type PathPoint } from '../../../shared/domain/postTraining/positionPath';
import { formatDateLong } from '../../../shared/format/dates';
import { ATTITUDES, type Quadrant } from '../../../shared/model/enums';
import type { DatedPosition } from '../../../shared/model/postTraining';
import { newId } from '../../../shared/model/schema';
import type { Project, Stakeholder } from '../../../shared/model/types';
import { announce, focusLater } from '../components/announce';
import { DateField, SelectField, TextField } from '../components/Field';
import type { Dispatch } from '../components/useEdit';
import { currentLang } from '../i18n';
import { today } from './today';

const SCORES = ['1', '2', '3', '4', '5'] as const;

export function DatedPositions({
  project,
  stakeholder: s,
  readOnly,
  dispatch,
}: {
  project: Project;
  stakeholder: Stakeholder;
  readOnly: boolean;
  dispatch: Dispatch;
}) {
  const { t } = useTranslation();
  const lang = currentLang();
  const { threshold, naming } = project.stakeholderSettings;
  const put = (position: DatedPosition) => dispatch({ type: 'stakeholder/position', id: s.id, position });
  const record = () => {
    const last = currentPosition(s);
    const id = newId('pos');
    put({ id, date: today(), power: last?.power ?? 3, interest: last?.interest ?? 3, attitude: last?.attitude ?? null, note: '' });
    announce(t('aftercare.positions.added', { name: s.name || '—' }));
    focusLater(`[data-position="${id}"] [data-field="note"]`);
  };
  const when = (pt: PathPoint) =>
    pt.kind === 'before'
      ? t('aftercare.positions.before')
      : pt.kind === 'after'
        ? t('aftercare.positions.after')
        : pt.date
          ? formatDateLong(pt.date, lang)
          : t('aftercare.positions.undated');
  const place = (pt: PathPoint, q: Quadrant | null) =>
    `${q ? t(`boards.quadrants.${naming}.${q}`) : '—'} (${pt.power}/${pt.interest}${pt.attitude ? `, ${t(`boards.attitudes.${pt.attitude}`)}` : ''})`;
  const moves = positionMoves(s, threshold);
  return (
    <fieldset className="dated-positions" data-testid="dated-positions">
      <legend>{t('aftercare.positions.title')}</legend>
      <p className="hint">{t('aftercare.positions.intro')}</p>
      {s.positions.length === 0 && <p className="hint">{t('aftercare.positions.none')}</p>}
      {s.positions.map((pos, i) => (
        <div key={pos.id} className="inline-fields" data-position={pos.id} role="group" aria-label={t('aftercare.positions.item', { n: String(i + 1) })}>
          <DateField label={t('aftercare.positions.date')} value={pos.date} readOnly={readOnly} fieldName="date" onCommit={(date) => put({ ...pos, date })} />
          <SelectField
            label={t('boards.stakeholders.table.power')}
            value={String(pos.power ?? 3)}
            disabled={readOnly}
            fieldName="power"
            options={SCORES.map((v) => ({ value: v, label: v }))}
            onCommit={(v) => put({ ...pos, power: Number(v) })}
          />
          <SelectField
            label={t('boards.stakeholders.table.interest')}
            value={String(pos.interest ?? 3)}
            disabled={readOnly}
            fieldName="interest"
            options={SCORES.map((v) => ({ value: v, label: v }))}
            onCommit={(v) => put({ ...pos, interest: Number(v) })}
          />
          <SelectField
            label={t('boards.stakeholders.table.attitude')}
            value={pos.attitude ?? ''}
            disabled={readOnly}
            fieldName="attitude"
            options={[{ value: '', label: t('boards.attitudes.none') }, ...ATTITUDES.map((a) => ({ value: a, label: t(`boards.attitudes.${a}`) }))]}
            onCommit={(v) => put({ ...pos, attitude: v || null })}
          />
          <TextField
            label={t('aftercare.positions.note')}
            value={pos.note}
            max={500}
            readOnly={readOnly}
            fieldName="note"
            onCommit={(note) => put({ ...pos, note })}
          />
          {!readOnly && (
            <button
              type="button"
              className="small"
              onClick={() => {
                dispatch({ type: 'stakeholder/positionRemove', id: s.id, positionId: pos.id });
                announce(t('aftercare.positions.removed'));
              }}
            >
              {t('aftercare.positions.remove')}
              <span className="visually-hidden"> {t('aftercare.positions.item', { n: String(i + 1) })}</span>
            </button>
          )}
        </div>
      ))}
      {!readOnly && (
        <button type="button" onClick={record} data-testid="record-position">
          {t('aftercare.positions.record')}
        </button>
      )}
      <h4>{t('aftercare.positions.timeline')}</h4>
      {moves.length === 0 ? (
        <p className="hint">{t('aftercare.positions.noMoves')}</p>
      ) : (
        <ol className="position-moves" data-testid="position-moves">
          {moves.map((m) => (
            <li key={`${m.from.key}-${m.to.key}`} data-quadrant-changed={m.quadrantChanged || undefined}>
              {t('aftercare.positions.move', { from: when(m.from), to: when(m.to), place: `${place(m.from, m.fromQuadrant)} → ${place(m.to, m.toQuadrant)}` })}
              {m.quadrantChanged ? ` — ${t('aftercare.positions.quadrantMoved')}` : ''}
              {m.to.note ? ` — ${m.to.note}` : ''}
            </li>
          ))}
        </ol>
      )}
    </fieldset>
  );
}

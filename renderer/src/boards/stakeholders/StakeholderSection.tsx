/**
 * The stakeholder section: the power/interest map (before, after, movement) and the table of the
 * same data. Board settings that the report uses (quadrant naming, threshold) live in the project;
 * view choices (which snapshot, filters) are only how you look at it.
 */
import { useCallback, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { movedStakeholders, quadrantCounts } from '../../../../shared/domain/quadrant';
import { ATTITUDES, QUADRANT_NAMINGS, QUADRANTS, STAKEHOLDER_CATEGORIES, type QuadrantNaming } from '../../../../shared/model/enums';
import { newId, StakeholderSchema } from '../../../../shared/model/schema';
import { announce, focusLater } from '../../components/announce';
import { Section } from '../../components/Section';
import { useEdit } from '../../components/useEdit';
import { placeText, stakeholderName } from './labels';
import { MoveStakeholderDialog } from './MoveStakeholderDialog';
import { PathList } from './PathList';
import { AddToTray } from './AddToTray';
import { MarkLegend } from './MarkLegend';
import { StakeholderEditor } from './StakeholderEditor';
import { StakeholderGrid } from './StakeholderGrid';
import { StakeholderPicture } from './StakeholderPicture';
import { StakeholderTable } from './StakeholderTable';
import '../boards.css';

type View = 'map' | 'table' | 'picture';
type Picture = 'before' | 'after' | 'movement' | 'path';
type Which = 'before' | 'after';

export function StakeholderSection() {
  const { t } = useTranslation();
  const { p, dispatch, readOnly } = useEdit();
  const ids = { cat: useId(), att: useId(), naming: useId(), thr: useId() };
  const [view, setView] = useState<View>('map');
  const [which, setWhich] = useState<Which>('before');
  const [showMovement, setShowMovement] = useState(false);
  const [showPath, setShowPath] = useState(false);
  const [category, setCategory] = useState<'' | 'INTERNAL' | 'EXTERNAL'>('');
  const [attitude, setAttitude] = useState<string>('');
  const [picture, setPicture] = useState<Picture>('before');
  const [moving, setMoving] = useState<string | null>(null);
  const [editing, setEditing] = useState<string | null>(null);
  const [copyNote, setCopyNote] = useState('');
  const { threshold, naming } = p.stakeholderSettings;

  const visible = useMemo(
    () => p.stakeholders.filter((s) => (!category || s.category === category) && (!attitude || (s[which].attitude ?? 'none') === attitude)),
    [p.stakeholders, category, attitude, which],
  );
  const movedIds = useMemo(() => new Set(movedStakeholders(p.stakeholders, threshold)), [p.stakeholders, threshold]);
  const counts = (w: Which) => {
    const c = quadrantCounts(p.stakeholders, w, threshold);
    return QUADRANTS.map((q) => `${t(`boards.quadrants.${naming}.${q}`)} ${c[q]}`).join(', ');
  };
  const unnamed = p.stakeholders.filter((s) => !s.name.trim()).length;
  const hidden = p.stakeholders.length - visible.length;
  const movingStakeholder = p.stakeholders.find((s) => s.id === moving) ?? null;
  const editingStakeholder = p.stakeholders.find((s) => s.id === editing) ?? null;

  // An empty name box: the participant types the name, nothing to delete first.
  const add = () => {
    const id = newId('sh');
    dispatch({ type: 'list/add', list: 'stakeholders', item: StakeholderSchema.parse({ id, name: '' }) });
    setEditing(id);
  };
  const addAt = (name: string, power: number, interest: number) => {
    const id = newId('sh');
    const position = { power, interest, attitude: null };
    dispatch({ type: 'list/add', list: 'stakeholders', item: StakeholderSchema.parse({ id, name, [which]: position }) });
    announce(t('boards.stakeholders.added', { name, place: placeText(t, power, interest, threshold, naming) }));
    focusLater(`[data-testid="sh-card-${CSS.escape(id)}"]`);
  };
  const addToTray = (name: string) => {
    dispatch({ type: 'list/add', list: 'stakeholders', item: StakeholderSchema.parse({ id: newId('sh'), name }) });
    announce(t('boards.stakeholders.addedToTray', { name }));
  };
  /** Fills only the empty "after" positions, in one undoable step, and says what it did. */
  const copyBefore = () => {
    const placed = p.stakeholders.filter((s) => s.before.power !== null && s.before.interest !== null);
    const todo = placed.filter((s) => s.after.power === null || s.after.interest === null);
    if (todo.length > 0) {
      dispatch({
        type: 'batch',
        commands: todo.map((s) => ({ type: 'list/update' as const, list: 'stakeholders' as const, id: s.id, patch: { after: { ...s.before } } })),
      });
    }
    const note =
      todo.length > 0
        ? t('boards.stakeholders.copied', { count: todo.length, kept: String(placed.length - todo.length) })
        : t('boards.stakeholders.copiedNone');
    setCopyNote(note);
    announce(note);
  };
  // The same function from render to render: the table's memoised rows take it (a new one would render every row on
  // each keystroke in the editor). It reads the stakeholders as they are when it is called.
  const current = useRef(p.stakeholders);
  current.current = p.stakeholders;
  const remove = useCallback(
    (id: string) => {
      const s = current.current.find((x) => x.id === id);
      dispatch({ type: 'list/remove', list: 'stakeholders', id });
      if (s) announce(t('boards.stakeholders.removeConfirmed', { name: stakeholderName(t, s) }));
    },
    [dispatch, t],
  );

  return (
    <Section id="stakeholder" title={t('boards.stakeholders.title')} intro={t('boards.stakeholders.intro')}>
      <div className="board-toolbar" role="group" aria-label={t('boards.stakeholders.view')}>
        <fieldset className="segmented">
          <legend className="visually-hidden">{t('boards.stakeholders.view')}</legend>
          {(['map', 'table', 'picture'] as const).map((v) => (
            <label key={v} className={view === v ? 'on' : ''}>
              <input type="radio" name="sh-view" value={v} checked={view === v} onChange={() => setView(v)} />
              {t(`boards.stakeholders.${v === 'map' ? 'viewMap' : v === 'table' ? 'viewTable' : 'viewPicture'}`)}
            </label>
          ))}
        </fieldset>
        {view === 'map' && (
          <fieldset className="segmented">
            <legend className="visually-hidden">{t('boards.stakeholders.snapshot')}</legend>
            {(['before', 'after'] as const).map((w) => (
              <label key={w} className={which === w ? 'on' : ''} title={t(`boards.stakeholders.${w}`)}>
                <input type="radio" name="sh-which" value={w} checked={which === w} onChange={() => setWhich(w)} />
                {t(`boards.stakeholders.${w}Short`)}
              </label>
            ))}
          </fieldset>
        )}
        {view === 'map' && (
          <label className="check" title={t('boards.stakeholders.movement')}>
            <input type="checkbox" checked={showMovement} onChange={(e) => setShowMovement(e.target.checked)} aria-label={t('boards.stakeholders.movement')} />
            <span aria-hidden="true">{t('boards.stakeholders.movementShort')}</span>
          </label>
        )}
        {view === 'map' && (
          <label className="check" title={t('aftercare.positions.gridPathToggle')}>
            <input
              type="checkbox"
              checked={showPath}
              onChange={(e) => setShowPath(e.target.checked)}
              aria-label={t('aftercare.positions.gridPathToggle')}
              data-testid="toggle-grid-path"
            />
            <span aria-hidden="true">{t('aftercare.positions.gridPathShort')}</span>
          </label>
        )}
        {view === 'table' && !readOnly && (
          <button type="button" onClick={add}>
            {t('boards.stakeholders.add')}
          </button>
        )}
        {/* Secondary filters and the report's settings in a popover, so the toolbar stays one row. */}
        <details className="popover">
          <summary>{category || attitude ? t('boards.stakeholders.settingsActive') : t('boards.stakeholders.settings')}</summary>
          <div className="popover-body">
            <span className="compact-field">
              <label htmlFor={ids.cat}>{t('boards.stakeholders.filterCategory')}</label>
              <select id={ids.cat} value={category} onChange={(e) => setCategory(e.target.value as typeof category)}>
                <option value="">{t('boards.stakeholders.all')}</option>
                {STAKEHOLDER_CATEGORIES.map((c) => (
                  <option key={c} value={c}>
                    {t(`boards.categories.${c}`)}
                  </option>
                ))}
              </select>
            </span>
            <span className="compact-field">
              <label htmlFor={ids.att}>{t('boards.stakeholders.filterAttitude')}</label>
              <select id={ids.att} value={attitude} onChange={(e) => setAttitude(e.target.value)}>
                <option value="">{t('boards.stakeholders.all')}</option>
                {[...ATTITUDES, 'none' as const].map((a) => (
                  <option key={a} value={a}>
                    {t(`boards.attitudeMarks.${a}`)} {t(`boards.attitudes.${a}`)}
                  </option>
                ))}
              </select>
            </span>
            <span className="compact-field">
              <label htmlFor={ids.naming}>{t('boards.stakeholders.naming')}</label>
              <select
                id={ids.naming}
                value={naming}
                disabled={readOnly}
                data-field="stakeholderSettings.naming"
                onChange={(e) => dispatch({ type: 'stakeholderSettings/patch', patch: { naming: e.target.value as QuadrantNaming } })}
              >
                {QUADRANT_NAMINGS.map((n) => (
                  <option key={n} value={n}>
                    {t(`boards.namings.${n}`)}
                  </option>
                ))}
              </select>
            </span>
            <span className="compact-field">
              <label htmlFor={ids.thr}>{t('boards.stakeholders.threshold')}</label>
              <select
                id={ids.thr}
                value={threshold}
                disabled={readOnly}
                data-field="stakeholderSettings.threshold"
                aria-describedby={`${ids.thr}-hint`}
                onChange={(e) => dispatch({ type: 'stakeholderSettings/patch', patch: { threshold: Number(e.target.value) } })}
              >
                {[2, 3, 4, 5].map((n) => (
                  <option key={n} value={n}>
                    ≥ {n}
                  </option>
                ))}
              </select>
              <span id={`${ids.thr}-hint`} className="visually-hidden">
                {t('boards.stakeholders.thresholdHint', { n: String(threshold) })}
              </span>
            </span>
            <label className="check">
              <input
                type="checkbox"
                checked={p.documentSettings.showStakeholderPath}
                disabled={readOnly}
                data-field="documentSettings.showStakeholderPath"
                onChange={(e) => dispatch({ type: 'documentSettings/patch', patch: { showStakeholderPath: e.target.checked } })}
              />
              <span>{t('aftercare.positions.showInReport')}</span>
            </label>
          </div>
        </details>
      </div>
      <p className="hint" data-testid="stakeholder-summary">
        {t('boards.stakeholders.summary', { before: counts('before'), after: counts('after'), moved: String(movedIds.size) })}
      </p>
      {unnamed > 0 && <p className="message warning">{t('boards.stakeholders.noNameWarning')}</p>}
      {hidden > 0 && <p className="hint">{t('boards.stakeholders.filteredOut', { count: hidden })}</p>}
      {view === 'picture' && (
        <>
          <fieldset className="segmented">
            <legend className="visually-hidden">{t('boards.stakeholders.pictureWhich')}</legend>
            {(['before', 'after', 'movement', 'path'] as const).map((w) => (
              <label key={w} className={picture === w ? 'on' : ''}>
                <input type="radio" name="sh-picture" value={w} checked={picture === w} onChange={() => setPicture(w)} />
                {w === 'path'
                  ? t('aftercare.positions.pathPicture')
                  : w === 'movement'
                    ? t('boards.stakeholders.pictureMovement')
                    : t(`boards.stakeholders.${w}`)}
              </label>
            ))}
          </fieldset>
          <p className="hint">{t('boards.stakeholders.pictureIntro')}</p>
          <StakeholderPicture project={p} which={picture} />
        </>
      )}
      {view === 'picture' ? null : view === 'map' ? (
        <StakeholderGrid
          stakeholders={visible}
          which={which}
          threshold={threshold}
          naming={naming}
          showMovement={showMovement}
          showPath={showPath}
          movedIds={movedIds}
          readOnly={readOnly}
          dispatch={dispatch}
          onMoveTo={setMoving}
          onAddAt={addAt}
          aside={
            <>
              {!readOnly && <AddToTray onAdd={addToTray} />}
              {!readOnly && which === 'after' && (
                <div className="sh-copy">
                  <button type="button" onClick={copyBefore} aria-describedby="sh-copy-hint">
                    {t('boards.stakeholders.copyBefore')}
                  </button>
                  <p id="sh-copy-hint" className="hint">
                    {t('boards.stakeholders.copyBeforeHint')}
                  </p>
                  {copyNote && (
                    <p className="message info" data-testid="copy-note">
                      {copyNote}
                    </p>
                  )}
                </div>
              )}
              <MarkLegend />
            </>
          }
        />
      ) : null}
      {view === 'map' && showPath && <PathList stakeholders={visible} threshold={threshold} naming={naming} />}
      {view === 'picture' || view === 'map' ? null : (
        <StakeholderTable
          stakeholders={visible}
          threshold={threshold}
          naming={naming}
          readOnly={readOnly}
          onEdit={setEditing}
          onMoveTo={setMoving}
          onRemove={remove}
        />
      )}
      <MoveStakeholderDialog
        stakeholder={movingStakeholder}
        which={which}
        threshold={threshold}
        naming={naming}
        onClose={() => setMoving(null)}
        onMove={(power, interest) => {
          if (!movingStakeholder) return;
          dispatch({ type: 'stakeholder/place', id: movingStakeholder.id, which, power, interest });
          const id = movingStakeholder.id;
          setMoving(null);
          focusLater(`[data-testid="sh-card-${CSS.escape(id)}"]`);
        }}
      />
      <StakeholderEditor project={p} stakeholder={editingStakeholder} readOnly={readOnly} dispatch={dispatch} onClose={() => setEditing(null)} />
    </Section>
  );
}

/**
 * The power × interest grid with drag and drop. A move is committed once, on drop, as a
 * stakeholder/place command (so undo covers it); while dragging only the overlay moves.
 * Screen-reader users hear Indonesian (or English) instructions and announcements that name the
 * stakeholder, the cell and the quadrant.
 */
import {
  closestCenter,
  DndContext,
  DragOverlay,
  KeyboardSensor,
  PointerSensor,
  pointerWithin,
  useSensor,
  useSensors,
  type Announcements,
  type CollisionDetection,
  type DragEndEvent,
  type DragStartEvent,
} from '@dnd-kit/core';
import { startTransition, useCallback, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { quadrantOf } from '../../../../shared/domain/quadrant';
import type { QuadrantNaming } from '../../../../shared/model/enums';
import type { Stakeholder } from '../../../../shared/model/types';
import type { Dispatch } from '../../components/useEdit';
import { POINTER_ACTIVATION } from '../pointerActivation';
import { GridCell } from './GridCell';
import { cellId, cellKeyboardCoordinates, parseCellId, POWER_ROWS, SCALE } from './grid';
import { placeText, stakeholderName } from './labels';
import { MovementOverlay } from './MovementOverlay';
import { PathOverlay } from './PathOverlay';
import { QuadrantFrame } from './QuadrantFrame';
import { StakeholderCard } from './StakeholderCard';

interface Props {
  stakeholders: Stakeholder[];
  which: 'before' | 'after';
  threshold: number;
  naming: QuadrantNaming;
  showMovement: boolean;
  /** The dated positions' path drawn over the grid (PathOverlay). */
  showPath?: boolean;
  movedIds: ReadonlySet<string>;
  readOnly: boolean;
  dispatch: Dispatch;
  onMoveTo(id: string): void;
  /** Add a stakeholder already placed in this cell of the shown snapshot. */
  onAddAt(name: string, power: number, interest: number): void;
  /** Shown beside the grid above the not-placed list: the add box and the legend. */
  aside?: ReactNode;
}

const KEYBOARD_OPTIONS = { coordinateGetter: cellKeyboardCoordinates };

/** Pointer drags use what is under the pointer; keyboard drags (no pointer) the nearest cell. */
const collision: CollisionDetection = (args) => {
  const hits = pointerWithin(args);
  return hits.length ? hits : closestCenter(args);
};

export function StakeholderGrid({
  stakeholders,
  which,
  threshold,
  naming,
  showMovement,
  showPath = false,
  movedIds,
  readOnly,
  dispatch,
  onMoveTo,
  onAddAt,
  aside,
}: Props) {
  const { t } = useTranslation();
  const [activeId, setActiveId] = useState<string | null>(null);
  const [addingAt, setAddingAt] = useState<string | null>(null);
  const addLatest = useRef(onAddAt);
  addLatest.current = onAddAt;
  const onAddHere = useCallback((power: number, interest: number, name: string) => {
    setAddingAt(null);
    addLatest.current(name, power, interest);
  }, []);
  const onCancelAdd = useCallback(() => setAddingAt(null), []);
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const gridRef = useRef<HTMLDivElement>(null);
  const roleDescription = t('boards.stakeholders.roleDescription');
  // The same options from render to render (pointerActivation.ts says why).
  const sensors = useSensors(useSensor(PointerSensor, POINTER_ACTIVATION), useSensor(KeyboardSensor, KEYBOARD_OPTIONS));

  const byId = useMemo(() => new Map(stakeholders.map((s) => [s.id, s])), [stakeholders]);
  const byCell = useMemo(() => {
    const m = new Map<string, Stakeholder[]>();
    for (const s of stakeholders) {
      const { power, interest } = s[which];
      if (power === null || interest === null) continue;
      const key = cellId({ power, interest });
      m.set(key, [...(m.get(key) ?? []), s]);
    }
    return m;
  }, [stakeholders, which]);
  const unplaced = useMemo(() => stakeholders.filter((s) => s[which].power === null || s[which].interest === null), [stakeholders, which]);

  const nameOf = useCallback(
    (id: unknown) => {
      const s = byId.get(String(id));
      return s ? stakeholderName(t, s) : String(id);
    },
    [byId, t],
  );
  const hereOf = useCallback(
    (id: unknown) => {
      const s = byId.get(String(id));
      return s ? placeText(t, s[which].power, s[which].interest, threshold, naming) : '';
    },
    [byId, which, threshold, naming, t],
  );
  const cellText = useCallback(
    (overId: unknown) => {
      const c = parseCellId(overId);
      return c ? placeText(t, c.power, c.interest, threshold, naming) : null;
    },
    [threshold, naming, t],
  );

  // dnd-kit reports the starting cell as "over" right after the lift; saying so would replace
  // the "picked up" announcement before it is heard, so stay quiet until the card has moved.
  const hasMoved = useRef(false);
  const announcements: Announcements = {
    onDragStart: ({ active }) => {
      hasMoved.current = false;
      return t('boards.stakeholders.announce.start', { name: nameOf(active.id), place: hereOf(active.id) });
    },
    onDragOver: ({ active, over }) => {
      const place = cellText(over?.id);
      if (!hasMoved.current && place === hereOf(active.id)) return undefined;
      hasMoved.current = true;
      return place
        ? t('boards.stakeholders.announce.over', { name: nameOf(active.id), place })
        : t('boards.stakeholders.announce.overNone', { name: nameOf(active.id) });
    },
    onDragEnd: ({ active, over }) => {
      const place = cellText(over?.id);
      if (!place) return t('boards.stakeholders.announce.cancel', { name: nameOf(active.id), place: hereOf(active.id) });
      return place === hereOf(active.id)
        ? t('boards.stakeholders.announce.dropSame', { name: nameOf(active.id), place })
        : t('boards.stakeholders.announce.drop', { name: nameOf(active.id), place });
    },
    onDragCancel: ({ active }) => t('boards.stakeholders.announce.cancel', { name: nameOf(active.id), place: hereOf(active.id) }),
  };

  const onDragStart = (e: DragStartEvent) => setActiveId(String(e.active.id));
  const onDragEnd = (e: DragEndEvent) => {
    setActiveId(null);
    const target = parseCellId(e.over?.id);
    const s = byId.get(String(e.active.id));
    if (!target || !s) return;
    if (s[which].power === target.power && s[which].interest === target.interest) return;
    // A transition: React renders the consequences (board, counts, checks) in slices, so the drop
    // never blocks the main thread for long even on a crowded board.
    startTransition(() => dispatch({ type: 'stakeholder/place', id: s.id, which, power: target.power, interest: target.interest }));
  };

  const active = activeId ? byId.get(activeId) : undefined;
  const toggle = useCallback(
    (key: string) =>
      setExpanded((prev) => {
        const next = new Set(prev);
        if (next.has(key)) next.delete(key);
        else next.add(key);
        return next;
      }),
    [],
  );
  const empty = useMemo<Stakeholder[]>(() => [], []);
  const cellLabels = useMemo(
    () =>
      new Map(
        POWER_ROWS.flatMap((power) =>
          SCALE.map((interest) => {
            const key = cellId({ power, interest });
            const count = byCell.get(key)?.length ?? 0;
            return [
              key,
              `${t('boards.stakeholders.cell', { power: String(power), interest: String(interest) })}: ${t('boards.stakeholders.cellCount', { count })}`,
            ] as const;
          }),
        ),
      ),
    [byCell, t],
  );
  const addLabels = useMemo(
    () =>
      new Map(
        POWER_ROWS.flatMap((power) =>
          SCALE.map((interest) => {
            const key = cellId({ power, interest });
            return [
              key,
              `${t('boards.stakeholders.addHere')}: ${t('boards.stakeholders.cell', { power: String(power), interest: String(interest) }).toLowerCase()}`,
            ] as const;
          }),
        ),
      ),
    [t],
  );

  return (
    // Auto-scroll only very near the edges: the default (20% of the editor's height) scrolls the
    // page under the pointer while aiming at the top or bottom row of the grid.
    <DndContext
      sensors={sensors}
      collisionDetection={collision}
      autoScroll={{ threshold: { x: 0.04, y: 0.06 } }}
      onDragStart={onDragStart}
      onDragEnd={onDragEnd}
      onDragCancel={() => setActiveId(null)}
      accessibility={{ announcements, screenReaderInstructions: { draggable: t('boards.stakeholders.announce.instructions') } }}
    >
      <div className="sh-layout">
        <div className="sh-board">
          <div className="sh-axis-y" aria-hidden="true">
            <span>{t('boards.stakeholders.axisPower')} ↑</span>
          </div>
          <div className="sh-scale-y" aria-hidden="true">
            {POWER_ROWS.map((p) => (
              <span key={p}>{p}</span>
            ))}
          </div>
          <div className="sh-grid-wrap">
            <div ref={gridRef} className="sh-grid" data-testid="stakeholder-grid" data-which={which}>
              {POWER_ROWS.map((power) =>
                SCALE.map((interest) => {
                  const key = cellId({ power, interest });
                  return (
                    <GridCell
                      key={key}
                      power={power}
                      interest={interest}
                      quadrant={quadrantOf(power, interest, threshold)!}
                      label={cellLabels.get(key)!}
                      stakeholders={byCell.get(key) ?? empty}
                      which={which}
                      readOnly={readOnly}
                      movedIds={movedIds}
                      roleDescription={roleDescription}
                      expanded={expanded.has(key)}
                      onToggle={toggle}
                      onMoveTo={onMoveTo}
                      adding={addingAt === key}
                      onStartAdd={setAddingAt}
                      onAddHere={onAddHere}
                      onCancelAdd={onCancelAdd}
                      addLabel={addLabels.get(key)!}
                    />
                  );
                }),
              )}
            </div>
            <QuadrantFrame threshold={threshold} naming={naming} />
            {showMovement && <MovementOverlay stakeholders={stakeholders} which={which} threshold={threshold} gridRef={gridRef} />}
            {showPath && <PathOverlay stakeholders={stakeholders} gridRef={gridRef} />}
          </div>
          <div className="sh-scale-x" aria-hidden="true">
            {SCALE.map((i) => (
              <span key={i}>{i}</span>
            ))}
          </div>
          <div className="sh-axis-x" aria-hidden="true">
            {t('boards.stakeholders.axisInterest')} →
          </div>
        </div>
        {/* Beside the grid, never below it: what is added here is seen at once and dragged a short way. */}
        <aside className="sh-aside">
          {aside}
          {(unplaced.length > 0 || !readOnly) && (
            <section className="sh-tray" aria-labelledby="sh-tray-title" data-testid="sh-tray">
              <h3 id="sh-tray-title">
                {t('boards.stakeholders.unplaced')} ({unplaced.length})
              </h3>
              {unplaced.length > 0 && (
                <p className="hint">{t('boards.stakeholders.unplacedHint', { which: t(`boards.stakeholders.${which}`).toLowerCase() })}</p>
              )}
              <ul className="sh-cards sh-tray-cards">
                {unplaced.map((s) => (
                  <StakeholderCard
                    key={s.id}
                    stakeholder={s}
                    which={which}
                    readOnly={readOnly}
                    moved={false}
                    roleDescription={roleDescription}
                    onMoveTo={onMoveTo}
                  />
                ))}
              </ul>
            </section>
          )}
        </aside>
      </div>
      {/* Remounted per drag: a kept overlay can report the last drag's rectangle as where the
          new one starts, so the first keyboard step began from the previous drop's cell. */}
      <DragOverlay key={activeId ?? 'idle'} dropAnimation={null}>
        {active && (
          <div className={`sh-card sh-overlay attitude-${active[which].attitude ?? 'none'}`} aria-hidden="true">
            <div className="sh-handle">
              <span className="sh-name">{stakeholderName(t, active)}</span>
            </div>
          </div>
        )}
      </DragOverlay>
    </DndContext>
  );
}

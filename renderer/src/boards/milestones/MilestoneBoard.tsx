/**
 * Milestones in three lanes (jangka pendek / menengah / panjang), sortable within a lane and
 * movable across lanes by mouse or keyboard. A move is committed once, on drop, as one
 * milestone/move command: updating state during the drag is what triggers dnd-kit's
 * "Maximum update depth" loop between containers (clauderic/dnd-kit#1678).
 */
import {
  closestCorners,
  DndContext,
  DragOverlay,
  KeyboardSensor,
  PointerSensor,
  pointerWithin,
  useDroppable,
  useSensor,
  useSensors,
  type Announcements,
  type CollisionDetection,
  type DragEndEvent,
  type DragStartEvent,
} from '@dnd-kit/core';
import { SortableContext, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { useCallback, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { milestoneCodes } from '../../../../shared/domain/milestoneCodes';
import { outOfOrderMilestones } from '../../../../shared/domain/milestoneOrder';
import { isOutsideWindow } from '../../../../shared/domain/schedule';
import { HORIZONS, type Horizon } from '../../../../shared/model/enums';
import type { Milestone, Project } from '../../../../shared/model/types';
import type { Dispatch } from '../../components/useEdit';
import { POINTER_ACTIVATION } from '../pointerActivation';
import { dropTarget, type DropTarget } from './dropTarget';
import { LaneAdd } from './LaneAdd';
import { laneId, laneKeyboardCoordinates, parseLaneId } from './laneKeyboard';
import { MilestoneCard } from './MilestoneCard';

interface Props {
  project: Project;
  readOnly: boolean;
  dispatch: Dispatch;
  onOpen(id: string): void;
  onMoveTo(id: string): void;
  /** Add a card with this title at the end of the lane. */
  onAdd(horizon: Horizon, title: string): void;
  /** The card whose details are open beside the board. */
  openId: string | null;
}

/**
 * With the mouse, the card under the pointer wins over the lane around it (otherwise the large
 * lane rectangle often wins and the drop lands at the lane's end); with the keyboard there is no
 * pointer, and the nearest corners decide.
 */
const collision: CollisionDetection = (args) => {
  const inside = pointerWithin(args);
  const cards = inside.filter((c) => !parseLaneId(c.id));
  if (cards.length) return cards;
  return inside.length ? inside : closestCorners(args);
};

const sameIds = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((id, i) => id === b[i]);

function Lane({
  horizon,
  children,
  count,
  label,
  footer,
}: {
  horizon: Horizon;
  children: React.ReactNode;
  count: number;
  label: string;
  footer: React.ReactNode;
}) {
  const { t } = useTranslation();
  const { setNodeRef, isOver } = useDroppable({ id: laneId(horizon) });
  return (
    <section ref={setNodeRef} className={`ms-lane lane-${horizon}${isOver ? ' is-over' : ''}`} aria-labelledby={`lane-${horizon}-title`} data-lane={horizon}>
      <h3 id={`lane-${horizon}-title`}>
        {label} <span className="ms-count">({t('boards.milestones.laneCount', { count })})</span>
      </h3>
      {children}
      {count === 0 && <p className="hint ms-empty">{t('boards.milestones.empty')}</p>}
      {footer}
    </section>
  );
}

export function MilestoneBoard({ project, readOnly, dispatch, onOpen, onMoveTo, onAdd, openId }: Props) {
  const { t } = useTranslation();
  const [activeId, setActiveId] = useState<string | null>(null);
  const roleDescription = t('boards.milestones.roleDescription');
  const p = project;
  // A lane's list of cards stays the same array while its cards and their order do: a new one tells every card of the
  // lane's sortable context to render again, which an edit of one card's words does not need.
  const lastLanes = useRef<Record<Horizon, string[]> | null>(null);
  const lanes = useMemo(() => {
    const l: Record<Horizon, string[]> = { PENDEK: [], MENENGAH: [], PANJANG: [] };
    for (const m of p.milestones) l[m.horizon].push(m.id);
    const before = lastLanes.current;
    if (before) for (const h of HORIZONS) if (sameIds(before[h], l[h])) l[h] = before[h];
    return (lastLanes.current = l);
  }, [p.milestones]);
  const byId = useMemo(() => new Map(p.milestones.map((m) => [m.id, m])), [p.milestones]);
  const codes = useMemo(() => milestoneCodes(p.milestones), [p.milestones]);
  const outOfOrder = useMemo(() => outOfOrderMilestones(p.milestones), [p.milestones]);
  const picName = useCallback(
    (m: Milestone) => {
      const member = p.team.find((x) => x.id === m.picTeamId);
      if (!member) return '';
      return (member.personRole ? p.people[member.personRole].name : member.person.name) || '';
    },
    [p.team, p.people],
  );
  const laneOfRef = useRef((id: string) => byId.get(id)?.horizon ?? null);
  laneOfRef.current = (id: string) => byId.get(id)?.horizon ?? parseLaneId(id);
  // The same options from render to render (pointerActivation.ts says why).
  const keyboardOptions = useMemo(() => ({ coordinateGetter: laneKeyboardCoordinates((id) => laneOfRef.current(id)) }), []);
  const sensors = useSensors(useSensor(PointerSensor, POINTER_ACTIVATION), useSensor(KeyboardSensor, keyboardOptions));

  const titleOf = (id: unknown) => {
    const m = byId.get(String(id));
    return m ? `${codes.get(m.id)} ${m.title.trim() || t('boards.milestones.untitled')}` : String(id);
  };
  const placeOf = (target: DropTarget, activeId: string) => {
    const sameLane = lanes[target.horizon].includes(activeId);
    const count = lanes[target.horizon].length + (sameLane ? 0 : 1);
    return t('boards.milestones.announce.place', { horizon: t(`terms.horizons.${target.horizon}`), n: String(target.index + 1), total: String(count) });
  };
  const hereOf = (id: string) => {
    const m = byId.get(id);
    return m ? placeOf({ horizon: m.horizon, index: lanes[m.horizon].indexOf(id) }, id) : '';
  };
  const lastBelow = useRef(false);
  // The first "over" after a lift is the card's own place: keep the "picked up" sentence audible.
  const hasMoved = useRef(false);
  const announcements: Announcements = {
    onDragStart: ({ active }) => {
      hasMoved.current = false;
      return t('boards.milestones.announce.start', { title: titleOf(active.id), place: hereOf(String(active.id)) });
    },
    onDragOver: ({ active, over }) => {
      const target = over ? dropTarget(lanes, String(active.id), String(over.id), lastBelow.current) : null;
      if (!hasMoved.current && over && String(over.id) === String(active.id)) return undefined;
      hasMoved.current = true;
      return target
        ? t('boards.milestones.announce.over', { title: titleOf(active.id), place: placeOf(target, String(active.id)) })
        : t('boards.milestones.announce.overNone', { title: titleOf(active.id) });
    },
    onDragEnd: ({ active, over }) => {
      const target = over ? dropTarget(lanes, String(active.id), String(over.id), lastBelow.current) : null;
      return target
        ? t('boards.milestones.announce.drop', { title: titleOf(active.id), place: placeOf(target, String(active.id)) })
        : t('boards.milestones.announce.cancel', { title: titleOf(active.id), place: hereOf(String(active.id)) });
    },
    onDragCancel: ({ active }) => t('boards.milestones.announce.cancel', { title: titleOf(active.id), place: hereOf(String(active.id)) }),
  };

  const onDragEnd = (e: DragEndEvent) => {
    setActiveId(null);
    if (!e.over) return;
    const translated = e.active.rect.current.translated;
    const below = !!translated && translated.top > e.over.rect.top + e.over.rect.height / 2 - translated.height / 2;
    const target = dropTarget(lanes, String(e.active.id), String(e.over.id), below);
    const m = byId.get(String(e.active.id));
    if (!target || !m) return;
    if (target.horizon === m.horizon && target.index === lanes[m.horizon].indexOf(m.id)) return;
    dispatch({ type: 'milestone/move', id: m.id, horizon: target.horizon, index: target.index });
  };
  const active = activeId ? byId.get(activeId) : undefined;

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={collision}
      autoScroll={{ threshold: { x: 0.04, y: 0.06 } }}
      onDragStart={(e: DragStartEvent) => {
        setActiveId(String(e.active.id));
        lastBelow.current = false;
      }}
      onDragMove={(e) => {
        const r = e.active.rect.current.translated;
        if (r && e.over) lastBelow.current = r.top > e.over.rect.top + e.over.rect.height / 2 - r.height / 2;
      }}
      onDragEnd={onDragEnd}
      onDragCancel={() => setActiveId(null)}
      accessibility={{ announcements, screenReaderInstructions: { draggable: t('boards.milestones.announce.instructions') } }}
    >
      <div className="ms-board" data-testid="milestone-board">
        {HORIZONS.map((h) => (
          <Lane
            key={h}
            horizon={h}
            count={lanes[h].length}
            label={`${t(`terms.horizons.${h}`)} · ${p.horizonLengths[h]}`}
            footer={readOnly ? null : <LaneAdd horizon={h} onAdd={(title) => onAdd(h, title)} />}
          >
            <SortableContext id={laneId(h)} items={lanes[h]} strategy={verticalListSortingStrategy}>
              <ul className="ms-cards">
                {lanes[h].map((id) => {
                  const m = byId.get(id)!;
                  const earlier = outOfOrder.get(id);
                  return (
                    <MilestoneCard
                      key={id}
                      milestone={m}
                      code={codes.get(id)!}
                      pic={picName(m)}
                      isOpen={openId === id}
                      outOfOrderWith={earlier ? codes.get(earlier)! : null}
                      outsideWindow={isOutsideWindow(m, p.calendar) && m.horizon === 'PENDEK'}
                      readOnly={readOnly}
                      onOpen={onOpen}
                      onMoveTo={onMoveTo}
                      roleDescription={roleDescription}
                    />
                  );
                })}
              </ul>
            </SortableContext>
          </Lane>
        ))}
      </div>
      {/* Remounted per drag, so a new drag never starts from the last drag's overlay rectangle. */}
      <DragOverlay key={activeId ?? 'idle'} dropAnimation={null}>
        {active && (
          <div className={`ms-card ms-overlay status-${active.status}`} aria-hidden="true">
            <p className="ms-title">{titleOf(active.id)}</p>
          </div>
        )}
      </DragOverlay>
    </DndContext>
  );
}

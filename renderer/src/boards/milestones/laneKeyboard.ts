/**
 * Keyboard moves on the milestone board: up/down reorder within a lane (dnd-kit's sortable
 * getter), left/right jump to the neighbouring lane — which the sortable getter does poorly with
 * stacked containers (clauderic/dnd-kit#1569) — landing beside the card at the same height.
 */
import { sortableKeyboardCoordinates } from '@dnd-kit/sortable';
import type { KeyboardCoordinateGetter } from '@dnd-kit/core';
import { HORIZONS, type Horizon } from '../../../../shared/model/enums';

export const laneId = (h: Horizon) => `lane:${h}`;
export function parseLaneId(id: unknown): Horizon | null {
  const m = typeof id === 'string' ? /^lane:(PENDEK|MENENGAH|PANJANG)$/.exec(id) : null;
  return m ? (m[1] as Horizon) : null;
}

/** Which lane each card is in, so the getter knows where the lifted card is now. */
export type LaneOf = (id: string) => Horizon | null;

export function laneKeyboardCoordinates(laneOf: LaneOf): KeyboardCoordinateGetter {
  return (event, args) => {
    if (event.code !== 'ArrowLeft' && event.code !== 'ArrowRight') return sortableKeyboardCoordinates(event, args);
    const { context, currentCoordinates } = args;
    const { collisionRect, droppableRects, over, active } = context;
    if (!collisionRect || !active) return undefined;
    event.preventDefault();
    const current = parseLaneId(over?.id) ?? laneOf(String(over?.id ?? active.id));
    if (!current) return undefined;
    const next = HORIZONS[HORIZONS.indexOf(current) + (event.code === 'ArrowRight' ? 1 : -1)];
    if (!next) return undefined;
    const lane = droppableRects.get(laneId(next));
    if (!lane) return undefined;
    // Land at the same height if the lane is that tall, else at its last card's level.
    const cy = collisionRect.top + collisionRect.height / 2;
    let targetY = Math.min(Math.max(cy, lane.top + collisionRect.height / 2 + 4), lane.top + lane.height - collisionRect.height / 2 - 4);
    let best = Infinity;
    for (const [id, r] of droppableRects) {
      if (laneOf(String(id)) !== next || String(id) === String(active.id)) continue;
      const d = Math.abs(r.top + r.height / 2 - cy);
      if (d < best) {
        best = d;
        targetY = r.top + r.height / 2;
      }
    }
    return {
      x: currentCoordinates.x + lane.left + lane.width / 2 - (collisionRect.left + collisionRect.width / 2),
      y: currentCoordinates.y + targetY - cy,
    };
  };
}

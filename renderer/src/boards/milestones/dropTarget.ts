/** Where a milestone dropped on the board lands, in lane-and-position terms (pure, unit-tested). */
import { HORIZONS, type Horizon } from '../../../../shared/model/enums';
import { parseLaneId } from './laneKeyboard';

export interface DropTarget {
  horizon: Horizon;
  index: number;
}

/** Where a drop lands: before the card it is over (after it when moving down its own lane), or the lane's end. */
export function dropTarget(lanes: Record<Horizon, string[]>, activeId: string, overId: string, below: boolean): DropTarget | null {
  const laneOfOver = parseLaneId(overId);
  if (laneOfOver) return { horizon: laneOfOver, index: lanes[laneOfOver].filter((id) => id !== activeId).length };
  for (const h of HORIZONS) {
    const at = lanes[h].indexOf(overId);
    if (at < 0) continue;
    if (lanes[h].includes(activeId)) return { horizon: h, index: at }; // same lane: arrayMove semantics
    return { horizon: h, index: at + (below ? 1 : 0) };
  }
  return null;
}

/**
 * Geometry of the 5×5 power/interest grid shared by the board, its keyboard movement and the
 * movement overlay. Power grows upwards (row 0 = power 5), interest to the right.
 */
import type { KeyboardCoordinateGetter } from '@dnd-kit/core';
import { quadrantOf } from '../../../../shared/domain/quadrant';
import type { Quadrant } from '../../../../shared/model/enums';

export const SCALE = [1, 2, 3, 4, 5] as const;
export const POWER_ROWS = [5, 4, 3, 2, 1] as const;

export interface Cell {
  power: number;
  interest: number;
}

export const cellId = (c: Cell) => `cell:${c.power}:${c.interest}`;

export function parseCellId(id: unknown): Cell | null {
  const m = typeof id === 'string' ? /^cell:([1-5]):([1-5])$/.exec(id) : null;
  return m ? { power: Number(m[1]), interest: Number(m[2]) } : null;
}

/** Centre of a cell as a fraction of the grid (x right, y down). */
export function cellCentre(c: Cell): { x: number; y: number } {
  return { x: (c.interest - 0.5) / 5, y: (5 - c.power + 0.5) / 5 };
}

const STEP: Record<string, Cell> = {
  ArrowUp: { power: 1, interest: 0 },
  ArrowDown: { power: -1, interest: 0 },
  ArrowRight: { power: 0, interest: 1 },
  ArrowLeft: { power: 0, interest: -1 },
};

const clamp = (n: number) => Math.max(1, Math.min(5, n));

/**
 * Arrow keys move the lifted card exactly one cell (dnd-kit's default is 25 px, which lands
 * nowhere useful): find the cell under the card's centre, step, and move the card's centre onto
 * the neighbour's centre.
 */
export const cellKeyboardCoordinates: KeyboardCoordinateGetter = (event, { currentCoordinates, context }) => {
  const step = STEP[event.code];
  const { collisionRect, droppableRects, over } = context;
  if (!step || !collisionRect) return undefined;
  event.preventDefault();
  const cx = collisionRect.left + collisionRect.width / 2;
  const cy = collisionRect.top + collisionRect.height / 2;
  // The cell the card's centre is in: in a tall, crowded cell the nearest cell centre ("over")
  // can be the row above, so containment decides first.
  let current: Cell | null = null;
  for (const [id, r] of droppableRects) {
    const cell = parseCellId(id);
    if (cell && cx >= r.left && cx <= r.right && cy >= r.top && cy <= r.bottom) {
      current = cell;
      break;
    }
  }
  current ??= parseCellId(over?.id);
  if (!current) {
    // Lifted from outside the grid (the "not placed" tray): start from the nearest cell.
    let best = Infinity;
    for (const [id, r] of droppableRects) {
      const cell = parseCellId(id);
      if (!cell) continue;
      const d = (r.left + r.width / 2 - cx) ** 2 + (r.top + r.height / 2 - cy) ** 2;
      if (d < best) {
        best = d;
        current = { power: cell.power - step.power, interest: cell.interest - step.interest };
      }
    }
    if (!current) return undefined;
  }
  const target = cellId({ power: clamp(current.power + step.power), interest: clamp(current.interest + step.interest) });
  const rect = droppableRects.get(target);
  if (!rect) return undefined;
  return {
    x: currentCoordinates.x + rect.left + rect.width / 2 - cx,
    y: currentCoordinates.y + rect.top + rect.height / 2 - cy,
  };
};

/** The cell of quadrant q closest to (power, interest): moving to a quadrant changes as little as possible. */
export function nearestCellIn(q: Quadrant, power: number | null, interest: number | null, threshold: number): { power: number; interest: number } {
  const p0 = power ?? 3,
    i0 = interest ?? 3;
  let best = { power: 5, interest: 5 },
    dist = Infinity;
  for (const p of SCALE)
    for (const i of SCALE) {
      if (quadrantOf(p, i, threshold) !== q) continue;
      const d = (p - p0) ** 2 + (i - i0) ** 2;
      if (d < dist) {
        dist = d;
        best = { power: p, interest: i };
      }
    }
  return best;
}
